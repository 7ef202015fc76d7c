"""The in-place editor of the English target, with inline tags as atomic chips.

A tag (one character of the stored target, core.inline) is one object character in the
editor's document (QTextFormat object type TAG_OBJECT, the tag character kept as a property)
drawn as a chip (tag_chips). One character per chip is what makes it atomic: the cursor steps
over it, Backspace and Delete remove all of it, and no keystroke can leave half a tag.

`toPlainText()` gives the text with its tag characters back, the same length as the document
(positions of the cursor and of the text agree, which steering and completion rely on);
`set_text()` reads them in. Copying a selection with chips puts the tagged text on the
clipboard under MIME (and the words without tags as plain text, for other programs); pasting
that, or plain text carrying tag characters, gives chips again. A paragraph without tags never
meets any of this: its text holds no object character.

Misspelled words (found off the GUI thread by ui/spelling_glue.py, as spans over the stored
target, which are document positions too) get a red wavy underline as extra selections: the
document's own formats, and with them the chips, are never touched. `menu_hook(menu, position)`
lets the glue add its entries (suggestions) to the right-click menu.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QMimeData, QPoint, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPyTextObject,
    QTextCharFormat,
    QTextCursor,
    QTextFormat,
    QTextOption,
)
from PySide6.QtWidgets import QFrame, QMenu, QPlainTextEdit, QTextEdit, QToolTip, QWidget

from workbench.core import inline
from workbench.ui import tag_chips

TAG_OBJECT = QTextFormat.ObjectTypes.UserObject + 1
TAG_CHAR = QTextFormat.Property.UserProperty + 1  # the tag character a chip stands for
OBJECT = "\ufffc"  # what QTextDocument holds for an object
MIME = "application/x-workbench-tagged-text"
SPELLING_COLOR = QColor("#e53935")  # readable under text on the light and the dark theme


class ChipObject(QPyTextObject):
    """Sizes and draws the chips of one editor (its font)."""

    def __init__(self, editor: QPlainTextEdit) -> None:
        super().__init__(editor)
        self._editor = editor

    def intrinsicSize(self, doc, pos, fmt) -> QSizeF:
        font = self._editor.font()
        width = tag_chips.chip_width(font, tag_chips.label(str(fmt.property(TAG_CHAR))))
        return QSizeF(width, QFontMetricsF(font).ascent())

    def drawObject(self, painter, rect, doc, pos, fmt) -> None:
        # The object stands on the baseline (its height is the ascent): centred on the whole
        # line, ascent and descent, the chip sits where it does in the grid's cells.
        font = self._editor.font()
        line = QRectF(rect.x(), rect.y(), rect.width(),
                      rect.height() + QFontMetricsF(font).descent())
        tag_chips.paint_chip(painter, line, tag_chips.label(str(fmt.property(TAG_CHAR))), font)


def chip_format(char: str) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setObjectType(TAG_OBJECT)
    fmt.setProperty(TAG_CHAR, char)
    return fmt


def insert_tagged(cursor: QTextCursor, text: str) -> None:
    """Insert `text` at `cursor`, each tag character as a chip (one edit of the undo stack when
    the caller wraps it in an edit block)."""
    last = 0
    plain = QTextCharFormat()  # never the format of a chip before the cursor
    for index, _role, _number in inline.tags_in(text):
        if index > last:
            cursor.insertText(text[last:index], plain)
        cursor.insertText(OBJECT, chip_format(text[index]))
        last = index + 1
    if last < len(text):
        cursor.insertText(text[last:], plain)


class TargetEditor(QPlainTextEdit):
    """The in-place editor; plain text and chips only (pasted formatting is dropped). `marks`
    are the source's (for a chip's tooltip); set by the delegate with the text."""

    def __init__(self, parent: QWidget, font: QFont, pad: int) -> None:
        super().__init__(parent)
        self.marks: tuple = ()
        self.setFont(font)
        self.setFrameShape(QFrame.Shape.Box)
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.setTabChangesFocus(True)
        self.document().setDocumentMargin(pad - 2)
        self._chips = ChipObject(self)
        self.document().documentLayout().registerHandler(TAG_OBJECT, self._chips)
        self.misspelled: list[tuple[int, int]] = []  # (start, end) as last underlined
        self.menu_hook: Callable[[QMenu, int], None] | None = None

    # -- spelling -------------------------------------------------------------------------
    def set_misspelled(self, spans) -> None:
        """Underline these (start, end) document spans as misspelled (and nothing else)."""
        length = self.document().characterCount() - 1
        self.misspelled = [(s, e) for s, e in spans if 0 <= s < e <= length]
        fmt = QTextCharFormat()
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SpellCheckUnderline)
        fmt.setUnderlineColor(SPELLING_COLOR)
        selections = []
        for start, end in self.misspelled:
            selection = QTextEdit.ExtraSelection()
            selection.cursor = QTextCursor(self.document())
            selection.cursor.setPosition(start)
            selection.cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            selection.format = fmt
            selections.append(selection)
        self.setExtraSelections(selections)

    def misspelled_at(self, position: int) -> tuple[int, int] | None:
        """The underlined span holding document `position` (its end counts: the cursor just
        after a word is on it), as the underline stands now (typing moves it)."""
        for selection in self.extraSelections():
            cursor = selection.cursor
            if cursor.selectionStart() <= position <= cursor.selectionEnd() and cursor.hasSelection():
                return cursor.selectionStart(), cursor.selectionEnd()
        return None

    def context_menu(self, pos: QPoint) -> QMenu:
        """The right-click menu at viewport `pos`: the glue's entries, then Qt's own."""
        menu = self.createStandardContextMenu(pos)
        if self.menu_hook is not None:
            self.menu_hook(menu, self.cursorForPosition(pos).position())
        return menu

    def contextMenuEvent(self, event) -> None:
        menu = self.context_menu(event.pos())
        menu.exec(event.globalPos())
        menu.deleteLater()

    # -- text in and out ------------------------------------------------------------------
    def set_text(self, text: str) -> None:
        """Show `text` (a stored target) with its tags as chips; not undoable, not modified."""
        if not inline.RESERVED.search(text):
            self.setPlainText(text)
            return
        document = self.document()
        document.setUndoRedoEnabled(False)  # loading is not an edit the user can undo
        self.setPlainText("")
        insert_tagged(QTextCursor(document), text)
        document.setUndoRedoEnabled(True)
        document.setModified(False)

    def toPlainText(self) -> str:
        """The text with each chip's tag character in its place (as the store keeps it)."""
        text = super().toPlainText()
        if OBJECT not in text:
            return text
        cursor = QTextCursor(self.document())
        out = list(text)
        for index, char in enumerate(text):
            if char == OBJECT:
                cursor.setPosition(index + 1)  # the format of the character before
                fmt = cursor.charFormat()
                if fmt.objectType() == TAG_OBJECT:
                    out[index] = str(fmt.property(TAG_CHAR))
        return "".join(out)

    def tag_at(self, position: int) -> str:
        """The tag character at document `position`, or "" when no chip is there."""
        if not 0 <= position < self.document().characterCount() - 1:
            return ""
        cursor = QTextCursor(self.document())
        cursor.setPosition(position + 1)
        fmt = cursor.charFormat()
        return str(fmt.property(TAG_CHAR)) if fmt.objectType() == TAG_OBJECT else ""

    # -- the clipboard ----------------------------------------------------------------------
    def createMimeDataFromSelection(self) -> QMimeData:
        cursor = self.textCursor()
        start, end = cursor.selectionStart(), cursor.selectionEnd()
        tagged = self.toPlainText()[start:end]
        if not inline.RESERVED.search(tagged):
            return super().createMimeDataFromSelection()
        data = QMimeData()
        data.setText(inline.plain(tagged))
        data.setData(MIME, tagged.encode("utf-8"))
        return data

    def canInsertFromMimeData(self, source: QMimeData) -> bool:
        return source.hasFormat(MIME) or super().canInsertFromMimeData(source)

    def insertFromMimeData(self, source: QMimeData) -> None:
        if source.hasFormat(MIME):
            text = bytes(source.data(MIME).data()).decode("utf-8", "replace")
        elif source.hasText() and inline.RESERVED.search(source.text()):
            text = source.text()
        else:
            super().insertFromMimeData(source)
            return
        cursor = self.textCursor()
        cursor.beginEditBlock()
        cursor.removeSelectedText()
        insert_tagged(cursor, text)
        cursor.endEditBlock()
        self.setTextCursor(cursor)
        self.ensureCursorVisible()

    # -- tooltips ---------------------------------------------------------------------------
    def event(self, event) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            tip = self._tooltip_at(event.pos())
            if tip:
                QToolTip.showText(event.globalPos(), tip, self)
                return True
            QToolTip.hideText()
        return super().event(event)

    def _tooltip_at(self, pos) -> str:
        viewport_pos = self.viewport().mapFrom(self, pos)
        cursor = self.cursorForPosition(viewport_pos)
        for position in (cursor.position(), cursor.position() - 1):
            char = self.tag_at(position)
            if not char:
                continue
            left, right = QTextCursor(self.document()), QTextCursor(self.document())
            left.setPosition(position)
            right.setPosition(position + 1)
            a, b = self.cursorRect(left), self.cursorRect(right)
            if (min(a.left(), b.left()) - 1 <= viewport_pos.x() <= max(a.left(), b.left()) + 1
                    and a.top() <= viewport_pos.y() <= a.bottom()):
                return tag_chips.tooltip(char, self.marks)
        return ""
