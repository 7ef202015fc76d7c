"""The review DOCX (issue 14): one table, a row per translatable paragraph (id | status | Arabic |
English | comment), rows shaded by status, the project's identity and export time as custom
document properties and in the title, landscape, statuses chosen. Read back with python-docx
and lxml, as the reader of returned files will."""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from pathlib import Path

import docx
import pytest
from lxml import etree

from workbench.core.errors import ExportError
from workbench.core.model import Kind, Paragraph, Status
from workbench.formats.exporters import export
from workbench.formats.review_export import STATUS_FILLS, export_review

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
UUID = "5f0c2b7e9a1d4c3e8b6a0f1e2d3c4b5a"
WHEN = dt.datetime(2026, 12, 7, 10, 45, tzinfo=dt.UTC)
ROWS = [  # (kind, source, target, status, comment): our own text
    (Kind.HEADING, "سوق الخضار في الصباح", "The vegetable market in the morning", Status.MACHINE, ""),
    (Kind.PARAGRAPH, "يصل الباعة قبل الشمس، ويرتبون الطماطم والخيار في صناديق خشبية.",
     "The sellers arrive before the sun,\nand arrange tomatoes and cucumbers in wooden crates.",
     Status.EDITED, "check: crates or boxes?"),
    (Kind.CODE, "print('not for review')", "", Status.UNTRANSLATED, ""),
    (Kind.PARAGRAPH, "تفوح رائحة النعناع من كل زاوية.", "", Status.UNTRANSLATED, ""),
    (Kind.PARAGRAPH, "اسم المحل", "", Status.UNTRANSLATED, ""),  # translatable False below
    (Kind.LIST_ITEM, "كيلو بطاطا بعشرة دراهم", "A kilo of potatoes for ten dirhams", Status.REVIEWED,
     "هل الدرهم هو العملة الصحيحة؟"),
    (Kind.QUOTE, "«الرزق على الله»", "“Provision is from God”", Status.APPROVED, ""),
    (Kind.PARAGRAPH, "يغلق السوق عند الظهر.", "The market closes at noon & <rests>.", Status.GLOSS, ""),
]


def review_paragraphs() -> list[Paragraph]:
    """Eight paragraphs; ids unlike positions; one code block and one never-translated name."""
    return [Paragraph(id=300 + 11 * n, document_id=1, position=n, kind=kind, source=source,
                      target=target, status=status, comment=comment,
                      translatable=kind != Kind.CODE and n != 4)
            for n, (kind, source, target, status, comment) in enumerate(ROWS)]


EXPECTED = [p for p in review_paragraphs() if p.translatable]


def write(tmp_path: Path, **options) -> Path:
    return export_review(review_paragraphs(), tmp_path / "review.docx", title="سوق الخضار",
                         project_id=UUID, exported=WHEN, **options)


def custom_properties(path: Path) -> dict[str, str]:
    with zipfile.ZipFile(path) as package:
        root = etree.fromstring(package.read("docProps/custom.xml"))
        rels = package.read("_rels/.rels").decode()
        types = package.read("[Content_Types].xml").decode()
    assert "relationships/custom-properties" in rels and "custom-properties+xml" in types
    return {prop.get("name"): "".join(prop.itertext()) for prop in root}


def cell_text(tc) -> str:
    """A cell's text, w:br as "\\n" (python-docx's cell.text)."""
    return "\n".join(p.text for p in tc.paragraphs)


def test_one_table_a_row_per_translatable_paragraph_in_order(tmp_path: Path) -> None:
    document = docx.Document(str(write(tmp_path)))
    assert len(document.tables) == 1
    table = document.tables[0]
    header, *rows = table.rows
    assert header._tr.trPr.find(f"{W}tblHeader") is not None
    labels = [cell.text for cell in header.cells]
    assert labels[0].startswith("ID") and "do not edit" in labels[0]
    assert labels[1].startswith("Status") and "do not edit" in labels[1]
    assert labels[2].startswith("Arabic") and labels[3].startswith("English") and labels[4] == "Comment"
    assert [[c.text for c in row.cells][:2] for row in rows] == [
        [str(p.id), p.status.value] for p in EXPECTED]
    assert all(re.fullmatch(r"\d+", row.cells[0].text) for row in rows)
    assert [row.cells[2].text for row in rows] == [p.source for p in EXPECTED]
    assert [row.cells[3].text for row in rows] == [p.target for p in EXPECTED]
    assert [row.cells[4].text for row in rows] == [p.comment for p in EXPECTED]
    section = document.sections[0]
    assert section.page_width > section.page_height  # landscape


