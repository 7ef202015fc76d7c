"""Commands on a target's inline tags: insert the next missing tag, copy the source over.

Both act in the English editor (opening it on the current row when none is open), as edits of
the editor's own undo, so nothing is saved until the editor commits as always, and Ctrl+Z in
the editor takes a command back. The source's tags are `inline.tagged(source, marks)`: the
order the tags appear in the Arabic is the order "next" follows.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction

from workbench.core import inline
from workbench.ui.delegates.target_editor import TargetEditor, insert_tagged


def missing_tags(source: str, marks, target: str) -> list[str]:
    """The source's tag characters not in `target`, in the order the source has them."""
    present = {char for char in target if inline.role(char) is not None}
    tagged = inline.tagged(source, marks)
    return [tagged[index] for index, _role, _n in inline.tags_in(tagged)
            if tagged[index] not in present]


def insert_next(editor: TargetEditor, missing: list[str]) -> str:
    """Insert the first of `missing` at the editor's cursor: an opening tag with its closing
    one around the selected words when both are missing; returns what was inserted."""
    char = missing[0]
    role, number = inline.role(char)
    cursor = editor.textCursor()
    start, end = cursor.selectionStart(), cursor.selectionEnd()
    closing = inline.close_tag(number)
    cursor.beginEditBlock()
    if role == "open" and start < end and closing in missing:
        cursor.setPosition(end)
        insert_tagged(cursor, closing)
        cursor.setPosition(start)
        insert_tagged(cursor, char)
        cursor.setPosition(end + 2)  # after the closing tag
        inserted = char + closing
    else:
        # A selection is kept: an opening (or solo) tag goes before it, a closing one after.
        cursor.setPosition(end if role == "close" else start)
        insert_tagged(cursor, char)
        inserted = char
    cursor.endEditBlock()
    editor.setTextCursor(cursor)
    return inserted


class TagCommands(QObject):
    """Connects "Insert next tag" and "Copy source to target" to the grid's editor. GUI thread
    only; `message(text)` for the status bar."""

    message = Signal(str)

    def __init__(self, view, model, insert_action: QAction, copy_action: QAction,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.view, self.model = view, model
        insert_action.triggered.connect(self.insert_next_tag)
        copy_action.triggered.connect(self.copy_source)

    def _editing(self):
        """(editor, paragraph) of the open editor, opening it on the current row if needed."""
        delegate = self.view.target_delegate
        if delegate.editor() is None:
            self.view.edit_current()  # nothing opens on a row that cannot be edited
        editor, pid = delegate.editor(), delegate.editing_paragraph_id()
        paragraph = None if pid is None else self.model.paragraph(pid)
        if not isinstance(editor, TargetEditor) or paragraph is None:
            return None, None
        return editor, paragraph

    def insert_next_tag(self) -> bool:
        editor, p = self._editing()
        if editor is None:
            return False
        if not p.marks:
            self.message.emit(self.tr("This paragraph has no tags"))
            return False
        missing = missing_tags(p.source, p.marks, editor.toPlainText())
        if not missing:
            self.message.emit(self.tr("Every tag of the Arabic is in the English"))
            return False
        insert_next(editor, missing)
        editor.setFocus()
        return True

    def copy_source(self) -> bool:
        editor, p = self._editing()
        if editor is None:
            return False
        cursor = editor.textCursor()
        cursor.beginEditBlock()
        cursor.select(cursor.SelectionType.Document)
        cursor.removeSelectedText()
        insert_tagged(cursor, inline.tagged(p.source, p.marks))
        cursor.endEditBlock()
        editor.setTextCursor(cursor)
        editor.setFocus()
        return True
