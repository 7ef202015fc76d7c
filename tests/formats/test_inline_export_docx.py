"""Inline formatting in the bilingual DOCX (streamed XML): bold, italic, links and note numbers
come back from the source's marks and the target's tags, read with python-docx; an Arabic run
keeps its right-to-left properties; several documents get a band row each."""

from __future__ import annotations

import io

import docx
import pytest

from workbench.core import inline
from workbench.core.model import Kind, Paragraph, Status
from workbench.formats.docx_export import build_docx, export_docx
from workbench.formats.review_export import export_review

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
R_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
HREF = "https://example.org/plan?a=1&b=2"
SOURCE = "قال الوزير إن الخطة الجديدة ستنفذ هذا العام"
MARKS = (inline.Mark(1, "b", 4, 10), inline.Mark(2, "link", 14, 19, href=HREF),
         inline.Mark(3, "note", 27, 27, href="footnote:2", text="7"), inline.Mark(4, "i sup", 34, 37))
TARGET = (f"The {inline.open_tag(1)}minister{inline.close_tag(1)} said the new "
          f"{inline.open_tag(2)}plan{inline.close_tag(2)}{inline.solo_tag(3)} will be carried out "
          f"{inline.open_tag(4)}this{inline.close_tag(4)} year")


def paragraph(document_id: int = 1, pid: int = 5, marks=MARKS, target=TARGET) -> Paragraph:
    return Paragraph(id=pid, document_id=document_id, position=pid, kind=Kind.PARAGRAPH,
                     source=SOURCE, target=target, status=Status.EDITED, marks=marks)


def runs_of(par) -> list[tuple[str, object]]:
    """(text, run element) of every run of a python-docx paragraph, hyperlinks included."""
    return [("".join(t.text or "" for t in r.iter(f"{W}t")), r) for r in par._p.iter(f"{W}r")]


def run_with(par, text: str):
    return next(r for t, r in runs_of(par) if t == text)


def has(run, tag: str) -> bool:
    props = run.find(f"{W}rPr")
    return props is not None and props.find(f"{W}{tag}") is not None


@pytest.mark.parametrize("layout", ["table", "alternate", "target"])
def test_target_runs_carry_the_formatting_of_their_tags(layout):
    document = build_docx([paragraph()], layout)
    target = [p for p in _body_paragraphs(document) if "minister" in p.text][0]
    assert target.text.startswith("The minister said the new plan7 will")  # no tag characters
    assert has(run_with(target, "minister"), "b")
    assert not has(run_with(target, "The "), "b")
    sup = run_with(target, "this")
    assert has(sup, "i") and sup.find(f"{W}rPr/{W}vertAlign").get(f"{W}val") == "superscript"
    note = run_with(target, "7")
    assert note.find(f"{W}rPr/{W}vertAlign").get(f"{W}val") == "superscript"
    link = target._p.find(f"{W}hyperlink")
    assert link is not None and "".join(t.text for t in link.iter(f"{W}t")) == "plan"
    rel = document.part.rels[link.get(R_ID)]
    assert rel.is_external and rel.target_ref == HREF


def test_source_runs_are_formatted_and_stay_right_to_left():
    document = build_docx([paragraph()], "table")
    source = document.tables[0].rows[1].cells[1].paragraphs[0]
    assert source.text.replace("7", "") == SOURCE
    bold = run_with(source, "الوزير")
    assert has(bold, "b") and has(bold, "bCs") and has(bold, "rtl")
    assert bold.find(f"{W}rPr/{W}rFonts").get(f"{W}cs") == "Amiri"
    plain = run_with(source, "قال ")
    assert has(plain, "rtl") and not has(plain, "b")
    assert source._p.find(f"{W}hyperlink") is not None


def test_a_target_without_its_marks_is_plain_text():
    """A target whose paragraph lost its marks: the tags go, the words stay."""
    document = build_docx([paragraph(marks=())], "table")
    cell = document.tables[0].rows[1].cells[2]
    assert cell.text == "The minister said the new plan will be carried out this year"


def test_review_file_keeps_bold_but_writes_no_note_number(tmp_path):
    out = export_review([paragraph()], tmp_path / "review.docx", project_id="p")
    row = docx.Document(out).tables[0].rows[1]
    assert row.cells[3].text == "The minister said the new plan will be carried out this year"
    assert row.cells[2].text == SOURCE
    assert has(run_with(row.cells[3].paragraphs[0], "minister"), "b")


@pytest.mark.parametrize("layout", ["table", "alternate", "target"])
def test_each_document_begins_with_its_name(tmp_path, layout):
    paragraphs = [paragraph(1, 1), paragraph(1, 2), paragraph(2, 3)]
    out = export_docx(paragraphs, tmp_path / "two.docx", layout=layout,
                      documents={1: "first report.docx", 2: "التقرير الثاني.docx"})
    texts = [p.text for p in _body_paragraphs(docx.Document(out))]
    first, second = texts.index("first report.docx"), texts.index("التقرير الثاني.docx")
    minister = [n for n, text in enumerate(texts) if "minister" in text]
    assert first < minister[0] < minister[1] < second < minister[2]


def test_one_document_is_not_named(tmp_path):
    out = export_docx([paragraph()], tmp_path / "one.docx", layout="target", documents={1: "only.docx"})
    assert "only.docx" not in [p.text for p in _body_paragraphs(docx.Document(out))]


def _body_paragraphs(document) -> list:
    """Every paragraph in body order, table cells included."""
    from docx.text.paragraph import Paragraph as DocxParagraph

    return [DocxParagraph(p, document.part) for p in document.element.body.iter(f"{W}p")]


def test_document_xml_is_valid_for_word_order():
    """rPr children in schema order (Word reports a misplaced one as damage)."""
    from workbench.formats.docx_ooxml_export import _RPR_ORDER

    buffer = io.BytesIO()
    build_docx([paragraph()], "table").save(buffer)
    for props in docx.Document(buffer).element.body.iter(f"{W}rPr"):
        names = [child.tag.split("}")[1] for child in props]
        assert names == sorted(names, key=_RPR_ORDER.index)
