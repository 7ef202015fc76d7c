"""The translated Markdown: a Markdown source as English Markdown.

A document imported with its file kept (SourceDocument.original) is rebuilt from that file: the
import's own walk (md_import.walk) runs over it again and says which lines each paragraph came
from, and only those lines change - a paragraph's lines become its English behind the same
container markers ("> ", "3. ", indentation), a heading keeps its "##" or its underline, a table
cell is replaced inside its row, an HTML block's text inside its tags (and dir="rtl" becomes
"ltr"). Everything else is the source's own: front matter (YAML or TOML) byte for byte,
ordered lists with their numbers, nesting, code, link reference definitions, blank lines.
A paragraph with no English keeps its Arabic lines as they were, and is counted.

A document without its file (imported before the file was kept), or whose file no longer gives
its paragraphs back, is written again from its paragraphs (`render_md`): each as the block it
was: headings with their level, list items nested by level (as "-" items: the paragraphs do
not say whether a list was numbered), quotes, code blocks fenced and unchanged; table cells
(the project does not keep their row and column) as paragraphs in their order; a paragraph
with no English keeps its Arabic inside <span dir="rtl" lang="ar">.
Either way the English's tags become Markdown's inline formatting: **bold**, *italic*,
~~struck~~, `code`, [links](address) (http(s) and mailto only), and <u>, <sup>, <sub> as
inline HTML, which CommonMark, GFM and pandoc all keep. Text is escaped by
markdown_escape_export so it renders as written in markdown-it, GitHub and pandoc
(tests/formats/test_md_translated_export.py, test_md_fidelity.py).
Pure functions over core types; any thread may call them.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Iterator
from html import escape
from pathlib import Path
from urllib.parse import quote

from workbench.core import inline
from workbench.core.errors import DocumentImportError
from workbench.core.model import Kind, Paragraph
from workbench.formats import markdown_escape_export as md
from workbench.formats import prepare_export as prep
from workbench.formats.atomic import write_chunks
from workbench.formats.translated_common import Piece, Tally, TranslatedReport, piece, safe_href

# Outermost first; pairs of (opening, closing) delimiters.
_STYLE_MARKS = (("b", "**", "**"), ("i", "*", "*"), ("s", "~~", "~~"), ("u", "<u>", "</u>"),
                ("sup", "<sup>", "</sup>"), ("sub", "<sub>", "</sub>"))
_URL_SAFE = ":/?#[]@!$&'*+,;=%~-._"  # everything else (spaces, parentheses, <>) percent-encoded


def export_md(paragraphs: Iterable[Paragraph], out: Path | str,
              original: bytes | None = None) -> TranslatedReport:
    """Write the English Markdown of `paragraphs` (one document's, in order) to `out`
    atomically, rebuilt from the source file `original` when the project kept it; return how
    many paragraphs are in English and how many are left Arabic."""
    paragraphs = list(paragraphs)
    tally = Tally()
    rebuilt = _rebuild(original, paragraphs, tally) if original else None
    if rebuilt is None:
        tally = Tally()
        rebuilt = (render_md(paragraphs, tally), 0)
    chunks, unplaced = rebuilt
    path = write_chunks(out, chunks)
    return TranslatedReport(Path(path), tally.translated, tally.untranslated, unplaced)


def render_md(paragraphs: Iterable[Paragraph], tally: Tally | None = None) -> Iterator[str]:
    """The Markdown in pieces: blocks separated by one blank line, ending with a newline;
    consecutive list items form one tight, nested list."""
    tally = tally or Tally()
    separator, depth = "", 0
    for paragraph in paragraphs:
        item = tally.count(piece(paragraph))
        block = _block(item)
        if not block:
            continue
        if paragraph.kind == Kind.LIST_ITEM:
            level = min(prep.list_depth(paragraph), depth + 1)  # a list cannot skip a level
            indent = "  " * (level - 1)
            block = "\n".join(indent + line for line in block.split("\n"))
            yield ("\n" if depth else separator) + block
            depth = level
        else:
            yield separator + block
            depth = 0
        separator = "\n\n"
    yield "\n"


def _block(item: Piece) -> str:
    """The paragraph as the Markdown block of its kind ("" when there is no text)."""
    kind = item.paragraph.kind
    if kind == Kind.CODE:
        return md.fence(item.text) if item.text.strip() else ""
    lines = _lines(item.runs, heading=kind == Kind.HEADING)
    if not lines:
        return ""
    if not item.english and prep.starts_rtl(item.text):
        lines[0] = '<span dir="rtl" lang="ar">' + lines[0]
        lines[-1] += "</span>"
    if kind == Kind.HEADING:
        return f"{'#' * prep.heading_level(item.paragraph)} {' '.join(lines)}"
    body = "\\\n".join(lines)  # a line break in the text is a hard break
    if kind == Kind.LIST_ITEM:
        return "- " + body.replace("\n", "\n  ")
    if kind == Kind.QUOTE:
        return "> " + body.replace("\n", "\n> ")
    return body


def _lines(runs: list[inline.Run], heading: bool = False) -> list[str]:
    """The runs as Markdown lines (non-empty ones); formatting is closed and reopened around
    a line break, so no delimiter ever spans two lines."""
    lines: list[list[str]] = [[]]
    for run in runs:
        if run.solo == "break":
            lines.append([])
            continue
        if run.solo:
            if run.solo == "note" and run.text:
                lines[-1].append(f"<sup>{escape(run.text)}</sup>")
            continue
        for n, text in enumerate(run.text.split("\n")):
            if n:
                lines.append([])
            lines[-1].append(_formatted(text, run.styles, safe_href(run.href), heading))
    return [line for line in ("".join(parts).strip() for parts in lines) if line]


def _formatted(text: str, styles: frozenset[str], href: str, heading: bool = False) -> str:
    """One piece of one line with its formatting. Spaces at its ends stay outside the
    delimiters (CommonMark does not open `** bold` nor close `bold **`)."""
    core = text.strip()
    if not core:
        return " " if text else ""
    lead = " " if text[0].isspace() else ""
    trail = " " if text[-1].isspace() else ""
    body = _code(core) if "code" in styles else _escaped(core, heading)
    for style, opening, closing in reversed(_STYLE_MARKS):
        if style in styles:
            body = f"{opening}{body}{closing}"
    if href:
        body = f"[{body}]({quote(href, safe=_URL_SAFE)})"
    return lead + body + trail


def _escaped(text: str, heading: bool = False) -> str:
    """Text escaped to render as written (in a heading every `#` too: a trailing run would
    close it); inner runs of spaces are kept as one (as any renderer shows them)."""
    text = re.sub(r"[ \t]+", " ", text)
    return md.escape_heading(text) if heading else md.escape_line(text)


def _code(text: str) -> str:
    """An inline code span: a backtick run longer than any inside, padded when the code
    starts or ends with a backtick."""
    longest = max((len(r) for r in re.findall(r"`+", text)), default=0)
    ticks = "`" * (longest + 1)
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{ticks}{pad}{text}{pad}{ticks}"


# -- rebuilt from the kept source ---------------------------------------------------------

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


def _rebuild(original: bytes, paragraphs: list[Paragraph], tally: Tally):
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
