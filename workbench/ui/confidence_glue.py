"""The grid's "check this" marks, kept in step with the project, and two ways through them.

A machine draft whose weakest sentence is in its model's lowest tenth (project.confidence) gets
an amber mark in the Status column. The flags are computed on the store lane, never here: after
rows change (a group of drafts shown, an edit, a page read, another project) one latest-wins
store job at most every REFRESH_MS (less often when it takes long: at most LANE_SHARE of the
lane's time) recomputes them over the rows the grid holds (immutable Paragraphs, copied on this
thread), so a 15,000-paragraph batch costs the GUI thread nothing but the dataChanged of the
rows whose mark changed. A person's edit hides the mark at once (the
model shows a flag only while the row is still the scored machine draft) before the
recomputation drops it.

A reviewer goes through them least sure first, either by sorting the grid (View > Sort by
confidence, sorted once when chosen) or, without reordering anything, with "Next draft to check"
(Ctrl+Shift+N), which goes to the next marked row in confidence order from the current one.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence

from workbench.core.errors import Cancelled
from workbench.ui.models.paragraph_model import ParagraphTableModel
from workbench.ui.models.status_filter_model import StatusFilterModel
from workbench.ui.session import ProjectSession
from workbench.ui.views.paragraph_view import ParagraphView

REFRESH_MS = 250  # at most one recomputation this often while drafts keep arriving
# ... and at most this share of the store lane's time (a big book's flags take a while).
LANE_SHARE = 0.2
NEXT_KEY = "Ctrl+Shift+N"
_MAILBOX = "confidence-flags"


def _flags_of(rows):
    """Store lane: (the flags of `rows` against the models' calibrations, seconds it took)."""

    def compute(project):
        from workbench.project.confidence import flags

        start = time.perf_counter()
        return flags(project, rows), time.perf_counter() - start

    return compute


class ConfidenceGlue(QObject):
    """Marks, the sort and "next draft to check". GUI thread only; reads the project only
    through the session's store lane. `failed(exc)`: the flags could not be computed;
    `message(text)`: for the status bar."""

    failed = Signal(object)
    message = Signal(str)

    def __init__(self, session: ProjectSession, model: ParagraphTableModel,
                 proxy: StatusFilterModel, view: ParagraphView,
                 close_editor: Callable[[], None], parent: QObject) -> None:
        super().__init__(parent)
        self.session, self.model, self.proxy, self.view = session, model, proxy, view
        self._close_editor = close_editor
        self._cursor: tuple[float, int] | None = None  # (mean, position) of the last one gone to
        self.sort_action = QAction(self.tr("Sort by &confidence (least sure first)"), parent)
        self.sort_action.setCheckable(True)
        self.sort_action.setStatusTip(self.tr(
            "Machine drafts the model was least sure of first, the other rows after them; "
            "sorted when chosen"))
        self.sort_action.toggled.connect(self.sort_by_confidence)
        self.next_action = QAction(self.tr("Next draft to chec&k"), parent)
        self.next_action.setShortcut(QKeySequence(NEXT_KEY))
        self.next_action.setStatusTip(self.tr(
            "The next machine draft marked \u201ccheck this\u201d, least sure first"))
        self.next_action.triggered.connect(self.next_to_check)
        self._timer = QTimer(self, singleShot=True, interval=REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        model.dataChanged.connect(self._on_data_changed)
        model.modelReset.connect(self._on_reset)
        model.rowsInserted.connect(self.schedule)
        session.closed.connect(lambda: model.set_confidence({}))

    def actions(self) -> list[QAction]:
        return [self.sort_action, self.next_action]

    def stop(self) -> None:
        """The window is closing: no more recomputations."""
        self._timer.stop()
        self.session.cancel_latest(_MAILBOX)

    @property
    def pending(self) -> bool:
        """A recomputation is due (rows changed less than REFRESH_MS ago)."""
        return self._timer.isActive()

    # -- marks ------------------------------------------------------------------------------
    def schedule(self, *args) -> None:
        # Not restarted by every change: a running batch would otherwise postpone it forever.
        if not self._timer.isActive():
            self._timer.start()

    def _on_reset(self) -> None:
        self._cursor = None  # it named a row of the rows replaced
        self.schedule()

    def _on_data_changed(self, top, bottom, roles=()) -> None:
        if not roles:  # a new text or status (update_paragraphs); marks and names are not
            self.schedule()

    def refresh(self) -> None:
        """Recompute the flags of the rows held now (store lane, latest-wins)."""
        if not self.session.is_open:
            return
        generation = self.session.generation

        def done(result) -> None:
            found, seconds = result
            # Spaced so marks never take more than LANE_SHARE of the lane a batch writes on.
            self._timer.setInterval(max(REFRESH_MS, round(1000 * seconds / LANE_SHARE)))
            if generation == self.session.generation:  # the rows are still that project's
                self.model.set_confidence(found)

        self.session.latest(_MAILBOX, _flags_of(self.model.paragraphs()), success=done,
                            failure=self._failed, generation=generation)

    def _failed(self, exc: BaseException) -> None:
        if not isinstance(exc, Cancelled):  # ProjectChanged: another project is open now
            self.failed.emit(exc)

    # -- going through them -----------------------------------------------------------------
    def sort_by_confidence(self, on: bool) -> None:
        """Least sure first (on) or project order (off); the cursor's paragraph stays in view."""
        self._close_editor()
        current = self.view.current_paragraph_id()
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # a big book: a second
        try:
            self.proxy.set_confidence_order(on)
        finally:
            QGuiApplication.restoreOverrideCursor()
        if self.sort_action.isChecked() != on:
            self.sort_action.setChecked(on)
        if on:
            self.view.go_to_row(0)
        elif current is not None:
            self._go_to(current)

    def next_to_check(self) -> bool:
        """Go to the next marked row shown, in confidence order: first the least sure, then the
        one after the current row (after the last one gone to, when the cursor is on an unmarked
        row: the one just edited); after the last, round to the least sure again. False when no
        row shown is marked."""
        self._close_editor()
        marked = sorted((flag.mean, p.position, p.id)
                        for row, p, flag in self.model.flagged()
                        if self.proxy.mapFromSource(self.model.index(row, 0)).isValid())
        if not marked:
            self.message.emit(self.tr("No draft is marked \u201ccheck this\u201d in the rows "
                                      "shown."))
            return False
        here = self.view.current_paragraph_id()
        row = self.model.row_of(here) if here is not None else None
        flag = self.model.confidence_flag(row) if row is not None else None
        # The first time: the least sure. Then after the one the cursor is on if marked (the
        # person may have clicked another), else after the last one gone to (just edited).
        after = self._cursor
        if flag is not None and after is not None:
            after = (flag.mean, self.model.paragraph_at(row).position)
        later = [m for m in marked if after is None or m[:2] > after]
        mean, position, pid = (later or marked)[0]
        if not later:
            self.message.emit(self.tr("Back to the draft the model was least sure of."))
        self._cursor = (mean, position)
        self._go_to(pid)
        return True

    def _go_to(self, paragraph_id: int) -> None:
        row = self.model.row_of(paragraph_id)
        if row is None:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if index.isValid():
            self.view.go_to_row(index.row())
