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
        assert [p for p in run_checks(project) if p.number] == []  # 0: a note, no dictionary here
    capsys.readouterr()
    assert main(["check", str(path), "--enable-kind", "double-space"]) == 1
    assert [line.split(": ")[2] for line in capsys.readouterr().out.splitlines()] == ["double-space"]
    assert main(["check", str(path), "--kinds", "nonsense"]) == 2
    assert "unknown check kind(s): nonsense" in capsys.readouterr().err
    assert main(["check", str(path), "--list-kinds"]) == 0
    assert "number-missing\toff\t" in capsys.readouterr().out


def _project_with_issues(tmp_path):
    doc, path = tmp_path / "doc.txt", tmp_path / "p.wbproj"
    doc.write_text("شارك ٣٥ باحثا في المؤتمر.\n\nافتتح المعرض في ١٥ تموز.\n\nقال <المدير> إن العمل انتهى.\n",
                   encoding="utf-8")  # fmt: skip
    assert main(["new", str(path)]) == 0
    assert main(["import", str(doc), "-p", str(path)]) == 0
    with Project.open(path) as project:
        first, second, third = project.paragraph_ids()
        project.save_target(first, "Researchers took part in the conference.")
        project.save_target(second, "The exhibition opened on 15 June.")
        project.save_target(third, "The director said the <work> was over & done.")
    return path


def test_check_report_csv_and_html(tmp_path, capsys):
    import csv

    path = _project_with_issues(tmp_path)
    capsys.readouterr()
    out_csv = tmp_path / "qa.csv"
    assert main(["check", str(path), "--report", str(out_csv)]) == 1
    assert capsys.readouterr().out == f"wrote {out_csv} (2 issue(s))\n"
    raw = out_csv.read_bytes()
    assert raw.startswith("\ufeff".encode())  # spreadsheets need the mark to read Arabic
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    assert rows[0] == ["paragraph", "document", "position", "kind", "severity", "message", "source", "target"]
    body = [r for r in rows[1:] if r[0] != "0"]  # 0: a note (no dictionary on this machine)
    assert [(r[0], r[3], r[4]) for r in body] == [("1", "number-missing", "error"), ("2", "date-mismatch", "error")]
    assert body[0][5] == "the number ٣٥ (35) is not in the English"
    assert body[1][6] == "افتتح المعرض في ١٥ تموز." and body[1][7] == "The exhibition opened on 15 June."

    out_html = tmp_path / "qa.html"
    assert main(["check", str(path), "--report", str(out_html)]) == 1
    page = out_html.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and "<script" not in page and "http" not in page
    assert '<h2 id="number-missing">number-missing <span class="count">(1)</span></h2>' in page
    assert '<h2 id="date-mismatch">date-mismatch <span class="count">(1)</span></h2>' in page
    assert "the Arabic has تموز (July), the English June" in page
    assert '<td class="ar" dir="rtl" lang="ar">شارك ٣٥ باحثا في المؤتمر.</td>' in page


def test_check_report_escapes_and_refuses_other_formats(tmp_path, capsys):
    path = _project_with_issues(tmp_path)
    out_html = tmp_path / "qa.html"
    assert main(["check", str(path), "--kinds", "leftover-marker,punctuation", "--report", str(out_html)]) == 0
    capsys.readouterr()
    with Project.open(path) as project:
        third = project.paragraph_ids()[2]
        project.save_target(third, "The director said the <b>work</b> was over &amp; done.")
    assert main(["check", str(path), "--kinds", "leftover-marker", "--report", str(out_html)]) == 1
    page = out_html.read_text(encoding="utf-8")
    assert "&lt;b&gt;work&lt;/b&gt;" in page and "<b>work" not in page and "&amp;amp;" in page
    assert "قال &lt;المدير&gt; إن العمل انتهى." in page
    assert main(["check", str(path), "--report", str(tmp_path / "qa.pdf")]) == 2
    assert "cannot write a QA report as .pdf: use .csv or .html" in capsys.readouterr().err
    assert not (tmp_path / "qa.pdf").exists()


def test_check_ignore_word(tmp_path, capsys):
    from workbench.project.qa import ignored_words

    from workbench.qa.spelling import load_speller

    path = _project_with_issues(tmp_path)
    with Project.open(path) as project:
        project.save_target(project.paragraph_ids()[0], "Researchers signed the wathiqa.")
    if load_speller() is not None:
        assert main(["check", str(path), "--kinds", "spelling"]) == 1
        assert "spelling: possible misspelling: “wathiqa”" in capsys.readouterr().out
    assert main(["check", str(path), "--kinds", "spelling", "--ignore-word", "Wathiqa", "--ignore-word", "wathiqa"]) == 0
    with Project.open(path) as project:
        assert ignored_words(project) == ["Wathiqa"]
        assert [p.kind for p in run_checks(project, {"spelling"}) if p.number] == []
    assert main(["check", str(path), "--ignore-word", "two words"]) == 2
    assert "not a single word" in capsys.readouterr().err
