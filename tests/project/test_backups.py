"""Rolling backups: taken on open through SQLite's backup API, spaced, pruned, openable."""

from __future__ import annotations

import os

import pytest

from workbench.project import backups
from workbench.project import Project


@pytest.fixture
def project_path(tmp_path):
    doc = tmp_path / "نص.txt"
    doc.write_text("سطر أول من النص.\n\nسطر ثان من النص.\n", encoding="utf-8")
    path = tmp_path / "book.wbproj"
    with Project.create(path) as project:
        project.import_document(doc)
    return path


def test_opening_takes_a_backup_that_opens_as_the_project_was(project_path):
    with Project.open(project_path) as project:
        first = project.paragraph_ids()[0]
        project.save_target(first, "A first line of the text.")
    (latest,) = backups.list_backups(project_path)  # taken before the edit
    with Project.open(latest, backup=False) as copy:
        assert copy.paragraph_count() == 2 and copy.paragraph(first).target == ""


def test_backups_are_spaced_and_only_the_newest_are_kept(project_path):
    Project.open(project_path).close()
    Project.open(project_path).close()  # within the interval: no second backup
    assert len(backups.list_backups(project_path)) == 1
    with Project.open(project_path, backup=False) as project:
        for n in range(backups.KEEP + 3):
            path = backups.make_backup(project._store, force=True)
            os.utime(path, (1_000_000 + n, 1_000_000 + n))
    kept = backups.list_backups(project_path)
    assert len(kept) == backups.KEEP


def test_a_failed_backup_never_stops_the_work(project_path, monkeypatch):
    blocked = backups.backup_folder(project_path)
    blocked.parent.mkdir(parents=True, exist_ok=True)
    blocked.write_text("a file where the folder should be")
    with Project.open(project_path) as project:
        assert project.backup_error is not None
        project.save_target(project.paragraph_ids()[0], "still works")


def test_the_command_line_lists_backups(project_path, capsys):
    from workbench.cli import main

    Project.open(project_path).close()
    assert main(["backups", str(project_path)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("backups of book.wbproj") and out[0].endswith(": 1")
    assert out[1].endswith(".wbproj\t" + out[1].split("\t")[1])
