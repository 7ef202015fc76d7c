"""A grid cell with inline formatting: its words styled and its tags as chips.

The source of a paragraph with marks is shown as `inline.tagged(source, marks)` (bold words
bold, links underlined, a chip at each mark's edge); a target shows the tag characters it
carries, formatted by the source marks they stand for. Each tag becomes one no-break space in
the laid-out text, widened (letter spacing) to the chip's width, and the chip is painted over
it: one character per tag, so the layout's line breaking, bidi and hit-testing stay Qt's own,
and a chip never wraps away from the word it touches.

Offsets: `TaggedText` is a ShownText, so highlights given in offsets of the stored text still
land on the right words. A chip in the source has no stored character; it maps to the position
of the mark's edge, just before the character there (the kept table holds edge - 0.5), and a
span's shown form leaves out the chips at its ends.
"""

from __future__ import annotations

import math
from array import array
from dataclasses import dataclass

from PySide6.QtCore import QRectF
from PySide6.QtGui import QFont, QFontMetricsF, QTextCharFormat, QTextLayout

from workbench.arabic.normalize import DIACRITICS
from workbench.core import inline
from workbench.ui import tag_chips
from workbench.ui.display_text import ShownText

PLACE = "\u00a0"  # what a chip stands on in the laid-out text: a space that never breaks


@dataclass(frozen=True, slots=True)
class Chip:
    index: int  # in the shown text
    char: str  # the tag character
    label: str


@dataclass(frozen=True, slots=True)
class Span:
    start: int  # in the shown text
    end: int
    styles: frozenset[str]
    href: str


class TaggedText(ShownText):
    """ShownText of a cell with tags: also its chips and its formatted spans. Immutable."""

    __slots__ = ("chips", "spans", "key")

    def __init__(self, original: str, text: str, kept: array | None,
                 chips: tuple[Chip, ...], spans: tuple[Span, ...]) -> None:
        super().__init__(original, text, kept)
        self.chips = chips
        self.spans = spans
        # What, beside the text, makes its layout differ (the delegates' layout cache key).
        self.key = (tuple((c.index, c.label) for c in chips),
                    tuple((s.start, s.end, tuple(sorted(s.styles)), bool(s.href)) for s in spans))

    def to_original(self, index: int) -> int:
        return math.ceil(super().to_original(index))

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The shown span of stored span [start, end), without the chips at its end (a
        highlight of a bold word ends at the word, not after its closing chip)."""
        a, b = super().span(start, end)
        if self._kept is not None:
            places = {chip.index for chip in self.chips}
            while b > a and b - 1 in places:
                b -= 1
        return a, b


def tagged_text(original: str, marks, *, source: bool, hide_diacritics: bool = False) -> TaggedText:
    """The shown form of a cell: `original` is the stored source (tags put in from `marks`) or
    a stored target (its tags already in it); diacritics left out when asked."""
    text = inline.tagged(original, marks) if source else original
    by_number = {mark.number: mark for mark in marks}
    out: list[str] = []
    kept = array("d")
    chips: list[Chip] = []
    spans: list[Span] = []
    active: list = []
    stored = 0  # index into `original`
    span_start = 0
    for char in text:
        tag = inline.role(char)
        if tag is not None:
            _close_span(spans, active, span_start, len(out))
            chips.append(Chip(len(out), char, tag_chips.label(char)))
            kept.append(stored - 0.5 if source else stored)
            out.append(PLACE)
            if not source:
                stored += 1
            _follow(active, tag, by_number.get(tag[1]))
            span_start = len(out)
            continue
        if hide_diacritics and ord(char) in DIACRITICS:
            stored += 1
            continue
        kept.append(stored)
        out.append(char)
        stored += 1
    _close_span(spans, active, span_start, len(out))
    shown = "".join(out)
    identity = not source and len(shown) == len(original)
    return TaggedText(original, shown, None if identity else kept, tuple(chips), tuple(spans))


def _follow(active: list, tag: tuple[str, int], mark) -> None:
    role = tag[0]
    if mark is None or mark.solo:
        return
    if role == "open" and mark not in active:
        active.append(mark)
    elif role == "close" and mark in active:
        active.remove(mark)


def _close_span(spans: list[Span], active: list, start: int, end: int) -> None:
    if end <= start or not active:
        return
    styles = frozenset().union(*(m.styles for m in active))
    href = next((m.href or "link" for m in reversed(active) if m.kind == inline.LINK), "")
    if styles or href:
        spans.append(Span(start, end, styles, href))


def format_ranges(shown: TaggedText, font: QFont) -> list[QTextLayout.FormatRange]:
    """The layout's formats: styled spans, and each chip's place widened to the chip."""
    ranges = []
    for span in shown.spans:
        fmt = QTextCharFormat()
        styles = span.styles
        if "b" in styles:
            fmt.setFontWeight(QFont.Weight.Bold)
        if "i" in styles:
            fmt.setFontItalic(True)
        if "u" in styles or span.href:
            fmt.setFontUnderline(True)
        if "s" in styles:
            fmt.setFontStrikeOut(True)
        if "sup" in styles or "sub" in styles:
            fmt.setVerticalAlignment(QTextCharFormat.VerticalAlignment.AlignSuperScript
                                     if "sup" in styles else
                                     QTextCharFormat.VerticalAlignment.AlignSubScript)
        if "code" in styles:
            fmt.setFontFamilies(["monospace"])
        ranges.append(_range(span.start, span.end - span.start, fmt))
    space = QFontMetricsF(font).horizontalAdvance(PLACE)
    for chip in shown.chips:
        fmt = QTextCharFormat()
        fmt.setFontLetterSpacingType(QFont.SpacingType.AbsoluteSpacing)
        fmt.setFontLetterSpacing(max(0.0, tag_chips.chip_width(font, chip.label) - space))
        ranges.append(_range(chip.index, 1, fmt))
    return ranges


def link_ranges(shown: TaggedText, color) -> list[QTextLayout.FormatRange]:
    """Links in the palette's link colour (given when painting: it follows the theme)."""
    out = []
    for span in shown.spans:
        if span.href:
            fmt = QTextCharFormat()
            fmt.setForeground(color)
            out.append(_range(span.start, span.end - span.start, fmt))
    return out


def paint_chips(painter, layout: QTextLayout, shown: TaggedText, origin, font: QFont) -> None:
    """Draw the chips over their places in `layout` (drawn at `origin`)."""
    for chip in shown.chips:
        line = layout.lineForTextPosition(chip.index)
        if not line.isValid():
            continue
        a = line.cursorToX(chip.index)[0]
        b = line.cursorToX(chip.index + 1)[0]
        left, right = min(a, b), max(a, b)
        if right - left < 2:  # both edges reported alike (a bidi boundary): use the width
            right = left + tag_chips.chip_width(font, chip.label)
        rect = QRectF(origin.x() + left, origin.y() + line.y(), right - left, line.height())
        tag_chips.paint_chip(painter, rect, chip.label, font)


def _range(start: int, length: int, fmt: QTextCharFormat) -> QTextLayout.FormatRange:
    r = QTextLayout.FormatRange()
    r.start, r.length, r.format = start, length, fmt
    return r
