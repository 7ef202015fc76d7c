"""The body of a DOCX export as WordprocessingML text, one paragraph (or table row) at a time,
for docx_export: each layout is a generator the package writer streams into word/document.xml,
and each comment goes to the CommentSink for word/comments.xml.

Styles (ids and sizes) are looked up in the python-docx skeleton once per export; everything
else is string building (docx_xml_export), so the cost per paragraph is constant.
Lives for one export, on the thread that runs it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from workbench.core import inline
from workbench.core.model import Kind, Paragraph
from workbench.formats import docx_ooxml_export as ox
from workbench.formats import docx_xml_export as xml
from workbench.formats import prepare_export as prep
from workbench.formats.docx_package_export import CommentSink
from workbench.formats.inline_docx_export import relate_links, runs_xml
from workbench.formats.docx_xml_export import Par

if TYPE_CHECKING:
    from workbench.formats.docx_export import DocxStyle

_GREY = "7F7F7F"
_BAND = "EDEDED"  # the row naming a document where it begins
# Comments are stored without their writer's name: Word shows the tool as their author.
COMMENT_AUTHOR = "Arabic Workbench"
COMMENT_INITIALS = "AW"


class BodyWriter:
    """Writes the body of one export as XML text; lives for one export. Styles are looked up
    in the skeleton document `doc` once per style."""

    def __init__(self, doc: Any, style: DocxStyle, source_lang: str, target_lang: str,
                 comments: CommentSink | None):
        self.doc = doc
        self.style = style
        self.source_lang = source_lang
        self.target_lang = target_lang
        self.comments = comments
        self.date = dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        self._styles: dict[str, tuple[str, float | None]] = {}
        self.links: dict[str, str] = {}  # link address -> relationship id (relate_links)
        self.documents: dict[int, str] = {}  # document id -> name, when boundaries are marked
        self.note_numbers = True  # False: note references leave no number (review files)

    def relate(self, paragraphs: list[Paragraph]) -> None:
        """Relate every link address of `paragraphs` to the skeleton; call before the package
        is written (its relationships part is saved before the body is streamed)."""
        self.links = relate_links(self.doc, paragraphs)

    def table(self, paragraphs: list[Paragraph], widths: list[int]) -> Iterator[str]:
        for name, paragraph in prep.document_starts(paragraphs, self.documents):
            if name:  # a band across the table: where the next document begins
                yield ("<w:tr><w:trPr><w:cantSplit/></w:trPr><w:tc><w:tcPr>"
                       f'<w:tcW w:type="dxa" w:w="{sum(widths)}"/><w:gridSpan w:val="{len(widths)}"/>'
                       f'<w:shd w:val="clear" w:color="auto" w:fill="{_BAND}"/></w:tcPr>'
                       f"{self.document_name(name).xml()}</w:tc></w:tr>")
            cells = [xml.cell(widths[0], self.marker(prep.segment_label(paragraph)).xml())]
            if prep.is_code(paragraph):
                code = self.code(prep.source_text(paragraph))
                self.note(paragraph, code)
                cells.append(xml.cell(widths[1] + widths[2], code.xml(), span=2))
            else:
                source, target = self.pair(paragraph)
                cells += [xml.cell(widths[1], source.xml()), xml.cell(widths[2], target.xml())]
            cells.append(xml.cell(widths[3], self.marker(prep.status_label(paragraph)).xml()))
            yield f"<w:tr>{''.join(cells)}</w:tr>"

    def alternate(self, paragraphs: list[Paragraph]) -> Iterator[str]:
        for name, paragraph in prep.document_starts(paragraphs, self.documents):
            if name:
                yield self.document_name(name, 480).xml()
            label = f"{prep.segment_label(paragraph)} · {prep.status_label(paragraph)}"
            marker = self.marker(label)
            marker.keep_next, marker.space_before, marker.space_after = True, 240, 0  # 12 pt, 0 pt
            if prep.is_code(paragraph):
                code = self.code(prep.source_text(paragraph))
                self.note(paragraph, code)
                yield marker.xml() + code.xml()
                continue
            # The gap between pairs sits above the marker; a pair never splits across pages.
            source, target = self.pair(paragraph, Par(keep_next=True, space_after=80))
            yield marker.xml() + source.xml() + target.xml()

    def target_only(self, paragraphs: list[Paragraph]) -> Iterator[str]:
        for name, paragraph in prep.document_starts(paragraphs, self.documents):
            if name:
                yield self.document_name(name, 480).xml()
            if prep.is_code(paragraph):
                par = self.code(prep.source_text(paragraph))
            else:
                text, is_source = prep.target_only_text(paragraph, tags=True)
                language = self.source_lang if is_source else self.target_lang
                par = self.segment(Par(), paragraph, text, language)
            self.note(paragraph, par)
            yield par.xml()

    def title(self, text: str) -> None:
        """The title paragraph, in the skeleton (it comes before the table)."""
        language = self.source_lang if prep.starts_rtl(text) else self.target_lang
        par = self.doc.add_paragraph(style="Title")
        rtl = prep.is_rtl(language)
        size = self._style("Title")[1]
        if rtl:
            ox.set_paragraph_rtl(par)
            size = (size or self.style.font_size) + self.style.rtl_size_boost
        ox.format_run(par.add_run(text), rtl=rtl, language=language,
                      cs_font=self.style.rtl_font if rtl else "", size_pt=size)  # fmt: skip

    def pair(self, paragraph: Paragraph, source: Par | None = None) -> tuple[Par, Par]:
        """Source and target of a bilingual layout. The heading styles' large space above
        would split table rows and pairs apart, so it shrinks here (2 pt)."""
        source = self.segment(source or Par(), paragraph, prep.tagged_source(paragraph), self.source_lang)
        target = self.segment(Par(), paragraph, prep.bilingual_target(paragraph, tags=True),
                              self.target_lang)
        if paragraph.kind == Kind.HEADING:
            source.space_before = target.space_before = 40
        self.note(paragraph, target, source)
        return source, target

    def note(self, paragraph: Paragraph, *anchors: Par) -> None:
        """The paragraph's comment as a Word comment on the first anchor holding text."""
        text = prep.clean(paragraph.comment)
        if not text or self.comments is None:
            return
        par = next((anchor for anchor in anchors if anchor.runs), anchors[0])
        comment_id = self.comments.count
        par.anchor_comment(comment_id)
        language = self.source_lang if prep.starts_rtl(text) else self.target_lang
        body = self.text(Par(), text, language, None)
        self.comments.add(xml.comment(comment_id, COMMENT_AUTHOR, COMMENT_INITIALS, self.date, body))

    def segment(self, par: Par, paragraph: Paragraph, text: str, language: str) -> Par:
        """One segment's text in `language` (with its inline tags), styled by the paragraph's
        kind, its runs formatted by the paragraph's marks."""
        name = _style_name(paragraph)
        size = None
        if name:
            par.style_id, size = self._style(name)
        return self.text(par, text, language, size, paragraph)

    def text(self, par: Par, text: str, language: str, size: float | None,
             paragraph: Paragraph | None = None) -> Par:
        """`text` as runs of `par`; with `paragraph`, its tags become the formatting its marks
        say (without, `text` is plain)."""
        rtl = prep.is_rtl(language)
        if rtl:
            par.bidi = True
            size = (size or self.style.font_size) + self.style.rtl_size_boost
        if text:
            cs_font = self.style.rtl_font if rtl else ""
            if paragraph is not None and paragraph.marks:
                par.runs += runs_xml(prep.formatted(text, paragraph), rtl=rtl, language=language,
                                     cs_font=cs_font, size=size, code_font=self.style.code_font,
                                     links=self.links, notes=self.note_numbers)
            else:
                par.runs += xml.run(inline.plain(text),
                                    xml.rpr(rtl=rtl, language=language, cs_font=cs_font, size_pt=size))
        return par

    def document_name(self, name: str, space_before: int = 60) -> Par:
        """Where a document of the project begins: its name, bold, kept with what follows."""
        language = self.source_lang if prep.starts_rtl(name) else self.target_lang
        rtl = prep.is_rtl(language)
        size = self.style.font_size + 2 + (self.style.rtl_size_boost if rtl else 0)
        props = xml.rpr(rtl=rtl, language=language, cs_font=self.style.rtl_font if rtl else "",
                        size_pt=size, bold=True)
        return Par(keep_next=True, bidi=rtl, space_before=space_before, space_after=120,
                   runs=xml.run(name, props))

    def code(self, text: str) -> Par:
        props = xml.rpr(rtl=False, language="en", font=self.style.code_font, size_pt=9.5, no_proof=True)
        return Par(runs=xml.run(text, props))

    def marker(self, text: str) -> Par:
        props = xml.rpr(rtl=False, language="en", size_pt=8, color=_GREY, no_proof=True)
        return Par(runs=xml.run(text, props))

    def _style(self, name: str) -> tuple[str, float | None]:
        """Style id and the point size the style gives its text (walking base styles; None
        for body text), looked up once per export."""
        if name not in self._styles:
            style = self.doc.styles[name]
            style_id, size = style.style_id, None
            while style is not None and size is None:
                size = style.font.size.pt if style.font.size is not None else None
                style = style.base_style
            self._styles[name] = (style_id, size)
        return self._styles[name]


def _style_name(paragraph: Paragraph) -> str | None:
    if paragraph.kind == Kind.HEADING:
        return f"Heading {prep.heading_level(paragraph)}"
    if paragraph.kind == Kind.LIST_ITEM:
        depth = min(prep.list_depth(paragraph), 3)
        return "List Bullet" if depth == 1 else f"List Bullet {depth}"
    if paragraph.kind == Kind.QUOTE:
        return "Quote"
    return None
