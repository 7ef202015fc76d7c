"""Wrapped text cells whose height the view asks for only when a row becomes visible.

One QTextLayout per (text, width, style) both measures and paints a cell, so the measured height
always matches what is painted and a long Arabic paragraph is shaped once, not on every repaint
(shaping is what a repaint of ten long rows spends its time on). Layouts live in a small LRU
(about a few screens); heights, a few bytes each, in a larger cache.
"""

from __future__ import annotations

import math
from collections import OrderedDict

from PySide6.QtCore import QModelIndex, QPointF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QPalette,
    QTextCharFormat,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from workbench.core.model import Kind, Status
from workbench.ui.delegates.document_band import below_band
from workbench.ui import inline_text
from workbench.ui.display_text import ShownText, ShownTexts
from workbench.ui.inline_text import TaggedText
from workbench.ui.models.paragraph_model import (
    SOURCE,
    TARGET,
    KindRole,
    LevelRole,
    ParagraphIdRole,
    ParagraphRole,
    StatusRole,
)

PAD_X = 6
PAD_Y = 4
_CACHE_LIMIT = 50_000
_LAYOUT_LIMIT = 400
HIGHLIGHT = "#ffd54f"  # the current search hit: amber, readable with black text in both themes
# Headings are bold and larger by level (level 3 and deeper share the last step), so a
# document's structure shows in the grid as it does in a word processor.
HEADING_SCALES = (1.0, 1.4, 1.22, 1.1)
BODY = (False, False, 0)  # the style key of body text: (bold, italic, heading step)


