"""The translation-memory file: one SQLite file per language pair in the user's data folder.

Opened per operation like the user glossary (`with MemoryStore.open() as tm: ...`), never held
by a window: the connection belongs to the thread that opened it. Writes run in one
`BEGIN IMMEDIATE` transaction (a second writer waits up to BUSY_TIMEOUT_S), journal DELETE and
synchronous FULL: `add` returns only after COMMIT. A file that is not ours or is newer is
refused with MemoryFileError and left untouched.

Look-up: the full-text index returns the CANDIDATES units sharing the most (BM25-weighted)
words with the segment; units whose length makes `min_score` impossible are skipped; the rest
are scored exactly (scoring.py). `last_scored` counts the units scored by the last look-up.
Matches and concordance hits carry their project's name (index.project_names).
"""

from __future__ import annotations

import os
import sqlite3
from collections import Counter
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from itertools import islice
from datetime import datetime, timezone
from pathlib import Path

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from workbench.core.errors import MemoryFileError, SaveFailed
from workbench.memory import index
from workbench.memory.scoring import Query
from workbench.memory.tokens import analyse, holds_phrase, is_number
from workbench.memory.units import Hit, Match, ProjectName, Unit

BUSY_TIMEOUT_S = 5.0
CANDIDATES = 80  # units scored exactly per look-up, at most
POSTINGS_BUDGET = 30_000  # index rows read per look-up beyond the two rarest words
MIGRATIONS = Migrations("workbench-memory")


@MIGRATIONS(name="0001_memory")
def _initial(db: Database) -> None:
    db.execute(f"PRAGMA application_id = {index.MEMORY_ID}")
    for sql in index.SCHEMA_V1:
        db.execute(sql)
    db.execute("PRAGMA user_version = 1")


@MIGRATIONS(name="0002_project_names")
def _project_names(db: Database) -> None:
    for sql in index.SCHEMA_V2:
        db.execute(sql)
    db.execute("PRAGMA user_version = 2")


def memory_path(source_lang: str = "ar", target_lang: str = "en") -> Path:
    from workbench import paths

    return paths.data_dir() / "memory" / f"{source_lang}-{target_lang}.wbtm"


def _now() -> str:
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


