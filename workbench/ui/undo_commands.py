"""Undoable edits. Undo never rewrites history: it saves the previous text (or status) back
through the store lane as a new revision, so the project keeps every version."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from workbench.core.model import Origin, Status
from workbench.ui.labels import status_label


class Applier(Protocol):
    def apply_target(self, paragraph_id: int, text: str, status: Status,
                     origin: Origin = Origin.USER) -> None: ...
    def apply_status(self, paragraph_id: int, status: Status, seen: str | None = None) -> None: ...
    def shown(self, paragraph_id: int) -> tuple[str, Status] | None: ...


class SetTargetCommand(QUndoCommand):
    """A new English text (and the status it brings) for one paragraph."""

    def __init__(self, applier: Applier, paragraph_id: int, old: tuple[str, Status],
                 new: tuple[str, Status], row_label: str, origin: Origin = Origin.USER) -> None:
        super().__init__(QCoreApplication.translate("Undo", "Edit paragraph {row}").format(
            row=row_label))
        self._applier = applier
        self.paragraph_id = paragraph_id
        self._old = old
        self._new = new
        self._origin = origin  # of the new text (a memory match); undoing is a person's act

    def redo(self) -> None:
        self._applier.apply_target(self.paragraph_id, *self._new, origin=self._origin)

    def undo(self) -> None:
        self._applier.apply_target(self.paragraph_id, *self._old)


class SetStatusCommand(QUndoCommand):
    """A status change (confirm, review, approve) for one paragraph, about the text `seen`:
    redo and undo are refused by the store if the paragraph no longer holds that text."""

    def __init__(self, applier: Applier, paragraph_id: int, old: Status, new: Status,
                 row_label: str, seen: str | None = None) -> None:
        super().__init__(QCoreApplication.translate("Undo", "Mark paragraph {row} {status}").format(
            row=row_label, status=status_label(new)))
        self._applier = applier
        self.paragraph_id = paragraph_id
        self._old = old
        self._new = new
        self._seen = seen

    def redo(self) -> None:
        self._applier.apply_status(self.paragraph_id, self._new, self._seen)

    def undo(self) -> None:
        self._applier.apply_status(self.paragraph_id, self._old, self._seen)


class DiscardTypingCommand(QUndoCommand):
    """Escape left an editor: its typing was not saved, but it is kept here. Undo saves the
    typed text (an edit, as if it had been committed); redo puts back what the row showed when
    the undo happened. Pushing it changes nothing: the row already shows the older text.

    Why an undo step and not a question: translators press Escape by reflex to leave a cell,
    many times an hour; a dialog there would be answered by reflex too (and a second Escape
    would lose the text anyway). Ctrl+Z is what every CAT tool and editor offers to get typing
    back, and the status bar says so the moment it happens.
    """

    def __init__(self, applier: Applier, paragraph_id: int, typed: str, row_label: str) -> None:
        super().__init__(QCoreApplication.translate("Undo", "Discard typing in paragraph {row}")
                         .format(row=row_label))
        self._applier = applier
        self.paragraph_id = paragraph_id
        self.typed = typed
        self._before: tuple[str, Status] | None = None  # the row as it was when undone
        self._pushed = False

    def redo(self) -> None:
        if not self._pushed:
            self._pushed = True  # QUndoStack.push calls redo: the discard has happened already
            return
        if self._before is not None:
            self._applier.apply_target(self.paragraph_id, *self._before)

    def undo(self) -> None:
        self._before = self._applier.shown(self.paragraph_id)
        self._applier.apply_target(self.paragraph_id, self.typed, Status.EDITED)
