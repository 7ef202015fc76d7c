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

import re
from collections.abc import Iterable, Iterator
from html import escape
from pathlib import Path
from urllib.parse import quote

from workbench.core import inline
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
    from workbench.formats.md_translated_rebuild import rebuild

    rebuilt = rebuild(original, paragraphs, tally) if original else None
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
