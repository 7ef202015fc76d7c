"""Diacritics shown or hidden in the grid (display only, highlights and clicks still land on the
stored text), and hover analysis bound to the settings."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QTextLine

from tests.ui.conftest import WAIT, open_project, wait_saved
from workbench.arabic.normalize import strip_diacritics
from workbench.project import Project
from workbench.ui.delegates.text_delegate import HIGHLIGHT, PAD_X, PAD_Y
from workbench.ui.display_text import shown_text
from workbench.ui.finding import Query
from workbench.ui.models.paragraph_model import SOURCE

TEACHER = "المعلّمة"  # row 1 of the sample text holds it, with a shadda


# -- the offset table ---------------------------------------------------------------------
def test_a_span_of_the_stored_text_maps_onto_the_stripped_text():
    text = "قالَت المعلّمةُ إنّ الامتحانَ قريبٌ"
    shown = shown_text(text, hide_diacritics=True)
    assert shown.text == "قالت المعلمة إن الامتحان قريب"
    start = text.index(TEACHER)
    s, e = shown.span(start, start + len(TEACHER) + 1)  # the word and its final damma
    assert shown.text[s:e] == "المعلمة"
    assert text[shown.to_original(s):shown.to_original(e)].startswith(TEACHER)
    assert shown.span(3, 4) == (3, 3)  # a span holding only a fatha is empty when shown
    assert shown.to_original(len(shown.text)) == len(text)


def test_text_without_diacritics_is_shown_as_it_is():
    shown = shown_text("ذهب الطالب", hide_diacritics=True)
    assert shown.identity and shown.text == "ذهب الطالب" and shown.span(2, 5) == (2, 5)
    assert shown_text("قالَت", hide_diacritics=False).text == "قالَت"


ARABIC = st.text(alphabet=st.sampled_from(list("ابتثجحخمنهويءأة ") + ["\u064e", "\u064f", "\u0650",
                                                                      "\u0651", "\u0652", "\u064b"]))


@given(ARABIC, st.data())
def test_every_shown_character_is_its_stored_character(text, data):
    shown = shown_text(text, hide_diacritics=True)
    assert shown.text == strip_diacritics(text)
    for i, ch in enumerate(shown.text):
        assert text[shown.to_original(i)] == ch
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    s, e = shown.span(start, end)
    assert shown.text[s:e] == strip_diacritics(text[start:end])


# -- the grid -----------------------------------------------------------------------------
def _row_of(window, word: str) -> int:
    return next(r for r in range(window.model.rowCount()) if word in window.model.paragraph_at(r).source)


def _point_of_shown(view, row: int, shown_index: int) -> QPoint:
    """Viewport point at the centre of character `shown_index` of the text as painted."""
    index = view.model().index(row, SOURCE)
    rect = view.visualRect(index)
    delegate = view.source_delegate
    layout = delegate.layout(delegate.shown_text(index.data()).text, rect.width(), delegate.style_of(index))
    line = layout.lineForTextPosition(shown_index)
    a = line.cursorToX(shown_index, QTextLine.Edge.Leading)[0]
    b = line.cursorToX(shown_index, QTextLine.Edge.Trailing)[0]
    return QPoint(int(rect.left() + PAD_X + (a + b) / 2),
                  int(rect.top() + PAD_Y + line.y() + line.height() / 2))


def test_hiding_diacritics_changes_the_display_only(qtbot, window, project_path, settings):
    open_project(qtbot, window, project_path)
    row = _row_of(window, TEACHER)
    stored = window.model.paragraph_at(row).source
    action = window.display.show_diacritics
    assert action.isChecked() and window.view.source_delegate.shown_text(stored).text == stored
    action.trigger()
    assert not settings.show_diacritics
    painted = window.view.source_delegate.shown_text(stored).text
    assert painted == strip_diacritics(stored) and "\u0651" not in painted
    assert window.model.paragraph_at(row).source == stored
    window.editing.edit(window.model.paragraph_at(row).id, "The teacher spoke.")
    wait_saved(qtbot, window)
    window.close()
    with Project.open(project_path) as project:
        assert project.paragraphs()[row].source == stored  # the file keeps every mark


def test_a_search_hit_is_marked_on_the_stripped_word(qtbot, window, project_path):
    open_project(qtbot, window, project_path)
    window.display.show_diacritics.trigger()
    hit = window.finder.find(Query("المعلمه", in_target=False))
    stored = window.model.paragraph(hit.paragraph_id).source
    assert stored[hit.start:hit.end] == TEACHER
    row = window.view.currentIndex().row()
    index = window.proxy.index(row, SOURCE)
    delegate = window.view.source_delegate
    shown = delegate.shown_text(stored)
    marks = delegate.selections(index, shown)
    assert [shown.text[m.start:m.start + m.length] for m in marks] == ["المعلمة"]
    # ... and it is painted there: the amber of the hit is inside the Arabic cell.
    window.view.viewport().repaint()
    image = window.view.viewport().grab(window.view.visualRect(index)).toImage()
    amber = QColor(HIGHLIGHT).rgb()
    assert any(image.pixel(x, y) == amber for x in range(0, image.width(), 2)
               for y in range(0, image.height(), 2))


def test_a_click_on_a_stripped_word_gives_the_stored_word(qtbot, window, project_path):
    open_project(qtbot, window, project_path)
    window.display.show_diacritics.trigger()
    row = _row_of(window, TEACHER)
    window.view.go_to_row(row)
    stored = window.model.paragraph_at(row).source
    shown = window.view.source_delegate.shown_text(stored)
    clicked = []
    window.reading.pointer.word_clicked.connect(lambda *args: clicked.append(args[3:]))
    # After the hidden shaddas of المعلّمة and إنّ the painted text is two characters shorter
    # than the stored one: a click on the first letter of سيكون must still find سيكون.
    for word, stored_word, into in (("المعلمة", TEACHER, 4), ("سيكون", "سيكون", 0)):
        at = shown.text.index(word) + into
        qtbot.mouseClick(window.view.viewport(), Qt.MouseButton.LeftButton,
                         pos=_point_of_shown(window.view, row, at))
        assert clicked[-1] == (stored_word, stored)


def test_the_choices_survive_a_restart(qtbot, window, settings):
    from workbench.ui.main_window import MainWindow
    from workbench.ui.settings import Settings

    assert not window.reading.pointer.hover  # hover analysis is opt-in
    window.display.show_diacritics.trigger()
    window.display.hover.trigger()
    assert window.reading.pointer.hover
    window.close()
    again = MainWindow(Settings())
    qtbot.addWidget(again)
    assert not again.display.show_diacritics.isChecked()
    assert again.display.hover.isChecked()
    assert again.view.source_delegate.hides_diacritics
    assert again.reading.pointer.hover
    again.display.hover.trigger()
    assert not again.reading.pointer.hover and not Settings().hover_gloss
    again.close()


def test_with_hover_off_resting_on_a_word_analyzes_nothing(qtbot, window, project_path):
    open_project(qtbot, window, project_path)
    window.display.hover.setChecked(False)
    pos = _point_of_shown(window.view, 2, 3)
    with qtbot.assertNotEmitted(window.reading.pointer.word_hovered, wait=800):
        qtbot.mouseMove(window.view.viewport(), pos)
    window.display.hover.setChecked(True)
    with qtbot.waitSignal(window.reading.pointer.word_hovered, timeout=WAIT):
        qtbot.mouseMove(window.view.viewport(), pos + QPoint(1, 0))


def test_the_toggles_with_keys_are_in_the_shortcuts_help(qtbot, window):
    from workbench.ui.dialogs.shortcuts_dialog import ShortcutsDialog

    window.show_shortcuts()
    dialog = window.findChild(ShortcutsDialog)
    rows = dict(dialog.rows())
    assert rows["Reading layout"] == "F6"
    assert rows["Show diacritics"] == "Ctrl+Shift+D"
    assert rows["Add glossary term"] == "Ctrl+Shift+K"
