"""What is kept about the current paragraph beside its text: its comment and its history.

The comment dock follows the grid's current paragraph and saves through the store lane. Its
shortcut (Ctrl+M) takes the keyboard into the comment, so a note is never typed into the
translation, and back to the grid (Ctrl+M again, or Escape). The history dialog shows the paragraph's revisions next to its machine draft, and a restored
revision comes back as an ordinary undoable edit.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from workbench.ui.dialogs.history_dialog import HistoryDialog
from workbench.ui.editing import EditController
from workbench.ui.models.paragraph_model import ParagraphTableModel
from workbench.ui.session import ProjectSession
from workbench.ui.views.comment_dock import CommentDock
from workbench.ui.views.paragraph_view import ParagraphView


class ParagraphNotes(QObject):
    """The comment dock and the history dialog of one window. GUI thread only; reads and
    writes the project only through the session (store lane).

    `history_action` opens the history of the current paragraph; `comment_action` (checked
    while the dock is shown) opens the dock with the keyboard in its editor, and pressed there
    saves, closes it and goes back to the grid; `dialog_parent` owns the dialogs. `failed(exc)` when a
    comment cannot be saved or the history cannot be read.
    """

    failed = Signal(object)

    def __init__(self, session: ProjectSession, model: ParagraphTableModel, view: ParagraphView,
                 editing: EditController, dock: CommentDock, history_action: QAction,
                 comment_action: QAction, dialog_parent: QWidget,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session, self.model, self.view, self.editing = session, model, view, editing
        self.dock, self._dialog_parent = dock, dialog_parent
        self.history_dialog: HistoryDialog | None = None
        history_action.triggered.connect(self.show_history)
        self._comment_action = comment_action
        comment_action.triggered.connect(self.toggle_comment)
        dock.visibilityChanged.connect(comment_action.setChecked)
        dock.leave_requested.connect(self._back_to_grid)
        dock.comment_edited.connect(self.save_comment)
        view.current_paragraph_changed.connect(self._on_current_changed)

    def toggle_comment(self) -> None:
        # Qt has already flipped the check mark; the dock and the focus decide what happens.
        if self.dock.isVisible() and self.dock.has_editor_focus():
            self._back_to_grid()
            self.dock.hide()
            return
        # Shown or not, the shortcut means "write a note here": the keyboard goes to the note.
        # An editor open in the grid loses the focus and commits (its typing is saved).
        self.dock.focus_editor()
        self._comment_action.setChecked(True)

    def _back_to_grid(self) -> None:
        self.dock.save()
        self.view.setFocus()

    def save_comment(self, paragraph_id: int, text: str) -> None:
        self.session.run(lambda p: p.set_comment(paragraph_id, text),
                         success=lambda para: self.model.update_paragraphs([para]),
                         failure=self.failed.emit)

    def _on_current_changed(self, paragraph_id: int) -> None:
        p = self.model.paragraph(paragraph_id) if paragraph_id >= 0 else None
        self.dock.show_paragraph(p.id if p else None, p.comment if p else "",
                                 read_only=bool(self.model.read_only))

    def show_history(self) -> None:
        pid = self.view.current_paragraph_id()
        if pid is None:
            return

        def open_dialog(found) -> None:
            dialog = HistoryDialog(*found, parent=self._dialog_parent)
            dialog.restore_requested.connect(lambda p, text: self.editing.edit(p, text))
            dialog.open()
            self.history_dialog = dialog

        self.session.run(lambda p: (p.paragraph(pid), p.revisions(pid), p.machine_draft(pid)),
                         success=open_dialog, failure=self.failed.emit)
