"""The `tags` kind, and the plain view of a target the other kinds read.

A target keeps its inline tags as single Private Use characters (core.inline). The tag check
compares them with the source's marks (inline.problems: missing, extra, order, empty). Every
other kind reads the target without its tags (`PlainTarget`), so "said{1}.{/1}." is the
doubled stop a reader sees, and reports spans that `PlainTarget.spans` maps back onto the
stored target, where the window highlights them. Pure."""

from __future__ import annotations

from workbench.core import inline

_PLACEHOLDER = "\ufffc"  # OBJECT REPLACEMENT CHARACTER: what a solo tag shows as


class PlainTarget:
    """The target without tags (`text`), and the way back to stored offsets. With
    `keep_solo` a solo tag (a note reference, an image) stays as one visible character, so
    "word {1/} word" reads as two words with something between, not as a double space."""

    __slots__ = ("text", "_index")

    def __init__(self, target: str, keep_solo: bool = False):
        if not inline.RESERVED.search(target):
            self.text, self._index = target, None
            return
        chars, index = [], []
        for i, ch in enumerate(target):
            if "\ue000" <= ch < "\uec00":
                tag = inline.role(ch)
                if not (keep_solo and tag and tag[0] == "solo"):
                    continue
                ch = _PLACEHOLDER
            chars.append(ch)
            index.append(i)
        index.append(len(target))
        self.text, self._index = "".join(chars), index

    def offset(self, plain_offset: int) -> int:
        return plain_offset if self._index is None else self._index[plain_offset]

    def spans(self, spans) -> tuple[tuple[int, int], ...]:
        """Spans over `text` as spans over the stored target (an end maps past the last
        character it covers, so a span never swallows the tag after it)."""
        if self._index is None:
            return tuple(spans)
        return tuple((self._index[s], self._index[e - 1] + 1 if e > s else self._index[s]) for s, e in spans)


def has_tags(marks, target: str) -> bool:
    return bool(marks) or inline.RESERVED.search(target) is not None


def tag_problems(marks, target: str) -> list:
    """(kind, message, source_spans, target_spans) per tag problem: the message names the tag
    as {1} / {/1} / {1/}; the spans are the tag characters of that number in the target (none
    for a missing tag), and the source span of its mark."""
    out = []
    by_number = {m.number: m for m in marks}
    where: dict[int, list] = {}
    for index, _role, number in inline.tags_in(target):
        where.setdefault(number, []).append((index, index + 1))
    for problem in inline.problems(marks, target):
        mark = by_number.get(problem.number)
        source = ((mark.start, mark.end),) if mark is not None and mark.end > mark.start else ()
        out.append(("tags", problem.message, source, tuple(where.get(problem.number, ()))))
    return out
