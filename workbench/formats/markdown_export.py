"""Bilingual and target-only Markdown export (CommonMark + GFM tables).

Layouts:
- "blocks" (default): per paragraph an HTML comment `<!-- #12 machine -->` (invisible when
  rendered, there to match a reviewed file back), the source inside
  `<div dir="rtl" lang="ar">` and then the target as plain Markdown. The div's content is
  separated by blank lines so that CommonMark parses it as Markdown: headings stay headings
  (`## ...`), list items list items, quotes quotes, all inside the right-to-left block.
- "table": a two-column GFM table, source right-aligned in a `<span dir="rtl" lang="ar">`,
  target beside it; headings in bold (a table cell cannot hold a heading). A span, not a div:
  pandoc's Markdown reader drops block HTML inside pipe-table cells (the Arabic vanished),
  while CommonMark, GFM and pandoc all keep an inline span with its `dir`.
- "target": the target text only (see prepare_export for the fallback policy).
Code is one fenced block (table: a `<code>` cell), never inside a right-to-left block.
Inline formatting (bold, links, note numbers...) is restored from the paragraphs' marks and the
targets' tags (inline_markdown_export), in the source and the target alike; no tag character
is written. With several documents, a rule and the name mark where each begins.
A paragraph's comment (unless `comments=False`) follows it as a note, `> **Comment:** ...`,
visible in any renderer (a third "Comment" column in the table layout).
All text is escaped (markdown_escape_export) so it renders as the same text in CommonMark/GFM
renderers and in pandoc's default reader (tests/formats/test_markdown_export_renderers.py).
Pure functions over core types: any thread may call them.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import replace
from pathlib import Path
from typing import Any

from workbench.core import inline
from workbench.core.errors import ExportError
from workbench.core.model import Kind, Paragraph
from workbench.formats import markdown_escape_export as md
from workbench.formats import prepare_export as prep
from workbench.formats.atomic import write_chunks
from workbench.formats.inline_markdown_export import inline_markdown

MARKDOWN_LAYOUTS = ("blocks", "table", "target")


def export_markdown(
    paragraphs: Iterable[Paragraph],
    out: Path | str,
    *,
    layout: str = "blocks",
    title: str = "",
    source_lang: str = "ar",
    target_lang: str = "en",
    comments: bool = True,
    documents: Mapping[int, str] | None = None,
) -> Path:
    """Write a Markdown file (UTF-8, "\\n" line ends) in `layout` atomically; return its path.
    The text is written as it is made, never held whole. `documents` (document id -> name):
    with more than one, where each begins is marked (a rule and the document's name)."""
    chunks = iter_markdown(paragraphs, layout, title=title, source_lang=source_lang,
                           target_lang=target_lang, comments=comments,
                           documents=documents)  # fmt: skip
    return write_chunks(out, chunks)


def render_markdown(paragraphs: Iterable[Paragraph], layout: str = "blocks", **options: Any) -> str:
    """The Markdown text of an export (no file is touched). Options as for export_markdown."""
    return "".join(iter_markdown(paragraphs, layout, **options))


def iter_markdown(
    paragraphs: Iterable[Paragraph],
    layout: str = "blocks",
    *,
    title: str = "",
    source_lang: str = "ar",
    target_lang: str = "en",
    comments: bool = True,
    documents: Mapping[int, str] | None = None,
) -> Iterator[str]:
    """The Markdown text of an export in pieces, block by block: blocks separated by one blank
    line, the text ending with one newline."""
    if layout not in MARKDOWN_LAYOUTS:
        raise ExportError(f"unknown Markdown layout {layout!r}; choose one of: {', '.join(MARKDOWN_LAYOUTS)}")
    return _joined(_layout_blocks(paragraphs, layout, title, source_lang, target_lang, comments,
                                  documents))


def _layout_blocks(paragraphs: Iterable[Paragraph], layout: str, title: str, source_lang: str,
                   target_lang: str, comments: bool, documents: Mapping[int, str] | None = None,
                   ) -> Iterator[str | Iterator[str]]:
    """The export's blocks; a block too long to hold whole (the table) comes as pieces."""
    if title:
        title = prep.clean(title)
        language = source_lang if prep.starts_rtl(title) else target_lang
        yield _in_language(f"# {md.escape_heading(title)}", language)
    if not comments:  # one switch here, so no layout can forget it
        paragraphs = (replace(p, comment="") for p in paragraphs)
    starts = prep.document_starts(paragraphs, documents)
    if layout == "blocks":
        yield from _blocks(starts, source_lang, target_lang)
    elif layout == "table":
        rows = list(starts)
        noted = any(prep.clean(p.comment) for _name, p in rows)
        begins = [n for n, (name, _p) in enumerate(rows) if name] or [0]
        for start, end in zip(begins, begins[1:] + [len(rows)], strict=True):
            yield _document_start(rows[start][0], source_lang, target_lang)  # one table each
            yield _table([p for _name, p in rows[start:end]], source_lang, target_lang, noted)
    else:
        yield from _target_only(starts, source_lang, target_lang)


def _joined(blocks: Iterable[str | Iterator[str]]) -> Iterator[str]:
    """The non-empty `blocks` joined by blank lines, plus a final newline, in pieces."""
    separator = ""
    for block in blocks:
        started = False
        for piece in [block] if isinstance(block, str) else block:
            if piece:
                yield piece if started else separator + piece
                started, separator = True, "\n\n"
    yield "\n"


def _document_start(name: str, source_lang: str, target_lang: str) -> str:
    """Where a document begins in an export of several: a rule, then its name ("" for none).
    `* * *`, not `---`: pandoc would read `---` as the start of a metadata block."""
    if not name:
        return ""
    language = source_lang if prep.starts_rtl(name) else target_lang
    return "* * *\n\n" + _in_language(f"**Document: {md.escape_heading(name)}**", language)


def _blocks(starts: Iterable[tuple[str, Paragraph]], source_lang: str, target_lang: str) -> Iterator[str]:
    for name, paragraph in starts:
        yield _document_start(name, source_lang, target_lang)
        yield f"<!-- {prep.segment_label(paragraph)} {prep.status_label(paragraph)} -->"
        if prep.is_code(paragraph):
            yield md.fence(prep.source_text(paragraph))
        else:
            yield _in_language(_markdown(paragraph, prep.tagged_source(paragraph)), source_lang)
            yield _in_language(_markdown(paragraph, prep.bilingual_target(paragraph, tags=True)),
                               target_lang)
        yield _note(paragraph, source_lang, target_lang)


def _target_only(starts: Iterable[tuple[str, Paragraph]], source_lang: str, target_lang: str,
                 ) -> Iterator[str]:
    items: list[str] = []  # consecutive left-to-right list items form one tight, nested list
    depth = 0
    for name, paragraph in starts:
        if name and items:
            yield "\n".join(items)
            items, depth = [], 0
        yield _document_start(name, source_lang, target_lang)
        text, is_source = prep.target_only_text(paragraph, tags=True)
        language = source_lang if is_source else target_lang
        if paragraph.kind == Kind.LIST_ITEM and not prep.is_rtl(language) and text \
                and not _note(paragraph, source_lang, target_lang):  # a note would end the list
            depth = min(prep.list_depth(paragraph), depth + 1)  # a list cannot skip a level
            indent = "  " * (depth - 1)
            items.append("\n".join(indent + line for line in _markdown(paragraph, text).split("\n")))
            continue
        if items:
            yield "\n".join(items)
            items, depth = [], 0
        if prep.is_code(paragraph):
            yield md.fence(inline.plain(text))
        else:
            yield _in_language(_markdown(paragraph, text), language)
        yield _note(paragraph, source_lang, target_lang)
    if items:
        yield "\n".join(items)


def _table(paragraphs: list[Paragraph], source_lang: str, target_lang: str, noted: bool,
           ) -> Iterator[str]:
    """The table as one block, yielded row by row; `noted`: a third column for comments (only
    when there is something to put in it)."""
    def align(language: str) -> str:  # right-to-left columns are right-aligned
        return "---:" if prep.is_rtl(language) else ":---"

    extra = (" Comment |", " :--- |") if noted else ("", "")
    yield f"| {prep.language_name(source_lang)} | {prep.language_name(target_lang)} |{extra[0]}"
    yield f"\n| {align(source_lang)} | {align(target_lang)} |{extra[1]}"
    for paragraph in paragraphs:
        comment = prep.clean(paragraph.comment)
        language = source_lang if prep.starts_rtl(comment) else target_lang
        note = f" {_cell(paragraph, comment, language, plain=True)} |" if noted else ""
        if prep.is_code(paragraph):
            code = md.code_cell(prep.source_text(paragraph))
            yield f"\n| {code} | {code} |{note}"
            continue
        source = _cell(paragraph, prep.tagged_source(paragraph), source_lang)
        target = _cell(paragraph, prep.bilingual_target(paragraph, tags=True), target_lang)
        yield f"\n| {source} | {target} |{note}"


def _cell(paragraph: Paragraph, text: str, language: str, plain: bool = False) -> str:
    if not text:
        return ""
    heading = paragraph.kind == Kind.HEADING and not plain
    if paragraph.marks and not plain:  # bold words, links...: the heading's bold goes round them
        cell = inline_markdown(prep.formatted(text, paragraph), "cell", bold=heading)
    else:
        cell = md.escape_cell(inline.plain(text))
        cell = f"**{cell}**" if heading and cell else cell
    if prep.is_rtl(language):
        cell = f'<span dir="rtl" lang="{language}">{cell}</span>'
    return cell


def _markdown(paragraph: Paragraph, text: str) -> str:
    """`text` (with its inline tags) as the Markdown block of the paragraph's kind, its runs
    formatted by the paragraph's marks ("" when there is no text)."""
    if paragraph.marks:
        runs = prep.formatted(text, paragraph)
        heading = inline_markdown(runs, "heading") if paragraph.kind == Kind.HEADING else ""
        body = "" if heading else inline_markdown(runs)
    else:
        text = inline.plain(text)
        heading = md.escape_heading(text) if paragraph.kind == Kind.HEADING else ""
        body = "" if heading else md.escape_paragraph(text)
    if heading:
        return f"{'#' * prep.heading_level(paragraph)} {heading}"
    if not body:
        return ""
    if paragraph.kind == Kind.LIST_ITEM:
        return "- " + body.replace("\n", "\n  ")
    if paragraph.kind == Kind.QUOTE:
        return "> " + body.replace("\n", "\n> ")
    return body


def _note(paragraph: Paragraph, source_lang: str, target_lang: str) -> str:
    """The paragraph's comment as a labelled quote block ("" without a comment); an Arabic
    comment sits in a right-to-left block like the Arabic text."""
    text = prep.clean(paragraph.comment)
    if not text:
        return ""
    body = md.escape_paragraph(text).replace("\n", "\n> ")
    return _in_language(f"> **Comment:** {body}", source_lang if prep.starts_rtl(text) else target_lang)


def _in_language(block: str, language: str) -> str:
    """Right-to-left blocks go inside a div; the blank lines keep its content Markdown."""
    if not block or not prep.is_rtl(language):
        return block
    return f'<div dir="rtl" lang="{language}">\n\n{block}\n\n</div>'
