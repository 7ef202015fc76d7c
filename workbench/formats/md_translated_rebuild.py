"""The translated Markdown rebuilt from the kept source file (md_translated_export's first way):
the import's own walk says which lines each paragraph came from, and only those lines change.
Pure functions over core types; any thread may call them."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from html import escape
from pathlib import Path

from workbench.core import inline
from workbench.core.errors import DocumentImportError
from workbench.core.model import Paragraph
from workbench.formats.md_translated_export import _lines
from workbench.formats.translated_common import Piece, Tally, piece

# What comes before a block's text on its first line: indentation, quote markers, list markers.
_PREFIX = re.compile(r"(?:[ \t]*(?:>[ \t]?|(?:[-+*]|\d{1,9}[.)])(?=[ \t]|$)[ \t]*))*[ \t]*")
_CELL_BORDER = re.compile(r"(?<!\\)\|")  # markdown-it's escapedSplit: a pipe not after "\\"
_RTL = re.compile(r"""(<[^>]*?\bdir\s*=\s*)(["']?)rtl\2""", re.IGNORECASE)
_ARABIC_LANG = re.compile(r"""(<[^>]*?\blang\s*=\s*)(["']?)ar(?:-[A-Za-z]+)?\2""", re.IGNORECASE)


class _Located:
    """md_import.walk's `at`: the place of every segment the walk adds to `out`."""

    def __init__(self, out) -> None:
        self.out = out
        self.marks: list[tuple[int, tuple]] = []  # (segments before it, place)
        self.html: dict[tuple, str] = {}  # every HTML block's lines -> its content

    def __call__(self, place: tuple) -> None:
        self.marks.append((len(self.out.segments), place))
        if place[0] == "html_block" and place[2]:
            self.html[tuple(place[2])] = place[4]

    def places(self) -> list[tuple]:
        found: list[tuple] = []
        for n, (start, place) in enumerate(self.marks):
            end = self.marks[n + 1][0] if n + 1 < len(self.marks) else len(self.out.segments)
            found.extend([place] * (end - start))
        return found


def rebuild(original: bytes, paragraphs: list[Paragraph], tally: Tally):
    """(the Markdown in pieces, English paragraphs that found no place), or None when the kept
    file does not give these paragraphs back (then the caller writes them from scratch)."""
    from workbench.formats.import_common import SegmentCollector
    from workbench.formats.import_decode import decode_text
    from workbench.formats.md_import import front_matter, walk

    where = Path("kept-source.md")
    try:
        text, _encoding = decode_text(original, where)
        out = SegmentCollector(where)
        located = _Located(out)
        walk(text, out, located)
    except DocumentImportError:
        return None
    if [s.text for s in out.segments] != [p.source for p in paragraphs]:
        return None
    front = front_matter(text)
    lines = re.sub(r"\r\n?", "\n", text[len(front):]).split("\n")
    groups: dict[tuple, list[Piece]] = {}  # (kind, markup, lines, cell or chunk) -> its pieces
    for place, paragraph in zip(located.places(), paragraphs):
        item = tally.count(piece(paragraph))
        if place[0] not in ("front", "fence", "code_block"):
            groups.setdefault((place[0], place[1], tuple(place[2] or ()), place[3]), []).append(item)
    changes, unplaced = _changes(lines, groups)
    if any(item.english for items in groups.values() for item in items):
        blocks: dict[tuple, dict[int, list[Piece]]] = {}
        for (kind, _markup, span, chunk), items in groups.items():
            if kind == "html_block":
                blocks.setdefault(span, {})[chunk] = items
        for span, content in located.html.items():  # each HTML block, with text or not
            chunks = blocks.get(span, {})
            new = _html_lines(lines[span[0]:span[1]], content, chunks)
            if new is None:  # left as it was
                unplaced += sum(item.english for items in chunks.values() for item in items)
            else:
                changes[span[0]] = (span[1], new)
    return itertools.chain([front], _changed(lines, changes)), unplaced


def _changes(lines: list[str], groups: dict[tuple, list[Piece]]):
    """({first line: (end line, new lines)} for the paragraphs, headings and table rows that
    have English, how many English paragraphs found no place). HTML blocks are left to the
    caller: their tags change even where they hold no English."""
    changes: dict[int, tuple[int, list[str]]] = {}
    unplaced = 0
    rows: dict[tuple, dict[int, list[Piece]]] = {}
    for (kind, markup, span, cell), items in groups.items():
        english = sum(item.english for item in items)
        if not english:
            continue
        if kind == "html_block":
            continue
        if not span:
            unplaced += english
        elif cell >= 0:
            rows.setdefault(span, {})[cell] = items
        elif (new := _block_lines(lines, kind, markup, span, items)) is not None:
            changes[span[0]] = (span[1], new)
        else:
            unplaced += english
    for span, cells in rows.items():
        if (new := _row_line(lines[span[0]], cells)) is not None:
            changes[span[0]] = (span[1], [new])
        else:
            unplaced += sum(item.english for items in cells.values() for item in items)
    return changes, unplaced


def _changed(lines: list[str], changes: dict[int, tuple[int, list[str]]]) -> Iterator[str]:
    """The source lines with the changed ranges replaced, joined by "\\n" again."""
    n, first = 0, True
    while n < len(lines):
        end, new = changes.get(n, (n + 1, [lines[n]]))
        for line in new:
            yield line if first else "\n" + line
            first = False
        n = max(end, n + 1)


def _text_lines(items: list[Piece], heading: bool = False) -> list[str]:
    """The Markdown lines of one block's pieces (a paragraph the import split goes back as one)."""
    runs: list[inline.Run] = []
    for n, item in enumerate(items):
        runs.extend(([inline.Run(" ")] if n else []) + item.runs)
    return _lines(runs, heading)


def _block_lines(lines: list[str], kind: str, markup: str, span: list[int], items: list[Piece]):
    """A paragraph's or heading's new lines, behind the source's own markers (None: no place)."""
    text = _text_lines(items, heading=kind == "heading_open")
    first = lines[span[0]]
    prefix = _PREFIX.match(first).group()
    if not text or len(prefix) >= len(first.rstrip()):
        return None
    if kind == "heading_open":
        if markup.startswith("#"):  # ATX: the level is the run of "#"
            prefix = first[:first.index("#")]
            return [f"{prefix}{markup} {' '.join(text)}"]
        return [prefix + " ".join(text)]  # setext: the underline after it stays
    follow = re.sub(r"[^\s>]", " ", prefix)
    last = len(text) - 1
    return [(prefix if n == 0 else follow) + line + ("\\" if n < last else "")
            for n, line in enumerate(text)]


def _row_line(row: str, cells: dict[int, list[Piece]]) -> str | None:
    """A table row with the English of its cells (a line break in a cell as <br>)."""
    prefix = _PREFIX.match(row).group() if not row.lstrip().startswith("|") else ""
    body = row[len(prefix):]
    lead, core = body[:len(body) - len(body.lstrip())], body.strip()
    parts = _CELL_BORDER.split(core)
    opening = len(parts) > 1 and parts[0] == ""
    closing = len(parts) > 1 + opening and parts[-1] == "" and core.endswith("|")
    columns = parts[opening:len(parts) - closing]
    for cell, items in cells.items():
        if not any(item.english for item in items):
            continue
        if cell >= len(columns):
            return None
        text = "<br>".join(_text_lines(items))
        left = " " if opening or cell else ""  # a row without border pipes keeps its edges
        right = " " if closing or cell < len(columns) - 1 else ""
        columns[cell] = left + _pipes_escaped(text) + right
    return prefix + lead + ("|" if opening else "") + "|".join(columns) + ("|" if closing else "")


def _pipes_escaped(text: str) -> str:
    """A cell's text with every pipe escaped (escape_line escapes them outside code spans; in a
    code span GFM needs "\\|" too)."""
    return _CELL_BORDER.sub(r"\\|", text)


def _html_lines(source: list[str], content: str, chunks: dict[int, list[Piece]]) -> list[str] | None:
    """An HTML block with the English in place of the text of its chunks and left to right;
    None when its lines are not the block the walk read (see below)."""
    from workbench.formats.md_import import html_chunks

    inner = content.rstrip("\n").split("\n")
    if len(inner) != len(source) or any(not line.endswith(part) for line, part in zip(source, inner)):
        return None  # container markers the walk took out in a way we cannot put back, or
        # an unclosed tag import_md_windows escaped
    prefixes = [line[:len(line) - len(part)] for line, part in zip(source, inner)]
    spans = html_chunks(content)
    html = content
    for n in sorted(chunks, reverse=True):
        items = chunks[n]
        if n < len(spans) and any(item.english for item in items):
            text = "<br>".join(escape(" ".join(line.split()), quote=False)
                               for item in items for line in item.text.split("\n") if line.strip())
            html = html[:spans[n][1]] + text + html[spans[n][2]:]
    html = _ARABIC_LANG.sub(r"\1\2en\2", _RTL.sub(r"\1\2ltr\2", html))
    return [prefixes[min(n, len(prefixes) - 1)] + line
            for n, line in enumerate(html.rstrip("\n").split("\n"))]
