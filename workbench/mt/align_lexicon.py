"""Word links from the lexicon: works for any English (machine, gloss or the translator's own).

Candidates, each with a weight: an English word that is a form of a gloss word of an Arabic
word (align_arabic), the same number on both sides, a capitalized English word spelled like the
romanization of an unknown or proper Arabic word (align_names). Only words of paired sentences
(align_sentences) compete, and each candidate is scored by its weight times how close the two
words sit relative to their sentences. Competitive linking then takes the best candidates
first: an English word gets one Arabic word; an Arabic word may take several English words, but
each of its glosses only once (two "minister"s go to two وزير). English function words link
only where the lexicon names them: a clitic's gloss ("the", "and", "its") next to an English
word the same Arabic word already links to (وبالحكومة -> "and by the government"), or a function
word's own gloss (في -> "in") near the same relative position. Never by position alone.
"""

from __future__ import annotations

from collections.abc import Sequence

from workbench.mt.align_arabic import ArabicWord, arabic_words
from workbench.mt.align_english import (
    bare, is_function_word, matches, number_word, numbers_in, related,
)  # fmt: skip
from workbench.mt.align_links import Link
from workbench.mt.align_names import name_similarity
from workbench.mt.align_sentences import (
    pair_sentences, sentence_groups, sentence_word_spans, split_arabic, split_english,
)  # fmt: skip

_NAME_THRESHOLD = 0.8
_RELATED = 0.8  # a derivational match (electric ~ electrical) weighs less than an inflected one
_PART = 0.9  # a match on one part of a hyphenated word
_MULTIPLIERS = frozenset({"100", "1000", "1000000", "1000000000"})
_AFFIX_WEIGHT = 0.7
_STEM_FUNCTION_WEIGHT = 0.6
_STEM_FUNCTION_DISTANCE = 0.25  # relative positions further apart do not link function words


class _Blocks:
    """Groups of paired sentences: for each word, its group and relative position in it."""

    def __init__(self, source: str, target: str, n_source: int, n_target: int):
        ar, en = split_arabic(source), split_english(target)
        ar_spans, en_spans = sentence_word_spans(source, ar), sentence_word_spans(target, en)
        pairs = pair_sentences(ar, en)
        self.source_group = [-1] * n_source
        self.target_group = [-1] * n_target
        self.ranges = []
        for g, (ss, ts) in enumerate(sentence_groups(pairs)):
            a = (ar_spans[min(ss)][0], ar_spans[max(ss)][1])
            e = (en_spans[min(ts)][0], en_spans[max(ts)][1])
            self.ranges.append((a, e))
            for i in range(*a):
                self.source_group[i] = g
            for j in range(*e):
                self.target_group[j] = g

    def candidates(self, j: int, n_source: int) -> range:
        g = self.target_group[j]
        return range(*self.ranges[g][0]) if g >= 0 else range(n_source)

    def distance(self, i: int, j: int) -> float:
        """|relative position of i - relative position of j| within their group (0..1)."""
        g = self.target_group[j]
        (a0, a1), (e0, e1) = self.ranges[g] if g >= 0 else ((0, len(self.source_group)),
                                                             (0, len(self.target_group)))  # fmt: skip
        rel_i = (i - a0 + 0.5) / max(1, a1 - a0)
        rel_j = (j - e0 + 0.5) / max(1, e1 - e0)
        return abs(rel_i - rel_j)


def lexicon_links(source: str, target: str) -> list[Link]:
    """Lexical links between the words of `source` (Arabic) and `target` (English)."""
    english = target.split()
    arabic = arabic_words(source)
    if not english or not arabic:
        return []
    blocks = _Blocks(source, target, len(arabic), len(english))
    candidates = []
    for j, word in enumerate(english):
        if is_function_word(word):
            continue
        for i in blocks.candidates(j, len(arabic)):
            found = _content_match(arabic[i], word)
            if found:
                weight, origin, key = found
                score = weight * (1.0 - 0.5 * blocks.distance(i, j))
                candidates.append((score, weight, i, j, origin, key))
    links: dict[int, Link] = {}
    extra: list[Link] = []  # second Arabic words of one English word (٣٠ ألف -> 30,000)
    used: set[tuple[int, str]] = set()
    _number_links(english, arabic, blocks, links, extra, used)
    for _score, weight, i, j, origin, key in sorted(candidates, key=lambda c: (-c[0], c[3], c[2])):
        if j in links or (i, key) in used:
            continue
        links[j] = Link(i, j, weight, origin)
        used.add((i, key))
    _function_links(english, arabic, blocks, links)
    return sorted([*links.values(), *extra], key=lambda link: (link.target, link.source))


