"""Files that are not our projects, or are from a newer schema, are refused and left untouched."""

from __future__ import annotations

import os
import shutil
import sqlite3

import pytest

from tests.store.support import sha256
from workbench.core.errors import NewerSchema, NotAProject
from workbench.store import ProjectStore


def _refused(path, error=NotAProject):
    """Open `path` expecting `error`; prove the file and its folder are exactly as before."""
    before = sha256(path) if path.is_file() else None
    listing = sorted(os.listdir(path.parent))
    with pytest.raises(error) as info:
        ProjectStore.open(path)
    assert info.value.path == path
    if before is not None:
        assert sha256(path) == before
    assert sorted(os.listdir(path.parent)) == listing  # no lock file, journal or -wal left
    return info.value


def _other_app_db(path, wal=False):
    conn = sqlite3.connect(path)
    if wal:
        conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
    conn.execute("INSERT INTO notes(body) VALUES ('ملاحظة من برنامج آخر')")
    conn.commit()
    conn.close()


def test_empty_file(tmp_path):
    path = tmp_path / "empty.wbproj"
    path.write_bytes(b"")
    _refused(path)


def test_random_bytes(tmp_path):
    path = tmp_path / "noise.wbproj"
    path.write_bytes(os.urandom(64 * 1024))
    _refused(path)


def test_text_file_renamed(tmp_path):
    path = tmp_path / "notes.wbproj"
    path.write_text("هذا ملف نصي وليس مشروعا\n", encoding="utf-8")
    _refused(path)


@pytest.mark.parametrize("wal", [False, True], ids=["rollback-journal", "wal"])
def test_another_programs_sqlite_database(tmp_path, wal):
    path = tmp_path / "other.wbproj"
    _other_app_db(path, wal)
    _refused(path)


def test_another_programs_database_with_a_foreign_application_id(tmp_path):
    path = tmp_path / "foreign.wbproj"
    _other_app_db(path)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA application_id = 1179602254")
    conn.commit()
    conn.close()
    _refused(path)


def test_missing_file_and_folder(tmp_path):
    assert "no such" in _refused(tmp_path / "missing.wbproj").message
    folder = tmp_path / "folder.wbproj"
    folder.mkdir()
    _refused(folder)


@pytest.mark.parametrize("keep", [0.5, 100, 4096, -1], ids=["half", "header", "one-page", "one-byte-short"])
def test_truncated_project(tmp_path, project_path, keep):
    data = project_path.read_bytes()
    cut = int(len(data) * keep) if isinstance(keep, float) else len(data) + keep if keep < 0 else keep
    path = tmp_path / "cut.wbproj"
    path.write_bytes(data[:cut])
    _refused(path)


def test_damaged_page_inside_a_project(tmp_path, project_path):
    data = bytearray(project_path.read_bytes())
    page = 4096
    assert len(data) >= 4 * page
    data[2 * page : 3 * page] = os.urandom(page)
    path = tmp_path / "damaged.wbproj"
    path.write_bytes(bytes(data))
    _refused(path)


def test_project_from_a_newer_version(tmp_path, project_path):
    path = tmp_path / "newer.wbproj"
    shutil.copy(project_path, path)
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {ProjectStore.SCHEMA_VERSION + 1}")
    conn.execute("CREATE TABLE added_by_a_future_version (x TEXT)")
    conn.commit()
    conn.close()
    error = _refused(path, NewerSchema)
    assert (error.found, error.supported) == (ProjectStore.SCHEMA_VERSION + 1, ProjectStore.SCHEMA_VERSION)


def test_a_refused_file_is_not_locked_afterwards(tmp_path, project_path):
    path = tmp_path / "later.wbproj"
    path.write_bytes(b"")
    _refused(path)
    path.unlink()
    ProjectStore.create(path).close()  # the name is free: nothing was left holding it
