"""Plain-text exports of tagged targets: TXT names each document where it begins (only when
there are several) and writes no tag; an XLIFF file of tagged targets carries plain text and
comes back through merge unchanged, the project's tags kept."""

from __future__ import annotations

from workbench.core import inline
from workbench.core.model import Kind, Paragraph, Segment, SourceDocument, Status
from workbench.formats.txt_export import export_txt, render_txt
from workbench.project.facade import Project
from workbench.project.merge import Outcome, export_xliff, merge_xliff

BOLD = (inline.Mark(1, "b", 0, 5),)
TARGET = f"{inline.open_tag(1)}Water{inline.close_tag(1)} is life"


def paragraph(pid: int, document_id: int) -> Paragraph:
    return Paragraph(id=pid, document_id=document_id, position=pid, kind=Kind.PARAGRAPH,
                     source="الماء حياة", target=TARGET, status=Status.EDITED, marks=BOLD)


def test_txt_names_each_document_where_it_begins(tmp_path):
    items = [paragraph(1, 1), paragraph(2, 1), paragraph(3, 2)]
    text = render_txt(items, {1: "first.docx", 2: "second  report.md"})
    assert text == ("=== first.docx ===\n\nWater is life\n\nWater is life\n\n"
                    "=== second report.md ===\n\nWater is life\n")
    out = export_txt(items[:2], tmp_path / "one.txt", documents={1: "first.docx"})
    assert out.read_text("utf-8") == "Water is life\n\nWater is life\n"


def test_xliff_units_are_plain_and_merge_back_unchanged(tmp_path):
    with Project.create(tmp_path / "p.wbproj") as project:
        project._store.add_document(SourceDocument("a.docx", "docx", (
            Segment(Kind.PARAGRAPH, "الماء حياة", marks=BOLD),)))
        (para,) = project.paragraphs()
        project.save_target(para.id, TARGET, Status.EDITED)
        for fmt in ("xliff", "xliff2"):
            out = export_xliff(project, tmp_path / f"p-{fmt}.xlf", fmt)
            data = out.read_text("utf-8")
            assert "Water is life" in data and not inline.tags_in(data)
            report = merge_xliff(project, out)
            assert [r.outcome for r in report.results] == [Outcome.UNCHANGED]
            assert project.paragraph(para.id).target == TARGET
