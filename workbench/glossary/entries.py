"""Glossary entries: what a term is, when two terms are the same, and the effective glossary.

A project has its own glossary (in the project file) and the user has one shared by every
project (its own file). The effective glossary is the project's entries followed by the user's
entries that no project entry shadows: on a conflict (same match key) the project wins.

Arabic is stored NFC as typed (spaces collapsed); match keys are computed when needed, never
stored, because they follow the normalization code, which may improve between versions.
Two entries are the same term when their keys are equal (see `term_key`), whatever their mode.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace

from workbench.arabic.chars import ARABIC_LETTER
from workbench.arabic.clitics import base_form, readings
from workbench.arabic.normalize import clitic_key, fold_clitic_key
from workbench.arabic.term_matcher import MODES, Term, TermMatcher, find_english
from workbench.core.errors import GlossaryError

SCOPES = ("project", "user")
_WORD = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class GlossaryEntry:
    """One term. `id` is None until stored; (`scope`, `id`) identifies a stored entry."""

    arabic: str
    english: str
    note: str = ""
    forbidden: tuple[str, ...] = ()
    mode: str = "smart"  # "smart" (clitics and article, the default) or "exact" (whole words)
    id: int | None = None
    scope: str = "project"  # "project" or "user"
    created_at: str = ""  # ISO 8601 UTC, set by the store
    edited_at: str = ""
    # English terms this entry had before (kept by the store): re-applying the glossary finds
    # them in drafts made before the change and puts the new English in their place.
    former: tuple[str, ...] = ()

    @property
    def ref(self) -> str:
        """Unique across both glossaries: "p12" (project entry 12), "u3" (user entry 3)."""
        return f"{self.scope[:1]}{self.id}"

    def term(self) -> Term:
        return Term(self.ref, self.arabic, self.english, self.mode, self.forbidden)


@dataclass(frozen=True, slots=True)
class GlossaryChanges:
    """What one glossary write does (one transaction); the store returns it with ids filled."""

    add: tuple[GlossaryEntry, ...] = ()
    update: tuple[GlossaryEntry, ...] = ()
    delete: tuple[int, ...] = ()
    skipped: int = 0  # import rows that changed nothing


# A plan runs inside the write transaction on the entries stored at that moment, so the
# duplicate check and the write cannot be separated by another window's write.
Plan = Callable[[list[GlossaryEntry]], GlossaryChanges]


def _text(value: str) -> str:
    return " ".join(unicodedata.normalize("NFC", value).split())


def clean_entry(entry: GlossaryEntry) -> GlossaryEntry:
    """The entry as it will be stored (NFC, spaces collapsed), or GlossaryError."""
    arabic, english = _text(entry.arabic), _text(entry.english)
    if not arabic:
        raise GlossaryError("empty-arabic", arabic)
    if not ARABIC_LETTER.search(arabic):
        raise GlossaryError("not-arabic", arabic, f"glossary term {arabic!r}: no Arabic letter in it")
    if not english:
        raise GlossaryError("empty-english", arabic)
    if entry.mode not in MODES:
        raise GlossaryError("bad-mode", arabic, f"glossary term {arabic!r}: unknown match mode {entry.mode!r}")
    forbidden: dict[str, str] = {}
    for item in entry.forbidden:
        text = _text(item)
        if text and text.casefold() not in forbidden:
            forbidden[text.casefold()] = text
    for text in forbidden.values():
        # The check would then flag every correct translation.
        if find_english(english, text):
            raise GlossaryError(
                "forbidden-is-english", arabic,
                f"glossary term {arabic!r}: forbidden rendering {text!r} is part of {english!r}",
            )  # fmt: skip
    note = unicodedata.normalize("NFC", entry.note).strip()
    return replace(entry, arabic=arabic, english=english, note=note, forbidden=tuple(forbidden.values()))


def term_key(arabic: str, mode: str = "smart") -> str:
    """Entries with equal keys are duplicates: the match key of the words, and for a one-word
    smart term without its article (smart matching ignores definiteness on single words)."""
    words = _WORD.findall(clitic_key(arabic))
    if mode == "smart" and len(words) == 1:
        for reading in readings(words[0]):
            if reading.article and not reading.proclitics and not reading.suffix:
                return reading.stem
    return " ".join(fold_clitic_key(w) for w in words)


def check_duplicate(entry: GlossaryEntry, others: Iterable[GlossaryEntry]) -> None:
    key = term_key(entry.arabic, entry.mode)
    for other in others:
        if other.id != entry.id and term_key(other.arabic, other.mode) == key:
            raise GlossaryError(
                "duplicate", entry.arabic,
                f"glossary term {entry.arabic!r} is already in the glossary as {other.arabic!r}",
                existing=other.arabic,
            )  # fmt: skip


def plan_add(entry: GlossaryEntry) -> Plan:
    entry = clean_entry(entry)

    def plan(current: list[GlossaryEntry]) -> GlossaryChanges:
        check_duplicate(replace(entry, id=None), current)
        return GlossaryChanges(add=(entry,))

    return plan


def plan_update(entry: GlossaryEntry) -> Plan:
    entry = clean_entry(entry)

    def plan(current: list[GlossaryEntry]) -> GlossaryChanges:
        if not any(e.id == entry.id for e in current):
            raise GlossaryError("not-found", entry.arabic, f"glossary term {entry.arabic!r} no longer exists")
        check_duplicate(entry, current)
        return GlossaryChanges(update=(entry,))

    return plan


def plan_delete(entry: GlossaryEntry) -> Plan:
    def plan(current: list[GlossaryEntry]) -> GlossaryChanges:
        if not any(e.id == entry.id for e in current):
            raise GlossaryError("not-found", entry.arabic, f"glossary term {entry.arabic!r} no longer exists")
        return GlossaryChanges(delete=(entry.id,))

    return plan


def plan_import(rows: Iterable, scope: str, skipped: int = 0) -> Plan:
    """Rows read from a file (formats.glossary_rows.GlossaryRow): a new term is added, a known one
    (same key) takes the file's values for the columns the file has, an unchanged one is skipped."""
    rows = list(rows)

    def plan(current: list[GlossaryEntry]) -> GlossaryChanges:
        by_key = {term_key(e.arabic, e.mode): e for e in current}
        add: list[GlossaryEntry] = []
        update: dict[int, GlossaryEntry] = {}
        unchanged = skipped
        for row in rows:
            entry = replace(row.entry, scope=scope)
            existing = by_key.get(term_key(entry.arabic, entry.mode))
            if existing is None:
                add.append(entry)
                continue
            merged = replace(existing, **{name: getattr(entry, name) for name in row.fields})
            if merged == existing:
                unchanged += 1
            else:
                update[existing.id] = merged
        seen: dict[str, GlossaryEntry] = {}
        for entry in [update.get(e.id, e) for e in current] + add:  # a changed mode may collide
            other = seen.setdefault(term_key(entry.arabic, entry.mode), entry)
            if other is not entry:
                raise GlossaryError(
                    "duplicate", entry.arabic,
                    f"glossary term {entry.arabic!r} is already in the glossary as {other.arabic!r}",
                    existing=other.arabic,
                )  # fmt: skip
        return GlossaryChanges(tuple(add), tuple(update.values()), (), unchanged)

    return plan


