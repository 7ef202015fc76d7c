"""The translation pipeline (project.pipeline) scheduled on the window's lanes.

The steps are the command line's, each on its lane: the store lane makes the plan (requests and
glossary) -> the mt lane streams glossary-enforced drafts in groups (`Translator.draft_groups`)
and hands each group to the store lane directly (DraftWriter) -> the store lane writes them ->
EditController.offer_soon shows the written rows, coalesced, without clobbering an open editor.
Re-applying the glossary after a change is the same three-step shape (redraft_plan -> redrafts
-> apply_redrafts), so the window's drafts are the command line's.

Every write is tied to the project it was made for (the session's generation): opening or
closing a project cancels the batch and the pending retranslation, and a draft still on its way
is skipped on the store lane instead of landing in the next project's paragraph of the same id.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QObject, QTimer, Signal

from workbench.core.errors import Cancelled
from workbench.core.model import Draft, Paragraph, Status, TranslationRequest
from workbench.project import pipeline
from workbench.ui.draft_writer import DraftWriter
from workbench.ui.editing import EditController
from workbench.ui.session import ProjectChanged, ProjectSession
from workbench.ui.tasks import Job, TaskManager

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


class TranslationController(QObject):
    """Owns the Translator (used on the mt lane only) and one batch at a time. GUI-thread
    methods.

    Signals: started(total), progressed(done, total), finished(written, cancelled),
    failed(exc), engine_ready(name, model).
    """

    started = Signal(int)
    progressed = Signal(int, int)
    finished = Signal(int, bool)
    failed = Signal(object)
    engine_ready = Signal(str, str)

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
        self._written = 0
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
                  paragraph_ids: Iterable[int] | None = None) -> bool:
        """Start a batch; False if one is already running."""
        if self._job is not None or not self._session.is_open:
            return False
        ids = list(paragraph_ids) if paragraph_ids is not None else None
        self._generation = self._session.generation
        self._job = self._session.run(
            lambda p: pipeline.plan(p, only_untranslated=only_untranslated, paragraph_ids=ids),
            success=self._start, failure=self._fail, generation=self._generation)
        return True

    def cancel(self) -> None:
        if self._job is not None:
            self._cancelled = True
            self._job.cancel()

    def use_glossary(self, generation: int, glossary) -> None:
        """The glossary of project `generation` as just read on the store lane (the docks call
        this after every load or change); retranslations use it from now on."""
        if generation == self._session.generation:
            self._glossary = (generation, glossary)

    def refresh_glossary(self) -> None:
        """Read the open project's glossary again (the user glossary may have changed)."""
        generation = self._session.generation
        if self._session.is_open:
            self._session.run(lambda p: p.glossary(),
                              success=lambda g: self.use_glossary(generation, g),
                              failure=self._retranslate_failed, generation=generation)

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
        self._written, self._stream_done = 0, False
        if self._cancelled or not plan.requests:
            self._end()
            return
        self.started.emit(len(plan.requests))
        writer = self._writer = DraftWriter(self._session, self._generation, self._applied,
                                            self._apply_failed, self._maybe_end)

        def drafts(ctx):
            for group in self.translator.draft_groups(plan, ctx):
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

    # -- glossary re-apply: the command line's steps, on the lanes ---------------------------
    def reapply_glossary(self, generation: int, done: Callable[[list[Paragraph]], None],
                         failed: Callable[[BaseException], None]) -> None:
        """Rewrite project `generation`'s machine drafts for its glossary as just stored
        (pipeline.reapply_glossary): plan on the store lane, redraft on the mt lane (urgent and
        latest-wins: between two groups of a running batch, a newer change replaces it), write
        on the store lane. `done(paragraphs)` gets the rewritten rows."""

        def redraft(plan: pipeline.RedraftPlan) -> None:
            if not plan.paragraphs or generation != self._session.generation:
                done([])
                return
            self._tasks.latest("mt", "reapply", lambda ctx: self.translator.redrafts(plan, ctx),
                               success=write, failure=failed, urgent=True)

        def write(redrafts) -> None:
            self._session.run(lambda p: p.apply_redrafts(redrafts), success=done, failure=failed,
                              generation=generation)

        self._session.run(pipeline.redraft_plan, success=redraft, failure=failed,
                          generation=generation)

    # -- one paragraph, latest wins ---------------------------------------------------------
    def retranslate(self, paragraph: Paragraph) -> None:
        """A fresh draft for one paragraph. A draft row is overwritten through the store like a
        batch; a row a person touched gets the draft as an undoable edit instead."""
        request = TranslationRequest(paragraph.id, paragraph.source)
        generation = self._session.generation

        def written(drafts: list[Draft], paragraphs: list[Paragraph]) -> None:
            if generation != self._session.generation:
                return
            if paragraphs:
                self._editing.offer(paragraphs)
                return
            # The store kept the row: a person's text is there (or MT, which a gloss never
            # replaces). A person's text gets the draft as an undoable edit.
            current = self._editing.model.paragraph(paragraph.id)
            if current is not None and not current.status.is_draft:
                self._editing.replace_targets([(paragraph.id, drafts[0].text)],
                                              self.tr("Retranslate paragraph"), Status.MACHINE)

        def translate_with(glossary) -> None:
            def one(ctx):
                drafts = list(self.translator.with_glossary(glossary).translate([request], ctx))
                if drafts:  # to the store lane from here: ahead of a running batch's next group
                    self._session.run(lambda p: p.apply_drafts(drafts),
                                      success=lambda done: written(drafts, done),
                                      failure=self._retranslate_failed, generation=generation)
                return drafts

            # Urgent: served before a waiting batch and between the drafts of a running one,
            # on the mt lane like every engine call (the engine belongs to that one thread).
            self._tasks.latest("mt", "focused", one, failure=self._retranslate_failed, urgent=True)

        known = self._glossary
        if known is not None and known[0] == generation:
            translate_with(known[1])
            self.refresh_glossary()  # for the next one: the user glossary may have changed
        else:  # not read yet: read it with the project it was asked for, then translate
            self._session.run(lambda p: p.glossary(), success=translate_with,
                              failure=self._retranslate_failed, generation=generation)

    def _retranslate_failed(self, exc: BaseException) -> None:
        if not isinstance(exc, Cancelled):
            self.failed.emit(exc)
