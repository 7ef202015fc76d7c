"""DOCX import: real documents built with python-docx, read back in document order."""

from __future__ import annotations

import pytest
from docx.enum.style import WD_STYLE_TYPE

from tests.formats.import_fixtures import append_xml, docx_bytes, new_docx, write
from workbench.core.model import Kind, Segment
from workbench.formats.importers import load_document


def load(tmp_path, document, name="doc.docx"):
    return load_document(write(tmp_path, name, docx_bytes(document)))


def test_headings_paragraphs_tables_in_document_order(tmp_path):
    document = new_docx()
    document.add_heading("التقرير السنوي", level=0)  # Title style
    document.add_heading("مقدمة", level=1)
    document.add_paragraph("هذه الفقرة الأولى من التقرير.")
    document.add_paragraph("")
    document.add_paragraph("   ")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "البند"
    table.cell(0, 1).text = "القيمة"
    table.cell(1, 0).text = "الإيرادات"
    document.add_heading("الخلاصة", level=3)
    document.add_paragraph("انتهى التقرير.")
    doc = load(tmp_path, document)
    assert doc.format == "docx"
    assert list(doc.segments) == [
        Segment(Kind.HEADING, "التقرير السنوي", 1),
        Segment(Kind.HEADING, "مقدمة", 1),
        Segment(Kind.PARAGRAPH, "هذه الفقرة الأولى من التقرير."),
        Segment(Kind.TABLE_CELL, "البند"),
        Segment(Kind.TABLE_CELL, "القيمة"),
        Segment(Kind.TABLE_CELL, "الإيرادات"),
        Segment(Kind.HEADING, "الخلاصة", 3),
        Segment(Kind.PARAGRAPH, "انتهى التقرير."),
    ]


def test_merged_cells_appear_once(tmp_path):
    document = new_docx()
    table = document.add_table(rows=3, cols=3)
    table.cell(0, 0).merge(table.cell(0, 2)).text = "عنوان ممتد"  # gridSpan
    table.cell(1, 0).merge(table.cell(2, 0)).text = "عمودي"  # vMerge
    table.cell(1, 1).text = "ب"
    table.cell(2, 1).text = "ج"
    texts = [s.text for s in load(tmp_path, document).segments]
    assert texts == ["عنوان ممتد", "عمودي", "ب", "ج"]


def test_nested_table_and_multi_paragraph_cell_keep_order(tmp_path):
    document = new_docx()
    outer = document.add_table(rows=1, cols=2)
    cell = outer.cell(0, 0)
    cell.paragraphs[0].text = "قبل"
    cell.add_paragraph("ما زال قبل")
    inner = cell.add_table(rows=1, cols=2)
    inner.cell(0, 0).text = "داخلي ١"
    inner.cell(0, 1).text = "داخلي ٢"
    cell.add_paragraph("بعد")
    outer.cell(0, 1).text = "الخلية الثانية"
    assert list(load(tmp_path, document).segments) == [
        Segment(Kind.TABLE_CELL, "قبل\nما زال قبل"),
        Segment(Kind.TABLE_CELL, "داخلي ١"),
        Segment(Kind.TABLE_CELL, "داخلي ٢"),
        Segment(Kind.TABLE_CELL, "بعد"),
        Segment(Kind.TABLE_CELL, "الخلية الثانية"),
    ]


def test_list_paragraphs_and_quotes(tmp_path):
    document = new_docx()
    document.add_paragraph("نقطة", style="List Bullet")
    document.add_paragraph("نقطة فرعية", style="List Bullet 2")
    document.add_paragraph("فقرة قائمة", style="List Paragraph")
    append_xml(
        document,
        '<w:p><w:pPr><w:numPr><w:ilvl w:val="2"/><w:numId w:val="1"/></w:numPr></w:pPr>'
        "<w:r><w:t>ترقيم مباشر</w:t></w:r></w:p>",
    )
    append_xml(
        document,
        '<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="0"/></w:numPr></w:pPr>'
        "<w:r><w:t>ترقيم ملغى</w:t></w:r></w:p>",
    )
    document.add_paragraph("قول مأثور", style="Quote")
    assert list(load(tmp_path, document).segments) == [
        Segment(Kind.LIST_ITEM, "نقطة", 1),
        Segment(Kind.LIST_ITEM, "نقطة فرعية", 2),
        Segment(Kind.LIST_ITEM, "فقرة قائمة", 1),
        Segment(Kind.LIST_ITEM, "ترقيم مباشر", 3),
        Segment(Kind.PARAGRAPH, "ترقيم ملغى"),
        Segment(Kind.QUOTE, "قول مأثور"),
    ]


