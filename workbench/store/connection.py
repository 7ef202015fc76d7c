"""Opening a project file: recognise it without writing, then connect with durable settings.

Order matters, because a file that is refused must stay byte-identical:
1. `read_header` reads the 100-byte SQLite header with plain file I/O (no SQLite, no lock file):
   magic, application_id and user_version. Foreign files and newer schemas stop here.
2. The caller takes the project lock (lock.py).
3. `connect` opens SQLite read-write. Only now may SQLite touch the file: if a crash left a hot
   journal, reading rolls the last unfinished transaction back, which is the recovery we want for
   our own file. `verify` then re-checks the identity through SQLite and runs `integrity_check`
   (about 0.1 s for 100,000 paragraphs; unlike `quick_check` it also finds indexes that disagree
   with their table), which catches a truncated or damaged project: ProjectDamaged.

Journal mode is DELETE, not WAL: after every commit the whole project is in the one `.wbproj`
file, so a user who copies it, mails it or lets a sync folder pick it up always gets every saved
edit (with WAL, recent commits live in `-wal` until a checkpoint). A commit costs a few more
fsyncs than in WAL, which is nothing next to a person's typing; machine drafts are committed in
batches. `synchronous=FULL` makes each COMMIT durable before it returns.

`locking_mode=EXCLUSIVE` plus an immediate `BEGIN EXCLUSIVE` keeps SQLite's own exclusive lock for
the whole session: a process that ignores our lock file (an old version, a sqlite3 shell) can
neither read half-made state nor make our next commit fail with "database is locked".
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from urllib.parse import quote

from sqlite_utils import Database

from workbench.core.errors import NewerSchema, NotAProject, ProjectDamaged, ProjectLocked
from workbench.store.migrations import APPLICATION_ID, SCHEMA_VERSION

SQLITE_MAGIC = b"SQLite format 3\x00"
HEADER_SIZE = 100
# A second SQLite connection waits this long for our lock before reporting "open elsewhere".
BUSY_TIMEOUT_S = 0.25


def read_header(path: Path) -> tuple[int, int]:
    """Return (application_id, user_version) of a workbench project, reading only the header.

    Raises NotAProject for a missing, empty, foreign or non-SQLite file and NewerSchema for a
    project written by a newer version. Never writes anything.
    """
    try:
        with open(path, "rb") as fh:
            header = fh.read(HEADER_SIZE)
    except FileNotFoundError:
        raise NotAProject(path, f"{path}: no such project file") from None
    except IsADirectoryError:
        raise NotAProject(path, f"{path}: is a folder, not a project file") from None
    if len(header) < HEADER_SIZE or not header.startswith(SQLITE_MAGIC):
        raise NotAProject(path, f"{path}: not a workbench project")
    user_version = int.from_bytes(header[60:64], "big", signed=True)
    application_id = int.from_bytes(header[68:72], "big", signed=True)
    _check_identity(path, application_id, user_version)
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    # SQLite only ever writes whole pages. With a hot journal beside it, a cut-short file may be
    # a commit that the journal will roll back, so let SQLite judge it then.
    journal = path.with_name(path.name + "-journal")
    if page_size and path.stat().st_size % page_size and not journal.exists():
        raise ProjectDamaged(path, ["the file is cut short: it ends inside a page"])
    return application_id, user_version


def _check_identity(path: Path, application_id: int, user_version: int) -> None:
    if application_id != APPLICATION_ID:
        raise NotAProject(path, f"{path}: not a workbench project (another program's database)")
    if user_version > SCHEMA_VERSION:
        raise NewerSchema(path, user_version, SCHEMA_VERSION)


class LenientText:
    """The connection's text factory: text as stored, with U+FFFD where a damaged file holds
    bytes that are not UTF-8, so one bad paragraph never stops the others from being read.
    `suspect` turns true the first time a U+FFFD is read (a damaged value, or rarely a real
    U+FFFD): only then is the whole file scanned (schema_guard.damaged_text), so opening a sound
    project costs nothing more."""

    __slots__ = ("suspect",)

    def __init__(self) -> None:
        self.suspect = False

    def __call__(self, raw: bytes) -> str:
        text = str(raw, "utf-8", "replace")
        if "\ufffd" in text:
            self.suspect = True
        return text


def connect(path: Path, *, read_only: bool = False) -> Database:
    """Open `path` with the durability pragmas: read-write (the caller holds the project lock), or
    read-only through SQLite's URI when the file or its folder cannot be written."""
    target = f"file:{quote(str(path))}?mode=ro" if read_only else os.fspath(path)
    conn = sqlite3.connect(
        target,
        timeout=BUSY_TIMEOUT_S,
        isolation_level=None,  # no implicit BEGIN: a transaction exists only where we open one
        check_same_thread=True,  # the opening thread owns the connection
        uri=read_only,
    )
    conn.text_factory = LenientText()
    try:
        for pragma in (
            "PRAGMA locking_mode = EXCLUSIVE",
            "PRAGMA synchronous = FULL",
            "PRAGMA foreign_keys = ON",
            "PRAGMA trusted_schema = OFF",  # a hostile file's triggers/views cannot call functions
        ):
            conn.execute(pragma)
        return Database(conn, execute_plugins=False)
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise _refusal(path, exc) from exc
    except BaseException:
        conn.close()
        raise


def verify(db: Database, path: Path) -> None:
    """Check identity and structure through SQLite. Raises NotAProject, NewerSchema, ProjectLocked."""
    conn = db.conn
    try:
        application_id = conn.execute("PRAGMA application_id").fetchone()[0]
        user_version = conn.execute("PRAGMA user_version").fetchone()[0]
        _check_identity(path, application_id, user_version)
        problems = [row[0] for row in conn.execute("PRAGMA integrity_check(5)")]
    except sqlite3.DatabaseError as exc:
        raise _refusal(path, exc) from exc
    if problems != ["ok"]:
        raise ProjectDamaged(path, problems)


def _refusal(path: Path, exc: sqlite3.DatabaseError) -> ProjectLocked | NotAProject:
    if isinstance(exc, sqlite3.OperationalError) and "locked" in str(exc):
        return ProjectLocked(path)  # another SQLite user holds it without our lock file
    return ProjectDamaged(path, [str(exc)])


def take_exclusive(db: Database, path: Path) -> None:
    """Take SQLite's exclusive lock now and keep it until close (locking_mode=EXCLUSIVE)."""
    try:
        if db.conn.execute("PRAGMA journal_mode").fetchone()[0] != "delete":
            db.conn.execute("PRAGMA journal_mode = DELETE")
        db.conn.execute("BEGIN EXCLUSIVE")
        db.conn.execute("COMMIT")
    except sqlite3.OperationalError as exc:
        raise ProjectLocked(path) from exc
