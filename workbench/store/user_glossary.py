"""The user glossary: one SQLite file shared by every project and every open window.

Locking (decided): the file is opened per operation and closed right after, never held. Reads
are one short deferred transaction; writes run in `BEGIN IMMEDIATE`, which takes SQLite's
reserved lock before the plan reads the entries, so two windows' check-then-write (the
duplicate check) cannot interleave; a second writer waits up to BUSY_TIMEOUT_S for the first.
No window can lock others out for longer than one write, and a crashed window leaves no lock
(SQLite's locks die with their process). Journal DELETE and synchronous FULL, as the project
file: a write is acknowledged only after COMMIT returned.

Identity: application_id "wbGl" (not the project id, so the file can never be opened as a
project, nor a project as a glossary) and its own migrations/user_version; a foreign, damaged or
newer file is refused with GlossaryError("unreadable") and left untouched.

Windows learn of other windows' writes through `stamp()`: the file's identity, size, mtime and
SQLite's file change counter, read without SQLite (cheap enough to call before every check).
Any thread may call any method: each call makes its own connection.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from workbench.core.errors import GlossaryError, SaveFailed
from workbench.glossary.entries import GlossaryChanges, GlossaryEntry, Plan
from workbench.store.glossary_repository import GLOSSARY_SCHEMA_V1, GlossaryRepository

USER_GLOSSARY_ID = 0x7762476C  # "wbGl"
FILE_NAME = "glossary.sqlite"
BUSY_TIMEOUT_S = 5.0

MIGRATIONS = Migrations("workbench-user-glossary")


@MIGRATIONS(name="0001_glossary")
def _initial(db: Database) -> None:
    db.execute(f"PRAGMA application_id = {USER_GLOSSARY_ID}")
    for sql in GLOSSARY_SCHEMA_V1:
        db.execute(sql)
    db.execute("PRAGMA user_version = 1")


SCHEMA_VERSION = 1


def default_path() -> Path:
    from workbench import paths

    return paths.data_dir() / FILE_NAME


class UserGlossary:
    """The glossary file at `path` (see the module docstring for locking and threads)."""

    def __init__(self, path: Path | str | None = None):
        self.path = Path(path) if path is not None else default_path()

    def stamp(self) -> tuple:
        """Changes whenever a write commits (in this process or another); () if no file."""
        try:
            with open(self.path, "rb") as fh:
                st = os.fstat(fh.fileno())
                counter = fh.read(28)[24:28]
        except FileNotFoundError:
            return ()
        return (st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns, counter)

    def entries(self) -> list[GlossaryEntry]:
        """Every entry, oldest first (scope "user"); [] while the file does not exist."""
        if not self.path.exists():
            return []
        with self._transaction("BEGIN", create=False) as conn:
            if conn is not None:
                return GlossaryRepository(conn, "user").entries()
        if self._version() in (0, SCHEMA_VERSION):
            return []  # created by a writer that has not committed its first entry yet
        self.change_glossary(lambda _current: GlossaryChanges())  # migrate an older file
        return self.entries()

    def change_glossary(self, plan: Plan) -> GlossaryChanges:
        """Run `plan` on the stored entries and write its changes in one transaction (the file
        is created on the first write). Raises what the plan raises, GlossaryError for a file
        that is not ours, SaveFailed when the write did not commit (or stayed busy)."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with self._transaction("BEGIN IMMEDIATE", create=True) as conn:
            repo = GlossaryRepository(conn, "user")
            return repo.apply(plan(repo.entries()))

    @contextmanager
    def _transaction(self, begin: str, create: bool) -> Iterator[sqlite3.Connection | None]:
        try:
            conn = sqlite3.connect(
                os.fspath(self.path), timeout=BUSY_TIMEOUT_S, isolation_level=None,
            )  # fmt: skip
        except sqlite3.Error as exc:
            raise self._unreadable(exc) from exc
        try:
            try:
                conn.execute("PRAGMA synchronous = FULL")
                conn.execute("PRAGMA trusted_schema = OFF")
                conn.execute(begin)
                if not self._ready(conn, create):
                    conn.execute("ROLLBACK")
                    yield None
                    return
            except sqlite3.OperationalError as exc:
                if "locked" in str(exc) or "busy" in str(exc):
                    raise SaveFailed(self.path, f"{self.path}: user glossary busy ({exc})") from exc
                raise self._unreadable(exc) from exc
            except sqlite3.DatabaseError as exc:
                raise self._unreadable(exc) from exc
            try:
                yield conn
                conn.execute("COMMIT")
            except sqlite3.DatabaseError as exc:
                raise SaveFailed(self.path, f"{self.path}: could not save the user glossary ({exc})") from exc
        finally:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            conn.close()

    def _ready(self, conn: sqlite3.Connection, create: bool) -> bool:
        """Check the file is ours (migrating it when writing); False for an empty new file."""
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if app_id == 0 and version == 0:
            tables = conn.execute("SELECT COUNT(*) FROM sqlite_schema").fetchone()[0]
            if tables:
                raise self._unreadable("another program's database")
            if not create:
                return False
        elif app_id != USER_GLOSSARY_ID:
            raise self._unreadable("another program's database")
        elif version > SCHEMA_VERSION:
            raise self._unreadable(f"written by a newer version (schema {version})")
        if create:
            db = Database(conn, execute_plugins=False)
            if MIGRATIONS.pending(db):
                MIGRATIONS.apply(db)
            return True
        return version == SCHEMA_VERSION  # an older file is readable once a write migrated it

    def _version(self) -> int:
        with open(self.path, "rb") as fh:
            header = fh.read(64)
        return int.from_bytes(header[60:64], "big") if len(header) == 64 else 0

    def _unreadable(self, why) -> GlossaryError:
        return GlossaryError("unreadable", message=f"{self.path}: cannot use the user glossary ({why})")
