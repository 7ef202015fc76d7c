"""The `spelling` kind: English words no installed Hunspell dictionary knows.

Hunspell dictionaries (.aff + .dic) are read by spylls, a pure-Python port of Hunspell (no C
library to build or bundle). They are looked for in the workbench's data folder
(`dictionaries/`) and then where Linux and macOS keep them (Debian: hunspell-en-us,
hunspell-en-gb). By default a word is right when en_US or en_GB knows it (a translator may
write either); a project may name one. With no reader or no dictionary the kind reports once
that spelling was not checked, and nothing else.

Never flagged: glossary English terms, the project's ignore list, names the English renders
from an Arabic word of the same paragraph (qa.names), Hijri month names in any usual
transliteration (Dhul-Qadah), words with digits, all-capital
abbreviations, single letters, and words inside links, code spans, web and e-mail addresses.
"""

from __future__ import annotations

import os
import re
from functools import lru_cache
from pathlib import Path

from workbench.core import inline
from workbench.qa.calendar_names import EN_HIJRI_RE

DEFAULT_DICTIONARIES = ("en_US", "en_GB")
SYSTEM_DIRS = ("/usr/share/hunspell", "/usr/share/myspell", "/usr/share/myspell/dicts",
               "/usr/local/share/hunspell", "/Library/Spelling", "~/Library/Spelling")  # fmt: skip
NO_DICTIONARY = ("no English spelling dictionary is installed (Hunspell en_US or en_GB, read by the "
                 "spylls package): the English was not spell-checked")  # fmt: skip
_WORD = re.compile(r"[A-Za-z\u00c0-\u024f0-9]+(?:['’][A-Za-z\u00c0-\u024f]+)*")
_ADDRESS = re.compile(r"\S+://\S+|www\.\S+|\S+@\S+\.\S+")
_SKIPPED_MARKS = frozenset({"link", "code"})


def dictionary_dirs() -> list[Path]:
    from workbench import paths

    return [Path(paths.data_dir()) / "dictionaries", *(Path(d).expanduser() for d in SYSTEM_DIRS)]


class Speller:
    """Some Hunspell dictionaries: a word is known when any of them knows it. Lookups are
    cached per word; any thread, but not shared between threads while checking."""

    def __init__(self, dictionaries: dict):
        self.names = tuple(dictionaries)
        self._dictionaries = tuple(dictionaries.values())
        self.good: set[str] = set()  # words known so far (a set: a paragraph is checked by difference)
        self._bad: set[str] = set()

    def known(self, word: str) -> bool:
        if word in self.good:
            return True
        if word in self._bad:
            return False
        hit = any(d.lookup(word) for d in self._dictionaries)
        (self.good if hit else self._bad).add(word)
        return hit

    def suggest(self, word: str, limit: int = 5) -> list[str]:
        """Hunspell's suggestions (a few tenths of a second: for a right click, not a batch)."""
        out: dict[str, None] = {}
        for d in self._dictionaries:
            for s in d.suggest(word):
                out.setdefault(s)
                if len(out) >= limit:
                    return list(out)
        return list(out)


@lru_cache(maxsize=8)
def load_speller(names: tuple[str, ...] = DEFAULT_DICTIONARIES, dirs: tuple[str, ...] | None = None) -> Speller | None:
    """The first copy found of each named dictionary, or None without spylls or any of them."""
    try:
        from spylls.hunspell import Dictionary
    except ImportError:
        return None
    folders = [Path(d) for d in dirs] if dirs is not None else dictionary_dirs()
    found = {}
    for name in names:
        for folder in folders:
            if (folder / f"{name}.aff").is_file() and (folder / f"{name}.dic").is_file():
                found[name] = Dictionary.from_files(os.fspath(folder / name))
                break
    return Speller(found) if found else None


@lru_cache(maxsize=1)
def news_names() -> frozenset[str]:
    """Case-folded words of the English names the gloss drafts use for places, organisations and
    people (workbench/resources/gloss): Jeddah and Shoukry are names, not misspellings."""
    from importlib import resources

    words: set[str] = set()
    folder = resources.files("workbench.resources").joinpath("gloss")
    for name in ("places.tsv", "cldr_places.tsv", "organisations.tsv", "names.tsv"):
        try:
            text = folder.joinpath(name).read_text("utf-8")
        except OSError:  # a trimmed install: the check still runs, names may be flagged
            continue
        for line in text.splitlines():
            if line and not line.startswith("#") and "\t" in line:
                words.update(w.casefold() for w in _WORD.findall(line.split("\t")[1]))
    return frozenset(words)


def accepted_words(glossary_entries=(), ignored=()) -> frozenset[str]:
    """Case-folded words never flagged: every word of the glossary's English terms, the ignore
    list, and the news names the gloss drafts use."""
    words = {w.casefold() for e in glossary_entries for w in _WORD.findall(e.english or "")}
    return frozenset(words | {w.strip().casefold() for w in ignored if w.strip()} | news_names())


def _skipped_ranges(target: str, marks) -> list[tuple[int, int]]:
    skip_numbers = {m.number for m in marks if m.kind in _SKIPPED_MARKS}
    out, opened = [], {}
    for index, role, number in inline.tags_in(target):
        if number in skip_numbers and role == "open":
            opened[number] = index
        elif number in opened and role == "close":
            out.append((opened.pop(number), index))
    out += [(start, len(target)) for start in opened.values()]
    out += [(m.start(), m.end()) for m in _ADDRESS.finditer(target)]
    return out + [(m.start(), m.end()) for m in EN_HIJRI_RE.finditer(target)]


def misspelled(target: str, marks, speller: Speller, accepted: frozenset[str], names=None) -> list[tuple[str, int, int]]:
    """(word, start, end) over the stored target of each word the speller does not know.
    `names`: a function giving the spans of the target that render an Arabic name (called only
    when some word is unknown: most paragraphs need no name matching)."""
    if not set(_WORD.findall(target)) - speller.good:  # most paragraphs: every word seen before
        return []
    skipped = None
    out = []
    for m in _WORD.finditer(target):
        word = m.group()
        if word in speller.good:
            continue
        word = word.replace("’", "'")
        if len(word) < 2 or any(c.isdigit() for c in word) or word.isupper() or word.casefold() in accepted:
            continue
        if speller.known(word) or word.endswith("'s") and speller.known(word[:-2]):
            continue
        if skipped is None:
            skipped = _skipped_ranges(target, marks) + list(names() if names else ())
        if not any(s <= m.start() < e for s, e in skipped):
            out.append((m.group(), m.start(), m.end()))
    return out


def spelling(target: str, marks, speller: Speller, accepted: frozenset[str], names=None) -> list:
    found = misspelled(target, marks, speller, accepted, names)
    if not found:
        return []
    shown = ", ".join(f"“{w}”" for w in dict.fromkeys(w for w, _s, _e in found[:8]))
    return [("spelling", f"possible misspelling: {shown}", (), tuple((s, e) for _w, s, e in found))]