def test_headings_by_outline_level_inheritance_and_arabic_name(tmp_path):
    document = new_docx()
    based = document.styles.add_style("My Heading", WD_STYLE_TYPE.PARAGRAPH)
    based.base_style = document.styles["Heading 2"]
    arabic = document.styles.add_style("عنوان 3", WD_STYLE_TYPE.PARAGRAPH)
    document.add_paragraph("مبني على عنوان ٢", style="My Heading")
    document.add_paragraph("اسم عربي", style=arabic)
    append_xml(document, '<w:p><w:pPr><w:outlineLvl w:val="3"/></w:pPr><w:r><w:t>مستوى مخطط</w:t></w:r></w:p>')
    append_xml(document, '<w:p><w:pPr><w:outlineLvl w:val="9"/></w:pPr><w:r><w:t>نص أساسي</w:t></w:r></w:p>')
    assert list(load(tmp_path, document).segments) == [
        Segment(Kind.HEADING, "مبني على عنوان ٢", 2),
        Segment(Kind.HEADING, "اسم عربي", 3),
        Segment(Kind.HEADING, "مستوى مخطط", 4),
        Segment(Kind.PARAGRAPH, "نص أساسي"),
    ]


def test_deep_word_heading_levels_are_capped_at_six(tmp_path):
    document = new_docx()
    document.add_heading("عميق", level=9)
    assert load(tmp_path, document).segments == (Segment(Kind.HEADING, "عميق", 6),)


def test_runs_links_breaks_tabs_fields_and_revisions(tmp_path):
    document = new_docx()
    append_xml(
        document,
        "<w:p>"
        "<w:r><w:t xml:space=\"preserve\">زوروا </w:t></w:r>"
        '<w:hyperlink w:anchor="x"><w:r><w:t>موقعنا</w:t></w:r></w:hyperlink>'
        "<w:r><w:tab/><w:t>بعد مسافة</w:t><w:br/><w:t>سطر جديد</w:t></w:r>"
        "<w:del w:id=\"1\" w:author=\"a\"><w:r><w:delText>محذوف</w:delText></w:r></w:del>"
        "<w:ins w:id=\"2\" w:author=\"a\"><w:r><w:t xml:space=\"preserve\"> مضاف</w:t></w:r></w:ins>"
        "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText>PAGE</w:instrText></w:r>"
        "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>٧</w:t></w:r>"
        "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
        "</w:p>",
    )
    assert load(tmp_path, document).segments[0].text == "زوروا موقعنا\tبعد مسافة\nسطر جديد مضاف٧"


def test_content_controls_are_entered(tmp_path):
    document = new_docx()
    append_xml(
        document,
        "<w:sdt><w:sdtPr/><w:sdtContent><w:p><w:r><w:t>داخل عنصر تحكم</w:t></w:r></w:p>"
        "</w:sdtContent></w:sdt>",
    )
    assert [s.text for s in load(tmp_path, document).segments] == ["داخل عنصر تحكم"]


def test_text_box_follows_its_anchor_once(tmp_path):
    document = new_docx()
    box = "<w:txbxContent><w:p><w:r><w:t>نص المربع</w:t></w:r></w:p></w:txbxContent>"
    append_xml(
        document,
        '<w:p xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">'
        "<w:r><w:t>المرساة</w:t></w:r>"
        f"<w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing>{box}</w:drawing></mc:Choice>"
        f"<mc:Fallback><w:pict>{box}</w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>",
    )
    assert [s.text for s in load(tmp_path, document).segments] == ["المرساة", "نص المربع"]


def test_docx_text_is_cleaned_and_counted(tmp_path):
    document = new_docx()
    document.add_paragraph("ﻣﺮﺣﺒﺎ ﺑﻜﻢ")
    document.add_paragraph("\u202bاتجاه\u202c و\u200fعلامة")
    document.add_paragraph("\u200f")  # only an invisible mark: skipped like an empty paragraph
    doc = load(tmp_path, document)
    assert [s.text for s in doc.segments] == ["مرحبا بكم", "\u202bاتجاه\u202c و\u200fعلامة"]
    assert doc.bidi_controls == 4
    assert doc.encoding is None


@pytest.mark.parametrize("name", ["renamed.txt", "renamed.md", "noext"])
def test_docx_content_wins_over_the_extension(tmp_path, name):
    document = new_docx()
    document.add_paragraph("مستند وورد باسم آخر")
    doc = load(tmp_path, document, name)
    assert doc.format == "docx"
    assert doc.segments[0].text == "مستند وورد باسم آخر"
