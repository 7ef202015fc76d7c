"""The reading layout: the document as two synchronized columns of flowing text.

Block i of each column is row i of the ParagraphTableModel (all rows: the status filter is a
grid matter). The columns are filled only when the layout is first shown, and kept up to date
from the model's signals after that; scrolling one brings the other to the same paragraph.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont, QTextCharFormat
from PySide6.QtWidgets import QSplitter, QVBoxLayout, QWidget

from workbench.core import inline
from workbench.core.model import Kind, Paragraph, Status
from workbench.ui.display_text import ShownText, ShownTexts
from workbench.ui.models.paragraph_model import ParagraphTableModel
from workbench.ui.views.reading_column import ReadingColumn


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
        self.english.set_texts([self._target(p) for p in rows], self._formats(rows, True))
        self.built = True
        self.show_paragraph(self._current)

    def showEvent(self, event) -> None:
        self.ensure_built()
        super().showEvent(event)

    def _source(self, p: Paragraph) -> str:
        return self._shown.get(p.source).text

    @staticmethod
    def _target(p: Paragraph) -> str:
        # Inline tags are for the editor: here each is a word joiner (no glyph, no break), so
        # the text keeps its length and the alignment's offsets still fit it.
        return inline.RESERVED.sub("\u2060", p.target) if p.marks else p.target

    def shown_source(self, text: str) -> ShownText:
        """The Arabic column's block for stored `text`, with the offsets between the two."""
        return self._shown.get(text)

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
        self.english.append_texts([self._target(p) for p in rows], self._formats(rows, True, first))

    def _on_changed(self, top, bottom, roles=()) -> None:
        if not self.built:
            return
        for row in range(top.row(), bottom.row() + 1):
            p = self.model.paragraph_at(row)
            self.arabic.set_text_at(row, self._source(p), self._format(p, False))
            self.english.set_text_at(row, self._target(p), self._format(p, True))

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
