"""The gloss engine's phrase book: places, organisations, titles, set phrases and names, read
from the data files in workbench/resources/gloss (each names its source and licence).

Entries are keyed by the match keys of their words (workbench.arabic.normalize.match_key: no
vowels, hamza and alef variants folded, ة as ه), so الأمم المتحدة and الامم المتحده are one
entry. Files load once per process, in order, a later file overriding an earlier one:
cldr_places (CLDR via Babel), places, organisations, phrases, names (ours).

Conjunctions and prepositions written onto an entry's first word are found by `lookup`
(وولي العهد "and the Crown Prince", للأمم المتحدة "for the United Nations", بعدن "in Aden";
the article restores the entry's spelling, its English comes from the entry: بالرقة "in Raqqa").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from workbench.arabic.normalize import match_key

FILES = (("cldr_places.tsv", "place"), ("places.tsv", "place"), ("organisations.tsv", "org"),
         ("phrases.tsv", None), ("names.tsv", None))
KINDS = frozenset({"place", "org", "title", "prename", "phrase", "first", "family", "full"})
# Proclitics written onto a word (match keys), the English they keep, longest first. ب before
# a place reads "in" (بعدن "in Aden"); ل + ال is written لل (للأمم: "for the").
# The article restores the entry's spelling; its English comes from the entry ("the United
# Nations", but "Raqqa").
_PROCLITICS = (("وبال", "and in"), ("وال", "and"), ("فال", "so"), ("بال", "in"), ("كال", "like"),
               ("ولل", "and for"), ("لل", "for"), ("وب", "and in"), ("ول", "and for"),
               ("فب", "so in"), ("فل", "so for"), ("و", "and"), ("ف", "so"), ("ب", "in"),
               ("ل", "for"), ("ك", "like"))


@dataclass(frozen=True, slots=True)
class Entry:
    """One phrase book entry: its English (a leading "the" where English says one), its kind
    (KINDS), whether it needs a place context to read as a name (جدة "Jeddah"/"grandmother")
    and, for a family name, whether it is a name on its own (المالكي)."""

    english: str
    kind: str
    ctx: bool = False
    alone: bool = False  # a family name that is a name on its own (names.tsv)


@dataclass(frozen=True, slots=True)
class Match:
    """An entry found at a word: it covers `size` words; `prefix` is the English of proclitics
    on the first word ("" for none); `definite` when the Arabic carries the article."""

    entry: Entry
    size: int
    prefix: str
    definite: bool


class PhraseBook:
    """Read-only after loading: safe to share between threads."""

    def __init__(self, entries: dict[tuple[str, ...], Entry]):
        self.entries = entries
        self.longest = max((len(k) for k in entries), default=1)

    def get(self, keys: Sequence[str]) -> Entry | None:
        return self.entries.get(tuple(keys))

    def lookup(self, keys: Sequence[str], start: int, kinds: frozenset[str] = KINDS) -> Match | None:
        """The longest entry of `kinds` starting at keys[start] (match keys of words)."""
        for size in range(min(self.longest, len(keys) - start), 0, -1):
            for words, prefix, first in _readings(keys[start : start + size]):
                entry = self.entries.get((first, *words[1:]))
                if entry is not None and entry.kind in kinds:
                    definite = first.startswith("ال") or (size > 1 and words[-1].startswith("ال"))
                    if entry.kind != "place":  # بوزير الخارجية "with the Foreign Minister"
                        prefix = " ".join("with" if w == "in" else w for w in prefix.split())
                    return Match(entry, size, prefix, definite)
        return None


def _readings(words: Sequence[str]):
    """(words, proclitics' English, first word without them) for each way to read `words`:
    as written, then without the accusative alef (مؤتمرا صحفيا -> مؤتمر صحفي)."""
    variants = [list(words)]
    bare = [w[:-1] if len(w) > 3 and w.endswith("\u0627") else w for w in words]
    if bare != variants[0]:
        variants.append(bare)
    for variant in variants:
        for prefix, first in _splits(variant[0]):
            yield variant, prefix, first


def _splits(key: str) -> list[tuple[str, str]]:
    """(English of the proclitics, the rest) for each way to read `key`: as it is first."""
    out = [("", key)]
    for letters, english in _PROCLITICS:
        rest = key[len(letters):]
        if key.startswith(letters) and len(rest) >= 2:
            if letters.endswith("ال") or letters.endswith("لل"):
                rest = "ال" + rest  # the entry is spelled with its article
            out.append((english, rest))
    return out


def _read(name: str, default_kind: str | None) -> dict[tuple[str, ...], Entry]:
    text = resources.files("workbench.resources").joinpath("gloss", name).read_text("utf-8")
    found: dict[tuple[str, ...], Entry] = {}
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        kind = default_kind or (cells[2].strip() if len(cells) > 2 else "")
        flags = cells[2:] if default_kind else cells[3:]
        if len(cells) < 2 or kind not in KINDS:
            raise ValueError(f"gloss data {name}, line {number}: expected arabic<TAB>english"
                             f"[<TAB>kind], got {line!r}")
        keys = tuple(match_key(w) for w in cells[0].split())
        flags = {f.strip() for f in flags}
        found[keys] = Entry(cells[1].strip(), kind, "ctx" in flags, "alone" in flags)
    return found


@lru_cache(maxsize=1)
def phrase_book() -> PhraseBook:
    """The process-wide phrase book (read once, about 1,000 entries)."""
    entries: dict[tuple[str, ...], Entry] = {}
    for name, kind in FILES:
        entries.update(_read(name, kind))
    return PhraseBook(entries)
