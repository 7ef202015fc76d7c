"""Tags back into a draft: an engine translates the plain source, and the draft gets the source's
inline marks (bold words, links, note references) back at the English words they belong to.

The rule, per mark:
- a span covering every word of the source wraps the whole draft (a bold headline stays bold);
- otherwise the span's Arabic words are looked up in the word alignment (mt/align.py: the
  lexicon, names and numbers, plus the model's attention when the engine has it), and the tags
  go around the English words from the first to the last linked one;
- a mark with no linked word, or whose English words would cross another mark's, goes to the
  end of the draft as an empty pair. QA (the `tags` kind) flags that pair as "no words between"
  so the translator places it: a tag is never dropped;
- a solo mark (a note reference) follows the English word linked to the Arabic word before it.

Qt-free. With an engine, call it on the thread that owns the engine (the `mt` lane).
"""

from __future__ import annotations

import logging
import re
from dataclasses import replace
from typing import Iterable, Iterator

from workbench.core import inline
from workbench.core.model import Draft, TranslationRequest

_log = logging.getLogger(__name__)
_WORD = re.compile(r"\S+")
_LEADING = "\"'«“‘([{"
_TRAILING = "\"'»”’)]}.,;:!?؟،؛…"


def tag_drafts(drafts: Iterable[Draft], requests: Iterable[TranslationRequest],
               engine=None) -> Iterator[Draft]:
    """`drafts` with the tags of their requests' marks placed (drafts of unmarked requests pass
    through untouched)."""
    marked = {r.paragraph_id: r for r in requests if r.marks}
    for draft in drafts:
        request = marked.get(draft.paragraph_id)
        if request is None or not draft.text.strip():
            yield draft
        else:
            yield replace(draft, text=place(request.source, request.marks, draft.text, engine))


def place(source: str, marks: Iterable, target: str, engine=None) -> str:
    """`target` (plain English) with the tags of `marks` (over `source`) put in."""
    marks = tuple(marks)
    target = inline.plain(target)
    if not marks:
        return target
    src_words = [m.span() for m in _WORD.finditer(source)]
    tgt_words = [m.span() for m in _WORD.finditer(target)]
    if not tgt_words:
        return target + "".join(_pair(m) for m in marks)
    links = _links(source, target, marks, src_words, engine)
    spans: list[tuple[int, int, inline.Mark]] = []  # placed pairs: (start, end) in target chars
    events: list[tuple[int, int, int, int, str]] = []
    leftovers: list[inline.Mark] = []
    for mark in sorted(marks, key=lambda m: (m.start, -m.end)):
        if mark.solo:
            at = _solo_position(mark, src_words, tgt_words, target, links)
            if at is None:
                leftovers.append(mark)
            else:
                events.append((at, 1, 0, mark.number, inline.solo_tag(mark.number)))
            continue
        covered = [i for i, (a, b) in enumerate(src_words) if a < mark.end and b > mark.start]
        if covered and len(covered) == len(src_words):
            span = (tgt_words[0][0], tgt_words[-1][1])
        else:
            found = _content(target, tgt_words, sorted({t for i in covered for t in links.get(i, ())}))
            span = _word_span(target, tgt_words, found[0], found[-1]) if found else None
        if span is None or not all(_nests(span, (a, b)) for a, b, _m in spans):
            leftovers.append(mark)
            continue
        spans.append((*span, mark))
        events.append((span[0], 2, -span[1], mark.number, inline.open_tag(mark.number)))
        events.append((span[1], 0, -span[0], -mark.number, inline.close_tag(mark.number)))
    out, last = [], 0
    for position, _rank, _tie, _number, tag in sorted(events):
        out.append(target[last:position])
        out.append(tag)
        last = position
    out.append(target[last:])
    return "".join(out) + "".join(_pair(m) for m in leftovers)


def _pair(mark: inline.Mark) -> str:
    if mark.solo:
        return inline.solo_tag(mark.number)
    return inline.open_tag(mark.number) + inline.close_tag(mark.number)


def _nests(a: tuple[int, int], b: tuple[int, int]) -> bool:
    """True when two spans are disjoint or one holds the other."""
    return a[1] <= b[0] or b[1] <= a[0] or (a[0] <= b[0] and b[1] <= a[1]) or (b[0] <= a[0] and a[1] <= b[1])


def _word_span(target: str, words: list[tuple[int, int]], first: int, last: int) -> tuple[int, int]:
    """Characters from word `first` to word `last`, without the quotes and punctuation at the
    edges (the full stop after a bold word is not bold)."""
    start, end = words[first][0], words[last][1]
    while start < end - 1 and target[start] in _LEADING:
        start += 1
    while end > start + 1 and target[end - 1] in _TRAILING:
        end -= 1
    return start, end


def _content(target: str, words: list[tuple[int, int]], found: list[int]) -> list[int]:
    """`found` without the function words at its edges: the Arabic article or conjunction
    links "the", "and" to a bold noun, and "The **minister**" is what a translator writes."""
    from workbench.mt.align_english import is_function_word

    def function(index: int) -> bool:
        a, b = words[index]
        return is_function_word(target[a:b])

    while len(found) > 1 and function(found[0]):
        found = found[1:]
    while len(found) > 1 and function(found[-1]):
        found = found[:-1]
    return found


def _solo_position(mark, src_words, tgt_words, target, links) -> int | None:
    before = [i for i, (_a, b) in enumerate(src_words) if b <= mark.start]
    if not before:
        return tgt_words[0][0]
    if len(before) == len(src_words):
        return len(target.rstrip())
    found = links.get(before[-1])
    return tgt_words[max(found)][1] if found else None


def _links(source, target, marks, src_words, engine) -> dict[int, list[int]]:
    """Arabic word index -> linked English word indices; {} when no span needs them or the
    alignment cannot run (the tags then go to the end: the draft itself is never lost)."""
    if all(m.solo or _whole(m, src_words) for m in marks) and not any(m.solo for m in marks):
        return {}
    try:
        from workbench.mt.align import align

        alignment = align(source, target, engine=engine)
    except Exception:  # noqa: BLE001 - a failed alignment only costs the tags' places
        _log.warning("tag placement: the alignment failed; tags go to the end", exc_info=True)
        return {}
    links: dict[int, list[int]] = {}
    for link in alignment.links:
        links.setdefault(link.source, []).append(link.target)
    return links


def _whole(mark, src_words) -> bool:
    return bool(src_words) and mark.start <= src_words[0][0] and mark.end >= src_words[-1][1]


def retag(source: str, marks: Iterable, text: str) -> str:
    """A person's English from another tool (a review DOCX, an XLIFF file) that came back
    without tags: the tags placed around the same words (`place`, lexicon only); their words are
    never changed. Text that has tags, or a paragraph with no marks, is returned as it is."""
    marks = tuple(marks)
    if not marks or not text.strip() or inline.tags_in(text):
        return text
    return place(source, marks, text)
