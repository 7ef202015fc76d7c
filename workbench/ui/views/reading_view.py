"""The reading layout: the document as two synchronized columns of flowing text.

Block i of each column is row i of the ParagraphTableModel (all rows: the status filter is a
grid matter). QPlainTextEdit lays out only the blocks it shows, so a 15,000-paragraph book is
built in about a tenth of a second; it is built only when the layout is first shown, and kept
up to date from the model's signals after that. Line breaks inside a paragraph become U+2028
(a line break inside a block), so paragraphs and blocks stay one to one.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, Qt, Signal
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
from PySide6.QtWidgets import QPlainTextEdit, QSplitter, QVBoxLayout, QWidget

from workbench.core.model import Kind, Paragraph, Status
from workbench.ui.display_text import ShownTexts
from workbench.ui.models.paragraph_model import ParagraphTableModel

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


class ReadingView(QWidget):
    """Arabic and English columns of `model`, scrolled together. GUI thread only.

    `paragraph_clicked(paragraph_id)` after a click in either column. `show_paragraph(id)`
    marks the grid's current paragraph and scrolls to it when it is off screen.
    """

    paragraph_clicked = Signal(int)

    def __init__(self, model: ParagraphTableModel, arabic_font: QFont, english_font: QFont,
                 parent=None) -> None:
        super().__init__(parent)
        self.model = model
        self.arabic = ReadingColumn(arabic_font, rtl=True)
        self.english = ReadingColumn(english_font, rtl=False)
        self._shown = ShownTexts()
        self.built = False
        self._syncing = False
        self._current: int | None = None  # paragraph id of the grid's current row
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.arabic)  # the grid's order: Arabic first, English second
        splitter.addWidget(self.english)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        for source, target in ((self.arabic, self.english), (self.english, self.arabic)):
            source.verticalScrollBar().valueChanged.connect(
                lambda _v, s=source, t=target: self._follow(s, t))
            source.viewport().installEventFilter(self)
        model.modelReset.connect(self._on_reset)
        model.rowsInserted.connect(self._on_inserted)
        model.dataChanged.connect(self._on_changed)

    # -- building -------------------------------------------------------------------------
    def ensure_built(self) -> None:
        """Fill both columns from the model if they are not up to date."""
        if self.built:
            return
        rows = self.model.paragraphs()
        self.arabic.set_texts([self._source(p) for p in rows], self._formats(rows, False))
        self.english.set_texts([p.target for p in rows], self._formats(rows, True))
        self.built = True
        self.show_paragraph(self._current)

    def showEvent(self, event) -> None:
        self.ensure_built()
        super().showEvent(event)

    def _source(self, p: Paragraph) -> str:
        return self._shown.get(p.source).text

    @staticmethod
    def _format(p: Paragraph, english: bool) -> QTextCharFormat:
        fmt = QTextCharFormat()
        if p.kind is Kind.HEADING:
            fmt.setFontWeight(QFont.Weight.Bold)
        if english and p.status is Status.GLOSS:
            fmt.setFontItalic(True)  # gloss drafts look different, as in the grid
        return fmt

    def _formats(self, rows: list[Paragraph], english: bool, first: int = 0) -> dict:
        return {first + i: self._format(p, english) for i, p in enumerate(rows)
                if p.kind is Kind.HEADING or (english and p.status is Status.GLOSS)}

    def _on_reset(self) -> None:
        self.built = False
        if self.isVisible():
            self.ensure_built()
        else:  # free the documents now; they are built again when shown
            self.arabic.clear()
            self.english.clear()

    def _on_inserted(self, parent, first: int, last: int) -> None:
        if not self.built:
            return
        rows = [self.model.paragraph_at(r) for r in range(first, last + 1)]
        self.arabic.append_texts([self._source(p) for p in rows], self._formats(rows, False, first))
        self.english.append_texts([p.target for p in rows], self._formats(rows, True, first))

    def _on_changed(self, top, bottom, roles=()) -> None:
        if not self.built:
            return
        for row in range(top.row(), bottom.row() + 1):
            p = self.model.paragraph_at(row)
            self.arabic.set_text_at(row, self._source(p), self._format(p, False))
            self.english.set_text_at(row, p.target, self._format(p, True))

    # -- options --------------------------------------------------------------------------
    def set_hide_diacritics(self, hide: bool) -> None:
        if hide == self._shown.hide_diacritics:
            return
        self._shown.set_hide_diacritics(hide)
        if self.built:
            row, share = self.arabic.top_position()
            rows = self.model.paragraphs()
            self.arabic.set_texts([self._source(p) for p in rows], self._formats(rows, False))
            self.arabic.mark_row(self.english.marked_row)
            self.arabic.scroll_to(row, share)

    def set_fonts(self, arabic_font: QFont, english_font: QFont) -> None:
        self.arabic.setFont(arabic_font)
        self.english.setFont(english_font)

    # -- following and clicking -------------------------------------------------------------
    def _follow(self, source: ReadingColumn, target: ReadingColumn) -> None:
        if self._syncing:
            return
        self._syncing = True
        try:
            target.scroll_to(*source.top_position())
        finally:
            self._syncing = False

    def show_paragraph(self, paragraph_id: int | None) -> None:
        row = self.model.row_of(paragraph_id) if paragraph_id is not None else None
        self._current = paragraph_id
        if not self.built:
            return
        self.arabic.mark_row(row)
        self.english.mark_row(row)
        if row is not None and row not in self.arabic.visible_rows():
            self.arabic.scroll_to(row)  # the English column follows

    def eventFilter(self, watched, event) -> bool:
        if (event.type() == QEvent.Type.MouseButtonRelease
                and event.button() == Qt.MouseButton.LeftButton):
            column = self.arabic if watched is self.arabic.viewport() else self.english
            row = column.row_at(event.position().toPoint())
            if 0 <= row < self.model.rowCount():
                self.paragraph_clicked.emit(self.model.paragraph_at(row).id)
        return False
