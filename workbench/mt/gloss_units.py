"""Cutting a run of Arabic words into the units a gloss draft renders whole, before any word is
glossed on its own: glossary terms first, then the longest phrase book entry (places,
organisations, titles, set phrases) or person name starting at each word; what is left is read
word by word (gloss_order renders both, in English order).

Longest match first: وزير الخارجية is one title, not "minister" + "the foreign"; ولي ولي العهد
"Deputy Crown Prince" before ولي العهد. An entry marked ctx (جدة "Jeddah", also "grandmother")
counts only after a place word or preposition (مدينة جدة, في جدة); a title said only before a
name (الملك "King") only when a name follows it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from workbench.arabic.normalize import match_key
from workbench.arabic.reading_context import PLACE_PREPOSITIONS, PLACE_WORDS
from workbench.mt.gloss_data import PhraseBook
from workbench.mt.gloss_names import NameFinder

_BOOK_KINDS = frozenset({"place", "org", "title", "prename", "phrase"})


@dataclass(frozen=True, slots=True)
class Unit:
    """Words [start, end) rendered as one English phrase.

    `english` is the phrase without its leading "the"; `article` says whether English puts
    "the" before it when it stands alone; `prefix` is the English of the proclitics written
    onto its first word ("and", "for"); `definite` whether the Arabic is (for adjectives that
    agree with it: رئيس الوزراء البريطاني "the British Prime Minister")."""

    start: int
    end: int
    english: str
    kind: str  # term (glossary), place, org, title, prename, phrase, name
    article: bool = False
    prefix: str = ""
    definite: bool = False


def unit_of(start: int, end: int, english: str, kind: str, prefix: str = "",
            definite: bool = False) -> Unit:
    article = english.startswith("the ")
    return Unit(start, end, english[4:] if article else english, kind, article, prefix, definite)


def segment(words: Sequence[str], readings, book: PhraseBook,
            terms: Mapping[int, Unit] | None = None) -> list[Unit | int]:
    """The run as units and word indices (a word glossed alone), in order. `readings(i)` gives
    word i's ranked analyses; `terms` maps a word index to the glossary unit starting there."""
    keys = [match_key(w) for w in words]
    terms = terms or {}
    finder = NameFinder(book, keys, words, readings)
    items: list[Unit | int] = []
    after_title = False
    i = 0
    while i < len(words):
        unit = terms.get(i)
        if unit is None:
            unit = _book_unit(book, keys, i, finder)
            name = finder.at(i, after_title=after_title)
            if name is not None and (unit is None or name.end > unit.end):
                unit = Unit(i, name.end, name.english, "name", prefix=name.prefix)
            if unit is not None and any(i < t < unit.end for t in terms):
                unit = None  # a glossary term inside it wins: رئيس الحكومة with الحكومة a term
        if unit is None:
            items.append(i)
            after_title = after_title and _is_adjective_like(readings(i))
            i += 1
            continue
        items.append(unit)
        after_title = unit.kind in ("title", "prename")
        i = unit.end
    return items


def _book_unit(book: PhraseBook, keys: Sequence[str], i: int, finder: NameFinder) -> Unit | None:
    match = book.lookup(keys, i, _BOOK_KINDS)
    while match is not None:
        entry = match.entry
        ok = not entry.ctx or _place_context(keys, i, match.prefix)
        if entry.kind == "prename":
            ok = finder.at(i + match.size, after_title=True) is not None
        if ok:
            return unit_of(i, i + match.size, entry.english, entry.kind, match.prefix, match.definite)
        # a shorter entry may still fit (ولي عهد أبوظبي: "Crown Prince of" + the place)
        shorter = [k for k in range(match.size - 1, 0, -1)]
        match = next((m for k in shorter if (m := book.lookup(keys[: i + k], i, _BOOK_KINDS))), None)
    return None


def _place_context(keys: Sequence[str], i: int, prefix: str) -> bool:
    """A place word or preposition before it; not a proclitic ب, which is as often part of a
    word (بترول "petroleum", not ب + ترول "in Troll")."""
    before = keys[i - 1] if i else ""
    return not prefix and (before in PLACE_WORDS or before in PLACE_PREPOSITIONS)


def _is_adjective_like(options) -> bool:
    """A word between a title and a name (وزير الخارجية المصري سامح شكري) keeps the name
    reading of what follows."""
    return bool(options) and (options[0].pos == "adj" or options[0].lemma.endswith("\u064a\u0651"))

