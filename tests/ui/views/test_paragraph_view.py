"""The grid view: Arabic right-aligned, heights measured only for rows on screen."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QApplication

from tests.ui.sample_text import paragraphs
from workbench.ui.fonts import arabic_font
from workbench.ui.models.paragraph_model import SOURCE, TARGET, ParagraphTableModel
from workbench.ui.models.status_filter_model import StatusFilterModel
from workbench.ui.views.paragraph_view import ParagraphView


def _view(qtbot, rows):
    model = ParagraphTableModel()
    model.set_paragraphs(rows)
    proxy = StatusFilterModel()
    proxy.setSourceModel(model)
    english = QFont(QApplication.font())
    english.setPointSize(11)
    view = ParagraphView(arabic_font(16), english)
    view.setModel(proxy)
    qtbot.addWidget(view)
    view.resize(1000, 600)
    view.show()
    qtbot.waitExposed(view)
    view.fit_visible_rows()
    return model, view


def _ink_columns(image, rect):
    """x positions inside `rect` where some pixel is dark (text ink)."""
    xs = []
    for x in range(rect.left(), rect.right()):
        for y in range(rect.top(), rect.bottom(), 2):
            if QColor(image.pixel(x, y)).lightness() < 110:
                xs.append(x)
                break
    return xs


def test_arabic_is_right_aligned_and_english_left_aligned(qtbot):
    rows = paragraphs(4)
    rows[2] = replace(rows[2], source="كتاب", target="A book")
    model, view = _view(qtbot, rows)
    view.clearSelection()
    image = view.viewport().grab().toImage()
    source_rect = view.visualRect(view.model().index(2, SOURCE))
    target_rect = view.visualRect(view.model().index(2, TARGET))
    ink = _ink_columns(image, source_rect)
    assert ink, "no Arabic text was painted"
    assert source_rect.right() - max(ink) < 20  # hugs the right edge
    assert min(ink) - source_rect.left() > source_rect.width() // 2
    ink = _ink_columns(image, target_rect)
    assert min(ink) - target_rect.left() < 20 and max(ink) < target_rect.center().x()


def test_rows_grow_with_their_text(qtbot):
    rows = paragraphs(3)
    rows[1] = replace(rows[1], source=" ".join([rows[1].source] * 6))
    model, view = _view(qtbot, rows)
    assert view.rowHeight(1) > 3 * view.rowHeight(2) // 2
    view.setColumnWidth(SOURCE, view.columnWidth(SOURCE))
    assert view.rowHeight(1) == view.row_height_for(1)


def test_only_rows_on_screen_are_measured(qtbot):
    rows = [replace(p, id=1000 + i, position=i) for i, p in enumerate(paragraphs(3000))]
    model, view = _view(qtbot, rows)
    default = view.verticalHeader().defaultSectionSize()
    measured = len(view.source_delegate._cache)
    assert 0 < measured < 60
    assert view.rowHeight(2500) == default
    view.go_to_row(2500)
    assert view.rowHeight(2500) == view.row_height_for(2500) > default
    assert len(view.source_delegate._cache) < 2 * measured + 20


def test_bigger_font_makes_rows_taller(qtbot):
    model, view = _view(qtbot, paragraphs(5))
    before = view.rowHeight(1)
    english = QFont(QApplication.font())
    english.setPointSize(11)
    view.set_fonts(arabic_font(26), english)
    assert view.rowHeight(1) > before


def test_current_paragraph_signal_follows_the_cursor(qtbot):
    model, view = _view(qtbot, paragraphs(5))
    with qtbot.waitSignal(view.current_paragraph_changed) as blocker:
        view.go_to_row(3)
    assert blocker.args == [103]
    assert view.current_paragraph_id() == 103
    view.move(1)
    assert view.current_paragraph_id() == 104
    view.move(1)  # stays on the last row
    assert view.current_paragraph_id() == 104
