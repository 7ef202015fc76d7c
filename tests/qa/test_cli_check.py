"""`workbench check` runs terminology and the QA kinds; --kinds chooses, --disable-kind and
--enable-kind switch a kind per project (the qa_disabled setting)."""

from __future__ import annotations

import json

from workbench.cli import main
from workbench.project import Project
from workbench.project.qa import disabled_kinds, run_checks

DOCUMENT = "شارك ٣٥ باحثا في المؤتمر.\n\nقال المدير إن العمل انتهى.\n"


def test_check_cli_kinds_and_switches(tmp_path, capsys):
    doc, path = tmp_path / "doc.txt", tmp_path / "p.wbproj"
    doc.write_text(DOCUMENT, encoding="utf-8")
    assert main(["new", str(path)]) == 0
    assert main(["import", str(doc), "-p", str(path)]) == 0
    with Project.open(path) as project:
        first, second = project.paragraph_ids()
        project.save_target(first, "Researchers  took part in the conference.")
        project.save_target(second, "The director said the work was over.")
    capsys.readouterr()

    assert main(["check", str(path)]) == 1
    assert capsys.readouterr().out.splitlines() == [
        "doc.txt:1: paragraph 1: number-missing: the number ٣٥ (35) is not in the English",
        "doc.txt:1: paragraph 1: double-space: 1 double space(s) in the English",
    ]
    assert main(["check", str(path), "--format", "json", "--kinds", "double-space"]) == 1
    rows = json.loads(capsys.readouterr().out)
    assert [(r["kind"], r["number"], r["paragraph"], r["document"]) for r in rows] == [("double-space", 1, 1, "doc.txt")]

    assert main(["check", str(path), "--disable-kind", "number-missing", "--disable-kind", "double-space"]) == 0
    with Project.open(path) as project:
        assert disabled_kinds(project) == {"number-missing", "double-space"}
        assert project.setting("qa_disabled") == "number-missing,double-space"
        assert run_checks(project) == []
    capsys.readouterr()
    assert main(["check", str(path), "--enable-kind", "double-space"]) == 1
    assert [line.split(": ")[2] for line in capsys.readouterr().out.splitlines()] == ["double-space"]
    assert main(["check", str(path), "--kinds", "nonsense"]) == 2
    assert "unknown check kind(s): nonsense" in capsys.readouterr().err
    assert main(["check", str(path), "--list-kinds"]) == 0
    assert "number-missing\toff\t" in capsys.readouterr().out
