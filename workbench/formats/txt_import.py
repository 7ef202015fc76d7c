"""Plain-text import.

Paragraph rules, kept simple on purpose:

- no blank line anywhere: every non-empty line is a paragraph (newspaper text, one per line);
- blank lines present: blank lines separate blocks. A block is one paragraph whose lines are
  joined with a space (hard-wrapped text) - unless every line of the block but the last ends a
  sentence (. ! ? ؟ … or a closing quote after one), in which case each line is its own paragraph:
  that is one-paragraph-per-line text which merely has a few blank lines in it.

Every segment is a PARAGRAPH; plain text carries no headings.
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

# a sentence end, optionally followed by closing quotes or brackets
_SENTENCE_END = re.compile(r"[.!?؟…][\"'»”’)\]]*\s*$")
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
    lines are never all held in a list (5 million lines as strings took 400 MB)."""
    first = _NON_SPACE.search(text)
    if first is None:
        return
    blank = _BLANK_LINE.search(text, first.start())
    if blank is None or _NON_SPACE.search(text, blank.end()) is None:
        # no blank line between the first and the last text: every non-empty line is a paragraph
        yield from ((number, line) for number, line in _lines(text) if line)
        return
    block: list[str] = []
    start = 0
    for number, line in _lines(text):
        if line:
            start = start if block else number
            block.append(line)
        elif block:
            yield from ((start + i, p) for i, p in _block_paragraphs(block))
            block = []
    if block:
        yield from ((start + i, p) for i, p in _block_paragraphs(block))


def _lines(text: str) -> Iterator[tuple[int, str]]:
    number, start = 1, 0
    while (end := text.find("\n", start)) >= 0:
        yield number, text[start:end].strip()
        number, start = number + 1, end + 1
    yield number, text[start:].strip()


def _block_paragraphs(block: list[str]) -> list[tuple[int, str]]:
    """(line offset in the block, paragraph) of one block of non-empty lines."""
    if len(block) > 1 and all(_SENTENCE_END.search(line) for line in block[:-1]):
        return list(enumerate(block))
    return [(0, " ".join(block))]
