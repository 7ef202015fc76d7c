"""Bilingual and target-only DOCX export (python-docx, imported lazily).

Layouts:
- "table" (default): one row per paragraph: segment id ("#12", so a reviewed file can be
  matched back) | source | target | status. The header row repeats on every page; A4 landscape.
- "alternate": per paragraph a small "#12 · status" marker, the source, then the target,
  each with the paragraph's own style (Heading N, List Bullet, Quote); A4 portrait.
- "target": the target text only, styled by kind (see prepare_export for the fallback policy).
Right-to-left text gets `w:bidi` paragraphs and `w:rtl` runs with complex-script font, size
and language set. Code is written once, left-to-right, in a monospace font.
A paragraph's comment becomes a real Word comment on its translation (on its source while it
has none), in every layout: a reviewer finds it in the margin and the Review pane, can reply
to it and resolve it, and it never widens the table or mixes with the text that comes back.
Pure functions over core types: any thread may call them.
"""

from __future__ import annotations

import io
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from workbench.core.errors import ExportError
from workbench.core.model import Kind, Paragraph
from workbench.formats import docx_ooxml_export as ox
from workbench.formats import prepare_export as prep
from workbench.formats.atomic import write_bytes
from workbench.formats.docx_page_export import build_table, new_document

DOCX_LAYOUTS = ("table", "alternate", "target")
_GREY = "7F7F7F"
# Comments are stored without their writer's name: Word shows the tool as their author.
COMMENT_AUTHOR = "Arabic Workbench"
COMMENT_INITIALS = "AW"


@dataclass(frozen=True, slots=True)
class DocxStyle:
    """Fonts and page set-up of an exported DOCX. Word cannot list font fallbacks, so the
    right-to-left font is one name installed with Windows and macOS by default."""

    rtl_font: str = "Arial"
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
) -> Path:
    """Write a DOCX in `layout` (one of DOCX_LAYOUTS) atomically; return its path."""
    document = build_docx(
        paragraphs, layout, title=title, source_lang=source_lang, target_lang=target_lang,
        style=style, comments=comments,
    )  # fmt: skip
    buffer = io.BytesIO()  # zipfile seeks back while writing; keep that off the real file
    document.save(buffer)
    return write_bytes(out, buffer.getvalue())


def export_target_docx(paragraphs: Iterable[Paragraph], out: Path | str, **options: Any) -> Path:
    """Target-only DOCX: headings as headings, list items as list paragraphs, code kept."""
    return export_docx(paragraphs, out, layout="target", **options)


def build_docx(
    paragraphs: Iterable[Paragraph],
    layout: str = "table",
    *,
    title: str = "",
    source_lang: str = "ar",
    target_lang: str = "en",
    style: DocxStyle = DocxStyle(),
    comments: bool = True,
) -> Any:
    """The python-docx Document for an export, built in memory (no file is touched)."""
    if layout not in DOCX_LAYOUTS:
        raise ExportError(f"unknown DOCX layout {layout!r}; choose one of: {', '.join(DOCX_LAYOUTS)}")
    writer = _Writer(style, source_lang, target_lang, comments)
    landscape = style.landscape if style.landscape is not None else layout == "table"
    writer.doc = new_document(style, title, source_lang, target_lang, landscape)
    if title:
        writer.title(prep.clean(title))
    paragraphs = list(paragraphs)
    if layout == "table":
        writer.table(paragraphs)
    elif layout == "alternate":
        writer.alternate(paragraphs)
    else:
        writer.target_only(paragraphs)
    return writer.doc


