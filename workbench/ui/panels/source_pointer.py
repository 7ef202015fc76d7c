"""What the pointer is on in the grid's Arabic column: a word (click or hover) and a glossary
hit (tooltip). An event filter on the grid's viewport; it never consumes a click."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QPointF, QTimer, Signal
from PySide6.QtWidgets import QToolTip

from workbench.ui.delegates.text_delegate import PAD_X, PAD_Y
from workbench.ui.models.paragraph_model import SOURCE, ParagraphIdRole
from workbench.ui.panels.term_highlighter import TermHighlighter, cursor_at
from workbench.arabic.chars import word_at

HOVER_DELAY_MS = 350  # a pointer crossing the text does not analyze every word on its way


class SourcePointer(QObject):
    """Watches `view` (a ParagraphView). GUI thread only.

    `word_clicked(paragraph_id, start, end, word, text)` after a click on an Arabic word of the
    source column (`word_hovered`, same arguments, when hover mode is on and the pointer rests
    on a word). Tooltips show the English of the glossary term under the pointer.
    """

    word_clicked = Signal(int, int, int, str, str)
    word_hovered = Signal(int, int, int, str, str)

    def __init__(self, view, parent=None) -> None:
        super().__init__(parent)
        self.view = view
        self.highlighter: TermHighlighter | None = None
        self.hover = False
        self._hover_pos: QPoint | None = None
        self._hovered: tuple | None = None
        self._timer = QTimer(self, singleShot=True, interval=HOVER_DELAY_MS)
        self._timer.timeout.connect(self._on_hover_timer)
        self._tracking = view.hasMouseTracking()  # restored when hover mode is turned off
        view.viewport().installEventFilter(self)

    def set_hover(self, on: bool) -> None:
        self.hover = on
        self.view.setMouseTracking(on or self._tracking)
        self._hovered = None

    def keep_mouse_tracking(self) -> None:
        """Mouse moves are wanted whatever the hover setting (the alignment links follow the
        pointer): turning hover analysis off no longer turns tracking off."""
        self._tracking = True
        self.view.setMouseTracking(True)

    # -- geometry -------------------------------------------------------------------------
    def char_at(self, pos: QPoint) -> tuple[int, str, int] | None:
        """(paragraph id, stored source text, index in it) under a viewport position.

        The index is in the stored text even when the cell paints it without diacritics.
        """
        index = self.view.indexAt(pos)
        if not index.isValid() or index.column() != SOURCE:
            return None
        text = index.data() or ""
        if not text:
            return None
        delegate = self.view.itemDelegateForColumn(SOURCE)
        rect = self.view.visualRect(index)
        # The layout as painted: bold headings lay out wider, inline tags take a chip's room.
        shown, layout = delegate.cell(index, rect.width())
        at = cursor_at(layout, QPointF(pos.x() - rect.left() - PAD_X, pos.y() - rect.top() - PAD_Y))
        if at is None:
            return None
        return index.data(ParagraphIdRole), text, shown.to_original(at)

    def word_at(self, pos: QPoint) -> tuple[int, int, int, str, str] | None:
        found = self.char_at(pos)
        if found is None:
            return None
        pid, text, at = found
        start, end, word = word_at(text, at)
        return (pid, start, end, word, text) if word else None

    # -- events ---------------------------------------------------------------------------
    def eventFilter(self, watched, event) -> bool:
        kind = event.type()
        if kind == QEvent.Type.MouseButtonRelease:
            found = self.word_at(event.position().toPoint())
            if found is not None:
                self.word_clicked.emit(*found)
        elif kind == QEvent.Type.MouseMove and self.hover:
            self._hover_pos = event.position().toPoint()
            self._timer.start()
        elif kind == QEvent.Type.Leave:
            self._timer.stop()
        elif kind == QEvent.Type.ToolTip and self.highlighter is not None:
            found = self.char_at(event.pos())
            tip = self.highlighter.tooltip_at(found[1], found[2]) if found else None
            if tip:
                QToolTip.showText(event.globalPos(), tip, self.view.viewport())
                return True  # else the model's own tooltip (the comment) is shown
        return False

    def _on_hover_timer(self) -> None:
        if self._hover_pos is None:
            return
        found = self.word_at(self._hover_pos)
        if found is not None and found[:3] != self._hovered:
            self._hovered = found[:3]
            self.word_hovered.emit(*found)
