"""Review mode in the window: the Review dock follows the current paragraph, and its Accept /
Reject (one paragraph, or every paragraph a review merge brought in) become ordinary edits
through the EditController: one undo step each, every version kept (project.review says what
accepting and rejecting write). The history is read on the store lane; only the answer for the
paragraph still current is shown.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from workbench.core.model import Status
from workbench.project import review
from workbench.ui.panels.review_panel import ReviewPanel


def _state(project, paragraph_id: int):
    para = project.paragraph(paragraph_id)
    return review.review_state(para, project.revisions(paragraph_id)), para.comment


def _pending_states(project) -> list:
    states = []
    for pid in review.pending_reviews(project):
        state, _comment = _state(project, pid)
        if state is not None:
            states.append(state)
    return states


class ReviewGlue(QObject):
    """GUI thread only. `refresh()` re-reads the current paragraph and the pending count (the
    window calls it after a merge)."""

    def __init__(self, session, model, view, editing, panel: ReviewPanel, commit, go_to,
                 parent=None) -> None:
        super().__init__(parent)
        self.session, self.model, self.view, self.editing, self.panel = session, model, view, editing, panel
        self._commit, self._go_to = commit, go_to  # go_to(paragraph_id): the grid's cursor
        self._asked = 0
        self.pending: list[int] = []
        view.current_paragraph_changed.connect(self.show)
        editing.saved.connect(self.refresh)
        session.opened.connect(lambda snapshot: self.refresh())
        panel.accept_requested.connect(lambda: self._act(self.panel.state, accept=True))
        panel.reject_requested.connect(lambda: self._act(self.panel.state, accept=False))
        panel.accept_all_requested.connect(lambda: self._all(accept=True))
        panel.reject_all_requested.connect(lambda: self._all(accept=False))
        panel.next_requested.connect(self.next_pending)

    def refresh(self) -> None:
        pid = self.view.current_paragraph_id()
        self.show(pid if pid is not None else -1)
        if self.session.is_open:
            self.session.run(review.pending_reviews, success=self._show_pending)

    def _show_pending(self, ids: list[int]) -> None:
        self.pending = list(ids)
        self.panel.show_pending(len(self.pending))

    def show(self, paragraph_id: int) -> None:
        self._asked += 1
        asked = self._asked
        if paragraph_id < 0 or not self.session.is_open:
            self.panel.show_state(None)
            return
        self.session.run(lambda project: _state(project, paragraph_id),
                         success=lambda found: asked == self._asked and self.panel.show_state(*found))

    def _act(self, state, *, accept: bool) -> None:
        if state is None or self.model.read_only:
            return
        self._commit()
        text, status = review.accept_plan(state) if accept else review.reject_plan(state)
        self._write([(state.paragraph_id, text, status)],
                    self.tr("Accept review") if accept else self.tr("Reject review"))

    def _all(self, *, accept: bool) -> None:
        if not self.session.is_open or self.model.read_only:
            return
        self._commit()
        plan = review.accept_plan if accept else review.reject_plan

        def write(states) -> None:
            label = (self.tr("Accept {count} reviewed paragraphs") if accept else
                     self.tr("Reject {count} reviewed paragraphs")).format(count=len(states))
            self._write([(s.paragraph_id, *plan(s)) for s in states], label)

        self.session.run(_pending_states, success=write)

    def _write(self, changes: list[tuple[int, str, Status]], label: str) -> None:
        """Each change as the grid's edit or mark, all of them one undo step."""
        changes = [c for c in changes if self.model.paragraph(c[0]) is not None]
        if not changes:
            return
        settled = [(pid, text, status) for pid, text, status in changes
                   if (self.model.paragraph(pid).target, self.model.paragraph(pid).status) == (text, status)]
        self.editing.undo_stack.beginMacro(label)
        for pid, text, status in changes:
            current = self.model.paragraph(pid)
            if (pid, text, status) in settled:
                continue
            if current.target == text:
                self.editing.set_status([pid], status)
            else:
                self.editing.edit(pid, text, status)
        self.editing.undo_stack.endMacro()
        if settled:
            # Already at that text and status (a merge set them): the acceptance is recorded as
            # a revision of its own, which ends the review's pending state; nothing to undo.
            def record(project) -> None:
                for pid, text, status in settled:
                    project.set_status(pid, status, expected_target=text, record=True)

            self.session.run(record, success=lambda _none: self.refresh())

    def next_pending(self) -> None:
        """Go to the next paragraph waiting for review after the cursor (then from the top)."""
        if not self.pending:
            return
        here = self.view.current_paragraph_id()
        current = self.model.row_of(here) if here is not None else None
        current = -1 if current is None else current
        rows = sorted((row, pid) for pid in self.pending if (row := self.model.row_of(pid)) is not None)
        later = [pid for row, pid in rows if row > current]
        if rows:
            self._go_to((later or [rows[0][1]])[0])
