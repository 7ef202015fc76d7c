"""Bilingual and target-only DOCX export (python-docx, imported lazily).

Layouts:
- "table" (default): one row per paragraph: segment id ("#12", so a reviewed file can be
  matched back) | source | target | status. The header row repeats on every page; A4 landscape.
- "alternate": per paragraph a small "#12 · status" marker, the source, then the target,
  each with the paragraph's own style (Heading N, List Bullet, Quote); A4 portrait.
- "target": the target text only, styled by kind (see prepare_export for the fallback policy).
Inline formatting (bold, italic, links, note numbers...) is restored from the paragraphs' marks
and the targets' tags (inline_docx_export); no tag character is written.
Right-to-left text gets `w:bidi` paragraphs and `w:rtl` runs with complex-script font, size
and language set. Code is written once, left-to-right, in a monospace font.
A paragraph's comment becomes a real Word comment on its translation (on its source while it
has none), in every layout: a reviewer finds it in the margin and the Review pane, can reply
to it and resolve it, and it never widens the table or mixes with the text that comes back.
The skeleton (page, styles, properties, title, table header) is built with python-docx; the
body is written as XML text and streamed into the file (docx_xml_export, docx_package_export),
so time and memory grow linearly with the number of paragraphs.
Pure functions over core types: any thread may call them.
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from workbench.core.errors import ExportError
from workbench.core.model import Paragraph
from workbench.formats import prepare_export as prep
from workbench.formats.atomic import atomic_write
from workbench.formats.docx_body_export import COMMENT_AUTHOR, COMMENT_INITIALS, BodyWriter
from workbench.formats.docx_fonts_export import ARABIC_FONT
from workbench.formats.docx_package_export import CommentSink, needs_zip64, write_package
from workbench.formats.docx_page_export import build_table, new_document

__all__ = ["COMMENT_AUTHOR", "COMMENT_INITIALS", "DOCX_LAYOUTS", "DocxStyle", "build_docx",
           "export_docx", "export_target_docx"]

DOCX_LAYOUTS = ("table", "alternate", "target")


@dataclass(frozen=True, slots=True)
class DocxStyle:
    """Fonts and page set-up of an exported DOCX. A run names one right-to-left font, Amiri
    (a Naskh face); its fallbacks (Noto Naskh Arabic, Times New Roman, Arial) are in the font
    table (docx_fonts_export)."""

    rtl_font: str = ARABIC_FONT
    code_font: str = "Courier New"
    font_size: float = 11.0  # points, Latin text
    rtl_size_boost: float = 1.0  # Arabic reads small at the same point size
    paper: str = "A4"  # "A4" or "Letter"
    landscape: bool | None = None  # None: landscape for "table", portrait otherwise


def export_docx(
    paragraphs: Iterable[Paragraph],
    out: Path | str,
    *,
    layout: str = "table",
    title: str = "",
    source_lang: str = "ar",
    target_lang: str = "en",
    style: DocxStyle = DocxStyle(),
    comments: bool = True,
    documents: Mapping[int, str] | None = None,
) -> Path:
    """Write a DOCX in `layout` (one of DOCX_LAYOUTS) atomically; return its path.
    `documents` (document id -> name): with more than one, where each begins is marked (a
    band across the table, a bold name in the other layouts)."""
    with atomic_write(out) as stream:
        _write(stream, paragraphs, layout, title=title, source_lang=source_lang,
               target_lang=target_lang, style=style, comments=comments,
               documents=documents)  # fmt: skip
    return Path(out)


def export_target_docx(paragraphs: Iterable[Paragraph], out: Path | str, **options: Any) -> Path:
    """Target-only DOCX: headings as headings, list items as list paragraphs, code kept."""
    return export_docx(paragraphs, out, layout="target", **options)


def build_docx(paragraphs: Iterable[Paragraph], layout: str = "table", **options: Any) -> Any:
    """The export as a python-docx Document, built in memory (no file is touched); for
    inspecting small exports. Options as for export_docx."""
    import docx

    buffer = io.BytesIO()
    _write(buffer, paragraphs, layout, **options)
    buffer.seek(0)
    return docx.Document(buffer)


def _write(
    stream: Any,
    paragraphs: Iterable[Paragraph],
    layout: str,
    *,
    title: str = "",
    source_lang: str = "ar",
    target_lang: str = "en",
    style: DocxStyle = DocxStyle(),
    comments: bool = True,
    documents: Mapping[int, str] | None = None,
) -> None:
    if layout not in DOCX_LAYOUTS:
        raise ExportError(f"unknown DOCX layout {layout!r}; choose one of: {', '.join(DOCX_LAYOUTS)}")
    paragraphs = list(paragraphs)  # a list of references: the rows are in memory already
    landscape = style.landscape if style.landscape is not None else layout == "table"
    doc = new_document(style, title, source_lang, target_lang, landscape)
    sink = CommentSink() if comments and any(prep.clean(p.comment) for p in paragraphs) else None
    if sink is not None:
        doc.comments  # noqa: B018  (creates the comments part and its relationship)
    writer = BodyWriter(doc, style, source_lang, target_lang, sink)
    writer.relate(paragraphs)  # links: their relationships go into the skeleton first
    writer.documents = dict(documents or {})
    try:
        if title:
            writer.title(prep.clean(title))
        if layout == "table":
            body = writer.table(paragraphs, build_table(doc, source_lang, target_lang))
        elif layout == "alternate":
            body = writer.alternate(paragraphs)
        else:
            body = writer.target_only(paragraphs)
        chars = sum(len(p.source) + len(p.target) + len(p.comment) for p in paragraphs)
        write_package(doc, body, layout == "table", stream, sink, needs_zip64(len(paragraphs), chars))
    finally:
        if sink is not None:
            sink.close()
