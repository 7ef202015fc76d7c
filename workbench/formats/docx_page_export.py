"""Document set-up for DOCX exports: page size and margins, default fonts and languages,
document properties, and the bilingual table's grid and repeating header row.
Called by docx_export for one export at a time.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from workbench.core.errors import ExportError
from workbench.formats import docx_ooxml_export as ox
from workbench.formats import prepare_export as prep

if TYPE_CHECKING:
    from workbench.formats.docx_export import DocxStyle

PAPERS_MM = {"A4": (210, 297), "Letter": (215.9, 279.4)}
MARGIN_MM = 20
ID_WIDTH_MM = 15  # "#12345" at 8 pt
STATUS_WIDTH_MM = 24  # "untranslated" at 8 pt
HEADER_FILL = "D9E2F3"


def new_document(style: DocxStyle, title: str, source_lang: str, target_lang: str, landscape: bool) -> Any:
    """An empty document with page, fonts, languages and properties set."""
    import docx
    from docx.enum.section import WD_ORIENT
    from docx.shared import Mm, Pt

    if style.paper not in PAPERS_MM:
        raise ExportError(f"unknown paper size {style.paper!r}; choose one of: {', '.join(PAPERS_MM)}")
    doc = docx.Document()
    section = doc.sections[0]
    width, height = PAPERS_MM[style.paper]
    if landscape:
        width, height = height, width
    section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Mm(width), Mm(height)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Mm(MARGIN_MM))

    doc.styles["Normal"].font.size = Pt(style.font_size)
    rtl_lang = source_lang if prep.is_rtl(source_lang) else target_lang
    ox.set_document_languages(doc, target_lang, rtl_lang)
    ox.set_style_cs_font(doc.styles["Normal"], style.rtl_font, style.font_size + style.rtl_size_boost)

    props = doc.core_properties
    props.title = prep.clean(title)
    props.subject = f"{prep.language_name(source_lang)} - {prep.language_name(target_lang)}"
    props.author = props.last_modified_by = props.comments = props.keywords = ""
    props.language = target_lang
    props.created = props.modified = dt.datetime.now(dt.UTC).replace(microsecond=0, tzinfo=None)
    props.revision = 1
    return doc


def build_table(doc: Any, source_lang: str, target_lang: str) -> list[int]:
    """Add the id | source | target | status table with its header row only; return the four
    column widths in twips. The body rows are written as XML (docx_xml_export.cell).

    The grid is fixed (Word and LibreOffice would otherwise size columns by content, making
    the id and status columns wide); the first row is the header, repeated on every page.
    """
    from docx.shared import Mm

    section = doc.sections[0]
    usable = section.page_width - section.left_margin - section.right_margin
    text_width = (usable - Mm(ID_WIDTH_MM) - Mm(STATUS_WIDTH_MM)) // 2
    widths = [Mm(ID_WIDTH_MM), text_width, text_width, Mm(STATUS_WIDTH_MM)]

    table = doc.add_table(rows=1, cols=4)
    table.style = doc.styles["Table Grid"]
    table.autofit = False
    for column, width in zip(table.columns, widths, strict=True):
        column.width = width
    labels = ["#", prep.language_name(source_lang), prep.language_name(target_lang), "Status"]
    header = table.rows[0]
    ox.repeat_as_header(header)
    for cell, label, width in zip(header.cells, labels, widths, strict=True):
        cell.width = width
        ox.shade_cell(cell, HEADER_FILL)
        run = cell.paragraphs[0].add_run(label)
        ox.format_run(run, rtl=False, language="en", size_pt=9, bold=True)
    return [header.cells[index].width.twips for index in range(4)]
