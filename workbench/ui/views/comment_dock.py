"""The comment of the current paragraph, in a dock: the editor's notes to the translator."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QDockWidget, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget


class CommentDock(QDockWidget):
    """Shows and edits one paragraph's comment. GUI thread only.

    `comment_edited(paragraph_id, text)` when the user saves (button, or moving to another
    paragraph with unsaved changes: a comment is never dropped silently). `leave_requested()`
    when Escape is pressed in the editor: the comment is saved, and the window takes the
    keyboard back to the grid.
    """

    comment_edited = Signal(int, str)
    leave_requested = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(self.tr("Comment"), parent)
        self.setObjectName("commentDock")
        body = QWidget(self)
        layout = QVBoxLayout(body)
        self.editor = QPlainTextEdit(body)
        self.editor.setPlaceholderText(self.tr("A note about this paragraph for the translator "
                                               "or the editor."))
        self.save_button = QPushButton(self.tr("Save comment"), body)
        self.save_button.clicked.connect(self.save)
        self.editor.installEventFilter(self)
        layout.addWidget(self.editor)
        layout.addWidget(self.save_button)
        self.setWidget(body)
        self._paragraph_id: int | None = None
        self._original = ""
        self._set_enabled(False)

    def focus_editor(self) -> None:
        """Show the dock and put the keyboard in its editor (the caret at the end)."""
        self.show()
        self.raise_()
        self.editor.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.editor.moveCursor(self.editor.textCursor().MoveOperation.End)

    def has_editor_focus(self) -> bool:
        return self.editor.hasFocus()

    def eventFilter(self, watched, event) -> bool:
        if (watched is self.editor and event.type() == QEvent.Type.KeyPress
                and event.key() == Qt.Key.Key_Escape):
            self.save()
            self.leave_requested.emit()
            return True
        return super().eventFilter(watched, event)

    def show_paragraph(self, paragraph_id: int | None, comment: str, *, read_only: bool = False) -> None:
        """Show a paragraph's comment; `read_only` (the project cannot be saved) shows it
        without letting anyone type what could not be kept."""
        if paragraph_id == self._paragraph_id and self.editor.toPlainText() != self._original:
            return  # the same row was refreshed while the user types: keep the typing
        self.save()
        self._paragraph_id = paragraph_id
        self._original = comment
        self.editor.setPlainText(comment)
        self._set_enabled(paragraph_id is not None)
        self.editor.setReadOnly(read_only)
        self.save_button.setEnabled(paragraph_id is not None and not read_only)

    def forget(self) -> None:
        """Show nothing, without saving: the shown paragraph belongs to a project that is
        closed (the window saves the dock before it switches projects)."""
        self._paragraph_id = None
        self._original = ""
        self.editor.setPlainText("")
        self._set_enabled(False)

    def save(self) -> None:
        text = self.editor.toPlainText()
        if self._paragraph_id is not None and text != self._original:
            self._original = text
            self.comment_edited.emit(self._paragraph_id, text)

    def _set_enabled(self, enabled: bool) -> None:
        self.editor.setEnabled(enabled)
        self.save_button.setEnabled(enabled)
