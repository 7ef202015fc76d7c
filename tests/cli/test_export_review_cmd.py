"""`workbench export PROJECT --format review -o FILE.docx [--statuses ...]` end to end: a real
project, the CLI, the file read back with python-docx and lxml (issue 14)."""

from __future__ import annotations

import zipfile
from pathlib import Path

import docx
import pytest
from lxml import etree

from workbench.cli import main
from workbench.core.model import Status
from workbench.project import Project

SOURCE = ("# قطار المساء\n\nيغادر القطار المحطة في السادسة مساء.\n\n"
          "ينظر المسافرون من النوافذ إلى الحقول الخضراء.\n\n```\nseat = 12\n```\n")


@pytest.fixture
def project(tmp_path: Path, monkeypatch) -> Path:
    monkeypatch.setenv("WORKBENCH_HOME", str(tmp_path / "home"))
    source = tmp_path / "train.md"
    source.write_text(SOURCE, encoding="utf-8")
    path = tmp_path / "train.wbproj"
    assert main(["new", str(path)]) == 0
    assert main(["import", str(source), "-p", str(path)]) == 0
    with Project.open(path) as opened:
        heading, first, second, _code = opened.paragraphs()
        opened.save_target(first.id, "The train leaves the station\nat six in the evening.")
        opened.set_comment(first.id, "six or seven?")
        opened.save_target(second.id, "The travellers look out at the green fields.", Status.REVIEWED)
    return path


def read(out: Path) -> tuple[list[list[str]], dict[str, str]]:
    with zipfile.ZipFile(out) as package:
        root = etree.fromstring(package.read("docProps/custom.xml"))
    table = docx.Document(str(out)).tables[0]
    rows = [[cell.text for cell in row.cells] for row in table.rows[1:]]
    return rows, {prop.get("name"): "".join(prop.itertext()) for prop in root}


def test_export_review_writes_every_translatable_paragraph(project: Path, tmp_path: Path, capsys) -> None:
    out = tmp_path / "train-review.docx"
    assert main(["export", str(project), "--format", "review", "-o", str(out)]) == 0
    assert "wrote" in capsys.readouterr().out
    with Project.open(project) as opened:
        paragraphs = [p for p in opened.paragraphs() if p.translatable and p.kind != "code"]
        uuid = opened.setting("project_uuid")
    rows, properties = read(out)
    assert [row[0] for row in rows] == [str(p.id) for p in paragraphs] and len(rows) == 3
    assert [row[1] for row in rows] == ["untranslated", "edited", "reviewed"]
    assert rows[1][3:] == ["The train leaves the station\nat six in the evening.", "six or seven?"]
    assert "seat = 12" not in "".join(map(str, rows))
    assert uuid and properties["WorkbenchProject"] == uuid
    assert properties["WorkbenchFormat"] == "review-1"
    assert properties["WorkbenchStatuses"] == ",".join(s.value for s in Status)


def test_statuses_flag_chooses_the_rows(project: Path, tmp_path: Path) -> None:
    out = tmp_path / "some.docx"
    argv = ["export", str(project), "--format", "review", "-o", str(out), "--statuses", "reviewed,untranslated"]
    assert main(argv) == 0
    rows, properties = read(out)
    assert [row[1] for row in rows] == ["untranslated", "reviewed"]
    assert properties["WorkbenchStatuses"] == "untranslated,reviewed"


def test_bad_statuses_end_with_exit_2_and_no_file(project: Path, tmp_path: Path, capsys) -> None:
    out = tmp_path / "bad.docx"
    assert main(["export", str(project), "--format", "review", "-o", str(out), "--statuses", "done"]) == 2
    assert "unknown status 'done'" in capsys.readouterr().err
    assert main(["export", str(project), "--format", "docx", "-o", str(out), "--statuses", "edited"]) == 2
    assert not out.exists()
