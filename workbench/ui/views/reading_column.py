"""One column of the reading layout: paragraphs as blocks of a read-only QPlainTextEdit.

QPlainTextEdit lays out only the blocks it shows (a 15,000-paragraph book fills a column in
about a tenth of a second) and scrolls by lines of blocks, so "the paragraph at the top" is
simply the first visible block. Line breaks inside a paragraph become U+2028 (a line break
inside a block), so paragraphs and blocks stay one to one.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QPainter,
    QPalette,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextOption,
)
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit

_LINE_BREAK = "\u2028"
# Translucent greys read the same over the light and the dark theme's background, so the
# formats stored in the document never need redoing when the theme changes.
_ODD_TINT = QColor(128, 128, 128, 22)
_RULE = QColor(128, 128, 128, 90)


class ReadingColumn(QPlainTextEdit):
    """One read-only column of paragraphs, one block each. GUI thread only."""

    def __init__(self, font: QFont, *, rtl: bool, parent=None) -> None:
        super().__init__(parent)
        self.rtl = rtl
        self.setReadOnly(True)
        self.setUndoRedoEnabled(False)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                     | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.setFont(font)
        self.setObjectName("readingArabic" if rtl else "readingEnglish")
        self._odd = QTextBlockFormat()
        self._odd.setBackground(_ODD_TINT)
        self._tinted = QTextBlockFormat()
        tint = QColor(self.palette().color(QPalette.ColorRole.Highlight))
        tint.setAlpha(60)
        self._tinted.setBackground(tint)
        self.marked_row: int | None = None
        self._set_direction()

    def _set_direction(self) -> None:
        option = QTextOption(self.document().defaultTextOption())
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        if self.rtl:
            option.setTextDirection(Qt.LayoutDirection.RightToLeft)
            option.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute)
        else:
            option.setTextDirection(Qt.LayoutDirection.LeftToRight)
            option.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignAbsolute)
        self.document().setDefaultTextOption(option)

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        # A hairline above each paragraph on screen: paragraphs read as units, like grid rows.
        painter = QPainter(self.viewport())
        painter.setPen(_RULE)
        offset, bottom, width = self.contentOffset(), event.rect().bottom(), self.viewport().width()
        block = self.firstVisibleBlock().next()
        while block.isValid():
            top = round(self.blockBoundingGeometry(block).translated(offset).top())
            if top > bottom:
                break
            painter.drawLine(0, top, width, top)
            block = block.next()
        painter.end()

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LayoutDirectionChange:
            self._set_direction()  # the Arabic UI flips widgets, never the text inside

    # -- content --------------------------------------------------------------------------
    def set_texts(self, texts: list[str], formats: dict[int, QTextCharFormat]) -> None:
        """Replace everything: block i gets texts[i]; `formats` by row for bold/italic rows."""
        self.setExtraSelections([])  # its cursors would point into the old text
        self.setPlainText("\n".join(t.replace("\n", _LINE_BREAK) for t in texts))
        self.marked_row = None
        self._set_direction()
        self._format_blocks(0, formats)

    def append_texts(self, texts: list[str], formats: dict[int, QTextCharFormat]) -> None:
        first = self.document().blockCount()
        cursor = QTextCursor(self.document())
        cursor.movePosition(QTextCursor.MoveOperation.End)
        cursor.insertText("\n" + "\n".join(t.replace("\n", _LINE_BREAK) for t in texts),
                          QTextCharFormat())
        self._format_blocks(first, formats, plain_even=True)

    def _format_blocks(self, first: int, formats: dict[int, QTextCharFormat],
                       plain_even: bool = False) -> None:
        # Alternate backgrounds tell paragraphs apart (block margins are not laid out here).
        # Appended blocks inherit the format of the block they were split from: reset them.
        block = self.document().findBlockByNumber(first)
        row = first
        while block.isValid():
            if row % 2 or row in formats or plain_even:
                cursor = QTextCursor(block)
                if row % 2 or plain_even:
                    cursor.setBlockFormat(self._background(row))
                if row in formats:
                    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock,
                                        QTextCursor.MoveMode.KeepAnchor)
                    cursor.setCharFormat(formats[row])
            block, row = block.next(), row + 1

    def text_at(self, row: int) -> str:
        return self.document().findBlockByNumber(row).text().replace(_LINE_BREAK, "\n")

    def set_text_at(self, row: int, text: str, fmt: QTextCharFormat) -> None:
        block = self.document().findBlockByNumber(row)
        if not block.isValid():
            return
        cursor = QTextCursor(block)
        cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
        flat = text.replace("\n", _LINE_BREAK)
        if block.text() == flat and cursor.charFormat().fontItalic() == fmt.fontItalic():
            return  # unchanged (a status change can turn a gloss draft's italics off)
        cursor.insertText(flat, fmt)

    # -- position -------------------------------------------------------------------------
    def top_position(self) -> tuple[int, float]:
        """(row at the top, how far into it as a share of its lines)."""
        block = self.firstVisibleBlock()
        into = self.verticalScrollBar().value() - block.firstLineNumber()
        return block.blockNumber(), max(0.0, into / max(1, block.lineCount()))

    def scroll_to(self, row: int, share: float = 0.0) -> None:
        block = self.document().findBlockByNumber(row)
        if block.isValid():
            into = round(share * max(1, block.lineCount()))
            self.verticalScrollBar().setValue(block.firstLineNumber() + into)

    def visible_rows(self) -> range:
        first = self.firstVisibleBlock().blockNumber()
        last = self.cursorForPosition(QPoint(0, self.viewport().height() - 1)).blockNumber()
        return range(first, max(first, last) + 1)

    def row_at(self, pos: QPoint) -> int:
        return self.cursorForPosition(pos).blockNumber()

    def mark_row(self, row: int | None) -> None:
        """Tint the whole paragraph `row` (the grid's current one); None clears."""
        old, self.marked_row = self.marked_row, None
        if old is not None:
            self._set_block_format(old, self._background(old))
        if row is not None and self._set_block_format(row, self._tinted):
            self.marked_row = row

    def set_underlay(self, spans: list[tuple[int, int, int]], color: QColor) -> None:
        """A soft background behind text [start, end) of block `row`, for each (row, start,
        end); an empty list clears it. Extra selections: the laid-out text is untouched."""
        selections = []
        for row, start, end in spans:
            block = self.document().findBlockByNumber(row)
            if not block.isValid() or end <= start:
                continue
            selection = QTextEdit.ExtraSelection()
            selection.cursor = QTextCursor(block)
            selection.cursor.setPosition(block.position() + min(start, block.length() - 1))
            selection.cursor.setPosition(block.position() + min(end, block.length() - 1),
                                         QTextCursor.MoveMode.KeepAnchor)
            selection.format.setBackground(color)
            selections.append(selection)
        self.setExtraSelections(selections)

    def _background(self, row: int) -> QTextBlockFormat:
        return self._odd if row % 2 else QTextBlockFormat()

    def _set_block_format(self, row: int, fmt: QTextBlockFormat) -> bool:
        # The block's own background spans the column's full width (an extra selection
        # would stop where each line's text ends).
        block = self.document().findBlockByNumber(row)
        if not block.isValid():
            return False
        QTextCursor(block).setBlockFormat(fmt)
        return True
