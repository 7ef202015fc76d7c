"""The translated HTML: an imported web page's article as an English HTML page.

The page itself is not kept (the importer takes the article out of the site around it), so the
article is rebuilt from its paragraphs: headings h1-h6 by level, p, blockquote, nested ul/li by
list level, pre/code verbatim, and the inline formatting of the English's tags (strong, em, u,
s, sup, sub, code, links). The project does not keep a table cell's row and column, so a run of
cells is one table of one column whose cell holds them as paragraphs: the text in its order,
without inventing rows the source may not have had.
A paragraph with no English yet keeps its Arabic, marked lang="ar" dir="rtl", and is counted.
Every text and attribute is escaped; a link is written only for http(s) and mailto addresses.
Pure functions over core types; any thread may call them.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from html import escape
from pathlib import Path

from workbench.core import inline
from workbench.core.model import Kind, Paragraph
from workbench.formats import prepare_export as prep
from workbench.formats.atomic import write_chunks
from workbench.formats.translated_common import Piece, Tally, TranslatedReport, piece, safe_href

# Outermost first: a bold word inside a link is <a><strong>...</strong></a>.
_STYLE_TAGS = (("b", "strong"), ("i", "em"), ("u", "u"), ("s", "s"), ("sup", "sup"),
               ("sub", "sub"), ("code", "code"))


def export_html(paragraphs: Iterable[Paragraph], out: Path | str, *, title: str) -> TranslatedReport:
    """Write the English article of `paragraphs` (one document's, in order) to `out` atomically,
    titled `title`; return how many paragraphs are in English and how many are left Arabic."""
    tally = Tally()
    path = write_chunks(out, render_html(paragraphs, title=title, tally=tally))
    return TranslatedReport(Path(path), tally.translated, tally.untranslated, 0)


def render_html(paragraphs: Iterable[Paragraph], *, title: str,
                tally: Tally | None = None) -> Iterator[str]:
    """The page in pieces, block by block; `tally` counts what was written."""
    tally = tally or Tally()
    title = escape(" ".join(prep.clean(title).split()))
    yield ('<!DOCTYPE html>\n<html lang="en" dir="ltr">\n<head>\n<meta charset="utf-8">\n'
           f"<title>{title}</title>\n</head>\n<body>\n<article>\n")
    lists = _Lists()
    cells: list[str] = []
    for paragraph in paragraphs:
        item = tally.count(piece(paragraph))
        if paragraph.kind != Kind.TABLE_CELL and cells:
            yield _table(cells)
            cells = []
        if paragraph.kind != Kind.LIST_ITEM:
            yield lists.close_all()
        if paragraph.kind == Kind.LIST_ITEM:
            yield lists.item(prep.list_depth(paragraph), _direction(item), _inline(item))
        elif paragraph.kind == Kind.TABLE_CELL:
            cells.append(f"<p{_direction(item)}>{_inline(item)}</p>")
        elif paragraph.kind == Kind.CODE:
            yield f"<pre><code>{escape(item.text)}</code></pre>\n"
        elif paragraph.kind == Kind.HEADING:
            level = prep.heading_level(paragraph)
            yield f"<h{level}{_direction(item)}>{_inline(item)}</h{level}>\n"
        elif paragraph.kind == Kind.QUOTE:
            yield f"<blockquote{_direction(item)}><p>{_inline(item)}</p></blockquote>\n"
        else:
            yield f"<p{_direction(item)}>{_inline(item)}</p>\n"
    yield lists.close_all()
    if cells:
        yield _table(cells)
    yield "</article>\n</body>\n</html>\n"


def _direction(item: Piece) -> str:
    return "" if item.english or not prep.starts_rtl(item.text) else ' lang="ar" dir="rtl"'


def _table(cells: list[str]) -> str:
    return "<table>\n<tbody><tr><td>\n" + "\n".join(cells) + "\n</td></tr></tbody>\n</table>\n"


class _Lists:
    """Nested ul/li: an item deeper than the last opens a list inside that item (a list never
    skips a level); a shallower one closes the lists in between."""

    def __init__(self) -> None:
        self.depth = 0

    def item(self, level: int, attributes: str, content: str) -> str:
        level = min(level, self.depth + 1)
        out = []
        if level > self.depth:
            out.append("<ul>\n")
        else:
            out.append(self._close_to(level) + "</li>\n")
        self.depth = level
        out.append(f"<li{attributes}>{content}")
        return "".join(out)

    def _close_to(self, level: int) -> str:
        out = []
        while self.depth > level:
            out.append("</li>\n</ul>\n")
            self.depth -= 1
        return "".join(out)

    def close_all(self) -> str:
        if not self.depth:
            return ""
        closed = self._close_to(1) + "</li>\n</ul>\n"
        self.depth = 0
        return closed


def _inline(item: Piece) -> str:
    """The runs as HTML: consecutive runs with the same link share one <a>."""
    out: list[str] = []
    open_href = ""
    for run in item.runs:
        href = safe_href(run.href)
        if href != open_href:
            if open_href:
                out.append("</a>")
            if href:
                out.append(f'<a href="{escape(href, quote=True)}">')
            open_href = href
        out.append(_run(run))
    if open_href:
        out.append("</a>")
    return "".join(out)


def _run(run: inline.Run) -> str:
    if run.solo == "break":
        return "<br>"
    if run.solo:  # a note's number; an image has no text to show
        return f"<sup>{escape(run.text)}</sup>" if run.solo == "note" and run.text else ""
    text = "<br>".join(escape(line) for line in run.text.split("\n"))
    for style, tag in reversed(_STYLE_TAGS):
        if style in run.styles:
            text = f"<{tag}>{text}</{tag}>"
    return text