class MemoryStore:
    """One open memory file (see the module docstring for threads and locking)."""

    def __init__(self, path: Path, conn: sqlite3.Connection):
        self.path, self._conn = path, conn
        self.last_scored = 0

    @classmethod
    def open(cls, path: Path | None = None) -> MemoryStore:
        path = Path(path) if path is not None else memory_path()
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            conn = sqlite3.connect(os.fspath(path), timeout=BUSY_TIMEOUT_S, isolation_level=None)
        except sqlite3.Error as exc:
            raise MemoryFileError(f"{path}: cannot open the translation memory ({exc})") from exc
        try:
            conn.execute("PRAGMA synchronous = FULL")
            conn.execute("PRAGMA trusted_schema = OFF")
            cls._check(path, conn)
        except (sqlite3.DatabaseError, MemoryFileError) as exc:
            conn.close()
            if isinstance(exc, MemoryFileError):
                raise
            raise MemoryFileError(f"{path}: cannot use the translation memory ({exc})") from exc
        return cls(path, conn)

    @staticmethod
    def _check(path: Path, conn: sqlite3.Connection) -> None:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if app_id == 0 and version == 0:
            if conn.execute("SELECT COUNT(*) FROM sqlite_schema").fetchone()[0]:
                raise MemoryFileError(f"{path}: another program's database")
        elif app_id != index.MEMORY_ID:
            raise MemoryFileError(f"{path}: another program's database")
        elif version > index.SCHEMA_VERSION:
            raise MemoryFileError(f"{path}: written by a newer version (schema {version})")
        db = Database(conn, execute_plugins=False)
        if MIGRATIONS.pending(db):
            conn.execute("BEGIN IMMEDIATE")
            MIGRATIONS.apply(db)
            conn.execute("COMMIT")

    def __enter__(self) -> MemoryStore:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        self._conn.close()

    def add(self, units: Iterable[Unit], names: Iterable[ProjectName] = (), *, keep_names: bool = False) -> int:
        """Upsert `units` and then the project `names` (last seen now; `keep_names` leaves a name
        already known as it is) in one transaction; returns how many units were written."""
        now, written, df = _now(), 0, Counter()
        with self._write() as conn:
            for unit in units:
                if not unit.created or not unit.changed:
                    created = unit.created or now
                    unit = replace(unit, created=created, changed=unit.changed or created)
                index.insert(conn, unit, analyse(unit.source), df)
                written += 1
            index.save_df(conn, df)
            for project in names:  # read after the units: a streaming reader may fill it
                index.name_project(conn, project.uuid, project.name, project.path, now, keep=keep_names)
        return written

    def project_names(self, uuids: Iterable[str] | None = None) -> dict[str, str]:
        """uuid -> name of the projects the memory knows by name (among `uuids` if given)."""
        return index.project_names(self._conn, uuids)

    def remove_project_key(self, project: str, key_prefix: str) -> int:
        """Drop the units of `project` whose key is `key_prefix` or starts with it plus "."."""
        with self._write() as conn:
            rows = conn.execute(
                'SELECT id, source FROM units WHERE project = ? AND "key" != \'\' '
                'AND ("key" = ? OR substr("key", 1, ?) = ?)',
                (project, key_prefix, len(key_prefix) + 1, key_prefix + "."),
            ).fetchall()
            df: Counter = Counter()
            for rowid, source in rows:
                index.unindex(conn, rowid, source, df)
                conn.execute("DELETE FROM units WHERE id = ?", (rowid,))
            index.save_df(conn, df)
        return len(rows)

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """One write transaction; SaveFailed when it stayed busy or did not commit."""
        conn = self._conn
        try:
            conn.execute("BEGIN IMMEDIATE")
            yield conn
            conn.execute("COMMIT")
        except sqlite3.OperationalError as exc:
            raise SaveFailed(self.path, f"{self.path}: could not save the translation memory ({exc})") from exc
        finally:
            if conn.in_transaction:
                conn.execute("ROLLBACK")

    def lookup(self, text: str, *, min_score: int = 50, limit: int = 5, project: str = "") -> list[Match]:
        """The best matches for `text`, best first, newest first among equal scores."""
        query = Query(text, project)
        groups = [k for k in query.segment.words if not is_number(k)]
        self.last_scored = 0
        if not groups:
            return []
        numbers = len(query.segment.numbers)
        found = index.candidates(self._conn, groups, numbers, min_score, POSTINGS_BUDGET, CANDIDATES)
        n, floor = len(query.segment.words), max(min_score, 1) / 100
        matches = []
        for rowid, unit, words in found:
            if min(n, words) < floor * max(n, words):
                continue  # even identical words could not reach min_score
            self.last_scored += 1
            match = query.match(unit, min_score)
            if match is not None and match.score >= min_score:
                matches.append((match.score, unit.changed or unit.created, rowid, match))
        matches.sort(key=lambda m: m[:3], reverse=True)
        best = [m[3] for m in matches[:limit]]
        names = index.project_names(self._conn, (m.unit.project for m in best))
        return [replace(m, project_name=names.get(m.unit.project, "")) for m in best]

    def concordance(self, phrase: str, *, limit: int = 50) -> list[Hit]:
        """Units whose source holds `phrase` as consecutive words, diacritic- and clitic-
        insensitive (each word matches any word sharing a key with it); newest added first."""
        segment = analyse(phrase)
        wanted = [set(k) for k in segment.words]
        words = [k for k in segment.words if not is_number(k)]
        if not wanted or not words:
            return []
        found: list[Unit] = []
        cursor = iter(index.postings(self._conn, index.fts_query(words, "AND"), "ORDER BY rowid DESC"))
        while len(found) < limit and (ids := [r[0] for r in islice(cursor, 200)]):
            rows = sorted(index.fetch(self._conn, ids), key=lambda r: -r[0])
            found.extend(u for _id, u, _w in rows if holds_phrase(analyse(u.source).words, wanted))
        names = index.project_names(self._conn, (u.project for u in found[:limit]))
        return [Hit(u, names.get(u.project, "")) for u in found[:limit]]

    def units(self) -> Iterator[Unit]:
        """Every unit, oldest row first, streamed from the file (for export)."""
        for row in self._conn.execute(f"SELECT {index.COLUMNS} FROM units ORDER BY id"):
            yield Unit(*row)

    def stats(self) -> dict[str, int]:
        one = lambda sql: self._conn.execute(sql).fetchone()[0]  # noqa: E731
        out = {
            "units": one("SELECT COUNT(*) FROM units"),
            "projects": one("SELECT COUNT(DISTINCT project) FROM units WHERE project != ''"),
            "documents": one("SELECT COUNT(DISTINCT document) FROM units WHERE document != ''"),
        }
        for origin in ("person", "tmx", "machine"):
            out[origin] = self._conn.execute("SELECT COUNT(*) FROM units WHERE origin = ?", (origin,)).fetchone()[0]
        return out

