"""The status column: a coloured marker (colour by meaning, from the theme) and the status name."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QPalette, QPen
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from workbench.ui.models.paragraph_model import ProblemRole, StatusRole
from workbench.core.model import Status
from workbench.ui.delegates.document_band import below_band
from workbench.ui.theme import current_theme, status_color

MARKER = 10
WARNING = "\u26a0"  # shown when the paragraph has terminology problems


class StatusDelegate(QStyledItemDelegate):
    """Paints STATUS cells. GUI thread only."""

    def paint(self, painter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        opt = QStyleOptionViewItem(below_band(option, index))  # a document's band is above
        self.initStyleOption(opt, index)
        text = opt.text
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        status = index.data(StatusRole)
        if status is None:
            return
        painter.save()
        painter.setRenderHint(painter.RenderHint.Antialiasing)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        # A rim in the text colour: a light marker stays distinct on the selection colour.
        rim = QColor(opt.palette.color(role))
        rim.setAlpha(150)
        painter.setPen(QPen(rim, 1))
        painter.setBrush(status_color(status, current_theme()))
        line = opt.fontMetrics.height()
        # Marker on the leading edge, text after it; both follow the UI direction.
        rtl = opt.direction == Qt.LayoutDirection.RightToLeft
        x = opt.rect.right() - 6 - MARKER if rtl else opt.rect.left() + 6
        top = opt.rect.top() + 4 + (line - MARKER) // 2
        painter.drawEllipse(QRect(x, top, MARKER, MARKER))
        painter.setPen(opt.palette.color(role))
        text_rect = (opt.rect.adjusted(4, 4, -(12 + MARKER), 0) if rtl
                     else opt.rect.adjusted(12 + MARKER, 4, -4, 0))
        align = Qt.AlignmentFlag.AlignTop | (Qt.AlignmentFlag.AlignRight if rtl
                                             else Qt.AlignmentFlag.AlignLeft)
        first_line = text.split("\n", 1)[0]
        painter.drawText(text_rect, int(align | Qt.AlignmentFlag.AlignAbsolute), first_line)
        if index.data(ProblemRole):
            # A terminology problem: a warning sign on the trailing edge (tooltip says which).
            painter.setPen(status_color(Status.EDITED, current_theme()))
            trailing = (Qt.AlignmentFlag.AlignLeft if rtl else Qt.AlignmentFlag.AlignRight)
            painter.drawText(opt.rect.adjusted(4, 4, -4, 0),
                             int(trailing | Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignAbsolute),
                             WARNING)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        base = super().sizeHint(option, index)
        return QSize(base.width() + MARKER + 16, base.height())
