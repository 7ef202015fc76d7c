"""Batch and single-paragraph translation: the engine on the `mt` lane, drafts via the store.

Flow: the store lane lists the requests and reads the glossary -> the mt lane streams Drafts
from the engine wrapped in a GlossaryEngine (so drafts use the glossary's English, as
`Project.translate` does for the command line) -> drafts are written by the store lane in small
groups -> EditController.offer_soon shows the written rows, coalesced into one grid update every
few tens of milliseconds, without clobbering an open editor.

Every write is tied to the project it was made for (the session's generation): opening or
closing a project cancels the batch and the pending retranslation, and a draft still on its way
is skipped on the store lane instead of landing in the next project's paragraph of the same id.
"""

from __future__ import annotations

import time
from collections.abc import Iterable

from PySide6.QtCore import QObject, QTimer, Signal

from workbench.core.errors import Cancelled
from workbench.core.model import Draft, Paragraph, Status, TranslationRequest
from workbench.ui.editing import EditController
from workbench.ui.session import ProjectChanged, ProjectSession
from workbench.ui.tasks import Job, TaskManager

# Drafts written per store job at most; more arriving meanwhile wait for the next job.
APPLY_GROUP = 32
# The mt lane hands drafts to the GUI thread in groups at most this often: a fast engine (gloss)
# makes hundreds a second, and every hand-over is a GUI event that waits for the interpreter
# lock the engine is holding. A slow engine's drafts still go one by one as they are made.
STREAM_GROUP_S = 0.04
# `progressed` is emitted at most this often: a progress bar repaints on every new value, and a
# fast engine reports thousands of values a second.
PROGRESS_INTERVAL_MS = 100


def load_engine(name: str | None = None, options: dict | None = None):
    """The engine called `name` (None: the best installed, an Argos model else the gloss
    engine) built with `options` (mt lane only). Raises ModelNotInstalled when none is there.
    """
    from workbench.ui.engine_choice import load_engine as load

    return load(name, options or {})


def model_installed() -> bool:
    """True when an Arabic to English model is installed (a directory listing; io lane)."""
    from workbench.mt import argos_packages

    return argos_packages.default_model("ar", "en") is not None


def install_model(path) -> str:
    """Install a .argosmodel file (io lane); returns the installed model's id."""
    from workbench.mt import argos_packages

    return argos_packages.install_package(path).model_id


