"""`workbench merge PROJECT FILE.xlf [--dry-run] [--format json]`: exit 0 when all was applied,
1 when anything was not (named in the report), 2 with one line on a file refused whole; a dry
run or a refused file leaves the project file byte-identical."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from lxml import etree

from workbench.cli import main
from workbench.core.model import Origin, Status
from workbench.formats import xliff_import
from workbench.formats.xliff_export import NS_12
from workbench.project import Project
from workbench.project.merge import export_xliff

TEXT = "سافر الطبيب إلى القرية.\n\nعالج الطبيب المرضى.\n"


@pytest.fixture
def project(tmp_path: Path) -> Path:
    path = tmp_path / "clinic.wbproj"
    source = tmp_path / "clinic.txt"
    source.write_text(TEXT, encoding="utf-8")
    with Project.create(path) as created:
        created.import_document(source)
    return path


def translated(project: Path, out: Path, texts: list[str], *, via_cli: bool = False) -> Path:
    if via_cli:
        assert main(["export", str(project), "--format", "xliff", "-o", str(out)]) == 0
    else:
        with Project.open(project) as opened:
            export_xliff(opened, out)
    tree = etree.parse(str(out))
    for unit, text in zip(tree.getroot().iter(f"{{{NS_12}}}trans-unit"), texts, strict=False):
        target = unit.find(f"{{{NS_12}}}target")
        target.text, target.attrib["state"] = text, "translated"
    tree.write(str(out))
    return out


def targets(project: Path) -> list[tuple[str, Status]]:
    with Project.open(project, backup=False) as opened:
        return [(p.target, p.status) for p in opened.paragraphs()]


def test_the_exported_file_merges_back_with_exit_0(project, tmp_path, capsys):
    path = translated(project, tmp_path / "out.xlf", ["The doctor travelled.", "He treated the sick."],
                      via_cli=True)
    assert main(["merge", str(project), str(path)]) == 0
    assert "applied 2" in capsys.readouterr().out
    assert targets(project) == [("The doctor travelled.", Status.EDITED),
                                ("He treated the sick.", Status.EDITED)]
    with Project.open(project, backup=False) as opened:
        first = opened.paragraphs()[0]
        assert [r.origin for r in opened.revisions(first.id)] == [Origin.XLIFF]


def test_a_conflict_exits_1_names_the_unit_and_keeps_the_persons_text(project, tmp_path, capsys):
    path = translated(project, tmp_path / "out.xlf", ["Tool text.", "He treated the sick."])
    with Project.open(project) as opened:
        first = opened.paragraphs()[0]
        opened.save_target(first.id, "The person's text.")
    assert main(["merge", str(project), str(path)]) == 1
    out = capsys.readouterr().out
    assert f"unit {first.id}: conflict" in out and "applied 1" in out
    assert targets(project) == [("The person's text.", Status.EDITED),
                                ("He treated the sick.", Status.EDITED)]


def test_json_report_and_a_dry_run_that_writes_nothing(project, tmp_path, capsys):
    path = translated(project, tmp_path / "out.xlf", ["One.", "Two."])
    tree = etree.parse(str(path))
    tree.getroot().find(f".//{{{NS_12}}}trans-unit").set("id", "4242")
    tree.write(str(path))
    before = project.read_bytes()
    assert main(["merge", str(project), str(path), "--dry-run", "--format", "json"]) == 1
    report = json.loads(capsys.readouterr().out)
    assert report["dry_run"] is True
    assert report["counts"]["applied"] == 1 and report["counts"]["unknown"] == 1
    assert {"unit_id": "4242", "outcome": "unknown", "detail": "no paragraph has this id"} in report["units"]
    assert project.read_bytes() == before


def test_another_projects_file_exits_1(project, tmp_path, capsys):
    other = tmp_path / "other.wbproj"
    source = tmp_path / "other.txt"
    source.write_text(TEXT, encoding="utf-8")
    with Project.create(other) as created:
        created.import_document(source)
    path = translated(other, tmp_path / "other.xlf", ["Not for you."])
    assert main(["merge", str(project), str(path), "--format", "json"]) == 1
    report = json.loads(capsys.readouterr().out)
    assert report["counts"]["other-project"] == 2 and report["counts"]["applied"] == 0
    assert targets(project) == [("", Status.UNTRANSLATED), ("", Status.UNTRANSLATED)]


HOSTILE = '<?xml version="1.0"?><!DOCTYPE lol [<!ENTITY a "aaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]>' \
          '<xliff version="1.2"><file><body><trans-unit id="1"><source>&b;</source></trans-unit>' \
          '</body></file></xliff>'


@pytest.mark.parametrize("kind", ["entities", "oversized"])
def test_a_hostile_file_exits_2_with_one_line_and_the_project_unchanged(project, tmp_path, capsys, kind):
    bad = tmp_path / "bad.xlf"
    if kind == "entities":
        bad.write_text(HOSTILE, encoding="utf-8")
    else:
        with bad.open("wb") as handle:
            handle.truncate(xliff_import.MAX_XLIFF_BYTES + 1)
    before = project.read_bytes()
    assert main(["merge", str(project), str(bad)]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert len(captured.err.strip().splitlines()) == 1 and "error" in captured.err
    assert project.read_bytes() == before


@pytest.mark.parametrize("fmt", ["xliff", "xliff2"])
def test_the_command_line_export_names_the_project_it_came_from(project, tmp_path, fmt):
    out = tmp_path / f"clinic-{fmt}.xlf"  # both XLIFF versions take .xlf (and .xliff)
    assert main(["export", str(project), "--format", fmt, "-o", str(out)]) == 0
    with Project.open(project, backup=False) as opened:
        identity = opened.setting("project_uuid")
    assert identity and {unit.project for unit in xliff_import.read_xliff(out).units} == {identity}