class WrappedTextDelegate(QStyledItemDelegate):
    """Paints one wrapped text column in a fixed direction and font. GUI thread only.

    `rtl=True` for Arabic: right-to-left paragraph direction and right alignment regardless of
    the UI's layout direction (an Arabic cell is RTL even in the English UI).

    With `set_hide_diacritics(True)` cells paint their text without diacritics; highlights are
    still given in offsets of the stored text and mapped here (display_text.ShownText).

    A row whose paragraph has inline marks (Paragraph.marks) paints them: the source with its
    formatting and tag chips, a target with its tags as chips (inline_text). Every other row
    takes the plain path, unchanged. `cell(index, width)` gives the shown text and the layout
    as painted, for hit-testing.
    """

    def __init__(self, font: QFont, *, rtl: bool, parent=None) -> None:
        super().__init__(parent)
        self._rtl = rtl
        self._cache: dict[tuple, int] = {}
        self._layouts: OrderedDict[tuple, QTextLayout] = OrderedDict()
        self._highlight: tuple[int, int, int] | None = None  # (paragraph id, start, end)
        self.term_highlighter = None  # glossary hits drawn inside Arabic cells
        # Painted behind the text, after the cell's background: an object with
        # paint(delegate, painter, index, shown, layout, rect) (alignment_marks.LinkPainter).
        self.underlay = None
        self._shown = ShownTexts()
        self._tagged: OrderedDict[tuple, TaggedText] = OrderedDict()
        self.set_font(font)

    def set_term_highlighter(self, highlighter) -> None:
        self.term_highlighter = highlighter
        if self.parent() is not None:
            self.parent().viewport().update()

    # -- fonts and measuring ------------------------------------------------------------
    def set_font(self, font: QFont) -> None:
        self._fonts: dict[tuple[bool, bool, int], QFont] = {}
        self._metrics: dict[tuple[bool, bool, int], QFontMetrics] = {}
        for step, scale in enumerate(HEADING_SCALES):
            for bold in (False, True):
                for italic in (False, True):
                    f = QFont(font)
                    f.setBold(bold)
                    f.setItalic(italic)
                    if step and font.pointSizeF() > 0:
                        f.setPointSizeF(font.pointSizeF() * scale)
                    elif step:  # a font sized in pixels
                        f.setPixelSize(round(font.pixelSize() * scale))
                    self._fonts[bold, italic, step] = f
                    self._metrics[bold, italic, step] = QFontMetrics(f)
        self._cache.clear()
        self._layouts.clear()

    def set_hide_diacritics(self, hide: bool) -> None:
        """Paint (and measure) the text without its diacritics; the caller refits the rows."""
        self._shown.set_hide_diacritics(hide)
        self._tagged.clear()

    @property
    def hides_diacritics(self) -> bool:
        return self._shown.hide_diacritics

    def shown_text(self, text: str) -> ShownText:
        """What a cell holding `text` paints, with the offsets back to `text`."""
        return self._shown.get(text)

    def font(self) -> QFont:
        return self._fonts[BODY]

    def set_highlight(self, paragraph_id: int | None, start: int = 0, end: int = 0) -> None:
        """Mark text[start:end] of one paragraph (the current search hit); None clears."""
        self._highlight = None if paragraph_id is None else (paragraph_id, start, end)

    def line_height(self) -> int:
        return self._metrics[BODY].lineSpacing()

    def _option(self) -> QTextOption:
        align = Qt.AlignmentFlag.AlignRight if self._rtl else Qt.AlignmentFlag.AlignLeft
        option = QTextOption(align | Qt.AlignmentFlag.AlignAbsolute)
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        option.setTextDirection(Qt.LayoutDirection.RightToLeft if self._rtl
                                else Qt.LayoutDirection.LeftToRight)
        return option

    def layout(self, text: str, width: int, style: tuple[bool, bool, int] = BODY,
               tagged: TaggedText | None = None) -> QTextLayout:
        """The laid-out text of a cell `width` pixels wide (cached, least recently used out);
        `tagged` (whose `text` is `text`) adds its formatting and room for its chips."""
        key = (text, width, style) if tagged is None else (text, width, style, tagged.key)
        layout = self._layouts.get(key)
        if layout is not None:
            self._layouts.move_to_end(key)
            return layout
        layout = QTextLayout(text or " ", self._fonts[style])
        layout.setTextOption(self._option())
        if tagged is not None:
            layout.setFormats(inline_text.format_ranges(tagged, self._fonts[style]))
        inner = max(1, width - 2 * PAD_X)
        leading = self._metrics[style].leading()
        y = 0.0
        layout.beginLayout()
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(inner)
            line.setPosition(QPointF(0, y))
            y += line.height() + max(0, leading)
        layout.endLayout()
        self._layouts[key] = layout
        if len(self._layouts) > _LAYOUT_LIMIT:
            self._layouts.popitem(last=False)
        self._cache[key] = math.ceil(y) + 2 * PAD_Y
        return layout

    def style_of(self, index: QModelIndex) -> tuple[bool, bool, int]:
        heading = index.data(KindRole) == Kind.HEADING
        italic = not self._rtl and index.data(StatusRole) == Status.GLOSS
        step = min(max(index.data(LevelRole) or 1, 1), len(HEADING_SCALES) - 1) if heading else 0
        return heading, italic, step

    def text_height(self, text: str, width: int, style: tuple[bool, bool, int] = BODY,
                    tagged: TaggedText | None = None) -> int:
        """Height of `text` wrapped in a cell `width` pixels wide, padding included."""
        key = (text, width, style) if tagged is None else (text, width, style, tagged.key)
        height = self._cache.get(key)
        if height is None:
            if len(self._cache) > _CACHE_LIMIT:
                self._cache.clear()
            self.layout(text, width, style, tagged)
            height = self._cache[key]
        return height

    def height_for(self, index: QModelIndex, width: int) -> int:
        text, marks = self.text_and_marks(index)
        if marks:
            tagged = self.tagged_text(text, marks, index.column() == SOURCE)
            return self.text_height(tagged.text, width, self.style_of(index), tagged)
        return self.text_height(self._shown.get(text).text, width, self.style_of(index))

    def tagged_text(self, text: str, marks: tuple, source: bool) -> TaggedText:
        """The shown form of a cell with inline marks (cached like the layouts)."""
        key = (text, marks, source)
        found = self._tagged.get(key)
        if found is None:
            found = self._tagged[key] = inline_text.tagged_text(
                text, marks, source=source, hide_diacritics=self._shown.hide_diacritics)
            if len(self._tagged) > _LAYOUT_LIMIT:
                self._tagged.popitem(last=False)
        else:
            self._tagged.move_to_end(key)
        return found

    @staticmethod
    def text_and_marks(index: QModelIndex) -> tuple[str, tuple]:
        """The cell's text and its paragraph's inline marks, in one look-up of the model (the
        plain case asks the model no more often than it did before marks existed)."""
        p = index.data(ParagraphRole)
        column = index.column()
        if p is None or column not in (SOURCE, TARGET):
            return index.data() or "", ()
        return (p.source if column == SOURCE else p.target), p.marks

    def cell(self, index: QModelIndex, width: int) -> tuple[ShownText, QTextLayout]:
        """The shown text of the cell at `index` and its layout `width` wide, as painted."""
        text, marks = self.text_and_marks(index)
        if marks:
            tagged = self.tagged_text(text, marks, index.column() == SOURCE)
            return tagged, self.layout(tagged.text, width, self.style_of(index), tagged)
        shown = self._shown.get(text)
        return shown, self.layout(shown.text, width, self.style_of(index))

    # -- Qt delegate API ----------------------------------------------------------------
    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        width = option.rect.width() if option.rect.width() > 0 else 400
        return QSize(width, self.height_for(index, width))

    def paint(self, painter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        opt = QStyleOptionViewItem(below_band(option, index))  # a document's band is above
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
        shown, layout = self.cell(index, opt.rect.width())
        painter.save()
        painter.setPen(opt.palette.color(group, role))
        painter.setClipRect(opt.rect)
        if self.underlay is not None:
            self.underlay.paint(self, painter, index, shown, layout, opt.rect)
        origin = QPointF(opt.rect.left() + PAD_X, opt.rect.top() + PAD_Y)
        selections = self.selections(index, shown)
        if isinstance(shown, TaggedText):
            links = opt.palette.color(group, QPalette.ColorRole.HighlightedText if selected
                                      else QPalette.ColorRole.Link)
            selections = inline_text.link_ranges(shown, links) + selections
        layout.draw(painter, origin, selections)
        if isinstance(shown, TaggedText):
            inline_text.paint_chips(painter, layout, shown, origin,
                                    self._fonts[self.style_of(index)])
        painter.restore()

    def selections(self, index: QModelIndex, shown: ShownText) -> list[QTextLayout.FormatRange]:
        """Format ranges over `shown.text`: glossary hits, then the search hit (drawn on top)."""
        ranges = []
        if self.term_highlighter is not None and self._rtl:
            for term in self.term_highlighter.format_ranges(shown.original):
                ranges += _mapped(shown, term.start, term.start + term.length, term.format)
        hit = self._highlight
        if hit is not None and index.data(ParagraphIdRole) == hit[0]:
            end = min(hit[2], len(shown.original))
            if hit[1] < end:
                mark = QTextCharFormat()
                mark.setBackground(QColor(HIGHLIGHT))
                mark.setForeground(QColor("#000000"))
                ranges += _mapped(shown, hit[1], end, mark)
        return ranges


class LeftToRightDelegate(QStyledItemDelegate):
    """A plain cell holding English (or Latin transliteration): laid out left to right and
    elided at its end, also in a right-to-left table of the Arabic interface, where the default
    would order it right to left: punctuation at the wrong end, the start cut off."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        super().initStyleOption(option, index)
        option.direction = Qt.LayoutDirection.LeftToRight


def left_to_right(view, *columns: int) -> LeftToRightDelegate:
    """Give `columns` of `view` (a QTableView) one LeftToRightDelegate, owned by the view."""
    delegate = LeftToRightDelegate(view)
    for column in columns:
        view.setItemDelegateForColumn(column, delegate)
    return delegate


def _mapped(shown: ShownText, start: int, end: int, fmt: QTextCharFormat) -> list:
    start, end = shown.span(start, end)
    if end <= start:
        return []  # the span held only diacritics, which are not painted
    r = QTextLayout.FormatRange()
    r.start, r.length, r.format = start, end - start, fmt
    return [r]
