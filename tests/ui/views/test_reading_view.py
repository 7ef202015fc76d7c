"""The reading layout: two columns of flowing text, built when first shown, scrolled together,
following the grid and leading to it, kept up to date as rows load and change."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt

from tests.ui.conftest import WAIT, open_project, wait_saved
from tests.ui.sample_text import SENTENCES, TRANSLATIONS
from workbench.arabic.normalize import strip_diacritics
from workbench.core.model import Status
from workbench.ui.session import FIRST_PAGE
from workbench.ui.views.reading_view import ReadingColumn

BOOK = FIRST_PAGE + 150  # more than the first page: the rest arrives while the layout is open


@pytest.fixture
def book_path(tmp_path):
    """A project of BOOK paragraphs, each with an English target of a different length."""
    from workbench.project import Project

    doc = tmp_path / "كتاب.txt"
    doc.write_text("\n\n".join(f"{i + 1}. " + SENTENCES[i % 8] + " " + SENTENCES[(i * 5) % 8] * (i % 3 + 1)
                               for i in range(BOOK)) + "\n", encoding="utf-8")
    path = tmp_path / "book.wbproj"
    with Project.create(path) as project:
        project.import_document(doc)
        for i, p in enumerate(project.paragraphs()):
            project.save_target(p.id, f"{i + 1}. " + TRANSLATIONS[i % 8] * (i % 4 + 1))
    return path


def _show(qtbot, window):
    window.display.reading_action.trigger()
    qtbot.waitUntil(window.display.reading_view.isVisible, timeout=WAIT)
    return window.display.reading_view


def _texts(column) -> list[str]:
    return [column.text_at(i) for i in range(column.document().blockCount())]


def test_nothing_is_built_until_the_layout_is_shown(qtbot, window, project_path):
    open_project(qtbot, window, project_path)
    reading = window.display.reading_view
    assert not reading.built and reading.arabic.document().characterCount() <= 1
    _show(qtbot, window)
    rows = window.model.paragraphs()
    assert reading.built
    assert _texts(reading.arabic) == [p.source for p in rows]
    assert _texts(reading.english) == [p.target for p in rows]


def test_rows_loaded_later_are_appended_and_changes_follow(qtbot, window, book_path):
    _show(qtbot, window)
    open_project(qtbot, window, book_path)
    qtbot.waitUntil(lambda: not window.loading, timeout=WAIT)
    reading = window.display.reading_view
    rows = window.model.paragraphs()
    assert len(rows) == BOOK
    assert _texts(reading.arabic) == [p.source for p in rows]
    assert _texts(reading.english) == [p.target for p in rows]
    pid = rows[BOOK - 2].id
    window.editing.edit(pid, "A line\nand a second line.")
    wait_saved(qtbot, window)
    assert reading.english.text_at(BOOK - 2) == "A line\nand a second line."
    assert reading.english.document().blockCount() == BOOK  # the line break stayed inside


def test_scrolling_one_column_brings_the_other_to_the_same_paragraph(qtbot, window, book_path):
    open_project(qtbot, window, book_path)
    qtbot.waitUntil(lambda: not window.loading, timeout=WAIT)
    reading = _show(qtbot, window)
    reading.arabic.scroll_to(200)
    assert reading.arabic.top_position()[0] == 200
    assert reading.english.top_position()[0] == 200
    reading.english.scroll_to(37)
    assert reading.arabic.top_position()[0] == 37
    reading.english.verticalScrollBar().triggerAction(
        reading.english.verticalScrollBar().SliderAction.SliderPageStepAdd)
    assert reading.arabic.top_position()[0] == reading.english.top_position()[0] > 37


def test_the_grid_and_the_layout_lead_to_each_other(qtbot, window, book_path):
    open_project(qtbot, window, book_path)
    qtbot.waitUntil(lambda: not window.loading, timeout=WAIT)
    reading = _show(qtbot, window)
    window.view.go_to_row(250)
    assert 250 in reading.arabic.visible_rows() and 250 in reading.english.visible_rows()
    assert reading.arabic.marked_row == reading.english.marked_row == 250
    # A click on another paragraph of the English column selects its row in the grid.
    column = reading.english
    target = next(r for r in column.visible_rows() if r != 250)
    block = column.document().findBlockByNumber(target)
    geometry = column.blockBoundingGeometry(block).translated(column.contentOffset())
    point = QPoint(20, int(geometry.top() + min(geometry.height(), 40) / 2))
    assert column.row_at(point) == target
    qtbot.mouseClick(column.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert window.view.current_paragraph_id() == window.model.paragraph_at(target).id
    assert reading.arabic.marked_row == target
    # Only the current paragraph is tinted; the one before got its own background back.
    tint = reading.arabic.palette().color(reading.arabic.palette().ColorRole.Highlight).rgb()
    tinted = [r for r in range(BOOK) if reading.arabic.document().findBlockByNumber(r)
              .blockFormat().background().color().rgb() == tint]
    assert tinted == [target]


def test_diacritics_and_gloss_drafts_in_the_layout(qtbot, window, project_path,
                                                    no_model_installed):
    open_project(qtbot, window, project_path)
    reading = _show(qtbot, window)
    window.view.go_to_row(2)
    window.display.show_diacritics.trigger()
    rows = window.model.paragraphs()
    assert _texts(reading.arabic) == [strip_diacritics(p.source) for p in rows]
    assert reading.arabic.marked_row == 2  # the rebuilt column still marks the current row
    assert _texts(reading.arabic) != [p.source for p in rows]
    with qtbot.waitSignal(window.translation.finished, timeout=WAIT * 3):
        window.actions.translate_all.trigger()
    rows = window.model.paragraphs()
    assert {p.status for p in rows} == {Status.GLOSS}
    assert _texts(reading.english) == [p.target for p in rows]
    cursor = reading.english.textCursor()
    cursor.setPosition(reading.english.document().findBlockByNumber(3).position() + 1)
    assert cursor.charFormat().fontItalic()  # gloss drafts look different, as in the grid


def test_a_new_project_empties_a_hidden_layout(qtbot, window, project_path, tmp_path):
    open_project(qtbot, window, project_path)
    reading = _show(qtbot, window)
    window.display.reading_action.trigger()  # hide it again
    window.files.create(tmp_path / "empty")
    qtbot.waitUntil(lambda: window.model.rowCount() == 0, timeout=WAIT)
    assert not reading.built and reading.arabic.document().characterCount() <= 1


def test_a_column_keeps_blocks_and_paragraphs_one_to_one(qtbot):
    from PySide6.QtGui import QFont, QTextCharFormat

    column = ReadingColumn(QFont(), rtl=True)
    qtbot.addWidget(column)
    column.set_texts(["سطر أول\nسطر ثان", "", "فقرة ثالثة"], {})
    column.append_texts(["رابعة", "خامسة"], {3: QTextCharFormat()})
    assert _texts(column) == ["سطر أول\nسطر ثان", "", "فقرة ثالثة", "رابعة", "خامسة"]
    backgrounds = [column.document().findBlockByNumber(i).blockFormat().background().style()
                   for i in range(5)]
    assert [b != Qt.BrushStyle.NoBrush for b in backgrounds] == [False, True, False, True, False]


def test_a_phrase_selected_in_the_reading_layout_becomes_a_glossary_term(qtbot, window, tmp_path):
    """The grid cells cannot be partly selected; the reading layout can: select a multi-word
    phrase there, press the add-term shortcut, and the dialog holds its base form."""
    from PySide6.QtGui import QTextCursor

    from workbench.project import Project

    doc = tmp_path / "أمم.txt"
    doc.write_text("اجتمع مجلس الأمن للأمم المتحدة صباح اليوم.\n", encoding="utf-8")
    path = tmp_path / "phrase.wbproj"
    with Project.create(path) as project:
        project.import_document(doc)
    open_project(qtbot, window, path)
    column = _show(qtbot, window).arabic
    text = column.text_at(0)
    start = text.index("للأمم")
    cursor = column.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(start + len("للأمم المتحدة"), QTextCursor.MoveMode.KeepAnchor)
    column.setTextCursor(cursor)
    column.setFocus()
    qtbot.waitUntil(column.hasFocus, timeout=WAIT)
    window.reading.add_term_action.trigger()
    dialog = window.reading.glossary_panel.dialog
    assert dialog.arabic.text() == "الأمم المتحدة"
    dialog.reject()
