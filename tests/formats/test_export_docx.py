"""Bilingual and target-only DOCX: opened again with python-docx and checked down to the XML
that makes Arabic right-to-left in Word and LibreOffice."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from docx.enum.section import WD_ORIENT
from docx.shared import Mm

from tests.formats.test_export_sample import CODE, LIST_EN, PARAGRAPH_EN, sample_paragraphs
from workbench.core.errors import ExportError
from workbench.core.model import Kind
from workbench.formats.docx_export import DocxStyle, build_docx, export_docx, export_target_docx

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def shown(text: str) -> str:
    """How the exporters write a text: vertical tab as a line break, line ends trimmed."""
    return "\n".join(line.strip() for line in text.replace("\x0b", "\n").split("\n"))


def is_rtl_paragraph(par) -> bool:
    ppr = par._p.pPr
    return ppr is not None and ppr.find(f"{W}bidi") is not None


def text_runs(par) -> list:
    return [run for run in par.runs if run.text]


def assert_arabic(par, font: str = "Amiri") -> None:  # issue 15: a Naskh face, not Arial
    """The paragraph and every run carry the right-to-left and complex-script settings."""
    assert is_rtl_paragraph(par)
    assert text_runs(par), "Arabic paragraph without text"
    for run in text_runs(par):
        rpr = run._r.rPr
        assert rpr.find(f"{W}rtl") is not None
        assert rpr.find(f"{W}rFonts").get(f"{W}cs") == font
        assert rpr.find(f"{W}rFonts").get(f"{W}hint") == "cs"
        size_cs = rpr.find(f"{W}szCs")
        assert size_cs is not None and int(size_cs.get(f"{W}val")) >= 22
        assert rpr.find(f"{W}lang").get(f"{W}bidi") == "ar-SA"


def assert_english(par) -> None:
    assert not is_rtl_paragraph(par)
    for run in text_runs(par):
        assert run._r.rPr.find(f"{W}rtl") is None


@pytest.fixture(scope="module")
def table_doc(tmp_path_factory):
    out = tmp_path_factory.mktemp("docx") / "bilingual.docx"
    assert export_docx(sample_paragraphs(), out, title="Water report") == out
    return docx.Document(str(out))


def test_table_has_a_repeating_header_and_one_row_per_paragraph(table_doc) -> None:
    (table,) = table_doc.tables
    header = table.rows[0]
    assert [c.text for c in header.cells] == ["#", "Arabic", "English", "Status"]
    trpr = header._tr.trPr
    assert trpr is not None and trpr.find(f"{W}tblHeader") is not None
    assert len(table.rows) == 1 + len(sample_paragraphs())


def test_id_and_status_columns_match_the_paragraphs(table_doc) -> None:
    rows = table_doc.tables[0].rows[1:]
    paragraphs = sample_paragraphs()
    assert [row.cells[0].text for row in rows] == [f"#{p.id}" for p in paragraphs]
    expected = ["code" if p.kind == Kind.CODE else p.status.value for p in paragraphs]
    assert [row.cells[3].text for row in rows] == expected


def test_arabic_cells_are_right_to_left_and_english_cells_are_not(table_doc) -> None:
    for paragraph, row in zip(sample_paragraphs(), table_doc.tables[0].rows[1:], strict=True):
        if paragraph.kind == Kind.CODE:
            continue
        source, target = row.cells[1].paragraphs[0], row.cells[2].paragraphs[0]
        assert_arabic(source)
        assert_english(target)
        assert source.text == shown(paragraph.source)
        assert target.text == shown(paragraph.target)


def test_headings_lists_and_quotes_keep_their_styles_in_both_columns(table_doc) -> None:
    rows = table_doc.tables[0].rows[1:]
    styles = [(row.cells[1].paragraphs[0].style.name, row.cells[2].paragraphs[0].style.name) for row in rows]
    assert styles[0] == ("Heading 1", "Heading 1")
    assert styles[2] == ("Heading 2", "Heading 2")
    assert styles[3] == ("List Bullet", "List Bullet")
    assert styles[4] == ("List Bullet 2", "List Bullet 2")
    assert styles[7] == ("Quote", "Quote")
    assert styles[1] == ("Normal", "Normal")


def test_untranslated_target_is_empty_in_a_bilingual_file(table_doc) -> None:
    rows = table_doc.tables[0].rows[1:]
    assert rows[8].cells[1].text == "لم تترجم هذه الفقرة بعد."
    assert rows[8].cells[2].text == ""
    assert rows[8].cells[3].text == "untranslated"


def test_code_spans_both_text_columns_left_to_right_in_monospace(table_doc) -> None:
    row = table_doc.tables[0].rows[1 + 6]
    assert row.cells[1]._tc is row.cells[2]._tc  # merged
    par = row.cells[1].paragraphs[0]
    assert par.text == CODE
    assert not is_rtl_paragraph(par)
    assert par.runs[0].font.name == "Courier New"


def test_hostile_characters_are_text_and_the_vertical_tab_a_line_break(table_doc) -> None:
    cell = table_doc.tables[0].rows[1 + 5].cells[2]
    assert "<script>alert(1)</script> &" in cell.text
    assert cell.paragraphs[0].runs[0]._r.find(f"{W}br") is not None
    xml = table_doc.element.xml
    assert "\x0b" not in xml


def test_page_is_a4_landscape_with_narrow_id_and_status_columns(table_doc) -> None:
    section = table_doc.sections[0]
    assert section.orientation == WD_ORIENT.LANDSCAPE
    assert abs(section.page_width - Mm(297)) < Mm(1) and abs(section.page_height - Mm(210)) < Mm(1)
    widths = [column.width for column in table_doc.tables[0].columns]
    assert widths[0] < Mm(20) and widths[3] < Mm(30)
    assert widths[1] == widths[2] > Mm(100)


def test_title_and_document_properties(table_doc) -> None:
    first = table_doc.paragraphs[0]
    assert (first.style.name, first.text) == ("Title", "Water report")
    assert table_doc.core_properties.title == "Water report"
    assert table_doc.core_properties.author == ""


def test_alternate_layout_orders_marker_source_target(tmp_path: Path) -> None:
    out = export_docx(sample_paragraphs(), tmp_path / "alt.docx", layout="alternate")
    doc = docx.Document(str(out))
    body = doc.paragraphs
    assert doc.tables == []
    expected: list[tuple[str, str]] = []
    for p in sample_paragraphs():
        if p.kind == Kind.CODE:
            expected += [(f"#{p.id} · code", "marker"), (CODE, "code")]
        else:
            expected += [(f"#{p.id} · {p.status.value}", "marker"), (p.source, "ar"), (p.target, "en")]
    assert len(body) == len(expected)
    for par, (text, role) in zip(body, expected, strict=True):
        assert par.text == (text if role == "code" else shown(text))
        if role == "ar":
            assert_arabic(par)
        elif role == "en":
            assert_english(par)
    headings = [(par.style.name, par.text) for par in body if par.style.name.startswith("Heading")]
    assert headings == [
        ("Heading 1", "تقرير عن شبكة المياه"),
        ("Heading 1", "Report on the water network"),
        ("Heading 2", "الخطة الجديدة"),
        ("Heading 2", "The new plan"),
    ]
    assert doc.sections[0].orientation == WD_ORIENT.PORTRAIT


def test_target_only_keeps_structure_and_falls_back_to_the_source(tmp_path: Path) -> None:
    doc = docx.Document(str(export_target_docx(sample_paragraphs(), tmp_path / "en.docx")))
    pars = doc.paragraphs
    assert [p.text for p in pars[:4]] == [
        "Report on the water network",
        PARAGRAPH_EN,
        "The new plan",
        LIST_EN,
    ]
    styles = ["Heading 1", "Normal", "Heading 2", "List Bullet", "List Bullet 2"]
    assert [p.style.name for p in pars[:5]] == styles
    assert pars[4].text == "تركيب عدادات حديثة"  # untranslated: the source, right-to-left
    assert_arabic(pars[4])
    assert pars[6].text == CODE and pars[6].runs[0].font.name == "Courier New"
    assert pars[8].text == "لم تترجم هذه الفقرة بعد."
    assert all(not is_rtl_paragraph(p) for i, p in enumerate(pars) if i not in (4, 8))
    assert len(pars) == len(sample_paragraphs())


def test_font_and_paper_are_parameters(tmp_path: Path) -> None:
    style = DocxStyle(rtl_font="Noto Naskh Arabic", paper="Letter", landscape=False)
    doc = build_docx(sample_paragraphs(), "table", style=style)
    assert_arabic(doc.tables[0].rows[1].cells[1].paragraphs[0], font="Noto Naskh Arabic")
    assert abs(doc.sections[0].page_width - Mm(215.9)) < Mm(1)
    with pytest.raises(ExportError, match="A4"):
        build_docx(sample_paragraphs(), "table", style=DocxStyle(paper="A5"))


def test_unknown_layout_lists_the_choices() -> None:
    with pytest.raises(ExportError, match="table, alternate, target"):
        build_docx(sample_paragraphs(), "sideways")


def test_property_elements_are_in_schema_order(tmp_path: Path) -> None:
    """Word calls a file damaged when pPr/rPr/trPr/tcPr children are out of schema order."""
    import zipfile

    from lxml import etree

    from workbench.formats import docx_ooxml_export as ox

    orders = {"pPr": ox._PPR_ORDER, "rPr": ox._RPR_ORDER, "trPr": ox._TRPR_ORDER, "tcPr": ox._TCPR_ORDER}
    for layout in ("table", "alternate", "target"):
        out = export_docx(sample_paragraphs(), tmp_path / f"{layout}.docx", layout=layout, title="عنوان")
        for part in ("word/document.xml", "word/styles.xml"):
            root = etree.fromstring(zipfile.ZipFile(out).read(part))
            for name, order in orders.items():
                for element in root.iter(f"{W}{name}"):
                    tags = [child.tag.split("}")[1] for child in element if child.tag.startswith(W)]
                    assert all(tag in order for tag in tags), (part, tags)
                    positions = [order.index(tag) for tag in tags]
                    assert positions == sorted(positions), (layout, part, name, tags)
