"""export(): one entry point, a FORMATS table the CLI and window list, clear errors."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from tests.formats.test_export_sample import sample_paragraphs
from workbench.core.errors import ExportError
from workbench.formats.exporters import FORMATS, PROJECT_LAYOUTS, export, format_for_path, resolve


def test_every_format_and_layout_in_the_table_writes_a_file(tmp_path: Path) -> None:
    for spec in FORMATS.values():
        for layout in spec.layout_names:
            if (spec.name, layout) in PROJECT_LAYOUTS:  # tests/formats/test_docx_translated_export.py
                with pytest.raises(ExportError, match="export it from the project"):
                    export(sample_paragraphs(), tmp_path / f"{layout}{spec.suffix}", spec.name, layout)
                continue
            out = tmp_path / f"{layout}{spec.suffix}"
            assert export(sample_paragraphs(), out, spec.name, layout, title="T") == out
            assert out.stat().st_size > 0
    assert len(docx.Document(str(tmp_path / "table.docx")).tables) == 1
    assert "<div dir=\"rtl\"" in (tmp_path / "blocks.md").read_text(encoding="utf-8")


def test_defaults_and_aliases() -> None:
    assert resolve("docx")[1] == "table"
    assert resolve("md")[1] == "blocks"
    assert resolve("txt")[1] == "target"
    assert resolve("Markdown", "Blocks") == (FORMATS["md"], "blocks")
    with pytest.raises(ExportError, match="does not apply to md; .*blocks, table, target"):
        resolve("md", "alternate")  # a docx layout: an error, no longer a silent "blocks"
    assert resolve(".DOCX", "alternate") == (FORMATS["docx"], "alternate")
    assert format_for_path("out.MD") == "md" and format_for_path("a.docx") == "docx"
    assert format_for_path("a.pdf") is None


def test_bad_format_or_layout_lists_the_choices(tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="docx, md, txt"):
        export(sample_paragraphs(), tmp_path / "x.pdf", "pdf")
    with pytest.raises(ExportError, match="table, alternate, target"):
        export(sample_paragraphs(), tmp_path / "x.docx", "docx", "blocks")
    with pytest.raises(ExportError, match="target"):
        export(sample_paragraphs(), tmp_path / "x.txt", "txt", "table")
    assert list(tmp_path.iterdir()) == []


def test_an_export_never_replaces_a_project_file(tmp_path):
    """A slip in the output name (-o book.wbproj) must not cost the project."""
    from workbench.cli import main
    from workbench.project import Project

    project = tmp_path / "book.wbproj"
    Project.create(project).close()
    before = project.read_bytes()
    for fmt in ("md", "docx", "txt"):
        for force in ([], ["--force"]):  # the name check, then (forced) the database check
            assert main(["export", str(project), "--format", fmt, "-o", str(project), *force]) == 2
            assert project.read_bytes() == before
    glossary = tmp_path / "other.sqlite"
    import sqlite3

    sqlite3.connect(glossary).execute("create table t(x)").connection.close()
    with pytest.raises(ExportError, match="project or database"):
        export([], glossary, "txt", force=True)
    with Project.open(project) as opened:
        assert opened.paragraph_count() == 0
