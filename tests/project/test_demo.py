"""`make run`'s job: the built-in sample project is built, translated and exported."""

from __future__ import annotations

import docx

from workbench.project.demo import build_demo, sample_document, sample_project_path
from workbench.core.model import Kind, Status
from workbench.project import Project


def test_sample_is_arabic_with_headings_lists_and_a_quote():
    from workbench.formats.importers import load_document

    doc = load_document(sample_document())
    kinds = {s.kind for s in doc.segments}
    assert {Kind.HEADING, Kind.PARAGRAPH, Kind.LIST_ITEM, Kind.QUOTE} <= kinds
    assert all(any("\u0600" <= ch <= "\u06ff" for ch in s.text) for s in doc.segments)


def test_demo_translates_exports_and_keeps_edits_on_the_next_run(tmp_path, installed_tiny_model, no_network):
    sample_project_path().unlink(missing_ok=True)
    result = build_demo(tmp_path)
    assert result.project == sample_project_path() and "argos" in result.engine
    table = docx.Document(result.exports[0]).tables[0]
    assert any("مكتبة" in cell.text for row in table.rows for cell in row.cells)
    assert 'dir="rtl"' in result.exports[1].read_text(encoding="utf-8")

    with Project.open(result.project) as project:
        first = project.paragraph_ids()[1]
        project.save_target(first, "The city library announced a free workshop.")
    build_demo(tmp_path)  # a second run reuses the project and never overwrites a person's edit
    with Project.open(result.project) as project:
        kept = project.paragraph(first)
        assert (kept.target, kept.status) == ("The city library announced a free workshop.", Status.EDITED)
        assert project.status_counts()[Status.MACHINE] == project.status_counts().total - 1
