"""The status column: a coloured marker (colour by meaning, from the theme) and the status name;
on the trailing edge a warning sign for terminology problems and an amber diamond with a "?"
for a machine draft the model was least sure of ("check this", project.confidence)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPointF, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPalette, QPen, QPolygonF
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from workbench.ui.models.paragraph_model import ConfidenceRole, ProblemRole, StatusRole
from workbench.core.model import Status
from workbench.ui.delegates.document_band import below_band
from workbench.ui.theme import current_theme, status_color

MARKER = 10
WARNING = "\u26a0"  # shown when the paragraph has terminology problems
CHECK = 16  # the "check this" diamond's width and height
# Amber like a road sign's caution, a shade apart from the "edited" marker's amber, and a
# diamond where that marker is a disc: the two never read as one another.
CHECK_COLORS = {"light": ("#f0a202", "#3b2a00"), "dark": ("#ffb300", "#1b1200")}  # fill, "?"


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
        # Signs on the trailing edge first: the status name is elided before them, so a
        # translated name never runs under a sign in a narrow column.
        edge = 4  # distance of the next trailing sign from the cell's trailing edge
        if index.data(ProblemRole):
            # A terminology problem: a warning sign on the trailing edge (tooltip says which).
            painter.setPen(status_color(Status.EDITED, current_theme()))
            trailing = (Qt.AlignmentFlag.AlignLeft if rtl else Qt.AlignmentFlag.AlignRight)
            painter.drawText(opt.rect.adjusted(edge, 4, -edge, 0),
                             int(trailing | Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignAbsolute),
                             WARNING)
            edge += opt.fontMetrics.horizontalAdvance(WARNING) + 4
        if index.data(ConfidenceRole) is not None:
            # The model was unsure of this draft: "check this" (the tooltip says why).
            x = opt.rect.left() + edge if rtl else opt.rect.right() - edge - CHECK
            paint_check_mark(painter, QRect(x, opt.rect.top() + 4 + (line - CHECK) // 2, CHECK, CHECK),
                             rim)
            edge += CHECK + 4
        painter.setPen(opt.palette.color(role))
        painter.setFont(opt.font)
        text_rect = (opt.rect.adjusted(edge, 4, -(12 + MARKER), 0) if rtl
                     else opt.rect.adjusted(12 + MARKER, 4, -edge, 0))
        align = Qt.AlignmentFlag.AlignTop | (Qt.AlignmentFlag.AlignRight if rtl
                                             else Qt.AlignmentFlag.AlignLeft)
        first_line = opt.fontMetrics.elidedText(text.split("\n", 1)[0], Qt.TextElideMode.ElideRight,
                                                max(0, text_rect.width()))
        painter.drawText(text_rect, int(align | Qt.AlignmentFlag.AlignAbsolute), first_line)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        base = super().sizeHint(option, index)
        return QSize(base.width() + MARKER + 16, base.height())


def paint_check_mark(painter, rect: QRect, rim: QColor) -> None:
    """An amber diamond with a dark question mark in `rect` ("check this draft")."""
    fill, ink = CHECK_COLORS.get(current_theme(), CHECK_COLORS["light"])
    c = QPointF(rect.center().x() + 0.5, rect.center().y() + 0.5)
    half = rect.width() / 2
    painter.setPen(QPen(rim, 1))
    painter.setBrush(QColor(fill))
    painter.drawPolygon(QPolygonF([QPointF(c.x(), c.y() - half), QPointF(c.x() + half, c.y()),
                                   QPointF(c.x(), c.y() + half), QPointF(c.x() - half, c.y())]))
    font = QFont(painter.font())
    font.setBold(True)
    font.setPixelSize(max(7, round(rect.height() * 0.65)))
    painter.setFont(font)
    painter.setPen(QColor(ink))
    painter.drawText(rect.adjusted(0, 1, 0, 0), int(Qt.AlignmentFlag.AlignCenter), "?")
