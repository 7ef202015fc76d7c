"""What a project file holds besides our own data, checked when it opens.

A project is a file people mail to each other, so it may carry SQL of its own: a trigger added
to `paragraphs` runs on our next edit (one that deletes every revision loses the history
silently). `trusted_schema=OFF` (connection.py) already stops such SQL from calling functions;
here every trigger and view we did not create is removed before the first write. They hold no
data, so nothing of the person's work goes with them. Foreign tables and indexes are left alone:
they cannot act on our rows.

A value this version does not know (a status or origin written by a newer or a foreign program)
opens the project read-only rather than guessing: nothing in it is changed.

Text that is not valid UTF-8 (a bad byte in one paragraph; `integrity_check` still says ok) is
read leniently (connection.py: U+FFFD in place of the bad bytes) so the intact paragraphs can
still be read, translated and exported; `damaged_text` names the paragraphs, and `repair_text`
rewrites them with the replacement characters after the caller has kept a copy.
"""

from __future__ import annotations

import sqlite3
from functools import cache

from workbench.core.model import Origin, Status

# Objects SQLite makes by itself: rowid sequences, statistics, automatic indexes.
_INTERNAL_PREFIX = "sqlite_"
_REMOVABLE = ("trigger", "view")


@cache
def expected_objects() -> frozenset[tuple[str, str]]:
    """(type, name) of every schema object our migrations create, from a scratch database."""
    from sqlite_utils import Database

    from workbench.store import migrations

    db = Database(sqlite3.connect(":memory:", isolation_level=None), execute_plugins=False)
    try:
        migrations.migrate(db)
        return frozenset(db.conn.execute("SELECT type, name FROM sqlite_master").fetchall())
    finally:
        db.close()


def foreign_objects(conn: sqlite3.Connection) -> list[tuple[str, str]]:
    """Triggers and views in the file that our migrations did not make, as (type, name)."""
    found = conn.execute("SELECT type, name FROM sqlite_master WHERE type IN ('trigger', 'view')")
    expected = expected_objects()
    return sorted((kind, name) for kind, name in found
                  if (kind, name) not in expected and not name.startswith(_INTERNAL_PREFIX))


def remove(conn: sqlite3.Connection, objects: list[tuple[str, str]]) -> None:
    """Drop foreign triggers and views in one transaction (the caller holds the project lock)."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        for kind, name in objects:
            if kind in _REMOVABLE:
                quoted = '"' + name.replace('"', '""') + '"'
                conn.execute(f"DROP {kind.upper()} IF EXISTS {quoted}")
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise


def unknown_values(conn: sqlite3.Connection) -> str:
    """Why the project must not be written, if a row holds a status or origin we do not know
    (e.g. from a newer version); "" when every value is ours."""
    statuses = {s.value for s in Status}
    origins = {o.value for o in Origin}
    for table, column, known in (("paragraphs", "status", statuses), ("revisions", "status", statuses),
                                 ("revisions", "origin", origins)):
        for (value,) in conn.execute(f"SELECT DISTINCT {column} FROM {table}"):
            if value not in known:
                what = "status" if column == "status" else "kind of revision"
                return f"it holds a {what} this version does not know: {str(value)[:40]!r}"
    return ""


_TEXT_COLUMNS = ("source", "target", "comment")


def damaged_text(conn: sqlite3.Connection) -> list[tuple[int, int, list[str]]]:
    """Paragraphs whose stored text is not valid UTF-8, as (id, position, damaged columns);
    a revision with damaged text counts for its paragraph ("history")."""
    found: dict[int, tuple[int, list[str]]] = {}
    blobs = ", ".join(f"CAST({c} AS BLOB)" for c in _TEXT_COLUMNS)
    for pid, position, *values in conn.execute(f"SELECT id, position, {blobs} FROM paragraphs"):
        bad = [col for col, raw in zip(_TEXT_COLUMNS, values, strict=True) if not _valid(raw)]
        if bad:
            found[pid] = (position, bad)
    for pid, raw in conn.execute("SELECT paragraph_id, CAST(text AS BLOB) FROM revisions"):
        if not _valid(raw):
            position = conn.execute("SELECT position FROM paragraphs WHERE id = ?", (pid,)).fetchone()
            entry = found.setdefault(pid, (position[0] if position else -1, []))
            if "history" not in entry[1]:
                entry[1].append("history")
    return sorted(((pid, pos, cols) for pid, (pos, cols) in found.items()), key=lambda e: e[1])


def _valid(raw: bytes | None) -> bool:
    if raw is None:
        return True
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def repair_text(conn: sqlite3.Connection) -> int:
    """Rewrite every damaged text with U+FFFD in place of its bad bytes, in one transaction.
    Returns the number of paragraphs repaired. The caller keeps a copy first."""
    damaged = damaged_text(conn)
    conn.execute("BEGIN IMMEDIATE")
    try:
        for pid, _position, _cols in damaged:
            blobs = ", ".join(f"CAST({c} AS BLOB)" for c in _TEXT_COLUMNS)
            values = conn.execute(f"SELECT {blobs} FROM paragraphs WHERE id = ?", (pid,)).fetchone()
            for col, raw in zip(_TEXT_COLUMNS, values or (), strict=False):
                if not _valid(raw):
                    conn.execute(f"UPDATE paragraphs SET {col} = ? WHERE id = ?",
                                 (raw.decode("utf-8", "replace"), pid))
            rows = conn.execute("SELECT id, CAST(text AS BLOB) FROM revisions WHERE paragraph_id = ?",
                                (pid,)).fetchall()
            for rid, raw in rows:
                if not _valid(raw):
                    conn.execute("UPDATE revisions SET text = ? WHERE id = ?",
                                 (raw.decode("utf-8", "replace"), rid))
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return len(damaged)
