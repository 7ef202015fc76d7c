"""Sentence spans of a paragraph, English and Arabic, as character offsets (pure Python).

English: a sentence ends after . ! ? … (with closing quotes or brackets) when whitespace or the
end of the text follows, and at every line end; a full stop does not end one after a known
abbreviation (Mr., Dr., e.g.), an initial (J., U.S.), a list number at the start of a line, or
when the next word starts in lower case. Arabic spans follow the engine's own split
(mt.sentences.split_sentences), so sentence k of a source is the one the engine translated.
(project.memory has an English splitter too, but project is a layer above mt.)
"""

from __future__ import annotations

import re

from workbench.mt.sentences import split_sentences

Span = tuple[int, int]

_CLOSERS = "\"'”’»)]}"
_END = re.compile(rf"[.!?…]+[{re.escape(_CLOSERS)}]*(?=\s|$)")
_LINE_END = re.compile(r"[\n\r\u2028\u2029]")
_INITIALS = re.compile(r"(?:[A-Za-z]\.)*[A-Za-z]")
_LIST_NUMBER = re.compile(r"\d{1,3}|[ivxIVX]{1,4}|[a-z]")
_ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof st jr sr no nos vs etc e.g i.e cf fig figs approx inc ltd co corp dept "
    "gen col lt sgt capt rev hon gov sen rep est vol pp ed eds al jan feb mar apr jun jul aug "
    "sep sept oct nov dec".split()
)


def english_spans(text: str) -> list[Span]:
    """(start, end) of each English sentence, whitespace trimmed, in text order."""
    cuts = {m.end() for m in _LINE_END.finditer(text)}
    cuts.update(m.end() for m in _END.finditer(text) if _ends_sentence(text, m))
    return _trimmed(text, sorted(cuts | {len(text)}))


def arabic_spans(text: str) -> list[Span]:
    """(start, end) of each sentence of the engine's split of an Arabic paragraph."""
    spans, at = [], 0
    for sentence in split_sentences(text).sentences:
        start = text.find(sentence, at)
        if start < 0:  # cannot happen: the split returns slices of the text
            break
        spans.append((start, start + len(sentence)))
        at = start + len(sentence)
    return spans


def span_at(spans: list[Span], offset: int) -> int:
    """Index of the span holding `offset` (its end included); between two spans the one
    before; before the first, the first. -1 when there is none."""
    found = -1
    for index, (start, _end) in enumerate(spans):
        if start <= offset or found < 0:
            found = index
    return found


def _trimmed(text: str, cuts: list[int]) -> list[Span]:
    spans, start = [], 0
    for cut in cuts:
        chunk = text[start:cut]
        lead = len(chunk) - len(chunk.lstrip())
        trail = len(chunk.rstrip())
        if trail > lead:
            spans.append((start + lead, start + trail))
        start = cut
    return spans


def _ends_sentence(text: str, m: re.Match[str]) -> bool:
    run = m.group().rstrip(_CLOSERS)
    if run != ".":
        return True  # ! ? … "..." always end one
    line_start = max(text.rfind(c, 0, m.start()) for c in "\n\r\u2028\u2029") + 1
    before = text[line_start : m.start()].split()
    word = before[-1].lstrip("(\"'“‘«[") if before else ""
    if not word:
        return True
    if word.lower() in _ABBREVIATIONS or _INITIALS.fullmatch(word) and len(word) < 6:
        return False
    if len(before) == 1 and _LIST_NUMBER.fullmatch(word):
        return False
    following = text[m.end() :].lstrip()
    return not (following[:1].isascii() and following[:1].islower())
