"""Plain-text import.

Blank lines separate blocks; within a block, formats.txt_paragraphs decides which lines are
hard-wrapped prose (joined with a space) and which are paragraphs of their own (one paragraph per
line, headlines, bylines, datelines, list items, verse). Every segment is a PARAGRAPH; plain text
carries no headings.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from workbench.core.errors import DocumentImportError
from workbench.core.model import Kind, SourceDocument
from workbench.formats import import_limits
from workbench.formats.import_common import MAX_TEXT_BYTES, SegmentCollector, read_limited
from workbench.formats.import_decode import decode_text
from workbench.formats.txt_paragraphs import Line, line_stats, paragraphs, wrap_width

_BLANK_LINE = re.compile(r"\n[^\S\n]*\n")  # a line of nothing but spaces (str.strip's sense)
_NON_SPACE = re.compile(r"\S")


def load_text(path: Path) -> SourceDocument:
    """Import a .txt file. Raises DocumentImportError (empty, binary, undecodable with its line,
    more paragraphs than the limit: named by the line where the limit is crossed)."""
    path = Path(path)
    text, encoding = decode_text(read_limited(path, MAX_TEXT_BYTES), path)
    collector = SegmentCollector(path)
    text = collector.clean(text)
    lines = text.count("\n") + (not text.endswith("\n"))
    for line, paragraph in numbered_paragraphs(text):
        collector.add_clean(Kind.PARAGRAPH, paragraph)
        if collector.total > import_limits.MAX_PARAGRAPHS:
            # stop: counting 5 million one-word lines to the end took 8 s and 800 MB
            raise DocumentImportError(path, import_limits.paragraphs_past_limit(line, lines))
    return collector.document("txt", encoding)


def split_paragraphs(text: str) -> list[str]:
    """Paragraphs of already line-normalized text (only "\\n" line ends), per the module rules."""
    return [paragraph for _line, paragraph in numbered_paragraphs(text)]


def numbered_paragraphs(text: str) -> Iterator[tuple[int, str]]:
    """(1-based line where it starts, paragraph) of line-normalized text, one at a time: the
    lines are never all held in a list (5 million lines as strings took 400 MB). A block is read
    twice, once to measure its lines and once to join them; the whole file once more, and only if
    a block needs the file's wrap width."""
    file_width: list[int | None] = []  # found on first need
    pos, number, size = 0, 1, len(text)
    while (first := _NON_SPACE.search(text, pos)) is not None:
        start = text.rfind("\n", 0, first.start()) + 1
        number += text.count("\n", pos, start)
        blank = _BLANK_LINE.search(text, start)
        end = blank.start() if blank else size
        width = None
        if text.find("\n", start, end) >= 0:  # one line needs no width
            if text.count("\n", start, end) >= 2:
                width = wrap_width(*line_stats(line for _n, _i, line in _lines(text, start, end, number)))
            if width is None:
                if not file_width:
                    whole = start == _line_start(text, 0) and end == size
                    file_width.append(None if whole else _file_width(text))
                width = file_width[0]
        yield from paragraphs(_lines(text, start, end, number), width)
        number += text.count("\n", start, end)
        pos = end


def _line_start(text: str, pos: int) -> int:
    first = _NON_SPACE.search(text, pos)
    return 0 if first is None else text.rfind("\n", 0, first.start()) + 1


def _file_width(text: str) -> int | None:
    lines = (line for _n, _i, line in _lines(text, 0, len(text), 1))
    return wrap_width(*line_stats(lines))


def _lines(text: str, start: int, end: int, number: int) -> Iterator[Line]:
    """(number, indent, stripped text) of each non-blank line of text[start:end]."""
    while True:
        stop = text.find("\n", start, end)
        raw = text[start:end] if stop < 0 else text[start:stop]
        if line := raw.strip():
            yield number, len(raw) - len(raw.lstrip()), line
        if stop < 0:
            return
        number, start = number + 1, stop + 1