def test_arabic_cells_are_right_to_left_and_line_breaks_are_w_br(tmp_path: Path) -> None:
    rows = docx.Document(str(write(tmp_path))).tables[0].rows[1:]
    for row in rows:
        arabic = row.cells[2].paragraphs[0]._p
        assert arabic.pPr.find(f"{W}bidi") is not None
        for run in arabic.findall(f"{W}r"):
            assert run.rPr.find(f"{W}rtl") is not None
            assert run.rPr.find(f"{W}lang").get(f"{W}bidi") == "ar-SA"
    english = rows[1].cells[3].paragraphs[0]._p
    assert len(english.findall(f".//{W}br")) == 1 and english.find(f"{W}pPr/{W}bidi") is None
    comment = rows[3].cells[4].paragraphs[0]._p  # an Arabic comment reads right-to-left too
    assert comment.pPr.find(f"{W}bidi") is not None


def test_custom_properties_and_the_title_carry_identity_and_time(tmp_path: Path) -> None:
    out = write(tmp_path)
    assert custom_properties(out) == {
        "WorkbenchProject": UUID,
        "WorkbenchExported": "2026-12-07T10:45:00.000Z",
        "WorkbenchFormat": "review-1",
        "WorkbenchStatuses": "untranslated,machine,gloss,memory,edited,reviewed,approved",
    }
    paragraphs = [p.text for p in docx.Document(str(out)).paragraphs]
    assert paragraphs[0].startswith("سوق الخضار")
    assert f"Workbench review · project {UUID} · exported 2026-12-07T10:45:00.000Z" in paragraphs[0]
    note = paragraphs[1]
    for words in ("only the English column", "racked changes", "omments", "add, delete or reorder"):
        assert words in note


def test_rows_are_shaded_by_status_and_the_id_column_is_grey(tmp_path: Path) -> None:
    rows = docx.Document(str(write(tmp_path))).tables[0].rows[1:]
    for paragraph, row in zip(EXPECTED, rows, strict=True):
        fills = [tc._tc.tcPr.find(f"{W}shd") for tc in row.cells]
        text_fills = {None if f is None else f.get(f"{W}fill") for f in fills[2:]}
        assert text_fills == {STATUS_FILLS[paragraph.status] or None}
        assert fills[0] is not None and fills[0].get(f"{W}fill") == fills[1].get(f"{W}fill")
        assert row.cells[0].paragraphs[0].runs[0].font.color.rgb is not None
    assert len({fill for fill in STATUS_FILLS.values() if fill}) == len(Status) - 1


def test_only_the_statuses_asked_for(tmp_path: Path) -> None:
    out = write(tmp_path, statuses="edited, machine")
    rows = docx.Document(str(out)).tables[0].rows[1:]
    assert [row.cells[1].text for row in rows] == ["machine", "edited"]
    assert custom_properties(out)["WorkbenchStatuses"] == "machine,edited"
    out = write(tmp_path, statuses=["approved"])
    assert [r.cells[0].text for r in docx.Document(str(out)).tables[0].rows[1:]] == [str(EXPECTED[-2].id)]


def test_unknown_status_or_statuses_for_another_format_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="unknown status 'finished'.*machine"):
        write(tmp_path, statuses="machine,finished")
    with pytest.raises(ExportError, match="no status"):
        write(tmp_path, statuses=" , ")
    with pytest.raises(ExportError, match="review format only"):
        export(review_paragraphs(), tmp_path / "x.docx", "docx", statuses=["machine"])
    assert list(tmp_path.iterdir()) == []


def test_the_dispatcher_writes_the_review_format(tmp_path: Path) -> None:
    out = export(review_paragraphs(), tmp_path / "r.docx", "review", title="T", project_id=UUID,
                 statuses=["reviewed"])
    assert custom_properties(out)["WorkbenchProject"] == UUID
    assert [c.text for c in docx.Document(str(out)).tables[0].rows[1].cells][:2] == [
        str(EXPECTED[3].id), "reviewed"]
    stamp = custom_properties(out)["WorkbenchExported"]
    moment = dt.datetime.strptime(stamp, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=dt.UTC)
    assert abs((dt.datetime.now(dt.UTC) - moment).total_seconds()) < 60
