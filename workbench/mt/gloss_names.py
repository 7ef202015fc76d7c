"""Person names in gloss drafts: a chain of name words read as one name, in the romanization
English-language news uses (محمد بن سلمان "Mohammed bin Salman", عبد العزيز "Abdulaziz",
سامح شكري "Sameh Shoukry"), never translated word by word ("Muhammad son Salman").

A chain starts at a whole name of the phrase book (kind "full"), a family name news uses alone
(المالكي, marked "alone"), a given name ("first"), أبو +
a name, or any name-like word right after a title (الملك, الأمير, ولي العهد...). It goes on
through بن/ابن/بنت/ولد/آل + a word, family names of the book, and words the lexicon reads only
as names or does not know. A given name alone is a name only when the lexicon reads it so or a
title comes before it: سامح alone may be the verb "tolerated", سامح شكري is a name.

Each word's English: the phrase book's, else the lexicon's proper-noun gloss, else a plain
romanization (translit.to_english_name). Deterministic, so a name reads the same in every
paragraph of a project; a glossary entry for it wins before this module is asked.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from workbench.arabic.morphology.analysis import Analysis
from workbench.arabic.morphology.english import first_alternative
from workbench.arabic.morphology.wordlists import WEEKDAYS
from workbench.arabic.normalize import match_key
from workbench.mt.gloss_data import PhraseBook

MAX_WORDS = 7
_CONNECTORS = {match_key("بن"): "bin", match_key("ابن"): "bin", match_key("بنت"): "bint",
               match_key("ولد"): "Ould"}
_ABU = frozenset({match_key("أبو"), match_key("ابو")})
_FAMILY = match_key("آل")  # آل ثاني "Al Thani"; the same key as the bare article ال
_NAME_KINDS = frozenset({"first", "family", "full"})
# و لل بال فال كال: a word the lexicon does not know that starts so is "and"/"for"... + a word
_GLUED = ("\u0648", "\u0644\u0644", "\u0628\u0627\u0644", "\u0641\u0627\u0644", "\u0643\u0627\u0644")
_MONTHS = "January February March April May June July August September October November December"
_NOT_NAMES = WEEKDAYS | {"Allah", "God"} | frozenset(_MONTHS.split())
_FUNCTION = frozenset({"prep", "conj", "part", "part_neg", "pron", "pron_dem", "pron_rel", "adv",
                       "part_interrog", "conj_sub"})


@dataclass(frozen=True, slots=True)
class Name:
    """A name found over words [start, end), with the English of proclitics on its first word."""

    start: int
    end: int
    english: str
    prefix: str = ""


Readings = Callable[[int], Sequence[Analysis]]


def _lexicon_name(options: Sequence[Analysis]) -> str | None:
    name = next((a for a in options if a.pos == "noun_prop" and not a.prefix_bw), None)
    return first_alternative(name.stem_gloss) if name is not None else None


def _romanized(word: str) -> str:
    from workbench.arabic.translit import to_english_name

    return to_english_name(word)


class NameFinder:
    """Finds name chains in a run of words. `keys` are match keys, `words` the words as written,
    `readings(i)` the lexicon's ranked readings of word i (asked lazily)."""

    def __init__(self, book: PhraseBook, keys: Sequence[str], words: Sequence[str], readings: Readings):
        self.book, self.keys, self.words, self.readings = book, keys, words, readings

    def _word(self, i: int, inside: bool, family: bool = True) -> tuple[int, str] | None:
        """(words used, English) when word i (and maybe the next ones) is a name word; inside
        a chain a name the lexicon does not know, or reads as a name, counts too, and with
        `family` an ال-nisba (المالكي) after a given name."""
        if i >= len(self.keys):
            return None
        match = self.book.lookup(self.keys, i, _NAME_KINDS)
        if match is not None and not match.prefix and (inside or match.entry.kind != "family"):
            return match.size, match.entry.english
        if not inside:
            return None
        options = self.readings(i)
        word = self.words[i]
        if not options:
            if word.startswith(_GLUED):  # وفلان, للمناصحة: "and", "for" + a word: the name ended
                return None
            return 1, _romanized(word)
        best = options[0]
        if (best.pos == "noun_prop" and best.prefix_bw in ("", "Al/DET")
                and first_alternative(best.stem_gloss) not in _NOT_NAMES):  # not وسمو, الله
            return 1, first_alternative(best.stem_gloss)
        if (family and self.keys[i].startswith("ال") and best.lemma.endswith("\u064a\u0651")
                and not best.suffix_bw and not any(a.pos == "adj" for a in options)):
            return 1, _romanized(word)  # العتيبي: a family name; الدولي, السعودي are adjectives
        return None

    def at(self, i: int, after_title: bool = False) -> Name | None:
        """The name chain starting at word i, or None."""
        keys = self.keys
        if i >= len(keys):
            return None
        start_prefix = ""
        first = self.book.lookup(keys, i, _NAME_KINDS)
        parts: list[str] = []
        j = i
        if first is not None and first.entry.kind == "family" and first.entry.alone:
            return Name(i, i + first.size, first.entry.english, first.prefix)  # ends a name
        function = first is not None and first.entry.kind == "first" and _function_word(self.readings(i))
        if function and self.words[i].endswith("\u0649"):
            return None  # على "on" folds to the key of علي "Ali"; علي starts a name only in a chain
        if first is not None and first.entry.kind in ("full", "first"):
            parts, j, start_prefix = [first.entry.english], i + first.size, first.prefix
            if first.entry.kind == "full":
                return self._extend(i, j, parts, start_prefix)
        elif keys[i] in _ABU and (found := self._word(i + 1, True)) is not None:
            parts, j = [f"Abu {found[1]}"], i + 1 + found[0]
        elif after_title and (found := self._word(i, True, family=False)) is not None:
            parts, j = [found[1]], i + found[0]
        else:
            return None
        name = self._extend(i, j, parts, start_prefix)
        alone = not function and _reads_as_name(self.readings(i))
        if name.end - i > _first_size(first) or after_title or alone:
            return name
        return None

    def _extend(self, i: int, j: int, parts: list[str], prefix: str) -> Name:
        keys = self.keys
        while j < len(keys) and j - i < MAX_WORDS:
            key = keys[j]
            if key in _CONNECTORS and (found := self._word(j + 1, True)) is not None:
                parts += [_CONNECTORS[key], found[1]]
                j += 1 + found[0]
            elif key == _FAMILY and self.words[j].startswith("آ") and (found := self._word(j + 1, True)):
                parts += ["Al", found[1].removeprefix("al-")]
                j += 1 + found[0]
            elif key in _ABU and (found := self._word(j + 1, True)) is not None:
                parts += [f"Abu {found[1]}"]
                j += 1 + found[0]
            elif (found := self._word(j, True)) is not None and not self._starts_other(j):
                parts.append(found[1])
                j += found[0]
            else:
                break
        return Name(i, j, " ".join(parts), prefix)

    def _starts_other(self, j: int) -> bool:
        """A place or title of the phrase book is not part of a name (محمد بن نايف ولي العهد)."""
        match = self.book.lookup(self.keys, j, frozenset({"place", "org", "title", "phrase", "prename"}))
        return match is not None and self.book.lookup(self.keys, j, _NAME_KINDS) is None


def _first_size(match) -> int:
    return match.size if match is not None else 1


def _function_word(options: Sequence[Analysis]) -> bool:
    return bool(options) and options[0].pos in _FUNCTION


def _reads_as_name(options: Sequence[Analysis]) -> bool:
    """The lexicon's own best reading is a name (نايف), or it knows no reading at all."""
    return not options or options[0].pos == "noun_prop"
