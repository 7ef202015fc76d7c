"""Inline formatting as numbered placeholders (tags), the way CAT tools keep bold words and links.

A paragraph's source is stored as plain text plus `Mark`s: numbered spans over that text (bold,
italic, a link...) or points (a footnote reference, an image). The source never carries a tag,
so the MT model, the memory, search and QA read plain text.

A target carries its tags inside the text, one character each, from a Private Use Area block
reserved for them (U+E000-U+EBFF): an opening tag, a closing tag, or a standalone one, each with
the number of the source mark it stands for. One character per tag is what makes a tag atomic:
the editor shows it as a chip, and nothing can delete half of it. `visible` spells tags as
{1} {/1} {1/} for a terminal; `from_visible` reads that spelling back.

Importers put the same characters into the text they collect (`open_tag`, `close_tag`,
`solo_tag`) and `split` takes them out again as marks; raw text from a file first loses any
character of the reserved block (`remove_reserved`), so a file cannot forge a tag.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable, Mapping

__all__ = [
    "Mark", "Run", "TagProblem", "close_tag", "from_json", "from_visible", "open_tag", "plain",
    "problems", "remove_reserved", "runs", "solo_tag", "split", "tagged", "tags_in", "to_json",
    "trim", "visible",
]

OPEN_BASE, CLOSE_BASE, SOLO_BASE, END = 0xE000, 0xE400, 0xE800, 0xEC00
MAX_TAGS = 1023  # numbers 1..1023 per paragraph
RESERVED = re.compile("[\ue000-\uebff]")
STYLES = ("b", "i", "u", "s", "sup", "sub", "code")  # `Mark.kind` for a span: styles joined by " "
LINK = "link"
SOLO_KINDS = frozenset({"image", "note", "field", "break"})


@dataclass(frozen=True, slots=True)
class Mark:
    """One tag of a source paragraph. A span covers source[start:end]; a solo mark (an image, a
    note reference) sits at start == end. `kind` is "link", a solo kind, or styles joined by
    spaces ("b", "b i", "sup"); `href` is a link's address; `text` what a solo mark stands for
    (a note's number), shown in the chip's tooltip and written back by exports."""

    number: int
    kind: str
    start: int
    end: int
    href: str = ""
    text: str = ""

    @property
    def solo(self) -> bool:
        return self.kind in SOLO_KINDS

    @property
    def styles(self) -> frozenset[str]:
        return frozenset() if self.kind == LINK or self.solo else frozenset(self.kind.split())

    def label(self) -> str:
        """What the chip's tooltip says: "bold italic", "link to https://...", "note 3"."""
        names = {"b": "bold", "i": "italic", "u": "underline", "s": "strikethrough",
                 "sup": "superscript", "sub": "subscript", "code": "code"}
        if self.kind == LINK:
            return f"link to {self.href}" if self.href else "link"
        if self.solo:
            return f"{self.kind} {self.text}".strip()
        return " ".join(names.get(style, style) for style in self.kind.split())


def open_tag(number: int) -> str:
    return chr(OPEN_BASE + _checked(number))


def close_tag(number: int) -> str:
    return chr(CLOSE_BASE + _checked(number))


def solo_tag(number: int) -> str:
    return chr(SOLO_BASE + _checked(number))


def _checked(number: int) -> int:
    if not 1 <= number <= MAX_TAGS:
        raise ValueError(f"tag number {number} is outside 1..{MAX_TAGS}")
    return number


def role(char: str) -> tuple[str, int] | None:
    """("open" | "close" | "solo", number) for a tag character, None for any other."""
    code = ord(char)
    if not OPEN_BASE <= code < END or code % 0x400 == 0:
        return None
    kind = ("open", "close", "solo")[(code - OPEN_BASE) // 0x400]
    return kind, code % 0x400


def tags_in(text: str) -> list[tuple[int, str, int]]:
    """(index, role, number) of every tag character in `text`, in order."""
    found = []
    for match in RESERVED.finditer(text):
        tag = role(match.group())
        if tag is not None:
            found.append((match.start(), *tag))
    return found


def plain(text: str) -> str:
    """`text` without its tags."""
    return RESERVED.sub("", text)


def plain_offset(text: str, position: int) -> int:
    """Where `position` of `text` (with tags) falls in `plain(text)`."""
    return position - len(RESERVED.findall(text, 0, position))


def text_offset(text: str, plain_position: int, *, after_tags: bool = False) -> int:
    """Where `plain_position` of `plain(text)` falls in `text`: before the tags standing
    there, or after them with `after_tags` (the start of a range that should leave an opening
    tag in front of it)."""
    seen = 0
    for index, char in enumerate(text):
        tag = RESERVED.match(char) is not None
        if seen == plain_position and not (after_tags and tag):
            return index
        seen += not tag
    return len(text)


def remove_reserved(raw: str) -> tuple[str, int]:
    """Raw text from a file without characters of the reserved block, and how many there were."""
    return RESERVED.subn("", raw)


def split(text: str, kinds: Mapping[int, tuple[str, str] | tuple[str, str, str]]) -> tuple[str, tuple[Mark, ...]]:
    """Take the tags out of importer text: (plain text, marks in number order). `kinds` gives
    each number's (kind, href[, text]). A closing tag without its opening one is dropped; an
    opening tag never closed closes at the end; a span with no text in it is no mark."""
    out: list[str] = []
    length = 0
    opened: dict[int, int] = {}
    marks: list[Mark] = []
    last = 0
    for index, tag_role, number in tags_in(text):
        piece = text[last:index]
        out.append(piece)
        length += len(piece)
        last = index + 1
        kind = kinds.get(number, ("b", ""))
        if tag_role == "open":
            opened[number] = length
        elif tag_role == "close" and number in opened:
            start = opened.pop(number)
            if length > start:
                marks.append(Mark(number, kind[0], start, length, *kind[1:]))
        elif tag_role == "solo":
            marks.append(Mark(number, kind[0], length, length, *kind[1:]))
    out.append(text[last:])
    length += len(text) - last
    marks.extend(Mark(n, kinds.get(n, ("b", ""))[0], start, length, *kinds.get(n, ("b", ""))[1:])
                 for n, start in opened.items() if length > start)
    return "".join(out), renumber(sorted(marks, key=_order))


def _order(mark: Mark) -> tuple[int, int]:
    return mark.start, -mark.end


def renumber(marks: Iterable[Mark]) -> tuple[Mark, ...]:
    """Marks numbered 1, 2, ... in the order their tags open."""
    from dataclasses import replace

    return tuple(replace(mark, number=n) for n, mark in enumerate(sorted(marks, key=_order), 1))


def trim(text: str, marks: Iterable[Mark], start: int = 0, end: int | None = None,
         ) -> tuple[str, tuple[Mark, ...]]:
    """text[start:end] without spaces at its ends, with the marks clipped to it and renumbered
    (a span left empty is dropped; a solo mark outside is dropped)."""
    from dataclasses import replace

    end = len(text) if end is None else end
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    kept = []
    for mark in marks:
        a, b = max(mark.start, start), min(mark.end, end)
        if mark.solo and start <= mark.start <= end or not mark.solo and b > a:
            kept.append(replace(mark, start=a - start, end=b - start))
    return text[start:end], renumber(kept)


def tagged(source: str, marks: Iterable[Mark]) -> str:
    """`source` with its marks' tags put in: what "copy the source" gives a target. At one
    position closing tags come first (innermost first), then solo tags, then opening ones
    (outermost first)."""
    events: list[tuple[int, int, int, int, str]] = []
    for mark in marks:  # two marks over the same text: the lower number is the outer one
        if mark.solo:
            events.append((mark.start, 1, 0, mark.number, solo_tag(mark.number)))
        else:
            events.append((mark.start, 2, -mark.end, mark.number, open_tag(mark.number)))
            events.append((mark.end, 0, -mark.start, -mark.number, close_tag(mark.number)))
    out, last = [], 0
    for position, _rank, _tie, _number, tag in sorted(events):
        out.append(source[last:position])
        out.append(tag)
        last = position
    out.append(source[last:])
    return "".join(out)


# -- runs: text pieces with their formatting, for exporters ----------------------------------

@dataclass(frozen=True, slots=True)
class Run:
    """A piece of text with the formatting the tags around it give it. A solo tag is a Run with
    `solo` set (its kind) and `text` what it stands for."""

    text: str
    styles: frozenset[str] = frozenset()
    href: str = ""
    solo: str = ""


def runs(text: str, marks: Iterable[Mark]) -> list[Run]:
    """`text` (a target with tags, or `tagged(source, marks)`) cut into formatted runs. Tags
    with a number no mark has are dropped; styles of nested spans add up; an inner link wins."""
    by_number = {mark.number: mark for mark in marks}
    out: list[Run] = []
    active: list[Mark] = []
    last = 0

    def flush(end: int) -> None:
        if end > last:
            styles = frozenset().union(*(m.styles for m in active)) if active else frozenset()
            href = next((m.href for m in reversed(active) if m.kind == LINK), "")
            out.append(Run(text[last:end], styles, href))

    for index, tag_role, number in tags_in(text):
        flush(index)
        last = index + 1
        mark = by_number.get(number)
        if mark is None:
            continue
        if tag_role == "open" and not mark.solo and mark not in active:
            active.append(mark)
        elif tag_role == "close" and mark in active:
            active.remove(mark)
        elif tag_role == "solo" and mark.solo:
            out.append(Run(mark.text, solo=mark.kind, href=mark.href))
    flush(len(text))
    return out


_FORMS = frozenset({"TagProblem", "from_json", "from_visible", "problems", "to_json", "visible"})


def __getattr__(name: str):
    """The second half (problems, spellings, storage) lives in core.inline_forms, which builds on
    this module; its names are served from here so callers import one module."""
    if name in _FORMS:
        from workbench.core import inline_forms

        return getattr(inline_forms, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
