"""Alignments of paragraphs, computed on the `nlp` lane and kept by their (source, target) text.

The window never aligns on the GUI thread: `get` answers from the cache only, `request` sends
the work to the `nlp` lane (lexicon only, `engine=None`: a hover never waits for the `mt` lane
and its model). Each caller names a mailbox (`key`): a newer request of that caller replaces
one still waiting and cancels one running, whose answer is then dropped (latest wins). The
answer is cached by the texts it was made for, so a row whose text changed in the meantime
simply finds nothing for its new text: a stale alignment can never be painted on it.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import OrderedDict
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

_CACHE_LIMIT = 500  # paragraphs; a few screens' worth, each a few kilobytes
_WORD = re.compile(r"\S+")  # the words of Alignment: str.split() of the text


@dataclass(frozen=True, slots=True)
class AlignedText:
    """One paragraph's alignment and where its words and sentences are. Immutable, any thread.

    `*_spans`: [start, end) character offsets of each word (`alignment.*_words`);
    `*_sentences`: [first, end) word indices of each sentence (the alignment's sentence indices).
    """

    source: str
    target: str
    alignment: object  # workbench.mt.align.Alignment
    source_spans: tuple[tuple[int, int], ...]
    target_spans: tuple[tuple[int, int], ...]
    source_sentences: tuple[tuple[int, int], ...]
    target_sentences: tuple[tuple[int, int], ...]

    def spans(self, source: bool) -> tuple[tuple[int, int], ...]:
        return self.source_spans if source else self.target_spans

    def sentences(self, source: bool) -> tuple[tuple[int, int], ...]:
        return self.source_sentences if source else self.target_sentences

    def word_at(self, source: bool, offset: int, *, near: bool = False) -> int | None:
        """The word holding character `offset` (or ending just before it); with `near`, a
        position in the spaces between words gives the word before them (or the first)."""
        spans = self.spans(source)
        i = bisect_right([s for s, _ in spans], offset) - 1
        if i >= 0 and offset <= spans[i][1]:
            return i
        if near and spans:
            return max(i, 0)
        return None

    def sentence_of(self, source: bool, word: int | None) -> int | None:
        if word is None:
            return None
        for k, (first, end) in enumerate(self.sentences(source)):
            if first <= word < end:
                return k
        return None

    def sentence_span(self, source: bool, sentence: int) -> tuple[int, int] | None:
        """Character span of sentence `sentence`, or None when it holds no word."""
        spans, sentences = self.spans(source), self.sentences(source)
        if not 0 <= sentence < len(sentences):
            return None
        first, end = sentences[sentence]
        return (spans[first][0], spans[end - 1][1]) if end > first else None


def word_spans(text: str) -> tuple[tuple[int, int], ...]:
    """[start, end) of each whitespace-separated word (the words of an Alignment)."""
    return tuple(m.span() for m in _WORD.finditer(text))


def aligned_text(source: str, target: str) -> AlignedText:
    """Align and locate (a job function's body: the `nlp` lane, or any thread but the GUI's)."""
    from workbench.mt import align as align_module
    from workbench.mt.align_sentences import sentence_word_spans, split_arabic, split_english

    alignment = align_module.align(source, target, engine=None)
    return AlignedText(
        source, target, alignment,
        word_spans(source),
        word_spans(target),
        tuple(sentence_word_spans(source, split_arabic(source))),
        tuple(sentence_word_spans(target, split_english(target))),
    )  # fmt: skip


class AlignmentCache(QObject):
    """Alignments by (source, target). GUI thread; the work runs on the `nlp` lane of `tasks`.

    `ready(AlignedText)` when a requested alignment arrives (only the newest of its mailbox).
    """

    ready = Signal(object)

    def __init__(self, tasks, parent=None) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._cache: OrderedDict[tuple[str, str], AlignedText] = OrderedDict()
        self._asked: dict[str, tuple[str, str]] = {}  # mailbox -> texts it waits for
        self.requests = 0  # jobs submitted (tests and benchmarks count them)

    def get(self, source: str, target: str) -> AlignedText | None:
        found = self._cache.get((source, target))
        if found is not None:
            self._cache.move_to_end((source, target))
        return found

    def request(self, source: str, target: str, key: str) -> AlignedText | None:
        """The cached alignment, or None after asking the `nlp` lane for it (answer: `ready`)."""
        found = self.get(source, target)
        if found is not None or not source.strip() or not target.strip():
            return found
        if self._asked.get(key) == (source, target):
            return None  # already on its way
        self._asked[key] = (source, target)
        self.requests += 1
        try:
            self._tasks.latest("nlp", "align-" + key, lambda ctx: aligned_text(source, target),
                               success=lambda result: self._arrived(key, result),
                               failure=lambda exc: self._asked.pop(key, None))
        except RuntimeError:  # the window is closing: its lanes are gone
            self._asked.pop(key, None)
        return None

    def _arrived(self, key: str, result: AlignedText) -> None:
        if self._asked.get(key) == (result.source, result.target):
            del self._asked[key]
        self._cache[result.source, result.target] = result
        if len(self._cache) > _CACHE_LIMIT:
            self._cache.popitem(last=False)
        self.ready.emit(result)

    def clear(self) -> None:
        self._cache.clear()

