"""Completion while typing in the English editor: Tab asks, the suggestion is grey text painted
after the cursor (not in the document), Tab accepts it, typing hides it, a stale answer never
lands; a pause can ask too. A real MainWindow and the tiny real Argos model."""

from __future__ import annotations

import threading

from PySide6.QtCore import Qt

from tests.ui.conftest import WAIT
from tests.ui.test_steer_alternatives import (  # noqa: F401 - a fixture
    FIRST, engine_threads, glue_of, open_editor, with_english,
)
from workbench.ui.steer_glue import install

TYPED = f"{FIRST} I "


def typing(qtbot, window, project_path, glue):
    with_english(qtbot, window, project_path, FIRST)
    window.translation.warm_up()  # as the window's start does: Tab asks once a model is known
    qtbot.waitUntil(lambda: glue.steerable is True, timeout=WAIT)
    editor = open_editor(qtbot, window, len(FIRST))
    qtbot.keyClicks(editor, " I ")
    assert editor.toPlainText() == TYPED
    return editor


def test_tab_shows_grey_text_and_tab_again_accepts_it(qtbot, window, project_path,
                                                      installed_tiny_model, engine_threads):
    glue = glue_of(window)
    editor = typing(qtbot, window, project_path, glue)
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    assert window.view.target_delegate.editor() is editor  # Tab asked, did not leave the cell
    qtbot.waitUntil(lambda: bool(glue.completion.suggestion), timeout=WAIT)
    suggestion = glue.completion.suggestion
    ghost = glue.completion.ghost
    assert ghost.isVisible() and ghost.line_rects()
    assert ghost.line_rects()[0].left() >= editor.cursorRect().left()
    assert editor.toPlainText() == TYPED  # painted, not in the document
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    assert editor.toPlainText() == TYPED + suggestion
    assert editor.textCursor().position() == len(TYPED + suggestion)
    assert glue.completion.suggestion == "" and not ghost.isVisible()
    editor.undo()  # one step of the editor's undo
    assert editor.toPlainText() == TYPED
    assert threading.main_thread() not in engine_threads


def test_typing_or_moving_hides_the_suggestion_and_escape_keeps_the_editor(
        qtbot, window, project_path, installed_tiny_model):
    glue = glue_of(window)
    editor = typing(qtbot, window, project_path, glue)
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: bool(glue.completion.suggestion), timeout=WAIT)
    qtbot.keyClicks(editor, "w")
    assert glue.completion.suggestion == "" and editor.toPlainText() == TYPED + "w"
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: bool(glue.completion.suggestion), timeout=WAIT)
    qtbot.keyClick(editor, Qt.Key.Key_Left)
    assert glue.completion.suggestion == ""
    qtbot.keyClick(editor, Qt.Key.Key_End)
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: bool(glue.completion.suggestion), timeout=WAIT)
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert glue.completion.suggestion == ""
    assert window.view.target_delegate.editor() is editor


def test_a_stale_answer_never_lands(qtbot, window, project_path, installed_tiny_model):
    glue = glue_of(window)
    editor = typing(qtbot, window, project_path, glue)
    glue.completion.request()
    editor.insertPlainText("s")  # typed on before the answer came back
    qtbot.waitUntil(lambda: glue.completion.dropped == 1, timeout=WAIT)
    assert glue.completion.suggestion == "" and editor.toPlainText() == TYPED + "s"
    glue.completion.request()
    editor.moveCursor(editor.textCursor().MoveOperation.Start)  # moved away
    qtbot.waitUntil(lambda: glue.completion.dropped == 2, timeout=WAIT)
    assert glue.completion.suggestion == ""


def test_a_pause_in_typing_asks_when_configured(qtbot, window, project_path,
                                                installed_tiny_model):
    glue = getattr(window, "steer", None) or install(window, pause_ms=50)
    glue.completion.set_pause(50)
    editor = typing(qtbot, window, project_path, glue)
    qtbot.waitUntil(lambda: bool(glue.completion.suggestion), timeout=WAIT)
    assert editor.toPlainText() == TYPED


def test_ctrl_tab_leaves_the_cell_as_tab_did(qtbot, window, project_path, installed_tiny_model):
    glue_of(window)
    with_english(qtbot, window, project_path, FIRST)
    editor = open_editor(qtbot, window, len(FIRST))
    qtbot.keyClicks(editor, " Done.")
    qtbot.keyClick(editor, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert window.view.target_delegate.editor() is None
    assert window.model.paragraphs()[0].target == FIRST + " Done."


def test_the_pause_preference_reaches_the_editor(qtbot, window, settings):
    assert window.steer.completion.pause_ms == settings.completion_pause_ms == 0
    settings.completion_pause_ms = 700  # as Preferences > Suggest after a pause does
    assert window.steer.completion.pause_ms == 700
    settings.completion_pause_ms = 0
    assert window.steer.completion.pause_ms == 0
