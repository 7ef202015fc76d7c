"""Spelling in the real English editor of a real window: a misspelled word gets the red wavy
underline and a correct one does not, right click offers Hunspell's suggestions and replaces
the word, "Ignore in this project" is stored and lifts the underline, tag chips stay whole."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QTextCharFormat

from tests.ui.conftest import WAIT, open_project
from tests.ui.test_qa_quality_panel import ENGLISH, make_project
from workbench.core import inline
from workbench.ui.delegates.target_editor import TAG_OBJECT


@pytest.fixture(autouse=True)
def _dictionary():
    from workbench.qa.spelling import load_speller

    if load_speller() is None:
        pytest.skip("no Hunspell en_US/en_GB dictionary installed")


@pytest.fixture
def editor(qtbot, window, tmp_path, monkeypatch):
    monkeypatch.setenv("WORKBENCH_HOME", str(tmp_path / "home"))
    open_project(qtbot, window, make_project(tmp_path))
    window.view.go_to_row(1)  # "The boy went to the scool in the morning."
    window.view.edit_current()
    qtbot.waitUntil(lambda: window.view.target_delegate.editor() is not None, timeout=WAIT)
    widget = window.view.target_delegate.editor()
    qtbot.waitUntil(lambda: widget.misspelled != [], timeout=WAIT)
    return widget


def _word(text: str, word: str) -> tuple[int, int]:
    start = text.index(word)
    return start, start + len(word)


def test_a_misspelled_word_is_underlined_and_a_correct_one_is_not(editor):
    text = editor.toPlainText()
    assert text == ENGLISH[1]
    assert editor.misspelled == [_word(text, "scool")]
    (selection,) = editor.extraSelections()
    assert selection.format.underlineStyle() == QTextCharFormat.UnderlineStyle.SpellCheckUnderline
    assert editor.misspelled_at(text.index("boy")) is None


def test_typing_is_checked_again_after_a_pause(qtbot, editor):
    cursor = editor.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    editor.setTextCursor(cursor)
    qtbot.keyClicks(editor, " It was raning.")
    text = editor.toPlainText()
    qtbot.waitUntil(lambda: len(editor.misspelled) == 2, timeout=WAIT)
    assert editor.misspelled == [_word(text, "scool"), _word(text, "raning")]


def test_right_click_offers_the_right_word_and_replaces_the_misspelled_one(qtbot, editor):
    start, end = editor.misspelled[0]
    rect = editor.cursorRect(_cursor_at(editor, start + 2))
    menu = editor.context_menu(rect.center())
    texts = lambda: [a.text() for a in menu.actions()]  # noqa: E731
    assert any("Looking" in t for t in texts())
    qtbot.waitUntil(lambda: "school" in texts(), timeout=WAIT)
    assert not any("Looking" in t for t in texts())
    suggestions = texts()[:texts().index("")]  # then a separator, "Ignore …", Qt's own entries
    assert 1 <= len(suggestions) <= 5 and all(menu.actions()[i].font().bold() for i in range(len(suggestions)))
    next(a for a in menu.actions() if a.text() == "school").trigger()
    assert editor.toPlainText() == ENGLISH[1].replace("scool", "school")
    qtbot.waitUntil(lambda: editor.misspelled == [], timeout=WAIT)
    menu.deleteLater()


def test_ignore_in_this_project_is_stored_and_lifts_the_underline(qtbot, window, editor):
    start, _end = editor.misspelled[0]
    menu = editor.context_menu(editor.cursorRect(_cursor_at(editor, start + 1)).center())
    ignore = next(a for a in menu.actions() if a.text().startswith("Ignore"))
    assert "scool" in ignore.text()
    ignore.trigger()
    qtbot.waitUntil(lambda: editor.misspelled == [], timeout=WAIT)
    stored = []
    window.session.run(lambda p: p.setting("spelling_ignore", ""), success=stored.append)
    qtbot.waitUntil(lambda: stored == ["scool"], timeout=WAIT)
    # the Quality panel's check no longer reports it either
    panel = window.reading.issues_panel
    qtbot.waitUntil(lambda: "spelling" not in panel.model.counts(), timeout=WAIT)
    menu.deleteLater()


def test_chips_stay_whole_and_only_the_word_is_underlined(qtbot, editor):
    tagged = "The " + inline.open_tag(1) + "scool" + inline.close_tag(1) + " bell rang."
    editor.set_text(tagged)
    start = tagged.index("scool")
    qtbot.waitUntil(lambda: editor.misspelled == [(start, start + 5)], timeout=WAIT)
    assert editor.toPlainText() == tagged  # the tags are still there, in their places
    for position in (start - 1, start + 5):
        assert editor.tag_at(position)
        cursor = _cursor_at(editor, position + 1)
        assert cursor.charFormat().objectType() == TAG_OBJECT


def test_a_project_without_a_dictionary_underlines_nothing(qtbot, window, tmp_path, monkeypatch):
    monkeypatch.setenv("WORKBENCH_HOME", str(tmp_path / "home"))
    open_project(qtbot, window, make_project(tmp_path, dictionaries="xx_NONE"))
    checked = []
    window.reading.spelling.checked.connect(checked.append)
    window.view.go_to_row(1)
    window.view.edit_current()
    qtbot.waitUntil(lambda: bool(checked), timeout=WAIT)
    editor = window.view.target_delegate.editor()
    assert checked[-1] == [] and editor.misspelled == [] and editor.extraSelections() == []
    menu = editor.context_menu(editor.cursorRect(_cursor_at(editor, 22)).center())
    assert not any(a.text().startswith("Ignore") for a in menu.actions())
    menu.deleteLater()


def _cursor_at(editor, position: int):
    cursor = editor.textCursor()
    cursor.setPosition(position)
    return cursor