def merge(project: Iterable[GlossaryEntry], user: Iterable[GlossaryEntry]) -> list[GlossaryEntry]:
    """Project entries, then the user entries whose key no project entry has."""
    project = list(project)
    taken = {term_key(e.arabic, e.mode) for e in project}
    return project + [e for e in user if term_key(e.arabic, e.mode) not in taken]


def find_entries(entries: Iterable[GlossaryEntry], query: str) -> list[GlossaryEntry]:
    """Entries whose Arabic contains `query` (compared by match key: diacritics, hamza and
    ta marbuta variants ignored) or whose English, note or forbidden renderings contain it
    (case-insensitively). A blank query keeps every entry. For the glossary panel's search box."""
    from workbench.arabic.normalize import match_key

    query = query.strip()
    if not query:
        return list(entries)
    key, folded = match_key(query), query.casefold()
    return [
        e for e in entries
        if (key and key in match_key(e.arabic))
        or any(folded in text.casefold() for text in (e.english, e.note, *e.forbidden))
    ]  # fmt: skip


def base_form_for_selection(text: str) -> str:
    """The Arabic to pre-fill when a person adds a term from a selection: the selection trimmed
    to its Arabic letters, clitics removed (and the article of a single word). "" if no Arabic."""
    text = unicodedata.normalize("NFC", text)
    letters = [m.start() for m in ARABIC_LETTER.finditer(text)]
    if not letters:
        return ""
    end = letters[-1] + 1
    while end < len(text) and unicodedata.category(text[end]) == "Mn":
        end += 1  # the last letter's diacritics belong to it
    return base_form(" ".join(text[letters[0] : end].split()))


@dataclass(frozen=True, slots=True)
class GlossaryHit:
    """A term found in a paragraph's Arabic: start/end index that text (for highlighting)."""

    entry: GlossaryEntry
    start: int
    end: int
    matched_text: str


class Glossary:
    """An immutable snapshot of the effective glossary and its matcher.

    Built on the thread that owns the Project (the `store` lane); afterwards read-only, so any
    thread may use it (the window highlights on the GUI thread, the MT lane enforces with it).
    """

    def __init__(self, entries: Iterable[GlossaryEntry]):
        self.entries: tuple[GlossaryEntry, ...] = tuple(entries)
        self._by_ref = {e.ref: e for e in self.entries}
        self.matcher = TermMatcher(e.term() for e in self.entries)

    def __len__(self) -> int:
        return len(self.entries)

    def entry(self, ref: str) -> GlossaryEntry:
        return self._by_ref[ref]

    def hits(self, text: str) -> list[GlossaryHit]:
        """Every term occurrence in `text` (Arabic), in text order."""
        if not self.entries:
            return []
        return [GlossaryHit(self._by_ref[h.term_id], h.start, h.end, h.matched_text)
                for h in self.matcher.find(text)]  # fmt: skip

    def check(self, paragraph, position: int | None = None) -> list:
        """Terminology problems of one paragraph (see glossary_check.check_paragraph)."""
        from workbench.glossary.check import check_paragraph

        return check_paragraph(paragraph, self.matcher, self._by_ref, position=position)


@dataclass(frozen=True, slots=True)
class ImportReport:
    """What an import did: entries added, entries updated, rows that changed nothing."""

    added: int = 0
    updated: int = 0
    skipped: int = 0
    entries: tuple[GlossaryEntry, ...] = field(default=(), repr=False)
