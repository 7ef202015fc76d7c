"""The skeleton of a review DOCX (review_export): the custom document properties that tie the
file to its project, the title with its machine-readable identity line, the note to the
reviewer, and the five-column table with its repeating header row.
Called by review_export for one export at a time.
"""

from __future__ import annotations

from typing import Any

from workbench.formats import docx_ooxml_export as ox
from workbench.formats import docx_xml_export as xml
from workbench.formats import prepare_export as prep
from workbench.formats.docx_fonts_export import ARABIC_FONT

CUSTOM_PART = "/docProps/custom.xml"
_CUSTOM_NS = "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"
_VT_NS = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"
_FMTID = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}"  # the one format id user-defined properties use

# Column widths in millimetres (landscape A4: 257 mm between the margins); Arabic and English
# share what is left.
ID_WIDTH_MM = 21
STATUS_WIDTH_MM = 22
COMMENT_WIDTH_MM = 48
HEADER_FILL = "D9E2F3"
LOCKED_FILL = "EDEDED"  # the id and status cells: grey, "leave me alone"
GREY = "7F7F7F"
NOTE = ("For review: edit only the English column. Tracked changes are welcome, and so are "
        "comments. Do not add, delete or reorder rows, and leave the ID and Status columns as "
        "they are: they match each row to its paragraph.")


def identity_line(project_id: str, exported: str) -> str:
    """The grey line under the title, in a fixed format a reader can fall back on when an
    editor dropped the custom properties."""
    return f"Workbench review · project {project_id} · exported {exported}"


def custom_properties_xml(properties: dict[str, str]) -> bytes:
    """docProps/custom.xml holding `properties` as text (vt:lpwstr) values."""
    items = "".join(
        f'<property fmtid="{_FMTID}" pid="{pid}" name="{xml.attr(name)}">'
        f"<vt:lpwstr>{xml.escape(value)}</vt:lpwstr></property>"
        for pid, (name, value) in enumerate(properties.items(), start=2)  # pid 0 and 1 are reserved
    )
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<Properties xmlns="{_CUSTOM_NS}" xmlns:vt="{_VT_NS}">{items}</Properties>').encode()


def add_custom_properties(doc: Any, properties: dict[str, str]) -> None:
    """Add docProps/custom.xml to `doc`'s package with its relationship and content type."""
    from docx.opc.constants import CONTENT_TYPE as CT
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part

    package = doc.part.package
    part = Part(PackURI(CUSTOM_PART), CT.OFC_CUSTOM_PROPERTIES, custom_properties_xml(properties), package)
    package.relate_to(part, RT.CUSTOM_PROPERTIES)


def add_heading(doc: Any, title: str, identity: str) -> None:
    """The title paragraph (the name, then the small grey identity line) and the note."""
    language = "ar" if prep.starts_rtl(title) else "en"
    par = doc.add_paragraph(style="Title")
    if title:
        rtl = language == "ar"
        if rtl:
            ox.set_paragraph_rtl(par)
        ox.format_run(par.add_run(title), rtl=rtl, language=language, size_pt=20,
                      cs_font=ARABIC_FONT if rtl else "")  # fmt: skip
        par.add_run().add_break()
    ox.format_run(par.add_run(identity), rtl=False, language="en", size_pt=8, color=GREY,
                  no_proof=True)  # fmt: skip
    note = doc.add_paragraph()
    ox.format_run(note.add_run(NOTE), rtl=False, language="en", size_pt=9)


def add_table(doc: Any, labels: list[tuple[str, str]]) -> list[int]:
    """Add the id | status | source | target | comment table with its header row only (the
    rows are streamed in as XML); return the five column widths in twips. `labels`: (label,
    hint) per column, the hint ("do not edit") small on a second line. The grid is fixed so
    that editors do not size the columns by content."""
    from docx.shared import Mm

    section = doc.sections[0]
    usable = section.page_width - section.left_margin - section.right_margin
    fixed = [Mm(ID_WIDTH_MM), Mm(STATUS_WIDTH_MM), Mm(COMMENT_WIDTH_MM)]
    text_width = (usable - sum(fixed)) // 2
    widths = [fixed[0], fixed[1], text_width, text_width, fixed[2]]

    table = doc.add_table(rows=1, cols=5)
    table.style = doc.styles["Table Grid"]
    table.autofit = False
    for column, width in zip(table.columns, widths, strict=True):
        column.width = width
    header = table.rows[0]
    ox.repeat_as_header(header)
    for cell, (label, hint), width in zip(header.cells, labels, widths, strict=True):
        cell.width = width
        ox.shade_cell(cell, HEADER_FILL)
        par = cell.paragraphs[0]
        ox.format_run(par.add_run(label), rtl=False, language="en", size_pt=9, bold=True)
        if hint:  # on a line of its own, small: the id and status columns are narrow
            par.add_run().add_break()
            ox.format_run(par.add_run(f"({hint})"), rtl=False, language="en", size_pt=7)
    return [cell.width.twips for cell in header.cells]
