"""Where documents begin in the grid, and which paragraphs carry a comment.

The first row of each document carries a band with the document's name across the whole row.
The view paints the band (`paint_bands`, after the cells) and adds its height to the row; every
cell delegate paints its content below it (`below_band`), and the view's visualRect gives the
same content rectangle, so a click on a word and an open editor line up with what is painted.
A row begins a document when the row above it in the view's model (so after filtering)
belongs to another document, or when it is the first row.

The # column's delegate adds a speech-bubble marker to a paragraph with a comment, in a hue no
status uses, so it reads as "note" and never as a status.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPainterPath, QPalette
from PySide6.QtWidgets import QAbstractItemView, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from workbench.ui.models.paragraph_model import CommentRole, DocumentIdRole, DocumentNameRole
from workbench.ui.theme import current_theme

BAND_PAD = 5  # above and below the name
ACCENT = 3  # the line on top of a band, so a document's start shows even when scrolling fast
COMMENT_COLORS = {"light": "#c2185b", "dark": "#f48fb1"}  # magenta: no status has this hue
BUBBLE_W, BUBBLE_H = 13, 10


def starts_document(index: QModelIndex) -> bool:
    """True when the row of `index` is the first one shown of a named document."""
    if not index.isValid() or not index.data(DocumentNameRole):
        return False
    row = index.row()
    if row == 0:
        return True
    return index.model().index(row - 1, 0).data(DocumentIdRole) != index.data(DocumentIdRole)


def band_font(widget: QWidget) -> QFont:
    font = QFont(widget.font())
    font.setBold(True)
    return font


def band_height(widget: QWidget) -> int:
    return QFontMetrics(band_font(widget)).height() + 2 * BAND_PAD + ACCENT


def band_at(index: QModelIndex, widget: QWidget | None) -> int:
    """Height of the band on top of this cell's row (0 when its row begins no document)."""
    return band_height(widget) if widget is not None and starts_document(index) else 0


def below_band(option: QStyleOptionViewItem, index: QModelIndex) -> QStyleOptionViewItem:
    """`option` with its rectangle moved below the row's band (the same option when none)."""
    band = band_at(index, option.widget)
    if not band:
        return option
    moved = QStyleOptionViewItem(option)
    moved.rect = option.rect.adjusted(0, band, 0, 0)
    return moved


def paint_bands(view: QAbstractItemView) -> None:
    """Paint the bands of the rows on screen over the viewport (called after the cells)."""
    model, viewport = view.model(), view.viewport()
    first = view.rowAt(0)
    if model is None or first < 0:
        return
    last = view.rowAt(viewport.height() - 1)
    last = model.rowCount() - 1 if last < 0 else last
    height, palette = band_height(view), view.palette()
    painter = QPainter(viewport)
    painter.setFont(band_font(view))
    align = Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeading
    for row in range(first, last + 1):
        index = model.index(row, 0)
        if not starts_document(index):
            continue
        rect = QRect(0, view.rowViewportPosition(row), viewport.width(), height)
        painter.fillRect(rect, palette.color(QPalette.ColorRole.Button))
        painter.fillRect(rect.adjusted(0, 0, 0, ACCENT - height), palette.color(QPalette.ColorRole.Highlight))
        painter.setPen(palette.color(QPalette.ColorRole.ButtonText))
        text_rect = rect.adjusted(2 * BAND_PAD, ACCENT, -2 * BAND_PAD, 0)
        name = painter.fontMetrics().elidedText(index.data(DocumentNameRole), Qt.TextElideMode.ElideMiddle,
                                                text_rect.width())
        painter.drawText(text_rect, int(align), name)
    painter.end()


class BandedDelegate(QStyledItemDelegate):
    """Plain cells (the Engine column) painted below a document's band. GUI thread only."""

    def paint(self, painter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        super().paint(painter, below_band(option, index), index)


class NumberDelegate(BandedDelegate):
    """The # column: the paragraph's number and, when it has a comment, a speech bubble on the
    trailing edge (its tooltip shows the comment). GUI thread only."""

    def paint(self, painter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        opt = below_band(option, index)
        QStyledItemDelegate.paint(self, painter, opt, index)
        if (index.data(CommentRole) or "").strip():
            paint_comment_marker(painter, opt)


def comment_color() -> QColor:
    return QColor(COMMENT_COLORS.get(current_theme(), COMMENT_COLORS["light"]))


def comment_marker_rect(option: QStyleOptionViewItem) -> QRect:
    """Where the marker goes in a cell: the top of its trailing edge."""
    rtl = option.direction == Qt.LayoutDirection.RightToLeft
    x = option.rect.left() + 4 if rtl else option.rect.right() - 4 - BUBBLE_W
    return QRect(x, option.rect.top() + 5, BUBBLE_W, BUBBLE_H + 3)


def paint_comment_marker(painter: QPainter, option: QStyleOptionViewItem) -> None:
    """A filled speech bubble: a rounded body with a tail below it."""
    box = comment_marker_rect(option)
    body = QRectF(box.left(), box.top(), BUBBLE_W, BUBBLE_H)
    path = QPainterPath()
    path.addRoundedRect(body, 3, 3)
    tail = QPainterPath(QPointF(body.left() + 3, body.bottom() - 1))
    tail.lineTo(QPointF(body.left() + 3, body.bottom() + 3))
    tail.lineTo(QPointF(body.left() + 7, body.bottom() - 1))
    tail.closeSubpath()
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(comment_color())
    painter.drawPath(path.united(tail))
    painter.restore()
