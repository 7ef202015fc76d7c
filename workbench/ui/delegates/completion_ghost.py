"""The grey completion text after the English editor's cursor: painted, never in the document.

A transparent child of the editor's viewport that paints the suggested suffix where the cursor
is, wrapped like the editor's own text (the first line goes on from the cursor, the next ones
start at the left margin). Each line is painted on the editor's background, so text after the
cursor never shows through the suggestion. The document, its undo stack and what is committed
never see it: accepting it is the caller's job (an ordinary insertion).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPalette, QTextLayout, QTextOption
from PySide6.QtWidgets import QPlainTextEdit, QWidget


class CompletionGhost(QWidget):
    """Paints `text` at `editor`'s cursor (GUI thread). Empty text: nothing shown."""

    def __init__(self, editor: QPlainTextEdit) -> None:
        super().__init__(editor.viewport())
        self.editor = editor
        self.text = ""
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setObjectName("completion_ghost")
        editor.viewport().installEventFilter(self)
        # Scrolling moves a viewport's children with its pixels: put it back over the viewport.
        editor.verticalScrollBar().valueChanged.connect(lambda _v: self._fit())
        self.hide()

    def show_text(self, text: str) -> None:
        self.text = text
        self._fit()
        self.setVisible(bool(text))
        self.update()

    def clear(self) -> None:
        if self.text:
            self.text = ""
            self.hide()

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Resize and self.text:
            self._fit()
        return False

    def _fit(self) -> None:
        self.setGeometry(self.editor.viewport().rect())
        self.raise_()

    def line_rects(self) -> list[QRectF]:
        """Where the lines of the suggestion are painted (viewport coordinates; tests read it)."""
        return [rect for rect, _line in self._lines()[1]]

    def _lines(self):
        editor = self.editor
        layout = QTextLayout(self.text, editor.font())
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        layout.setTextOption(option)
        cursor = editor.cursorRect()
        margin = editor.document().documentMargin()
        left, right = margin + editor.contentOffset().x(), self.width() - margin
        x, y, first, lines = cursor.left() + 1.0, float(cursor.top()), True, []
        layout.beginLayout()
        while (line := layout.createLine()).isValid():
            start = x if first else left
            line.setLineWidth(max(right - start, 1.0))
            line.setPosition(QPointF(start, y))
            lines.append((QRectF(start, y, line.naturalTextWidth() + 2, line.height()), line))
            y += line.height()
            first = False
        layout.endLayout()
        return layout, lines

    def paintEvent(self, event) -> None:
        if not self.text:
            return
        layout, lines = self._lines()
        painter = QPainter(self)
        palette = self.editor.palette()
        for rect, _line in lines:
            painter.fillRect(rect, palette.color(QPalette.ColorRole.Base))
        painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
        for _rect, line in lines:
            line.draw(painter, QPointF(0, 0))
        painter.end()
