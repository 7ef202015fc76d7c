"""`workbench show` and `workbench edit` on real project files: what scripts read between import,
translate and export, and a person's edit saved as the window saves it."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from workbench.cli import main
from workbench.core.model import Draft, Kind, Origin, Status
from workbench.project import Project

REPO = Path(__file__).resolve().parents[2]
LINES = (
    "وصل القطار إلى المحطة قبل الموعد.",
    "قال السائق إن الطريق كان خاليًا.",
    "ارتفع سعر الخبز هذا الشهر.",
)
DRAFTS = (
    "The train reached the station early.",
    "The driver said the road was empty.",
    "The price of bread rose this month.",
)
RECORD_KEYS = {"number", "id", "document", "kind", "status", "translatable", "source", "target",
               "engine", "model", "comment"}  # fmt: skip


@pytest.fixture
def project_path(tmp_path) -> Path:
    """Three machine-drafted paragraphs from a .txt, then a Markdown document whose code block
    is kept as it is (paragraph 5 is not translatable)."""
    txt = tmp_path / "news.txt"
    txt.write_text("\n\n".join(LINES) + "\n", encoding="utf-8")
    md = tmp_path / "notes.md"
    md.write_text("# ملاحظات\n\n```\nkeep_as_is()\n```\n", encoding="utf-8")
    path = tmp_path / "news.wbproj"
    with Project.create(path) as project:
        project.import_document(txt)
        ids = project.paragraph_ids()
        project.apply_drafts(Draft(pid, text, "fake", "fake-1") for pid, text in zip(ids, DRAFTS))
        project.import_document(md)
    return path


def run(capsys, *args) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def one_error_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("workbench: error:"), err
    return lines[0]


def test_show_json_lists_every_paragraph_in_project_order(project_path, capsys):
    code, out, _ = run(capsys, "show", project_path, "--format", "json")
    assert code == 0
    records = json.loads(out)
    assert all(set(r) == RECORD_KEYS for r in records)
    with Project.open(project_path, backup=False) as project:
        assert [r["id"] for r in records] == project.paragraph_ids()
    assert [r["number"] for r in records] == [1, 2, 3, 4, 5]
    assert [r["document"] for r in records] == ["news.txt"] * 3 + ["notes.md"] * 2
    first = records[0]
    assert (first["source"], first["target"]) == (LINES[0], DRAFTS[0])
    assert (first["kind"], first["status"], first["engine"], first["model"]) == (
        "paragraph", "machine", "fake", "fake-1")  # fmt: skip
    assert (first["comment"], first["translatable"]) == ("", True)
    code_block = records[4]
    assert code_block["kind"] == Kind.CODE.value and code_block["translatable"] is False


def test_show_text_puts_arabic_and_english_on_their_own_lines(project_path, capsys):
    code, out, _ = run(capsys, "show", project_path)
    assert code == 0
    lines = out.splitlines()
    assert lines[0].startswith("1. id ") and "machine (fake fake-1)" in lines[0]
    assert lines[1] == f"   ar: {LINES[0]}" and lines[2] == f"   en: {DRAFTS[0]}"
    assert "kept as in the source" in out and "keep_as_is()" in out


def test_show_one_paragraph_and_numbers_out_of_range(project_path, capsys):
    code, out, _ = run(capsys, "show", project_path, "--paragraph", "2", "--format", "json")
    [record] = json.loads(out)
    assert code == 0 and (record["number"], record["target"]) == (2, DRAFTS[1])
    for bad in ("0", "6", "-1"):
        code, out, err = run(capsys, "show", project_path, "--paragraph", bad)
        assert code == 2 and out == ""
        assert f"no paragraph {bad}" in one_error_line(err)


def test_edit_keeps_the_machine_draft_in_the_history(project_path, capsys):
    code, out, _ = run(capsys, "edit", project_path, "2", "The driver said the road was clear.")
    assert code == 0 and "text saved (edited)" in out
    with Project.open(project_path, backup=False) as project:
        p = project.paragraph_at(2)
        assert (p.target, p.status) == ("The driver said the road was clear.", Status.EDITED)
        history = project.revisions(p.id)
        assert [(r.origin, r.status, r.text) for r in history] == [
            (Origin.MACHINE, Status.MACHINE, DRAFTS[1]),
            (Origin.USER, Status.EDITED, "The driver said the road was clear."),
        ]
        assert project.machine_draft(p.id).text == DRAFTS[1]
        assert project.paragraph_at(1).target == DRAFTS[0]  # the others are untouched


def test_unchanged_text_with_status_and_comment_changes_only_those(project_path, capsys):
    code, out, _ = run(capsys, "edit", project_path, "1", DRAFTS[0], "--status", "reviewed",
                       "--comment", "check 'early'")  # fmt: skip
    assert code == 0 and "status and comment saved (reviewed)" in out
    with Project.open(project_path, backup=False) as project:
        p = project.paragraph_at(1)
        assert (p.target, p.status, p.comment) == (DRAFTS[0], Status.REVIEWED, "check 'early'")
        assert [r.status for r in project.revisions(p.id)] == [Status.MACHINE, Status.REVIEWED]
    # the same again writes nothing
    code, out, _ = run(capsys, "edit", project_path, "1", DRAFTS[0], "--status", "reviewed",
                       "--comment", "check 'early'")  # fmt: skip
    assert code == 0 and "nothing changed (reviewed)" in out
    with Project.open(project_path, backup=False) as project:
        assert len(project.revisions(project.paragraph_at(1).id)) == 2


def test_new_text_with_a_status_is_one_revision_and_stdin_is_read(project_path, capsys,
                                                                   monkeypatch):  # fmt: skip
    monkeypatch.setattr("sys.stdin", io.StringIO("Bread cost more this month.\n"))
    code, _, _ = run(capsys, "edit", project_path, "3", "-", "--status", "approved")
    assert code == 0
    with Project.open(project_path, backup=False) as project:
        p = project.paragraph_at(3)
        assert (p.target, p.status) == ("Bread cost more this month.", Status.APPROVED)
        assert [r.origin for r in project.revisions(p.id)] == [Origin.MACHINE, Origin.USER]


def test_refusals_are_one_line_exit_2_and_write_nothing(project_path, capsys):
    def history():
        with Project.open(project_path, backup=False) as project:
            return [(p, project.revisions(p.id)) for p in project.paragraphs()]

    before = history()
    for args, words in (
        (("0", "x"), "no paragraph 0"),
        (("6", "x"), "no paragraph 6: the project has 5"),
        (("5", "x"), "paragraph 5 is not translated"),  # the code block
        (("5", "keep_as_is()", "--comment", "x"), "paragraph 5 is not translated"),
        (("2", "", "--status", "reviewed"), "paragraph 2 has no translation to mark"),
    ):
        code, out, err = run(capsys, "edit", project_path, *args)
        assert code == 2 and out == ""
        assert words in one_error_line(err)
    assert history() == before
    with pytest.raises(SystemExit):  # machine is an engine's status, not a person's
        main(["edit", str(project_path), "1", "x", "--status", "machine"])


def test_edit_is_refused_while_the_project_is_open_elsewhere(project_path, capsys):
    with Project.open(project_path) as holder:
        pid = holder.paragraph_at(1).id
        code, out, err = run(capsys, "edit", project_path, "1", "Changed elsewhere.")
        assert code == 2 and out == ""
        assert "open in another window or process" in one_error_line(err)

        # the same from another process: the command line a script runs
        done = subprocess.run(
            [sys.executable, "-m", "workbench", "edit", str(project_path), "1", "Changed."],
            cwd=REPO, env=dict(os.environ), capture_output=True, text=True, timeout=120,
        )  # fmt: skip
        assert done.returncode == 2 and done.stdout == ""
        assert "open in another window or process" in one_error_line(done.stderr)
        assert holder.paragraph(pid).target == DRAFTS[0]
        assert len(holder.revisions(pid)) == 1
