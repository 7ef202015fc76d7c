"""Edits from the grid to the project file, and drafts from the engine to the grid.

Every edit is an undoable command whose redo/undo shows the new row at once and saves it through
the store lane; "saved" is announced only when the store job has returned (after COMMIT).

Arriving rows never clobber the translator: a row whose editor is open is held back until the
editor closes (and dropped if the user commits an edit); that holds for engine drafts, for the
acknowledgement of an earlier save and for the reload after a refused one. A row with a save in
flight keeps what the user typed (the store already refused the draft, or the save that follows
wins). Status changes are compare-and-set: they name the text the user saw, and the store
refuses them (StaleEdit) when a newer text arrived meanwhile.

A batch's drafts go through `offer_soon`: they are shown together at most every
OFFER_INTERVAL_MS in one model update, so thousands of fast drafts cost the GUI thread a few
updates a second instead of one per small group. Anything newer for a row (a save, a reload, a
user edit, a project switch) drops the draft still waiting for that row.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import replace

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack

from workbench.core.errors import StaleEdit
from workbench.core.model import Origin, Paragraph, Status
from workbench.ui.delegates.target_delegate import TargetDelegate
from workbench.ui.models.paragraph_model import ParagraphTableModel
from workbench.ui.session import ProjectSession
from workbench.ui.undo_commands import SetStatusCommand, SetTargetCommand

HUMAN_ORDER = (Status.EDITED, Status.REVIEWED, Status.APPROVED)

# Drafts offered with offer_soon reach the grid together at most this often (GUI thread budget:
# one update_paragraphs, one dataChanged per contiguous run, one fit of the visible rows).
OFFER_INTERVAL_MS = 80


class EditController(QObject):
    """Owns the undo stack's effects on the model and the store. GUI thread only.

    Signals: `saved()` after a commit returned and nothing else is pending; `saving()` when a
    save starts; `save_failed(exc)` when the store refused one (the row is reloaded);
    `refused(paragraph_id)` when a mark was not made because the paragraph's text changed
    since the user saw it (the newer text is shown instead).
    """

    saved = Signal()
    saving = Signal()
    save_failed = Signal(object)
    refused = Signal(int)
    repeats_filled = Signal(object, int)  # (confirmed paragraph, how many repeats it filled)

    def __init__(self, session: ProjectSession, model: ParagraphTableModel,
                 delegate: TargetDelegate, role: Callable[[], str], parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.model = model
        self.delegate = delegate
        self.role = role
        self.undo_stack = QUndoStack(self)
        self._pending: Counter[int] = Counter()
        self._held: dict[int, Paragraph] = {}
        self._keep_held = False
        self._soon: dict[int, Paragraph] = {}  # drafts waiting for the next coalesced offer
        self._soon_timer = QTimer(self)
        self._soon_timer.setSingleShot(True)
        self._soon_timer.setInterval(OFFER_INTERVAL_MS)
        self._soon_timer.timeout.connect(self.flush_offers)
        model.edit_requested.connect(self.edit)
        model.modelReset.connect(self._drop_soon)  # the rows were read again: they are newer
        delegate.editor_closed.connect(self._release)

    @property
    def pending_saves(self) -> int:
        return sum(self._pending.values())

    # -- user actions (push undoable commands) ------------------------------------------
    def edit(self, paragraph_id: int, text: str, status: Status = Status.EDITED,
             origin: Origin = Origin.USER) -> None:
        p = self.model.paragraph(paragraph_id)
        if p is None or (text == p.target and status == p.status):
            return
        self._held.pop(paragraph_id, None)  # the user's text wins over a held-back draft
        self._soon.pop(paragraph_id, None)  # and over one waiting to be shown
        self.undo_stack.push(SetTargetCommand(self, paragraph_id, (p.target, p.status),
                                              (text, status), self._label(p), origin))

    def set_status(self, paragraph_ids: Iterable[int], status: Status) -> int:
        """Mark paragraphs (one undo step); untranslated ones are left alone. Returns count."""
        changes = []
        for pid in paragraph_ids:
            p = self.model.paragraph(pid)
            if p is not None and p.translatable and p.target and p.status != status:
                changes.append(p)
        if len(changes) > 1:
            self.undo_stack.beginMacro(self.tr("Mark {count} paragraphs").format(count=len(changes)))
        for p in changes:
            self.undo_stack.push(SetStatusCommand(self, p.id, p.status, status, self._label(p),
                                                  p.target))
        if len(changes) > 1:
            self.undo_stack.endMacro()
        return len(changes)

    def confirm(self, paragraph_id: int) -> bool:
        """Ctrl+Enter: edited for a translator, reviewed for an editor; never a step back."""
        p = self.model.paragraph(paragraph_id)
        if p is None or not p.target:
            return False
        wanted = Status.REVIEWED if self.role() == "editor" else Status.EDITED
        if p.status in HUMAN_ORDER and HUMAN_ORDER.index(p.status) >= HUMAN_ORDER.index(wanted):
            return False
        return self.set_status([paragraph_id], wanted) == 1

    @contextmanager
    def holding(self, active: bool = True) -> Iterator[None]:
        """Within this block, an editor closing does not release its held row into the grid:
        a confirm closes the editor to mark the text the user saw, not one that arrived (then
        `show_newer` releases it)."""
        self._keep_held = active
        try:
            yield
        finally:
            self._keep_held = False

    def show_newer(self, paragraph_id: int) -> bool:
        """Release a held row into the grid. True (and `refused`) when its text differs from
        the one shown: the user has not seen it, so it must not be marked now."""
        if self.delegate.editing_paragraph_id() == paragraph_id:
            return False
        held = self._held.pop(paragraph_id, None)
        shown = self.model.paragraph(paragraph_id)
        if held is None or shown is None or self._pending[paragraph_id]:
            return False
        self.model.update_paragraphs([held])
        if held.target == shown.target:
            return False
        self.refused.emit(paragraph_id)
        return True

    def reset(self) -> None:
        """Forget held rows: the grid now shows another project (or a fresh reading of it)."""
        self._held.clear()
        self._drop_soon()

    def replace_targets(self, plan: list[tuple[int, str]], label: str,
                        status: Status = Status.EDITED) -> None:
        """Several text edits as one undo step (replace all, retranslate an edited row)."""
        if not plan:
            return
        self.undo_stack.beginMacro(label)
        for pid, text in plan:
            self.edit(pid, text, status)
        self.undo_stack.endMacro()

    # -- applying (called by the commands) ----------------------------------------------
    def shown(self, paragraph_id: int) -> tuple[str, Status] | None:
        """The row's text and status as the grid shows them (DiscardTypingCommand's undo)."""
        p = self.model.paragraph(paragraph_id)
        return None if p is None else (p.target, p.status)

    def apply_target(self, paragraph_id: int, text: str, status: Status,
                     origin: Origin = Origin.USER) -> None:
        self._soon.pop(paragraph_id, None)  # an older draft must not follow the user's text
        p = self.model.paragraph(paragraph_id)
        if p is not None:
            self.model.update_paragraphs([replace(p, target=text, status=status)])
        self._save(paragraph_id, lambda project: project.save_target(paragraph_id, text, status,
                                                                     origin=origin))

    def apply_status(self, paragraph_id: int, status: Status, seen: str | None = None) -> None:
        self._soon.pop(paragraph_id, None)  # the store decides: the mark's save or a reload
        p = self.model.paragraph(paragraph_id)
        if p is not None:
            self.model.update_paragraphs([replace(p, status=status)])
        self._save(paragraph_id, lambda project: project.set_status(paragraph_id, status, seen))

    def _save(self, paragraph_id: int, write: Callable) -> None:
        self._pending[paragraph_id] += 1
        self.saving.emit()
        # The facade keeps the repeats a confirmation filled (store.repeats_store) until the
        # next edit: read them in the same store job.
        self.session.run(lambda project: (write(project), list(project.last_propagated)),
                         success=self._on_saved,
                         failure=lambda exc: self._on_failed(paragraph_id, exc))

    def _on_saved(self, result: tuple[Paragraph, list[Paragraph]]) -> None:
        paragraph, repeats = result
        self._done(paragraph.id)
        self.offer([paragraph])  # what was committed (e.g. updated_at); held while editing
        if repeats:
            self.offer(repeats)
            self.repeats_filled.emit(paragraph, len(repeats))
        if not self.pending_saves:
            self.saved.emit()

    def _on_failed(self, paragraph_id: int, exc: BaseException) -> None:
        self._done(paragraph_id)
        if isinstance(exc, StaleEdit):
            self.refused.emit(paragraph_id)  # nothing was lost: the mark was not made
            if not self.pending_saves:
                self.saved.emit()
        else:
            self.save_failed.emit(exc)
        # Show what the file really holds, so the grid never claims an unsaved text (held
        # like a draft while the row's editor is open: the typing there stays).
        self.session.run(lambda project: project.paragraph(paragraph_id),
                          success=lambda p: self.offer([p]))

    def _done(self, paragraph_id: int) -> None:
        self._pending[paragraph_id] -= 1
        if self._pending[paragraph_id] <= 0:
            del self._pending[paragraph_id]

    # -- drafts from the engine ---------------------------------------------------------
    def offer(self, paragraphs: Iterable[Paragraph]) -> None:
        """Show paragraphs the store wrote for an engine, without clobbering the user (now)."""
        editing = self.delegate.editing_paragraph_id()
        shown = []
        for p in paragraphs:
            self._soon.pop(p.id, None)  # this one is newer than a draft still waiting
            if p.id == editing:
                self._held[p.id] = p
            elif not self._pending[p.id]:
                self._held.pop(p.id, None)  # older than this one
                shown.append(p)
        if shown:
            self.model.update_paragraphs(shown)

    def offer_soon(self, paragraphs: Iterable[Paragraph]) -> None:
        """Like `offer`, but shown with the others arriving within OFFER_INTERVAL_MS (the
        latest per row wins); whether a row is held is decided when they are shown."""
        for p in paragraphs:
            self._soon[p.id] = p
        if self._soon and not self._soon_timer.isActive():
            self._soon_timer.start()

    def flush_offers(self) -> None:
        """Show every draft waiting from `offer_soon` now (a batch's end, before `finished`)."""
        self._soon_timer.stop()
        waiting, self._soon = self._soon, {}
        if waiting:
            self.offer(waiting.values())

    def _drop_soon(self) -> None:
        self._soon_timer.stop()
        self._soon.clear()

    def _release(self, paragraph_id: int) -> None:
        if self._keep_held:
            return
        held = self._held.pop(paragraph_id, None)
        if held is not None and not self._pending[paragraph_id]:
            self.model.update_paragraphs([held])

    def _label(self, p: Paragraph) -> str:
        return str(p.position + 1)
