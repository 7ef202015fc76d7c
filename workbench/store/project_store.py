"""ProjectStore: one open project file, its lock and its transactions."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlite_utils import Database

from workbench.core import inline
from workbench.core.errors import (
    ProjectError,
    ProjectExists,
    ProjectLocked,
    ReadOnlyProject,
    SaveFailed,
    StaleEdit,
)
from workbench.core.model import (
    Document,
    Draft,
    Origin,
    Paragraph,
    Revision,
    SourceDocument,
    Status,
    StatusCounts,
    TranslationRequest,
)
from workbench.store import connection, files, migrations, schema_guard
from workbench.store.glossary_store import ProjectGlossaryMixin
from workbench.store.repeats_store import RepeatsMixin
from workbench.store.documents_store import DocumentsMixin
from workbench.store.review_store import ReviewMixin
from workbench.store.lock import ProjectLock
from workbench.store.repository import Repository

_DRAFT_ORIGINS = {Status.MACHINE: Origin.MACHINE, Status.GLOSS: Origin.GLOSS,
                  Status.MEMORY: Origin.MEMORY}
# What an engine's batch may write over: a memory draft is a person's earlier words, so a
# machine or gloss draft never replaces it in a batch (Ctrl+T keeps its draft beside it).
_ENGINE_MAY_REPLACE = frozenset({Status.UNTRANSLATED, Status.MACHINE, Status.GLOSS})


READ_ONLY_ASKED = "opened for reading only"  # the caller asked (a dry run, a look at a backup)


def _unwritable(path: Path) -> str:
    """Why the project cannot be written in place, or "" when it can."""
    if not os.access(path, os.W_OK):
        return "the file cannot be written"
    if not os.access(path.parent, os.W_OK | os.X_OK):
        return "its folder cannot be written"  # SQLite could not make its journal beside it
    return ""


def _refuse_old_schema(db, path: Path, reason: str) -> None:
    """A read-only project must already have today's schema: upgrading it is a write."""
    if db.conn.execute("PRAGMA user_version").fetchone()[0] < migrations.SCHEMA_VERSION:
        raise ProjectError(path, f"{path}: made by an older version, and upgrading it needs "
                                 f"write access ({reason}): copy it to a folder you can write")


