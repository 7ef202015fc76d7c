"""What a project file may carry besides our data, checked as it opens (store.schema_guard):
SQL of its own, values this version does not know, bytes that are not text."""

from __future__ import annotations

import sqlite3

import pytest

from workbench.core.errors import ReadOnlyProject
from workbench.core.model import Status
from workbench.project import Project
from workbench.project.opening import damaged_text_warning
from workbench.store import ProjectStore


@pytest.fixture
def book(tmp_path):
    source = tmp_path / "book.txt"
    source.write_text("وصل القطار إلى المحطة.\n\nنزل المسافرون بسرعة.\n\nكان الجو باردا.\n",
                      encoding="utf-8")
    path = tmp_path / "book.wbproj"
    with Project.create(path) as project:
        project.import_document(source)
        first = project.paragraph_ids()[0]
        project.save_target(first, "The train reached the station.")
        project.save_target(first, "The train pulled into the station.")
    return path


def _sql(path, *statements):
    conn = sqlite3.connect(path)
    for statement in statements:
        conn.execute(statement)
    conn.commit()
    conn.close()


def test_a_trigger_planted_in_the_file_is_removed_before_it_can_delete_the_history(book):
    _sql(book, "CREATE TRIGGER wipe AFTER UPDATE ON paragraphs BEGIN DELETE FROM revisions; END",
         "CREATE VIEW peek AS SELECT source FROM paragraphs")
    with ProjectStore.open(book) as store:
        assert store.removed_objects == [("trigger", "wipe"), ("view", "peek")]
        first = store.paragraph_ids()[0]
        store.save_target(first, "The train stopped at the station.")
        assert len(store.revisions(first)) >= 3  # both earlier versions are still there
    conn = sqlite3.connect(book)
    assert conn.execute("SELECT name FROM sqlite_master WHERE type IN ('trigger', 'view')").fetchall() == []
    conn.close()


def test_the_warning_says_what_was_removed(book):
    _sql(book, "CREATE TRIGGER wipe AFTER UPDATE ON paragraphs BEGIN DELETE FROM revisions; END")
    with Project.open(book, backup=False) as project:
        assert any("trigger 'wipe'" in text for text in project.warnings)


def test_a_status_this_version_does_not_know_opens_read_only(book):
    _sql(book, "UPDATE paragraphs SET status = 'locked-by-client' WHERE position = 1")
    before = book.read_bytes()
    with Project.open(book, backup=False) as project:
        assert "does not know" in project.read_only
        assert any("read-only" in text for text in project.warnings)
        assert len(project.paragraphs()) == 3  # shown, every paragraph
        assert project.status_counts().total == 3
        with pytest.raises(ReadOnlyProject):
            project.save_target(project.paragraph_ids()[2], "It was cold.")
        project.export(book.with_name("out.md"), "md")  # reading and exporting still work
    assert book.read_bytes() == before


def _plant_bad_bytes(path):
    conn = sqlite3.connect(path)
    conn.execute("UPDATE paragraphs SET source = CAST(? AS TEXT) WHERE position = 1",
                 ("نزل المسافرون".encode() + b"\xff\xfe" + " بسرعة.".encode(),))
    conn.commit()
    conn.close()


def test_one_bad_byte_does_not_stop_the_other_paragraphs_from_being_read_and_exported(book):
    _plant_bad_bytes(book)
    with Project.open(book, backup=False) as project:
        assert [(position, cols) for _pid, position, cols in project.damaged_text()] == [(1, ["source"])]
        assert damaged_text_warning(project) == ""  # nothing damaged has been read yet
        sources = [p.source for p in project.paragraphs()]
        said = damaged_text_warning(project)
        assert "paragraph 2 hold" in said and "workbench repair" in said
        assert damaged_text_warning(project) == ""  # said once
        assert sources[0] == "وصل القطار إلى المحطة." and "\ufffd" in sources[1]
        out = project.export(book.with_name("out.md"), "md")
    text = out.read_text(encoding="utf-8")
    assert "The train pulled into the station." in text and "كان الجو باردا." in text


def test_repair_replaces_the_bad_bytes_after_keeping_a_copy(book):
    _plant_bad_bytes(book)
    with Project.open(book, backup=False) as project:
        repaired, kept = project.repair()
        assert repaired == 1 and project.damaged_text() == []
        assert project.paragraphs()[1].source == "نزل المسافرون\ufffd\ufffd بسرعة."
    conn = sqlite3.connect(kept)  # the copy still holds the bytes as they were
    raw = conn.execute("SELECT CAST(source AS BLOB) FROM paragraphs WHERE position = 1").fetchone()[0]
    assert b"\xff\xfe" in raw
    conn.close()


def test_an_unknown_status_reads_as_a_persons_text(book):
    _sql(book, "UPDATE paragraphs SET status = 'from-the-future' WHERE position = 2")
    with ProjectStore.open(book) as store:
        assert store.paragraphs()[2].status is Status.EDITED  # never offered to a draft
        assert store.paragraph_ids()[2] not in [r.paragraph_id for r in store.translation_requests()]


def test_a_sound_project_is_never_scanned_for_damaged_text(book, monkeypatch):
    from workbench.store import schema_guard

    scans = []
    monkeypatch.setattr(schema_guard, "damaged_text", lambda conn: scans.append(conn) or [])
    with Project.open(book, backup=False) as project:
        project.paragraphs()
        project.export(book.with_name("out.md"), "md")
    assert scans == []


def test_the_command_line_names_damaged_paragraphs_once_it_has_read_them(book, capsys):
    from workbench.cli import main

    _plant_bad_bytes(book)
    assert main(["export", str(book), "--format", "md", "-o", str(book.with_name("out.md"))]) == 0
    err = capsys.readouterr().err
    assert err.count("paragraph 2 hold bytes that are not text") == 1
