"""Undoable edits. Undo never rewrites history: it saves the previous text (or status) back
through the store lane as a new revision, so the project keeps every version."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from workbench.core.model import Status
from workbench.ui.labels import status_label


class Applier(Protocol):
    def apply_target(self, paragraph_id: int, text: str, status: Status) -> None: ...
    def apply_status(self, paragraph_id: int, status: Status, seen: str | None = None) -> None: ...


class SetTargetCommand(QUndoCommand):
    """A new English text (and the status it brings) for one paragraph."""

    def __init__(self, applier: Applier, paragraph_id: int, old: tuple[str, Status],
                 new: tuple[str, Status], row_label: str) -> None:
        super().__init__(QCoreApplication.translate("Undo", "Edit paragraph {row}").format(
            row=row_label))
        self._applier = applier
        self.paragraph_id = paragraph_id
        self._old = old
        self._new = new

    def redo(self) -> None:
        self._applier.apply_target(self.paragraph_id, *self._new)

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
