"""The translation pipeline (project.pipeline) scheduled on the window's lanes.

The steps are the command line's, each on its lane: the store lane makes the plan (requests and
glossary) -> the mt lane streams glossary-enforced drafts in groups (`Translator.draft_groups`)
and hands each group to the store lane directly (DraftWriter) -> the store lane writes them ->
EditController.offer_soon shows the written rows, coalesced, without clobbering an open editor.
Re-applying the glossary after a change is the same three-step shape (redraft_plan -> redrafts
-> apply_redrafts; it and retranslating one paragraph are in urgent_requests.py), so the
window's drafts are the command line's.

Every write is tied to the project it was made for (the session's generation): opening or
closing a project cancels the batch and the pending retranslation, and a draft still on its way
is skipped on the store lane instead of landing in the next project's paragraph of the same id.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QObject, QTimer, Signal

from workbench.core.errors import Cancelled
from workbench.core.model import Paragraph
from workbench.project import pipeline
from workbench.ui.draft_writer import DraftWriter
from workbench.ui.editing import EditController
from workbench.ui.session import ProjectChanged, ProjectSession
from workbench.ui.tasks import Job, TaskManager
from workbench.ui.urgent_requests import UrgentRequests

# `progressed` is emitted at most this often: a progress bar repaints on every new value, and a
# fast engine reports thousands of values a second.
PROGRESS_INTERVAL_MS = 100


def model_installed() -> bool:
    """True when an Arabic to English model is installed (a directory listing; io lane)."""
    from workbench.mt import argos_packages

    return argos_packages.default_model("ar", "en") is not None


def install_model(path) -> str:
    """Install a .argosmodel file (io lane); returns the installed model's id."""
    from workbench.mt import argos_packages

    return argos_packages.install_package(path).model_id