class TranslationController(QObject):
    """Owns the engine (on the mt lane) and one batch at a time. GUI-thread methods.

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
        self._engine = None  # mt lane only
        self._glossary_engine = None  # mt lane only: GlossaryEngine around _engine, reused
        self._spec: tuple[str | None, dict] = (None, {})  # mt lane only: (name, options)
        self._job: Job | None = None
        self._generation = 0  # the project the running batch writes for
        # The open project's glossary as last read on the store lane, by generation: a
        # retranslation uses it at once instead of waiting behind the store lane's queue.
        self._glossary: tuple[int, object] | None = None
        self._buffer: list[Draft] = []
        self._applying = False
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

    # -- engine (mt lane) ---------------------------------------------------------------
    def _engine_now(self):
        if self._engine is None:
            self._engine = load_engine(*self._spec)
        return self._engine

    def engine_on_lane(self):
        """The engine, loaded if needed. Call only from a job on the mt lane."""
        return self._engine_now()

    def _engine_with(self, glossary):
        """The engine wrapped so drafts use `glossary` (mt lane). The wrapper is kept while
        the engine and the glossary object are the same: it caches how terms are rendered."""
        engine = self._engine_now()
        if glossary is None or not len(glossary):
            return engine
        wrapped = self._glossary_engine
        if wrapped is None or wrapped.inner is not engine or wrapped.glossary is not glossary:
            from workbench.mt.glossary_enforcer import GlossaryEngine

            wrapped = self._glossary_engine = GlossaryEngine(engine, glossary)
        return wrapped

    def configure_engine(self, name: str | None, options: dict) -> None:
        """Use engine `name` with `options` from the next job on (the current one finishes
        with the old engine, which the mt lane then drops)."""
        spec = (name, dict(options))

        def swap(ctx):
            self._spec, self._engine, self._glossary_engine = spec, None, None

        self._tasks.run("mt", swap)

    def reset_engine(self) -> None:
        """Forget the loaded engine (after a model was installed); next job loads the best."""

        def drop(ctx):
            self._engine = self._glossary_engine = None

        self._tasks.run("mt", drop)

    def warm_up(self) -> None:
        """Load the engine in the background so the first translation starts at once."""

        def load(ctx):
            engine = self._engine_now()
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

        def requests(p):
            return (p.translation_requests(only_untranslated=only_untranslated, paragraph_ids=ids),
                    p.glossary())

        self._job = self._session.run(requests, success=self._start, failure=self._fail,
                                       generation=self._generation)
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
        if self._glossary is not None and self._glossary[0] != self._session.generation:
            self._glossary = None
        self.refresh_glossary()
        if self._job is not None and self._generation != self._session.generation:
            self._buffer.clear()
            self.cancel()

    def _start(self, result) -> None:
        requests, glossary = result
        self.use_glossary(self._generation, glossary)
        self._buffer, self._written = [], 0
        self._applying = self._stream_done = False
        if self._cancelled or not requests:
            self._end()
            return
        self.started.emit(len(requests))

        def drafts(ctx):
            group, since = [], time.monotonic()
            for draft in self._engine_with(glossary).translate(requests, ctx):
                group.append(draft)
                if time.monotonic() - since >= STREAM_GROUP_S:
                    yield group
                    group, since = [], time.monotonic()
            if group:
                yield group

        self._job = self._tasks.stream("mt", drafts, item=self._on_drafts,
                                       success=self._on_stream_end, failure=self._on_stream_end,
                                       progress=self._on_progress)

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

    def _on_drafts(self, drafts: list[Draft]) -> None:
        if self._generation != self._session.generation:
            return  # made for a project that is no longer open
        self._buffer.extend(drafts)
        self._flush()

    def _flush(self) -> None:
        # One store job at a time: drafts arriving meanwhile are written together next time.
        if self._applying or not self._buffer:
            if not self._applying and self._stream_done:
                self._end()
            return
        group, self._buffer = self._buffer[:APPLY_GROUP], self._buffer[APPLY_GROUP:]
        self._applying = True
        self._session.run(lambda p: p.apply_drafts(group), success=self._applied,
                           failure=self._apply_failed, generation=self._generation)

    def _applied(self, paragraphs: list[Paragraph]) -> None:
        self._applying = False
        self._written += len(paragraphs)
        if self._generation == self._session.generation:  # the grid still shows that project
            self._editing.offer_soon(paragraphs)
        self._flush()

    def _apply_failed(self, exc: BaseException) -> None:
        self._applying = False
        if isinstance(exc, ProjectChanged):
            self._buffer.clear()  # the rest was made for the same, closed project
        else:
            self.failed.emit(exc)
        self.cancel()
        self._flush()

    def _on_stream_end(self, outcome) -> None:
        if isinstance(outcome, BaseException) and not isinstance(outcome, Cancelled):
            self.failed.emit(outcome)
        if isinstance(outcome, Cancelled):
            self._cancelled = True
        self._stream_done = True
        self._flush()

    def _fail(self, exc: BaseException) -> None:
        if not isinstance(exc, Cancelled):
            self.failed.emit(exc)
        self._end()

    def _end(self) -> None:
        self._editing.flush_offers()  # every written row is in the grid when `finished` says so
        self._emit_progress()  # the last value reported, if not shown yet, before `finished`
        self._progress_timer.stop()
        cancelled = self._cancelled
        self._job, self._cancelled = None, False
        self.finished.emit(self._written, cancelled)

    # -- one paragraph, latest wins ---------------------------------------------------------
    def retranslate(self, paragraph: Paragraph) -> None:
        """A fresh draft for one paragraph. A draft row is overwritten through the store like a
        batch; a row a person touched gets the draft as an undoable edit instead."""
        request = TranslationRequest(paragraph.id, paragraph.source)
        generation = self._session.generation

        def done(drafts: list[Draft]) -> None:
            if not drafts or generation != self._session.generation:
                return
            current = self._editing.model.paragraph(paragraph.id)
            if current is not None and not current.status.is_draft:
                self._editing.replace_targets([(paragraph.id, drafts[0].text)],
                                              self.tr("Retranslate paragraph"), Status.MACHINE)
                return
            self._session.run(lambda p: p.apply_drafts(drafts), success=self._editing.offer,
                               failure=self._retranslate_failed, generation=generation)

        def translate_with(glossary) -> None:
            def one(ctx):
                return list(self._engine_with(glossary).translate([request], ctx))

            # Urgent: served before a waiting batch and between the drafts of a running one,
            # on the mt lane like every engine call (the engine belongs to that one thread).
            self._tasks.latest("mt", "focused", one, success=done,
                               failure=self._retranslate_failed, urgent=True)

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
