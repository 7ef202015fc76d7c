"""`workbench export` carries the paragraphs' comments by default (DOCX: Word comments;
Markdown: a note under the paragraph) and `--no-comments` leaves them out; the facade's
`export(..., comments=)` is the same switch."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from workbench.cli import main
from workbench.project import Project

SOURCE = "تمطر السماء في الصباح.\n\nتشرق الشمس بعد الظهر.\n\nيهب الريح في المساء.\n"
COMMENT = 'راجع "الصباح" <قبل> & بعد *النشر*'


@pytest.fixture
def project(tmp_path: Path) -> Path:
    path = tmp_path / "weather.wbproj"
    source = tmp_path / "weather.txt"
    source.write_text(SOURCE, encoding="utf-8")
    with Project.create(path) as created:
        created.import_document(source)
        first, _, third = created.paragraphs()
        created.set_comment(first.id, COMMENT)
        created.set_comment(third.id, "check the wind")
    return path


def export_cli(project: Path, out: Path, *flags: str) -> Path:
    fmt = out.suffix.lstrip(".")
    assert main(["export", str(project), "--format", fmt, "-o", str(out), *flags]) == 0
    return out


def test_docx_has_word_comments_by_default(project: Path, tmp_path: Path) -> None:
    out = export_cli(project, tmp_path / "out.docx")
    assert sorted(c.text for c in docx.Document(str(out)).comments) == sorted([COMMENT, "check the wind"])


def test_no_comments_flag_leaves_them_out_of_docx(project: Path, tmp_path: Path) -> None:
    out = export_cli(project, tmp_path / "out.docx", "--no-comments")
    document = docx.Document(str(out))
    assert len(document.comments) == 0
    assert "commentReference" not in document.element.xml
    assert "تشرق الشمس" in "".join(cell.text for row in document.tables[0].rows for cell in row.cells)


def test_markdown_note_by_default_and_none_with_the_flag(project: Path, tmp_path: Path) -> None:
    with_notes = export_cli(project, tmp_path / "with.md").read_text(encoding="utf-8")
    without = export_cli(project, tmp_path / "without.md", "--no-comments").read_text(encoding="utf-8")
    assert with_notes.count("> **Comment:**") == 2 and "check the wind" in with_notes
    assert "Comment" not in without and "check the wind" not in without
    assert "تمطر السماء في الصباح." in without


def test_facade_switch_matches_the_flag(project: Path, tmp_path: Path) -> None:
    flag = export_cli(project, tmp_path / "flag.md", "--no-comments").read_text(encoding="utf-8")
    with Project.open(project) as opened:
        facade = opened.export(tmp_path / "facade.md", "md", comments=False).read_text(encoding="utf-8")
        default = opened.export(tmp_path / "default.md", "md").read_text(encoding="utf-8")
    assert facade == flag
    assert default != flag and "check the wind" in default