class TranslationController(UrgentRequests, QObject):
    """Owns the Translator (used on the mt lane only) and one batch at a time. GUI-thread
    methods.

    Signals: started(total), drafting() when the batch's first drafts were written (the model
    is loaded and working), progressed(done, total), finished(written, cancelled),
    failed(exc), engine_ready(name, model). A retranslation whose draft equals the paragraph's
    text says `draft_identical(paragraph_id)`; one for a paragraph a person wrote or checked
    says `draft_for_person(paragraph, text)` and changes nothing: replacing a person's words is
    that person's decision (GridCommands asks).
    """

    started = Signal(int)
    drafting = Signal()
    progressed = Signal(int, int)
    finished = Signal(int, bool)
    failed = Signal(object)
    engine_ready = Signal(str, str)
    draft_identical = Signal(int)
    draft_for_person = Signal(object, str)

    def __init__(self, tasks: TaskManager, session: ProjectSession, editing: EditController,
                 parent=None) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._session = session
        self._editing = editing
        self.translator = pipeline.Translator()  # mt lane only
        self._job: Job | None = None
        self._generation = 0  # the project the running batch writes for
        # The open project's glossary as last read on the store lane, by generation: a
        # retranslation uses it at once instead of waiting behind the store lane's queue.
        self._glossary: tuple[int, object] | None = None
        self._writer: DraftWriter | None = None
        self._stream_done = False
        self._cancelled = False
        self._queued: dict | None = None  # the batch asked for while one ran (translate)
        # What to translate first: the rows on screen, set by the GUI thread as the person
        # scrolls, read by the mt lane between chunks (a list replaced whole, never changed).
        self.focus_ids: tuple[list[int], list[int]] | list[int] = []
        self._written = 0
        self._drafting = False  # the running batch has written its first drafts
        self._progress: tuple[int, int] | None = None  # the latest value not yet emitted
        self._progress_timer = QTimer(self)
        self._progress_timer.setSingleShot(True)
        self._progress_timer.setInterval(PROGRESS_INTERVAL_MS)
        self._progress_timer.timeout.connect(self._emit_progress)
        session.opened.connect(self._on_project_changed)
        session.closed.connect(self._on_project_changed)

    @property
    def running(self) -> bool:
        return self._job is not None

    # -- engine (mt lane) -------------------------------------------------------------------
    def engine_on_lane(self):
        """The engine, loaded if needed. Call only from a job on the mt lane."""
        return self.translator.engine

    def configure_engine(self, name: str | None, options: dict) -> None:
        """Use engine `name` with `options` from the next job on (the current one finishes
        with the old engine, which the mt lane then drops)."""
        spec = pipeline.EngineSpec(name, dict(options))
        self._tasks.run("mt", lambda ctx: self.translator.configure(spec))

    def reset_engine(self) -> None:
        """Forget the loaded engine (after a model was installed); next job loads the best."""
        self._tasks.run("mt", lambda ctx: self.translator.reset())

    def warm_up(self) -> None:
        """Load the engine in the background so the first translation starts at once."""

        def load(ctx):
            engine = self.translator.engine
            return engine.name, engine.model

        self._tasks.run("mt", load, success=lambda nm: self.engine_ready.emit(*nm),
                        failure=self.failed.emit)

    # -- batch ----------------------------------------------------------------------------
    def translate(self, *, only_untranslated: bool = False,
                  paragraph_ids: Iterable[int] | None = None, memory_threshold: int | None = None,
                  machine: bool = True) -> bool:
        """Start a batch; False when no project is open. One asked for while another runs
        starts when that one ends (the latest asked for: a click during the memory's fill
        after an import is not lost). `memory_threshold` (a percent): pre-translate from the
        translation memory first; `machine` False: only that."""
        if not self._session.is_open:
            return False
        ids = list(paragraph_ids) if paragraph_ids is not None else None
        if self._job is not None:
            self._queued = dict(only_untranslated=only_untranslated, paragraph_ids=ids,
                                memory_threshold=memory_threshold, machine=machine)
            return True
        self._generation = self._session.generation
        self._job = self._session.run(
            lambda p: pipeline.plan(p, only_untranslated=only_untranslated, paragraph_ids=ids,
                                    memory_threshold=memory_threshold, machine=machine),
            success=self._start, failure=self._fail, generation=self._generation)
        return True

    def cancel(self) -> None:
        self._queued = None
        if self._job is not None:
            self._cancelled = True
            self._job.cancel()

    def _on_project_changed(self, *_) -> None:
        """Another project (or none) is open: nothing made for the old one may be written."""
        self._tasks.cancel_latest("mt", "focused")
        self._tasks.cancel_latest("mt", "reapply")
        if self._glossary is not None and self._glossary[0] != self._session.generation:
            self._glossary = None
        self.refresh_glossary()
        if self._job is not None and self._generation != self._session.generation:
            if self._writer is not None:
                self._writer.drop()
            self.cancel()

    def _start(self, plan: pipeline.Plan) -> None:
        self.use_glossary(self._generation, plan.glossary)
        self._written, self._stream_done, self._drafting = 0, False, False
        if self._cancelled or not plan.total:
            self._end()
            return
        self.started.emit(plan.total)
        writer = self._writer = DraftWriter(self._session, self._generation, self._applied,
                                            self._apply_failed, self._maybe_end)

        def drafts(ctx):
            for group in self.translator.draft_groups(plan, ctx, focus=lambda: self.focus_ids):
                writer.put(group)
                yield len(group)  # a pause between groups: urgent requests run here

        self._job = self._tasks.stream("mt", drafts, item=None, success=self._on_stream_end,
                                       failure=self._on_stream_end, progress=self._on_progress)

    def _on_progress(self, done: int, total: int) -> None:
        # The first value at once, then the latest one per PROGRESS_INTERVAL_MS.
        self._progress = (done, total)
        if not self._progress_timer.isActive():
            self._emit_progress()

    def _emit_progress(self) -> None:
        if self._progress is not None:
            value, self._progress = self._progress, None
            self._progress_timer.start()
            self.progressed.emit(*value)

    def _applied(self, paragraphs: list[Paragraph]) -> None:
        if not self._drafting:  # the first group is back from the store: the engine works
            self._drafting = True
            self.drafting.emit()
        self._written += len(paragraphs)
        if self._generation == self._session.generation:  # the grid still shows that project
            self._editing.offer_soon(paragraphs)

    def _apply_failed(self, exc: BaseException) -> None:
        if not isinstance(exc, ProjectChanged):
            self.failed.emit(exc)
        self.cancel()

    def _on_stream_end(self, outcome) -> None:
        if isinstance(outcome, BaseException) and not isinstance(outcome, Cancelled):
            self.failed.emit(outcome)
        if isinstance(outcome, Cancelled):
            self._cancelled = True
        self._stream_done = True
        self._maybe_end()

    def _maybe_end(self) -> None:
        if self._stream_done and (self._writer is None or self._writer.idle):
            self._end()

    def _fail(self, exc: BaseException) -> None:
        if not isinstance(exc, Cancelled):
            self.failed.emit(exc)
        self._end()

    def _end(self) -> None:
        if self._job is None:
            return  # ended already (a last write and the stream's end may both report)
        self._editing.flush_offers()  # every written row is in the grid when `finished` says so
        self._emit_progress()  # the last value reported, if not shown yet, before `finished`
        self._progress_timer.stop()
        cancelled = self._cancelled
        self._job, self._writer, self._cancelled, self._stream_done = None, None, False, False
        self.finished.emit(self._written, cancelled)
        queued, self._queued = self._queued, None
        if queued is not None and self._generation == self._session.generation:
            self.translate(**queued)
