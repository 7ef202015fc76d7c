"""All SQL of a glossary table, shared by the project file and the user glossary file.

Like `repository.py` it takes and returns core dataclasses and never begins or commits: the
caller (ProjectStore's glossary methods, UserGlossary) wraps each change in one transaction.
Forbidden renderings and former English terms are JSON lists in one column each: they are only
ever read with their entry. `former` is kept here: an update that changes the English term
remembers the old one (see GlossaryEntry.former).
No match key is stored (see glossary.entries): keys follow the normalization code.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import replace

from workbench.glossary.entries import GlossaryChanges, GlossaryEntry
from workbench.store.repository import now

# Frozen: migration 2 of the project file and migration 1 of the user glossary run exactly
# this. A later change is a new migration in both files, never an edit here.
GLOSSARY_SCHEMA_V1 = (
    """CREATE TABLE glossary (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        arabic TEXT NOT NULL CHECK (arabic <> ''),
        english TEXT NOT NULL CHECK (english <> ''),
        note TEXT NOT NULL DEFAULT '',
        forbidden TEXT NOT NULL DEFAULT '[]',
        mode TEXT NOT NULL DEFAULT 'smart' CHECK (mode IN ('smart', 'exact')),
        created_at TEXT NOT NULL,
        edited_at TEXT NOT NULL,
        former TEXT NOT NULL DEFAULT '[]'
    ) STRICT""",
)

_COLUMNS = "id, arabic, english, note, forbidden, mode, created_at, edited_at, former"
MAX_FORMER = 8


class GlossaryRepository:
    """SQL over one connection, owned by whoever owns the connection. `scope` ("project" or
    "user") is stamped on every entry read, so entries of both files can be told apart."""

    def __init__(self, conn: sqlite3.Connection, scope: str):
        self._conn = conn
        self._scope = scope

    def _entry(self, row: tuple) -> GlossaryEntry:
        eid, arabic, english, note, forbidden, mode, created, edited, former = row
        return GlossaryEntry(
            arabic, english, note, tuple(json.loads(forbidden)), mode, eid, self._scope, created, edited,
            tuple(json.loads(former)),
        )  # fmt: skip

    def entries(self) -> list[GlossaryEntry]:
        """Every entry, oldest first."""
        rows = self._conn.execute(f"SELECT {_COLUMNS} FROM glossary ORDER BY id")
        return [self._entry(row) for row in rows]

    def insert(self, entry: GlossaryEntry) -> GlossaryEntry:
        stamp = now()
        cur = self._conn.execute(
            "INSERT INTO glossary(arabic, english, note, forbidden, mode, created_at, edited_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            (entry.arabic, entry.english, entry.note, _json(entry.forbidden), entry.mode, stamp, stamp),
        )
        return replace(entry, id=cur.lastrowid, scope=self._scope, created_at=stamp, edited_at=stamp)

    def update(self, entry: GlossaryEntry) -> GlossaryEntry:
        row = self._conn.execute(f"SELECT {_COLUMNS} FROM glossary WHERE id = ?", (entry.id,)).fetchone()
        if row is None:
            raise KeyError(entry.id)
        old = self._entry(row)
        former = [f for f in old.former if f.casefold() != entry.english.casefold()]
        if old.english.casefold() != entry.english.casefold() and old.english not in former:
            former = [*former, old.english][-MAX_FORMER:]
        stamp = now()
        self._conn.execute(
            "UPDATE glossary SET arabic = ?, english = ?, note = ?, forbidden = ?, mode = ?, "
            "edited_at = ?, former = ? WHERE id = ?",
            (entry.arabic, entry.english, entry.note, _json(entry.forbidden), entry.mode, stamp,
             _json(tuple(former)), entry.id),
        )  # fmt: skip
        return replace(entry, scope=self._scope, created_at=old.created_at, edited_at=stamp, former=tuple(former))

    def delete(self, entry_id: int) -> None:
        self._conn.execute("DELETE FROM glossary WHERE id = ?", (entry_id,))

    def apply(self, changes: GlossaryChanges) -> GlossaryChanges:
        """Write `changes` (inside the caller's transaction); returns them as stored."""
        added = tuple(self.insert(e) for e in changes.add)
        updated = tuple(self.update(e) for e in changes.update)
        for entry_id in changes.delete:
            self.delete(entry_id)
        return GlossaryChanges(added, updated, tuple(changes.delete), changes.skipped)


def create_schema(conn: sqlite3.Connection) -> None:
    for sql in GLOSSARY_SCHEMA_V1:
        conn.execute(sql)


def _json(items: tuple[str, ...]) -> str:
    return json.dumps(list(items), ensure_ascii=False)
