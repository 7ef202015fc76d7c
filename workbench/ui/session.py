"""The window's handle on its project: the Project object lives on the store lane's thread.

SQLite connections belong to the thread that opened them, so the Project is created, used and
closed only inside store-lane jobs; the GUI thread keeps its path and the in-memory rows.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, QTimer, Signal

from workbench.core.errors import Cancelled
from workbench.core.model import Document, Paragraph
from workbench.ui.tasks import Job, TaskManager


# Rows read with the open itself (enough to fill a screen); the rest follow in pages, so the
# first rows of a 15,000-paragraph book appear without waiting for all of them.
FIRST_PAGE = 300
BACKUP_EVERY_MS = 10 * 60 * 1000
PAGE = 3000


class ProjectChanged(Cancelled):
    """A job made for one project found another one (or none) open when its turn came on the
    store lane: it was skipped, so nothing meant for project A is ever written into project B."""


@dataclass(frozen=True)
class Snapshot:
    """What the window shows right after opening (or reloading) a project: the first
    paragraphs (all of them when `complete`) and the total count."""

    path: Path
    paragraphs: list[Paragraph]
    documents: list[Document]
    total: int
    warning: str = ""  # said once: a synced folder, read-only, damaged text (project.opening)
    read_only: str = ""  # why the project cannot be saved ("" when it can)

    @property
    def complete(self) -> bool:
        return len(self.paragraphs) >= self.total


class ProjectSession(QObject):
    """Runs Project calls on the `store` lane. Methods are called on the GUI thread (`stream`
    and `run` also from a job on another lane).

    `opened(Snapshot)` after a project was opened or created, `closed()` after it was closed.
    Failures of open/create (ProjectLocked, NotAProject, ...) go to the `failure` callback and
    leave any project already open untouched.

    `generation` numbers the projects opened in this session: it changes whenever another
    project (or none) becomes the open one. A job that writes for the project the user saw
    passes that number (`run(..., generation=g)`); if the store lane holds another project by
    its turn, the job is skipped and its failure callback gets ProjectChanged (a Cancelled).
    """

    opened = Signal(object)
    closed = Signal()
    backup_failed = Signal(object)  # the rolling backup could not be made (BackupFailed, ProjectDamaged)

    def __init__(self, tasks: TaskManager, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._project = None  # store-lane thread only
        self._lane_generation = 0  # store-lane thread only: the project it holds now
        self.path: Path | None = None  # GUI-thread copy
        self.generation = 0  # GUI-thread copy: the project the window shows
        # Edits made during a long session are backed up too: every BACKUP_EVERY_MS, if the
        # project changed since its last backup (and on close, see _close_project).
        self._backup_timer = QTimer(self, interval=BACKUP_EVERY_MS)
        self._backup_timer.timeout.connect(self.backup_if_changed)

    @property
    def is_open(self) -> bool:
        return self.path is not None

    # -- life cycle ---------------------------------------------------------------------
    def open(self, path: Path | str, *, create: bool = False, success=None, failure=None) -> Job:
        target = Path(path)

        def job(ctx):
            from workbench.project import Project

            if self._project is not None and self._same(self._project.path, target) and not create:
                return self._lane_generation, self.snapshot(self._project)  # ours: just reload
            # The rolling backup waits until the first rows are on screen (see done()).
            project = Project.create(target) if create else Project.open(target, backup=False)
            old, self._project = self._project, project
            self._lane_generation += 1
            if old is not None:
                self._close_project(old)
            return self._lane_generation, self.snapshot(project)

        def done(result: tuple[int, Snapshot]) -> None:
            self.generation, snapshot = result
            self.path = snapshot.path
            self.opened.emit(snapshot)
            if success is not None:
                success(snapshot)
            generation = self.generation
            self._tasks.run("store", lambda ctx: self._backup(generation, force=False),
                            success=self._backup_done)
            self._backup_timer.start()

        return self._tasks.run("store", job, success=done, failure=failure)

    def backup_if_changed(self) -> None:
        """A rolling backup now if the project changed since its last one (the timer)."""
        if self.is_open:
            generation = self.generation
            self._tasks.run("store", lambda ctx: self._backup(generation, force=True, if_changed=True),
                            success=self._backup_done)

    def _backup(self, generation: int, *, force: bool, if_changed: bool = False):
        """Store lane: a rolling backup of the open project (skipped if another one was opened
        meanwhile). Returns why it failed, if it did; a failure never stops the work."""
        project = self._project
        if project is None or self._lane_generation != generation:
            return None
        if if_changed and not project.changed_since_backup:
            return None
        project.take_backup(force=force)
        return project.backup_error

    def _backup_done(self, error) -> None:
        if error is not None:
            self.backup_failed.emit(error)

    def page(self, offset: int, success: Callable[[tuple[list[Paragraph], str]], None],
             failure=None, limit: int = PAGE) -> Job:
        """The next `limit` paragraphs from `offset` (project order), and what to say about the
        first damaged text read, if this page held it (project.opening)."""
        from workbench.project.opening import damaged_text_warning

        def read(ctx) -> tuple[list[Paragraph], str]:
            project = self._require()
            return project.paragraphs(offset, limit), damaged_text_warning(project)

        return self._tasks.run("store", read, success=success, failure=failure)

    def prepare(self) -> Job:
        """Import the store's modules on the store lane while the window is being built."""

        def load(ctx):
            import workbench.project.facade  # noqa: F401
            import workbench.store  # noqa: F401  (sqlite-utils and its imports: ~0.3-1 s)

        return self._tasks.run("store", load)

    def close(self, success=None) -> Job:
        self._backup_timer.stop()

        def done(generation: int):
            self.path, self.generation = None, generation
            self.closed.emit()
            if success is not None:
                success(None)

        return self._tasks.run("store", lambda ctx: self._close(), success=done)

    def close_now(self, timeout: float | None = None, *,
                  waiting: Callable[[], None] | None = None) -> None:
        """Close on the store lane and wait (the window is closing). Queued saves run first,
        because the lane is FIFO; long cancellable store work (a terminology check) is
        cancelled, exports and imports finish. There is no give-up while the store lane works
        (`timeout` None): a save queued behind a long job is never dropped. `waiting()` is
        called first (the window says "Saving…"); the window repaints meanwhile (user input is
        held back).
        """
        self._backup_timer.stop()
        self._tasks.cancel_abandonable("store")
        if waiting is not None:
            waiting()
        done = self._tasks.run_waitable("store", lambda ctx: self._close())
        waited = 0.0
        while not done.wait(0.05):
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents, 50)
            waited += 0.05
            if timeout is not None and waited >= timeout:
                raise TimeoutError(f"the store lane did not close the project in {timeout} s")
        done.result()
        self.path = None

    # -- calls ----------------------------------------------------------------------------
    def run(self, fn: Callable[[Any], Any], success=None, failure=None, progress=None, *,
            generation: int | None = None, abandonable: bool = False) -> Job:
        """Run fn(project) on the store lane; success(result) on the GUI thread.

        `generation`: run only if that project is still the open one (else ProjectChanged).
        `abandonable`: work that may be dropped when the window closes (a check), never a save.
        """
        return self._tasks.run("store", lambda ctx: fn(self._require(generation)),
                               success=success, failure=failure, progress=progress,
                               abandonable=abandonable)

    def latest(self, key: str, fn: Callable[[Any], Any], success=None, failure=None, *,
               generation: int | None = None) -> Job:
        """Run fn(project) on the store lane, latest-wins per `key`: a newer request replaces
        one still waiting and drops the result of one running (marks recomputed after every
        group of drafts: only the newest answer matters). `generation` as for `run`."""
        return self._tasks.latest("store", key, lambda ctx: fn(self._require(generation)),
                                  success=success, failure=failure)

    def cancel_latest(self, key: str) -> None:
        """Forget the latest-wins request `key`: waiting, it never runs; running, its result
        is dropped."""
        self._tasks.cancel_latest("store", key)

    def stream(self, fn: Callable[[Any], Any], item, success=None, failure=None, *,
               generation: int | None = None) -> Job:
        """Run the generator fn(project) on the store lane; each value it yields reaches
        item(value) on the GUI thread. May be called from any thread: the mt lane hands drafts
        to the store lane this way (ui/draft_writer.py). `generation` as for `run`."""

        def values(ctx):
            yield from fn(self._require(generation))

        return self._tasks.stream("store", values, item=item, success=success, failure=failure)

    # -- store-lane side ------------------------------------------------------------------
    def _require(self, generation: int | None = None):
        if generation is not None and generation != self._lane_generation:
            raise ProjectChanged()
        if self._project is None:
            raise RuntimeError("no project is open")
        return self._project

    def _close(self) -> int:
        project, self._project = self._project, None
        if project is not None:
            self._lane_generation += 1
            self._close_project(project)
        return self._lane_generation

    @staticmethod
    def _close_project(project) -> None:
        """Store lane: close, backing up first what changed since the last backup."""
        if project.changed_since_backup:
            project.take_backup(force=True)  # a failure is logged; closing goes on
        project.close()

    @staticmethod
    def snapshot(project, first: int | None = FIRST_PAGE) -> Snapshot:
        from workbench.project.opening import damaged_text_warning

        paragraphs = project.paragraphs(0, first)
        warnings = [*project.warnings, damaged_text_warning(project)]
        return Snapshot(project.path, paragraphs, project.documents(), project.paragraph_count(),
                        "\n\n".join(w for w in warnings if w), project.read_only)

    @staticmethod
    def _same(a: Path, b: Path) -> bool:
        try:
            return a.resolve() == b.resolve()
        except OSError:
            return False
