"""The English target cell: wrapped text, edited in place with a multi-line editor.

Enter inserts a new line; Ctrl+Enter, Ctrl+Up/Down belong to the window's actions, which first
call `commit_and_close()` so the text typed so far is saved before the cursor moves. Leaving the
editor (focus out) commits too, the Qt default: typed text is never dropped silently. Escape
still means "leave without saving" (as in every Qt table), but what it abandons is handed on
(`typing_abandoned`) so the window can keep it as an undo step.

A row that changes while its editor is open refreshes the editor only until the user types in
it: from the first keystroke the editor's text is the user's, and nothing from the model (a
returning save, a reload, a replacement) overwrites it; committing it then wins.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractItemDelegate, QPlainTextEdit, QWidget

from workbench.ui.delegates.target_editor import TargetEditor
from workbench.ui.delegates.text_delegate import PAD_X, WrappedTextDelegate
from workbench.ui.models.paragraph_model import MarksRole, ParagraphIdRole

__all__ = ["EDITOR_MIN_LINES", "TargetDelegate", "TargetEditor"]

EDITOR_MIN_LINES = 3


class TargetDelegate(WrappedTextDelegate):
    """Delegate of the TARGET column. Tracks the one open editor (GUI thread only).

    `editor_opened(paragraph_id)` / `editor_closed(paragraph_id)` let the window hold back an
    arriving draft for the row being edited until the editor closes.
    `typing_abandoned(paragraph_id, text)` when Escape closes an editor whose typed text differs
    from the row's, just before `editor_closed`.
    `key_handler(event)`, when set, sees every key pressed in the open editor before the
    delegate does (Tab leaves the cell, Escape cancels) and returns True for a key it used
    (completion's Tab, Alt+Down for a word's alternatives: steer_glue).
    """

    editor_opened = Signal(int)
    editor_closed = Signal(int)
    typing_abandoned = Signal(int, str)

    def __init__(self, font: QFont, parent=None) -> None:
        super().__init__(font, rtl=False, parent=parent)
        self._editor: TargetEditor | None = None
        self._editing: QPersistentModelIndex | None = None
        self._editing_id: int | None = None
        self.key_handler: Callable[[object], bool] | None = None
        self.closeEditor.connect(self._on_close)

    def editing_paragraph_id(self) -> int | None:
        """The paragraph whose editor is open, or None."""
        return self._editing_id if self._editor is not None else None

    def editor(self) -> TargetEditor | None:
        return self._editor

    def editing_index(self) -> QPersistentModelIndex | None:
        """The (view's) index of the row whose editor is open, or None."""
        return self._editing if self._editor is not None else None

    def commit_and_close(self) -> bool:
        """Save what the open editor holds (if anything) and close it. True if one was open."""
        editor = self._editor
        if editor is None:
            return False
        self.commitData.emit(editor)
        self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)
        return True

    # -- Qt delegate API ----------------------------------------------------------------
    def eventFilter(self, watched, event) -> bool:
        if (event.type() == QEvent.Type.KeyPress and watched is self._editor
                and self.key_handler is not None and self.key_handler(event)):
            return True
        return super().eventFilter(watched, event)

    def createEditor(self, parent: QWidget, option, index: QModelIndex) -> QWidget:
        editor = TargetEditor(parent, self.font(), PAD_X)
        self._editor = editor
        self._editing = QPersistentModelIndex(index)
        self._editing_id = index.data(ParagraphIdRole)
        editor.destroyed.connect(lambda *_: self._forget(editor))
        self.editor_opened.emit(self._editing_id)
        return editor

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:
        if not isinstance(editor, QPlainTextEdit) or editor.document().isModified():
            return  # the user typed here: their text stays until they commit or cancel it
        if isinstance(editor, TargetEditor):
            editor.marks = index.data(MarksRole) or ()  # for the chips' tooltips
        if editor.toPlainText() != (index.data() or ""):
            if isinstance(editor, TargetEditor):
                editor.set_text(index.data() or "")  # tags as chips
            else:
                editor.setPlainText(index.data() or "")
            editor.moveCursor(editor.textCursor().MoveOperation.End)

    def setModelData(self, editor: QWidget, model, index: QModelIndex) -> None:
        if isinstance(editor, QPlainTextEdit):
            model.setData(index, editor.toPlainText(), Qt.ItemDataRole.EditRole)

    def updateEditorGeometry(self, editor: QWidget, option, index: QModelIndex) -> None:
        rect = option.rect
        # A one-line cell would give a one-line editor: give the translator room to type.
        minimum = self.line_height() * EDITOR_MIN_LINES + 2 * PAD_X
        if rect.height() < minimum:
            rect = rect.adjusted(0, 0, 0, minimum - rect.height())
        editor.setGeometry(rect)

    def _on_close(self, editor: QWidget, hint=None) -> None:
        if editor is self._editor:
            self._editor = None
            paragraph_id, self._editing_id = self._editing_id, None
            escaped = hint == QAbstractItemDelegate.EndEditHint.RevertModelCache
            if escaped and paragraph_id is not None:
                self._abandoned(editor, paragraph_id)
            self._editing = None
            if paragraph_id is not None:
                self.editor_closed.emit(paragraph_id)

    def _abandoned(self, editor: QWidget, paragraph_id: int) -> None:
        # Escape closes without commitData: the typing would be gone. The row's text is read
        # from the model (a draft held back while typing is not shown yet, so this is the text
        # the user started from).
        index = self._editing
        shown = (index.data() or "") if index is not None and index.isValid() else None
        if (isinstance(editor, QPlainTextEdit) and editor.document().isModified()
                and editor.toPlainText() != shown):
            self.typing_abandoned.emit(paragraph_id, editor.toPlainText())

    def _forget(self, editor) -> None:
        if editor is self._editor:
            self._on_close(editor)
