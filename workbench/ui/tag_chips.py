"""How an inline tag looks: a small rounded chip with its number, in the grid and the editor.

A tag is one character of the target (core.inline); on screen it is a chip reading "1" (an
opening tag), "/1" (closing) or "1/" (standalone: a note reference, an image), the spelling
`inline.visible` uses in a terminal. One violet reads on the white of the light theme, on the
dark blue-grey of qdarkstyle and on a selected (blue) row alike, with white digits on it; the
grid and the editor share this module so a chip looks the same in both.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QGuiApplication, QPainter, QPen

from workbench.core import inline

FILL = "#7b5cc4"  # violet: neither the search hit's amber nor the glossary's or alignment's hues
EDGE = "#5a3f9e"
TEXT = "#ffffff"
PAD = 3.0  # pixels each side of the label
GAP = 1.0  # pixels between a chip and the text beside it


def label(char: str) -> str:
    """The chip's text for tag character `char` ("" for a character that is no tag)."""
    found = inline.role(char)
    if found is None:
        return ""
    role, number = found
    return {"open": f"{number}", "close": f"/{number}", "solo": f"{number}/"}[role]


def tooltip(char: str, marks) -> str:
    """What the tag stands for (`Mark.label()` of the source mark with its number)."""
    found = inline.role(char)
    if found is None:
        return ""
    mark = next((m for m in marks if m.number == found[1]), None)
    return mark.label() if mark is not None else ""


def chip_font(font: QFont) -> QFont:
    """The label's font: the interface's (a Naskh face's digits are hard to read that small),
    bold, sized to the text's font so a chip fits inside its line."""
    small = QFont(QGuiApplication.font())
    small.setBold(True)
    if font.pointSizeF() > 0:
        small.setPointSizeF(max(6.0, font.pointSizeF() * 0.72))
    else:
        small.setPixelSize(max(8, round(font.pixelSize() * 0.72)))
    return small


def chip_width(font: QFont, text: str) -> float:
    """Width a chip labelled `text` takes in a line of `font` (gaps included)."""
    return QFontMetricsF(chip_font(font)).horizontalAdvance(text) + 2 * PAD + 2 * GAP


def chip_height(font: QFont) -> float:
    return QFontMetricsF(chip_font(font)).height() + 2


def paint_chip(painter: QPainter, rect: QRectF, text: str, font: QFont) -> None:
    """Draw the chip labelled `text` in `rect` (the whole advance it takes in the line): the
    box is centred vertically and kept off the neighbouring letters by GAP."""
    small = chip_font(font)
    height = min(rect.height(), QFontMetricsF(small).height() + 2)
    box = QRectF(rect.left() + GAP, rect.center().y() - height / 2,
                 max(1.0, rect.width() - 2 * GAP), height)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(QColor(EDGE), 1.0))
    painter.setBrush(QColor(FILL))
    painter.drawRoundedRect(box, 3, 3)
    painter.setPen(QColor(TEXT))
    painter.setFont(small)
    # Left to right always, and marked so (LRM at both ends): in an Arabic cell "/1" would
    # otherwise be drawn "1/".
    painter.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    flags = Qt.AlignmentFlag.AlignCenter.value | Qt.TextFlag.TextForceLeftToRight.value
    painter.drawText(box, flags, f"\u200e{text}\u200e")
    painter.restore()