def _content_match(word: ArabicWord, english: str) -> tuple[float, str, str] | None:
    """(weight, origin, what was matched) for the best reason to link, or None."""
    values = set(numbers_in(english))
    spelled = number_word(english)
    if values and values & word.numbers:
        return 1.0, "number", "#" + min(values & word.numbers)
    best = None
    for part, factor in _parts(english):
        for gloss_word, weight in word.content.items():
            if matches(part, gloss_word):
                weight *= factor
            elif related(part, gloss_word):
                weight *= factor * _RELATED
            else:
                continue
            if best is None or weight > best[0]:
                best = (round(weight, 3), "lexicon", gloss_word)
    if best is None and spelled and spelled in word.numbers and not word.content:
        best = (0.9, "number", "#" + spelled)
    capital = english.lstrip("([\"'“‘«")[:1].isupper()  # "[Da'sh]" from a gloss draft too
    if best is None and word.names and capital and len(bare(english)) >= 3:
        similarity = max(name_similarity(name, english) for name in word.names)
        if similarity >= _NAME_THRESHOLD:
            best = (round(0.9 * similarity, 3), "name", "@" + bare(english))
    return best


def _parts(english: str) -> list[tuple[str, float]]:
    """The word, and the parts of a hyphenated word ("Secretary-General", "two-day")."""
    parts = [(english, 1.0)]
    if "-" in english.strip("-"):
        parts += [(p, _PART) for p in english.split("-") if len(bare(p)) >= 3 and bare(p) != "al"]
    return parts


def _number_links(english: Sequence[str], arabic: Sequence[ArabicWord], blocks: _Blocks,
                  links: dict[int, Link], extra: list[Link], used: set) -> None:
    """A number written as digits and a multiplier word (٣٠ ألف, ٢ مليون) against the English
    number it makes ("30,000"): both Arabic words link."""
    for i in range(len(arabic) - 1):
        multiplier = [n for n in arabic[i + 1].numbers if n in _MULTIPLIERS]
        digits = [n for n in arabic[i].numbers if n not in _MULTIPLIERS]
        if not multiplier or not digits:
            continue
        value = _product(digits[0], multiplier[0])
        for j, word in enumerate(english):
            if j not in links and value in numbers_in(word) and i in blocks.candidates(j, len(arabic)):
                links[j] = Link(i, j, 1.0, "number")
                extra.append(Link(i + 1, j, 1.0, "number"))
                used.update({(i, "#" + digits[0]), (i + 1, "#" + multiplier[0])})
                break


def _product(number: str, multiplier: str) -> str:
    value = float(number) * int(multiplier)
    return str(int(value)) if value == int(value) else str(value)


def _function_links(english: Sequence[str], arabic: Sequence[ArabicWord], blocks: _Blocks,
                    links: dict[int, Link]) -> None:
    """Link English function words the lexicon names (see the module docstring)."""
    content = dict(links)
    for j, word in enumerate(english):
        low = bare(word)
        if j in links or not (is_function_word(word) or low == "two"):
            continue
        # a clitic of the Arabic word that the next content word (or the previous one) links to
        for k in [*range(j + 1, min(len(english), j + 5)), *range(j - 1, max(-1, j - 3), -1)]:
            if k in content and low in arabic[content[k].source].affix_function:
                links[j] = Link(content[k].source, j, _AFFIX_WEIGHT, "lexicon")
                break
    taken = {link.source for link in links.values()}
    stems = []
    for j, word in enumerate(english):
        if j in links or not is_function_word(word):
            continue
        for i in blocks.candidates(j, len(arabic)):
            distance = blocks.distance(i, j)
            if bare(word) in arabic[i].stem_function and distance <= _STEM_FUNCTION_DISTANCE:
                stems.append((distance, i, j))
    for _distance, i, j in sorted(stems):
        if j not in links and i not in taken:
            links[j] = Link(i, j, _STEM_FUNCTION_WEIGHT, "lexicon")
            taken.add(i)
