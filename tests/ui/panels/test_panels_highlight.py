"""Highlighting glossary hits in real Arabic text with the real TermMatcher, checked on the
spans, on pixels drawn by QTextLayout, and on the character found under a point."""

from __future__ import annotations

import unicodedata

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QTextLayout, QTextLine, QTextOption

from workbench.arabic.term_matcher import Term, TermMatcher
from workbench.ui.panels.term_highlighter import TermHighlighter, cursor_at
from workbench.arabic.chars import word_at

TEXT = ("قالت وزارة المالية إن الحكومة ستدعم المدارس، وبالحكومة الجديدة تبدأ مرحلة، "
        "وقدّم للحكومةِ تقريراً عن الحكم الحكومي.")
TERMS = [Term(1, "الحكومة", "the Government"), Term(2, "وزارة المالية", "Ministry of Finance")]


@pytest.fixture
def highlighter():
    return TermHighlighter(TermMatcher(TERMS))


def _span_of(word: str, inner: str) -> tuple[int, int]:
    start = TEXT.index(word) + word.index(inner)
    return start, start + len(inner)


def test_spans_cover_the_term_inside_words_with_clitics(highlighter):
    assert highlighter.spans(TEXT) == [
        _span_of("وزارة المالية", "وزارة المالية"),
        _span_of(" الحكومة ", "الحكومة"),
        _span_of("وبالحكومة", "الحكومة"),  # the conjunction and preposition stay outside
        _span_of("للحكومةِ", "حكومةِ"),  # the contracted article too; the stem keeps its kasra
    ]
    covered = "".join(TEXT[s:e] for s, e in highlighter.spans(TEXT))
    assert "الحكم" not in covered.replace("الحكومة", "")  # الحكم and الحكومي are other words


def test_format_ranges_match_the_spans_and_carry_the_format(highlighter):
    ranges = highlighter.format_ranges(TEXT)
    assert [(r.start, r.start + r.length) for r in ranges] == highlighter.spans(TEXT)
    assert all(r.format.background().color().alpha() > 0 for r in ranges)


def test_tooltip_gives_the_english_term_under_a_character(highlighter):
    start, end = _span_of("وبالحكومة", "الحكومة")
    assert highlighter.tooltip_at(TEXT, start) == "the Government"
    assert highlighter.tooltip_at(TEXT, end - 1) == "the Government"
    assert highlighter.tooltip_at(TEXT, start - 1) is None  # the ب of وبالحكومة
    assert highlighter.tooltip_at(TEXT, TEXT.index("وزارة") + 2) == "Ministry of Finance"
    assert highlighter.tooltip_at(TEXT, TEXT.index("الحكم ") + 1) is None


def test_an_empty_glossary_highlights_nothing():
    empty = TermHighlighter(TermMatcher([]))
    assert empty.format_ranges(TEXT) == [] and empty.tooltip_at(TEXT, 5) is None
    assert TermHighlighter(None).spans(TEXT) == []


def test_from_a_glossary_snapshot_uses_the_entries_english():
    from workbench.glossary.entries import Glossary, GlossaryEntry

    glossary = Glossary([GlossaryEntry("الحكومة", "the Government", id=4)])
    highlighter = TermHighlighter.from_glossary(glossary)
    start, _ = _span_of("للحكومةِ", "حكومةِ")
    assert highlighter.tooltip_at(TEXT, start) == "the Government"
    assert len(highlighter.spans(TEXT)) == 3


# -- drawn and pointed at -------------------------------------------------------------------
def _layout(width: int = 900) -> QTextLayout:
    layout = QTextLayout(TEXT, QFont("DejaVu Sans", 16))
    option = QTextOption(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute)
    option.setTextDirection(Qt.LayoutDirection.RightToLeft)
    layout.setTextOption(option)
    layout.beginLayout()
    y = 0.0
    while (line := layout.createLine()).isValid():
        line.setLineWidth(width)
        line.setPosition(QPointF(0, y))
        y += line.height()
    layout.endLayout()
    return layout


def _has_box(index: int) -> bool:
    """Combining marks (kasra, tanwin, shadda) sit on their letter and have no box of their own."""
    return unicodedata.category(TEXT[index]) != "Mn"


def _centre(layout: QTextLayout, index: int) -> QPointF:
    line = layout.lineForTextPosition(index)
    a = line.cursorToX(index, QTextLine.Edge.Leading)[0]
    b = line.cursorToX(index, QTextLine.Edge.Trailing)[0]
    return QPointF((a + b) / 2, line.y() + line.height() / 2)


def test_the_drawn_highlight_sits_behind_the_hits_only(qapp, highlighter):
    layout = _layout()
    image = QImage(900, int(layout.boundingRect().height()) + 4, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    layout.draw(painter, QPointF(0, 0), highlighter.format_ranges(TEXT))
    painter.end()
    image.save("/tmp/panels/highlight.png")

    def tinted(index: int) -> bool:
        # The top row of the line: the selection background is there, glyph ink rarely is.
        point = _centre(layout, index)
        top = int(layout.lineForTextPosition(index).y()) + 1
        colour = image.pixelColor(int(point.x()), top)
        return colour.blue() < 220 and colour.red() > 200

    for start, end in highlighter.spans(TEXT):
        assert all(tinted(i) for i in range(start, end) if _has_box(i)), TEXT[start:end]
    for outside in ("قالت", "المدارس", "الحكم ", "تقريراً"):
        at = TEXT.index(outside)
        assert not any(tinted(i) for i in range(at, at + len(outside.strip()))), outside
    assert not tinted(TEXT.index("وبالحكومة"))  # the و of وبالحكومة is not the term


def test_the_character_under_a_point_leads_to_the_word_and_its_tooltip(qapp, highlighter):
    layout = _layout(500)  # wraps: points on the second line too
    assert layout.lineCount() > 1
    for word in ("وبالحكومة", "للحكومةِ", "قالت", "تقريراً"):
        for offset in range(len(word)):
            index = TEXT.index(word) + offset
            if not _has_box(index):
                continue
            found = cursor_at(layout, _centre(layout, index))
            assert found == index, (word, offset)
            assert word_at(TEXT, found)[2] == word
    index = TEXT.index("للحكومةِ") + 3
    assert highlighter.tooltip_at(TEXT, cursor_at(layout, _centre(layout, index))) == "the Government"
    assert cursor_at(layout, QPointF(5, 5)) is None  # the empty left end of the first line
    assert cursor_at(layout, QPointF(100, 1000)) is None  # below the text
