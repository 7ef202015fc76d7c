"""Steering at paragraph level: find the sentence at a cursor, ask steer.py, put the answer back.

The window holds a paragraph's Arabic and English and a cursor offset in the English. The
English sentence at the cursor is found with steer_sentences.english_spans; its Arabic partner
is the engine's sentence with the same number when the counts agree (a draft is the engine's
sentences joined in order), else the one at the same relative position (while typing, the
sentence being typed is matched by its number). `Place.put` writes a chosen sentence back into
the paragraph, leaving every other character as it was.

Threading: the `*_at` functions call the engine, so they run on its thread (the mt lane);
`place_at`, `typing_place` and `Place.put` are pure and run anywhere.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from workbench.mt.steer import Completion, Option, sentence_options, word_options
from workbench.mt.steer_complete import completion
from workbench.mt.steer_sentences import arabic_spans, english_spans, span_at

_WORD = re.compile(r"\S+")


@dataclass(frozen=True, slots=True)
class Place:
    """An English sentence of a paragraph (`start`..`end`; equal for one not written yet) and
    its Arabic partner (`source_index`, `source`; -1 and "" when the Arabic has none)."""

    index: int
    start: int
    end: int
    english: str
    source_index: int
    source: str

    def put(self, paragraph: str, sentence: str) -> str:
        """`paragraph` with this sentence replaced by `sentence`."""
        return paragraph[: self.start] + sentence + paragraph[self.end :]


def source_for(index: int, target_count: int, source_spans: list[tuple[int, int]]) -> int:
    """The Arabic sentence of English sentence `index` out of `target_count`."""
    if not source_spans:
        return -1
    if target_count > len(source_spans):
        return min(len(source_spans) - 1, index * len(source_spans) // target_count)
    return min(index, len(source_spans) - 1)


def _place(source: str, english: str, index: int, start: int, end: int, count: int) -> Place:
    spans = arabic_spans(source)
    k = source_for(index, count, spans)
    arabic = source[spans[k][0] : spans[k][1]] if k >= 0 else ""
    return Place(index, start, end, english[start:end], k, arabic)


def place_at(source: str, english: str, offset: int) -> Place:
    """The English sentence holding `offset` and its Arabic partner."""
    spans = english_spans(english)
    index = span_at(spans, offset)
    if index < 0:  # no English yet: the first sentence, empty
        return _place(source, english, 0, len(english), len(english), 1)
    return _place(source, english, index, *spans[index], len(spans))


def typing_place(source: str, typed: str) -> Place:
    """The sentence being typed at the end of `typed` (the paragraph up to the cursor): the
    last one, or a new one after a finished sentence and whitespace. `english` is what was
    typed of it so far."""
    spans = english_spans(typed)
    if not spans:
        return _place(source, typed, 0, 0, len(typed), 1)
    last_start, last_end = spans[-1]
    # Ended: a sentence would start after the whitespace that follows it (not "Mr. ", "No ").
    ended = last_end < len(typed) and english_spans(typed[last_start:] + "X")[0][1] <= last_end - last_start
    if ended:
        return _place(source, typed, len(spans), len(typed), len(typed), len(spans) + 1)
    return _place(source, typed, len(spans) - 1, last_start, len(typed), len(spans))


def sentence_options_at(engine, source: str, english: str, offset: int, n: int = 5, *,
                        glossary=None) -> tuple[Place, list[Option]]:
    """The n best translations of the sentence at `offset`; `place.put(english, option.text)`
    replaces that sentence only."""
    place = place_at(source, english, offset)
    return place, sentence_options(engine, place.source, n, glossary=glossary)


def word_options_at(engine, source: str, english: str, offset: int, k: int = 5, *,
                    beam_size: int = 1, glossary=None) -> tuple[Place, int, list[Option]]:
    """Alternatives for the English word at `offset` (the word holding it, or the next one):
    (the sentence, the word's number in it, options whose text replaces the sentence)."""
    place = place_at(source, english, offset)
    words = list(_WORD.finditer(place.english))
    local = offset - place.start
    index = next((i for i, m in enumerate(words) if local <= m.end()), len(words))
    options = word_options(engine, place.source, place.english, index, k, beam_size=beam_size,
                           glossary=glossary)
    return place, index, options


def completion_at(engine, source: str, typed: str, *, beam_size: int = 1,
                  glossary=None) -> tuple[Place, Completion]:
    """The completion of the sentence being typed; `typed` is the English paragraph up to the
    cursor. The suffix goes in at the cursor."""
    place = typing_place(source, typed)
    return place, completion(engine, place.source, place.english, beam_size=beam_size,
                             glossary=glossary)
