"""Read a project file without opening it as a project: no lock, no writes, no migration.

For the rolling backups: a project that cannot be opened (damaged, open in another window) must
still be recognised by its identity, and a backup must be checked before it is trusted. The file
is opened read-only through SQLite's URI (`mode=ro`); the SQL stays in the repository.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from urllib.parse import quote

from workbench.store.repository import Repository


def _connect(path: Path) -> sqlite3.Connection:
    uri = f"file:{quote(str(Path(path).absolute()))}?mode=ro"
    return sqlite3.connect(uri, uri=True, isolation_level=None)


def read_setting(path: Path, key: str) -> str | None:
    """A project setting read from the file as it is; None when it cannot be read."""
    try:
        conn = _connect(path)
    except sqlite3.Error:
        return None
    try:
        return Repository(conn).get_setting(key)
    except sqlite3.Error:
        return None
    finally:
        conn.close()


def integrity_problems(path: Path) -> list[str]:
    """SQLite's full integrity_check of the file ([] when sound); a file SQLite cannot read at
    all gives one line saying why."""
    try:
        conn = _connect(path)
    except sqlite3.Error as exc:
        return [f"cannot be read ({exc})"]
    try:
        rows = [row[0] for row in conn.execute("PRAGMA integrity_check")]
    except sqlite3.Error as exc:
        return [f"cannot be read ({exc})"]
    finally:
        conn.close()
    return [] if rows == ["ok"] else rows