class _Writer:
    """Fills one python-docx Document; lives for one export."""

    def __init__(self, style: DocxStyle, source_lang: str, target_lang: str, comments: bool):
        self.style = style
        self.source_lang = source_lang
        self.target_lang = target_lang
        self.comments = comments
        self.doc: Any = None

    def table(self, paragraphs: list[Paragraph]) -> None:
        rows = build_table(self.doc, len(paragraphs), self.source_lang, self.target_lang)
        for paragraph, cells in zip(paragraphs, rows, strict=True):
            self.marker(cells[0].paragraphs[0], prep.segment_label(paragraph))
            if prep.is_code(paragraph):
                merged = cells[1].merge(cells[2])
                self.code(merged.paragraphs[0], prep.source_text(paragraph))
                self.note(paragraph, merged.paragraphs[0])
            else:
                self.pair(paragraph, cells[1].paragraphs[0], cells[2].paragraphs[0])
            self.marker(cells[3].paragraphs[0], prep.status_label(paragraph))

    def alternate(self, paragraphs: list[Paragraph]) -> None:
        from docx.shared import Pt

        for paragraph in paragraphs:
            marker = self.doc.add_paragraph()
            marker.paragraph_format.keep_with_next = True
            marker.paragraph_format.space_before = Pt(12)  # the gap between pairs sits here
            marker.paragraph_format.space_after = Pt(0)
            self.marker(marker, f"{prep.segment_label(paragraph)} · {prep.status_label(paragraph)}")
            if prep.is_code(paragraph):
                self.code(code := self.doc.add_paragraph(), prep.source_text(paragraph))
                self.note(paragraph, code)
                continue
            source = self.doc.add_paragraph()
            source.paragraph_format.keep_with_next = True
            source.paragraph_format.space_after = Pt(4)
            self.pair(paragraph, source, self.doc.add_paragraph())

    def target_only(self, paragraphs: list[Paragraph]) -> None:
        for paragraph in paragraphs:
            if prep.is_code(paragraph):
                self.code(code := self.doc.add_paragraph(), prep.source_text(paragraph))
                self.note(paragraph, code)
                continue
            text, is_source = prep.target_only_text(paragraph)
            language = self.source_lang if is_source else self.target_lang
            self.segment(par := self.doc.add_paragraph(), paragraph, text, language)
            self.note(paragraph, par)

    def title(self, text: str) -> None:
        language = self.source_lang if prep.starts_rtl(text) else self.target_lang
        self.text(self.doc.add_paragraph(style="Title"), text, language, self._size("Title"))

    def pair(self, paragraph: Paragraph, source: Any, target: Any) -> None:
        """Source and target of a bilingual layout. The heading styles' large space above
        would split table rows and pairs apart, so it shrinks here."""
        from docx.shared import Pt

        self.segment(source, paragraph, prep.source_text(paragraph), self.source_lang)
        self.segment(target, paragraph, prep.bilingual_target(paragraph), self.target_lang)
        if paragraph.kind == Kind.HEADING:
            for par in (source, target):
                par.paragraph_format.space_before = Pt(2)
        self.note(paragraph, target, source)

    def note(self, paragraph: Paragraph, *anchors: Any) -> None:
        """The paragraph's comment as a Word comment on the first anchor holding text."""
        text = prep.clean(paragraph.comment) if self.comments else ""
        if not text:
            return
        par = next((anchor for anchor in anchors if anchor.runs), anchors[0])
        comment = self.doc.add_comment(par.runs or [par.add_run()], "", author=COMMENT_AUTHOR,
                                       initials=COMMENT_INITIALS)
        language = self.source_lang if prep.starts_rtl(text) else self.target_lang
        self.text(comment.paragraphs[0], text, language, None)

    def segment(self, par: Any, paragraph: Paragraph, text: str, language: str) -> None:
        """One segment's text in `language`, styled by the paragraph's kind."""
        name = _style_name(paragraph)
        if name:
            par.style = self.doc.styles[name]
        self.text(par, text, language, self._size(name))

    def text(self, par: Any, text: str, language: str, size: float | None) -> None:
        rtl = prep.is_rtl(language)
        if rtl:
            ox.set_paragraph_rtl(par)
            size = (size or self.style.font_size) + self.style.rtl_size_boost
        if text:
            cs_font = self.style.rtl_font if rtl else ""
            ox.format_run(par.add_run(text), rtl=rtl, language=language, cs_font=cs_font, size_pt=size)

    def code(self, par: Any, text: str) -> None:
        run = par.add_run(text)
        ox.format_run(run, rtl=False, language="en", font=self.style.code_font, size_pt=9.5, no_proof=True)

    def marker(self, par: Any, text: str) -> None:
        run = par.add_run(text)
        ox.format_run(run, rtl=False, language="en", size_pt=8, color=_GREY, no_proof=True)

    def _size(self, style_name: str | None) -> float | None:
        """Point size a style gives its text (walking base styles); None for body text."""
        style = self.doc.styles[style_name] if style_name else None
        while style is not None:
            if style.font.size is not None:
                return style.font.size.pt
            style = style.base_style
        return None


def _style_name(paragraph: Paragraph) -> str | None:
    if paragraph.kind == Kind.HEADING:
        return f"Heading {prep.heading_level(paragraph)}"
    if paragraph.kind == Kind.LIST_ITEM:
        depth = min(prep.list_depth(paragraph), 3)
        return "List Bullet" if depth == 1 else f"List Bullet {depth}"
    if paragraph.kind == Kind.QUOTE:
        return "Quote"
    return None
