"""Wrapped text cells whose height the view asks for only when a row becomes visible.

The delegate paints with QPainter.drawText and measures with QFontMetrics.boundingRect using the
same flags, so the measured height always matches what is painted. Heights are cached by
(text, width, style): scrolling back over a row costs a dict lookup.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from workbench.core.model import Kind, Status
from workbench.ui.models.paragraph_model import KindRole, StatusRole

PAD_X = 6
PAD_Y = 4
_CACHE_LIMIT = 50_000


class WrappedTextDelegate(QStyledItemDelegate):
    """Paints one wrapped text column in a fixed direction and font. GUI thread only.

    `rtl=True` for Arabic: right-to-left paragraph direction and right alignment regardless of
    the UI's layout direction (an Arabic cell is RTL even in the English UI).
    """

    def __init__(self, font: QFont, *, rtl: bool, parent=None) -> None:
        super().__init__(parent)
        self._rtl = rtl
        self._cache: dict[tuple, int] = {}
        self.set_font(font)

    # -- fonts and measuring ------------------------------------------------------------
    def set_font(self, font: QFont) -> None:
        self._fonts: dict[tuple[bool, bool], QFont] = {}
        self._metrics: dict[tuple[bool, bool], QFontMetrics] = {}
        for bold in (False, True):
            for italic in (False, True):
                f = QFont(font)
                f.setBold(bold)
                f.setItalic(italic)
                self._fonts[bold, italic] = f
                self._metrics[bold, italic] = QFontMetrics(f)
        self._cache.clear()

    def font(self) -> QFont:
        return self._fonts[False, False]

    def line_height(self) -> int:
        return self._metrics[False, False].lineSpacing()

    def _flags(self) -> int:
        align = Qt.AlignmentFlag.AlignRight if self._rtl else Qt.AlignmentFlag.AlignLeft
        direction = Qt.TextFlag.TextForceRightToLeft if self._rtl else Qt.TextFlag.TextForceLeftToRight
        return int(align | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignTop
                   | Qt.TextFlag.TextWordWrap | direction)

    def _style_of(self, index: QModelIndex) -> tuple[bool, bool]:
        bold = index.data(KindRole) == Kind.HEADING
        italic = not self._rtl and index.data(StatusRole) == Status.GLOSS
        return bold, italic

    def text_height(self, text: str, width: int, style: tuple[bool, bool] = (False, False)) -> int:
        """Height of `text` wrapped in a cell `width` pixels wide, padding included."""
        key = (text, width, style)
        height = self._cache.get(key)
        if height is None:
            inner = max(1, width - 2 * PAD_X)
            rect = self._metrics[style].boundingRect(QRect(0, 0, inner, 1 << 24), self._flags(),
                                                     text or " ")
            height = rect.height() + 2 * PAD_Y
            if len(self._cache) > _CACHE_LIMIT:
                self._cache.clear()
            self._cache[key] = height
        return height

    def height_for(self, index: QModelIndex, width: int) -> int:
        return self.text_height(index.data() or "", width, self._style_of(index))

    # -- Qt delegate API ----------------------------------------------------------------
    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        width = option.rect.width() if option.rect.width() > 0 else 400
        return QSize(width, self.height_for(index, width))

    def paint(self, painter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text = opt.text
        opt.text = ""  # the style draws background, selection and focus; the text is ours
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        if not text:
            return
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        group = (QPalette.ColorGroup.Normal if opt.state & QStyle.StateFlag.State_Enabled
                 else QPalette.ColorGroup.Disabled)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.save()
        painter.setFont(self._fonts[self._style_of(index)])
        painter.setPen(opt.palette.color(group, role))
        painter.setLayoutDirection(Qt.LayoutDirection.RightToLeft if self._rtl
                                   else Qt.LayoutDirection.LeftToRight)
        painter.drawText(opt.rect.adjusted(PAD_X, PAD_Y, -PAD_X, -PAD_Y), self._flags(), text)
        painter.restore()