class ProjectStore(ProjectGlossaryMixin, RepeatsMixin, ReviewMixin, DocumentsMixin):
    """One SQLite project file, held exclusively from open() to close().

    Threading: the thread that called create()/open() owns the store; sqlite3 refuses calls from
    any other thread (check_same_thread stays on). In the window that is the `store` lane.
    Durability: every write method returns only after its COMMIT returned with synchronous=FULL;
    a failed commit raises SaveFailed and nothing of that call is kept. Reads never write.
    """

    APPLICATION_ID = migrations.APPLICATION_ID
    SCHEMA_VERSION = migrations.SCHEMA_VERSION

    def __init__(self, path: Path, db: Database, lock: ProjectLock):
        """Use create() or open()."""
        self.path = path
        self._db = db
        self._lock = lock
        self._closed = False
        self._repo = Repository(db.conn)
        self.read_only = ""  # why writes are refused ("" when they are not); see open()
        self.removed_objects: list[tuple[str, str]] = []  # foreign triggers/views dropped at open

    # -- life cycle -------------------------------------------------------------------------
    @classmethod
    def create(cls, path: Path | str) -> ProjectStore:
        """Make a new, empty project. Raises ProjectExists if anything exists at `path`.

        The schema is built in a temporary file beside `path` and renamed into place, so a crash
        during creation never leaves a half-made project under the real name.
        """
        path = Path(path).absolute()
        if path.exists():
            raise ProjectExists(path, f"{path}: file already exists")
        lock = ProjectLock(path)
        lock.acquire()
        tmp = path.with_name(f".{path.name}.{os.getpid()}.new")
        try:
            if path.exists():  # made by someone else between the check and the lock
                raise ProjectExists(path, f"{path}: file already exists")
            db = connection.connect(tmp)
            try:
                migrations.migrate(db)
            finally:
                db.close()
            files.publish_new(tmp, path)
            return cls._open_locked(path, lock)
        except (sqlite3.OperationalError, OSError) as exc:
            lock.release()
            raise SaveFailed(path, f"{path}: could not create the project ({exc})") from exc
        except BaseException:
            lock.release()
            raise
        finally:
            for leftover in (tmp, tmp.with_name(tmp.name + "-journal")):
                leftover.unlink(missing_ok=True)

    @classmethod
    def open(cls, path: Path | str, *, read_only: bool = False) -> ProjectStore:
        """Open an existing project: NotAProject (ProjectDamaged), NewerSchema or ProjectLocked
        leave it untouched.

        A project whose file or folder cannot be written opens read-only (`read_only` says why):
        it can be read, searched and exported, and every write raises ReadOnlyProject. So does
        one holding a value this version does not know (schema_guard)."""
        path = Path(path).absolute()
        connection.read_header(path)
        reason = READ_ONLY_ASKED if read_only else _unwritable(path)
        lock: ProjectLock | None = ProjectLock(path)
        if reason and not os.access(path.parent, os.W_OK | os.X_OK):
            lock = None  # no lock file can be made; nobody can write here either
        else:
            try:
                lock.acquire()
            except ProjectLocked:
                raise
            except ProjectError:
                reason, lock = reason or "no lock file can be made beside it", None
        try:
            return cls._open_locked(path, lock, reason)
        except BaseException:
            if lock is not None:
                lock.release()
            raise

    @classmethod
    def _open_locked(cls, path: Path, lock: ProjectLock | None, reason: str = "") -> ProjectStore:
        db = connection.connect(path, read_only=bool(reason))
        removed: list[tuple[str, str]] = []
        try:
            connection.verify(db, path)
            if reason:
                _refuse_old_schema(db, path, reason)
            else:
                removed = schema_guard.foreign_objects(db.conn)
                if removed:  # before any write of ours can set them off
                    schema_guard.remove(db.conn, removed)
                try:
                    migrations.migrate(db)
                except sqlite3.OperationalError as exc:
                    raise SaveFailed(path, f"{path}: could not upgrade the project ({exc})") from exc
                connection.take_exclusive(db, path)
            reason = reason or schema_guard.unknown_values(db.conn)
        except BaseException:
            db.close()
            raise
        store = cls(path, db, lock)
        store.read_only, store.removed_objects = reason, removed
        return store

    def damaged_text(self) -> list[tuple[int, int, list[str]]]:
        """Paragraphs holding bytes that are not valid text, as (id, position, columns)."""
        return schema_guard.damaged_text(self._db.conn)

    @property
    def closed(self) -> bool:
        return self._closed

    @property
    def text_suspect(self) -> bool:
        """Text read so far held a U+FFFD: worth a damaged_text() scan (connection.LenientText)."""
        return self._db.conn.text_factory.suspect

    def repair_text(self) -> int:
        """Replace the bad bytes of damaged paragraphs by U+FFFD (keep a copy first)."""
        if self.read_only:
            raise ReadOnlyProject(self.path, self.read_only)
        return schema_guard.repair_text(self._db.conn)

    def close(self) -> None:
        """Close the connection and release the lock. Idempotent; any later call raises
        sqlite3.ProgrammingError."""
        if not self._closed:
            self._closed = True
            self._db.close()
            if self._lock is not None:
                self._lock.release()

    def __enter__(self) -> ProjectStore:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @contextmanager
    def _write(self) -> Iterator[None]:
        """One transaction; returns only after COMMIT returned, else raises SaveFailed."""
        conn = self._db.conn
        if self.read_only:
            raise ReadOnlyProject(self.path, self.read_only)
        if conn.in_transaction:
            raise RuntimeError("a store write inside an open transaction would not commit")
        try:
            with self._db.atomic():
                yield
        except sqlite3.IntegrityError:
            raise  # a bug in our SQL, not a failed save
        except sqlite3.DatabaseError as exc:
            raise SaveFailed(self.path, f"{self.path}: could not save ({exc})") from exc
        if conn.in_transaction:  # pragma: no cover - atomic() commits or raises
            raise SaveFailed(self.path, f"{self.path}: commit did not complete")

    # -- settings ---------------------------------------------------------------------------
    def get_setting(self, key: str, default: str | None = None) -> str | None:
        value = self._repo.get_setting(key)
        return default if value is None else value

    def set_setting(self, key: str, value: str) -> None:
        with self._write():
            self._repo.set_setting(key, str(value))

    # -- documents and paragraphs -----------------------------------------------------------
    def add_document(self, source: SourceDocument) -> Document:
        """Store a document and all its paragraphs in one transaction, after the existing ones."""
        with self._write():
            return self._repo.add_document(source)

    def documents(self) -> list[Document]:
        return self._repo.documents()

    def paragraph_count(self) -> int:
        return self._repo.paragraph_count()

    def paragraphs(self, offset: int = 0, limit: int | None = None) -> list[Paragraph]:
        """Paragraphs in project order (one query)."""
        return self._repo.paragraphs(offset, limit)

    def paragraph_ids(self) -> list[int]:
        return self._repo.paragraph_ids()

    def paragraph(self, paragraph_id: int) -> Paragraph:
        para = self._repo.find_paragraph(paragraph_id)
        if para is None:
            raise KeyError(paragraph_id)
        return para

    def status_counts(self) -> StatusCounts:
        """Counts by status over translatable paragraphs; every Status is a key (0 if none)."""
        return self._repo.status_counts()

    def translation_requests(
        self, *, only_untranslated: bool = False, paragraph_ids: Iterable[int] | None = None
    ) -> list[TranslationRequest]:
        """Translatable paragraphs no person has touched, in project order (whatever the order
        of `paragraph_ids`; ids that do not qualify are left out)."""
        # A gloss draft is no translation: "only untranslated" still lets a model replace it.
        # A memory draft is never asked for: an engine does not replace it (see apply_drafts).
        statuses = (frozenset({Status.UNTRANSLATED, Status.GLOSS}) if only_untranslated
                    else _ENGINE_MAY_REPLACE)
        rows = self._repo.translation_requests(statuses)
        if paragraph_ids is not None:
            wanted = set(paragraph_ids)
            rows = [row for row in rows if row[0] in wanted]
        return [TranslationRequest(pid, source, inline.from_json(marks)) for pid, source, marks in rows]

    # -- writes -----------------------------------------------------------------------------
    def apply_drafts(self, drafts: Iterable[Draft]) -> list[Paragraph]:
        """Write engine drafts in one transaction; returns the paragraphs actually written.

        Skipped (not written, not returned): paragraphs a person touched meanwhile (status not a
        draft status), untranslatable ones, unknown ids, drafts identical to the current one,
        gloss drafts over machine drafts (a word-by-word gloss never replaces a real translation)
        and engine drafts over memory drafts (a person's earlier words beat any engine). A
        memory draft (pre-translation) may replace any draft.
        """
        drafts = list(drafts)
        if not drafts:
            return []
        for draft in drafts:
            if draft.status not in _DRAFT_ORIGINS:
                raise ValueError(f"a draft's status must be machine, gloss or memory, not {draft.status}")
        written: list[Paragraph] = []
        with self._write():
            for draft in drafts:
                para = self._repo.find_paragraph(draft.paragraph_id)
                if para is None or not para.translatable or not para.status.is_draft:
                    continue
                if draft.status is Status.GLOSS and para.status is Status.MACHINE:
                    continue
                if draft.status is not Status.MEMORY and para.status not in _ENGINE_MAY_REPLACE:
                    continue
                if (para.target, para.status, para.engine, para.model) == (
                    draft.text, draft.status, draft.engine, draft.model,
                ):  # fmt: skip
                    continue
                written.append(
                    self._repo.update_target(
                        para, draft.text, draft.status, _DRAFT_ORIGINS[draft.status],
                        draft.engine, draft.model, confidence=draft.confidence,
                    )  # fmt: skip
                )
        return written

    def save_target(self, paragraph_id: int, text: str, status: Status = Status.EDITED,
                    author: str = "", origin: Origin = Origin.USER) -> Paragraph:
        """A person's edit (an Origin.USER revision naming `author`, or Origin.MEMORY when the
        person inserted a memory match). No-op, returning the current paragraph, if neither
        text nor status changed."""
        if not isinstance(text, str):
            raise TypeError(f"target text must be str, not {type(text).__name__}")
        if origin not in (Origin.USER, Origin.MEMORY):
            raise ValueError(f"a person's edit cannot have the origin {origin!r}")
        status = Status(status)
        with self._write():
            para = self.paragraph(paragraph_id)
            if para.target == text and para.status == status:
                return para
            return self._repo.update_target(para, text, status, Origin(origin), author=author)

    def set_status(
        self, paragraph_id: int, status: Status, expected_target: str | None = None,
        author: str = "", record: bool = False,
    ) -> Paragraph:
        """Change only the status; appends a revision (same text, naming `author`) unless
        nothing changed and `record` is False (`record`: a person accepted a review's text
        already at that status; the revision says so and ends the review's pending state).

        Compare-and-set: with `expected_target` (the text the person saw when marking it), a
        stored target that differs raises StaleEdit and nothing is written, so a mark never
        lands on a draft that arrived after the person read the paragraph.
        """
        status = Status(status)
        with self._write():
            para = self.paragraph(paragraph_id)
            if expected_target is not None and para.target != expected_target:
                raise StaleEdit(paragraph_id, expected_target, para.target)
            if para.status == status and not record:
                return para
            return self._repo.update_target(para, para.target, status, Origin.USER, author=author)

    def add_draft_revision(self, paragraph_id: int, text: str, engine: str, model: str = "",
                           status: Status = Status.MACHINE) -> Revision | None:
        """Keep an engine's draft in the paragraph's history without touching its text, status,
        engine or comment: a retranslation of a paragraph a person wrote or checked, declined.
        The history then shows the draft as the latest machine draft (`machine_draft`).

        Returns the new revision; None when nothing was added because the latest machine draft
        is already this one (same text, engine and model). KeyError for an unknown paragraph.
        """
        if status not in _DRAFT_ORIGINS:
            raise ValueError(f"a draft's status must be machine or gloss, not {status}")
        with self._write():
            self.paragraph(paragraph_id)  # KeyError: no revision for a paragraph that is gone
            latest = self._repo.machine_draft(paragraph_id)
            if latest is not None and (latest.text, latest.engine, latest.model) == (
                    text, engine, model):
                return None
            return self._repo.add_revision(paragraph_id, text, status, _DRAFT_ORIGINS[status],
                                           engine, model)

    def merge_targets(
        self, changes: Iterable[tuple[int, str, Status, str, Status]], origin: Origin,
    ) -> list[Paragraph]:
        """Targets from an interchange file (XLIFF), all in one transaction; returns the
        paragraphs written. Each change is (paragraph id, the target and status the caller
        saw, new text, new status) and appends a revision of `origin`.

        Compare-and-set: if any paragraph no longer has the target and status the caller saw,
        StaleEdit is raised and nothing of the call is written."""
        written: list[Paragraph] = []
        with self._write():
            for paragraph_id, seen_target, seen_status, text, status in changes:
                para = self.paragraph(paragraph_id)
                if (para.target, para.status) != (seen_target, Status(seen_status)):
                    raise StaleEdit(paragraph_id, seen_target, para.target)
                written.append(self._repo.update_target(para, text, Status(status), origin))
        return written

    def set_comment(self, paragraph_id: int, comment: str) -> Paragraph:
        with self._write():
            para = self.paragraph(paragraph_id)
            if para.comment == comment:
                return para
            return self._repo.update_comment(para, comment)

    def revisions(self, paragraph_id: int) -> list[Revision]:
        """Every saved version of the paragraph's target, oldest first."""
        return self._repo.revisions(paragraph_id)

    def machine_draft(self, paragraph_id: int) -> Revision | None:
        """The latest engine-made revision (machine or gloss), whatever a person did since."""
        return self._repo.machine_draft(paragraph_id)

    # -- maintenance ------------------------------------------------------------------------
    def integrity_check(self) -> list[str]:
        """Problems found by SQLite's full integrity_check; empty when the file is sound."""
        rows = [row[0] for row in self._db.conn.execute("PRAGMA integrity_check")]
        return [] if rows == ["ok"] else rows

    @property
    def total_changes(self) -> int:
        """Rows written through this connection since it opened (SQLite's count): what the
        window's backup timer compares to know whether anything changed."""
        return self._db.conn.total_changes

    def backup(self, dest: Path | str) -> None:
        """Copy the project to `dest` with SQLite's online backup API (temp file + rename).

        The copy is a complete project that open() accepts. Raises SaveFailed (path = dest) if it
        could not be written; `dest` is then left as it was.
        """
        dest = Path(dest).absolute()
        if dest == self.path:
            raise ValueError("cannot back a project up onto itself")
        try:
            files.backup_to(self._db.conn, dest)
        except (sqlite3.Error, OSError) as exc:
            raise SaveFailed(dest, f"{dest}: backup failed ({exc})") from exc
