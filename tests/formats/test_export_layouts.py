"""Issue 15: a layout the format does not have is an error naming the format's layouts, and an
output name whose extension contradicts the format is refused (nothing written) unless forced,
in export(), the Project facade and `workbench export --force`."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.formats.test_export_sample import sample_paragraphs
from workbench.core.errors import ExportError
from workbench.formats.exporters import FORMATS, OutputNameMismatch, export, format_for_path

ALLOWED = {"docx": {".docx"}, "review": {".docx"}, "md": {".md", ".markdown"},
           "txt": {".txt", ".text"}, "tmx": {".tmx"}, "xliff": {".xlf", ".xliff"},
           "xliff2": {".xlf", ".xliff"}, "odt": {".odt"}, "html": {".html", ".htm"}}
# Formats that only rebuild one document of a project in its own format (project.translated):
# their names are checked the same way, by the project (tests/cli/test_export_translated_formats).
PROJECT_ONLY = {"odt", "html"}


def test_the_extension_table_is_the_documented_one() -> None:
    assert {name: set(spec.suffixes) for name, spec in FORMATS.items()} == ALLOWED
    assert format_for_path("a.markdown") == "md" and format_for_path("a.TEXT") == "txt"
    assert format_for_path("a.xlf") == "xliff" and format_for_path("a.xliff") == "xliff2"


@pytest.mark.parametrize(("fmt", "layout"), [("md", "alternate"), ("txt", "table"),
                                             ("docx", "blocks"), ("review", "table"),
                                             ("tmx", "target"), ("xliff", "rows")])
def test_a_layout_of_another_format_is_an_error_naming_the_valid_ones(tmp_path: Path, fmt: str,
                                                                      layout: str) -> None:
    out = tmp_path / f"x{FORMATS[fmt].suffix}"
    with pytest.raises(ExportError) as caught:
        export(sample_paragraphs(), out, fmt, layout)
    message = str(caught.value)
    assert f"{layout!r} does not apply to {fmt}" in message
    assert message.endswith(", ".join(FORMATS[fmt].layout_names))
    assert not out.exists()


@pytest.mark.parametrize("fmt", sorted(set(ALLOWED) - PROJECT_ONLY))
def test_every_allowed_extension_is_written_and_any_other_refused(tmp_path: Path, fmt: str) -> None:
    for suffix in sorted(ALLOWED[fmt]) + [suffix.upper() for suffix in ALLOWED[fmt]]:
        out = tmp_path / f"ok{suffix}"
        assert export(sample_paragraphs(), out, fmt) == out and out.stat().st_size
    for suffix in sorted({s for group in ALLOWED.values() for s in group} - ALLOWED[fmt]) + [".pdf"]:
        out = tmp_path / f"bad{suffix}"
        with pytest.raises(OutputNameMismatch, match=rf"bad\{suffix}: a {fmt} export is named"):
            export(sample_paragraphs(), out, fmt)
        assert not out.exists()
        assert export(sample_paragraphs(), out, fmt, force=True) == out and out.stat().st_size
    bare = tmp_path / "no-extension"  # contradicts nothing
    assert export(sample_paragraphs(), bare, fmt) == bare


@pytest.mark.parametrize("fmt", sorted(PROJECT_ONLY))
def test_a_project_only_format_checks_names_and_refuses_a_bare_list(tmp_path: Path, fmt: str) -> None:
    from workbench.formats.exporters import check_name

    for suffix in sorted(ALLOWED[fmt]):
        check_name(tmp_path / f"ok{suffix}", fmt)  # no error
    with pytest.raises(OutputNameMismatch):
        check_name(tmp_path / "bad.docx", fmt)
    with pytest.raises(ExportError, match="export it from the project"):
        export(sample_paragraphs(), tmp_path / f"x{FORMATS[fmt].suffix}", fmt)


def test_the_refusal_names_the_right_extensions(tmp_path: Path) -> None:
    with pytest.raises(OutputNameMismatch) as caught:
        export(sample_paragraphs(), tmp_path / "report.txt", "md")
    assert str(caught.value) == ("report.txt: a md export is named *.md or *.markdown, not *.txt "
                                 "(nothing was written); choose such a name, or force the export "
                                 "to keep this one")


@pytest.fixture
def project(tmp_path: Path) -> Path:
    from workbench.project import Project

    path = tmp_path / "book.wbproj"
    Project.create(path).close()
    return path


def test_the_facade_passes_force_through(project: Path, tmp_path: Path) -> None:
    from workbench.project import Project

    with Project.open(project) as opened:
        with pytest.raises(OutputNameMismatch):
            opened.export(tmp_path / "book.txt", "docx")
        assert opened.export(tmp_path / "book.txt", "docx", force=True).stat().st_size
        with pytest.raises(ExportError, match="does not apply to md"):
            opened.export(tmp_path / "book.md", "md", "alternate", force=True)


def test_the_command_line_refuses_then_forces(project: Path, tmp_path: Path, capsys) -> None:
    from workbench.cli import main

    out = tmp_path / "book.txt"
    assert main(["export", str(project), "--format", "md", "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert "book.txt: a md export is named *.md or *.markdown, not *.txt" in err
    assert "add --force" in err and len(err.strip().splitlines()) == 1 and not out.exists()
    assert main(["export", str(project), "--format", "md", "-o", str(out), "--force"]) == 0
    assert out.exists()
    assert main(["export", str(project), "--format", "md", "--layout", "alternate",
                 "-o", str(tmp_path / "book.md")]) == 2
    assert "the layouts of md are: blocks, table, target" in capsys.readouterr().err
    review = tmp_path / "review.docx"  # --statuses stays with the export command
    assert main(["export", str(project), "--format", "review", "--statuses", "machine",
                 "-o", str(review)]) == 0 and review.exists()
