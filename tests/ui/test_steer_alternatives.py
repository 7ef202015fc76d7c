"""The model's alternatives in the window: a popup for the sentence at the cursor or for one word,
choosing replaces one sentence (one undo step); the gloss engine says it has no model; the
engine is called only on the mt lane. A real MainWindow and the tiny real Argos model."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from tests.ui.conftest import WAIT, open_project, wait_saved
from workbench.mt import steer_paragraph
from workbench.ui.models.paragraph_model import TARGET
from workbench.ui.steer_glue import install
from workbench.ui.steer_popup import FLAG, option_actions, plain

FIRST = "The student went to the library in the morning."
SECOND = "I heard it is near the river."
ENGLISH = f"{FIRST} {SECOND}"


def glue_of(window):
    return getattr(window, "steer", None) or install(window)


@pytest.fixture
def engine_threads(monkeypatch):
    """Which threads called the paragraph steering functions (the engine's only way in)."""
    threads: list[threading.Thread] = []
    for name in ("sentence_options_at", "word_options_at", "completion_at"):
        original = getattr(steer_paragraph, name)

        def spy(*args, _original=original, **kwargs):
            threads.append(threading.current_thread())
            return _original(*args, **kwargs)

        monkeypatch.setattr(steer_paragraph, name, spy)
    return threads


def with_english(qtbot, window, project_path, text=ENGLISH):
    open_project(qtbot, window, project_path)
    pid = window.model.paragraphs()[0].id
    window.editing.edit(pid, text)
    wait_saved(qtbot, window)
    window.editing.undo_stack.clear()
    window.view.go_to_row(0)
    return pid


def open_editor(qtbot, window, position: int):
    window.view.edit(window.proxy.index(0, TARGET))
    editor = window.view.target_delegate.editor()
    cursor = editor.textCursor()
    cursor.setPosition(position)
    editor.setTextCursor(cursor)
    return editor


def wait_popup(qtbot, glue):
    qtbot.waitUntil(lambda: glue.popup is not None and glue.popup.isVisible(), timeout=WAIT)
    return glue.popup


def test_sentence_alternatives_replace_one_sentence_as_one_undo_step(
        qtbot, window, project_path, installed_tiny_model, engine_threads):
    glue = glue_of(window)
    pid = with_english(qtbot, window, project_path)
    glue.show_sentence_alternatives()  # no editor: the row's first sentence
    assert window.statusBar().currentMessage() == "Asking the model…"
    popup = wait_popup(qtbot, glue)
    assert window.statusBar().currentMessage() != "Asking the model…"
    current = popup.actions()[0]
    assert current.isChecked() and plain(current.text()) == FIRST and current.data() is None
    actions = option_actions(popup)
    tips = [action.toolTip() for action in actions]
    assert actions and len(set(tips)) == len(tips) and FIRST not in tips
    chosen = tips[0]
    actions[0].trigger()
    popup.close()
    assert window.model.paragraph(pid).target == f"{chosen} {SECOND}"
    window.editing.undo_stack.undo()
    assert window.model.paragraph(pid).target == ENGLISH
    assert engine_threads and threading.main_thread() not in engine_threads


def test_sentence_alternatives_in_the_editor_keep_the_rest_of_its_text(
        qtbot, window, project_path, installed_tiny_model):
    glue = glue_of(window)
    pid = with_english(qtbot, window, project_path)
    editor = open_editor(qtbot, window, ENGLISH.index("heard"))
    glue.show_sentence_alternatives()
    popup = wait_popup(qtbot, glue)
    assert plain(popup.actions()[0].text()) == SECOND
    action = option_actions(popup)[0]
    action.trigger()
    popup.close()
    assert editor.toPlainText() == f"{FIRST} {action.toolTip()}"
    assert window.model.paragraph(pid).target == ENGLISH  # saved only when the editor commits
    editor.undo()
    assert editor.toPlainText() == ENGLISH


def test_word_alternatives_keep_the_words_before_it(qtbot, window, project_path,
                                                      installed_tiny_model, engine_threads):
    glue = glue_of(window)
    with_english(qtbot, window, project_path)
    editor = open_editor(qtbot, window, ENGLISH.index("heard") + 2)
    qtbot.keyClick(editor, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    popup = wait_popup(qtbot, glue)
    assert plain(popup.actions()[0].text()) == "… heard it is near the river."
    actions = option_actions(popup)
    assert actions and all(a.toolTip().startswith("I ") for a in actions)
    assert all(plain(a.text()).startswith(("… ", f"{FLAG} … ")) for a in actions)
    chosen = actions[0].toolTip()
    actions[0].trigger()
    popup.close()
    assert editor.toPlainText() == f"{FIRST} {chosen}"
    assert threading.main_thread() not in engine_threads


def test_an_answer_about_a_changed_text_is_not_shown(qtbot, window, project_path,
                                                      installed_tiny_model):
    glue = glue_of(window)
    with_english(qtbot, window, project_path)
    editor = open_editor(qtbot, window, 3)
    glue.show_sentence_alternatives()
    editor.insertPlainText("x")  # typed on before the answer came back
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() != "Asking the model…",
                    timeout=WAIT)
    qtbot.wait(50)
    assert glue.popup is None
    assert "x" in editor.toPlainText()


def test_the_gloss_engine_says_a_model_is_needed(qtbot, window, project_path,
                                                 no_model_installed):
    glue = glue_of(window)
    window.start(None)
    with_english(qtbot, window, project_path)
    glue.show_sentence_alternatives()
    qtbot.waitUntil(lambda: "need a translation model" in window.statusBar().currentMessage(),
                    timeout=WAIT)
    assert glue.popup is None and glue.steerable is False
    editor = open_editor(qtbot, window, len(ENGLISH))
    qtbot.keyClick(editor, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: "need a translation model" in window.statusBar().currentMessage(),
                    timeout=WAIT)
    editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(editor, " More")
    qtbot.keyClick(editor, Qt.Key.Key_Tab)  # no model: Tab saves and leaves the cell as before
    assert window.view.target_delegate.editor() is None
    assert window.model.paragraphs()[0].target == ENGLISH + " More"


def test_an_option_dropping_a_glossary_term_comes_last_marked_and_named(qtbot):
    from PySide6.QtWidgets import QWidget

    from workbench.mt.steer import Option
    from workbench.ui.steer_popup import alternatives_menu

    parent = QWidget()
    qtbot.addWidget(parent)
    options = [Option("The mayor spoke."), Option("He spoke.", missing=("mayor",)),
               Option("Tom & the mayor spoke.")]
    menu = alternatives_menu(parent, "The mayor said.", options, [o.text for o in options])
    shown = [(plain(a.text()), a.data()) for a in option_actions(menu)]
    assert shown == [("The mayor spoke.", 0), ("Tom & the mayor spoke.", 2),
                     (f"{FLAG} He spoke.", 1)]
    assert "“mayor”" in option_actions(menu)[2].toolTip()
    assert menu.toolTipsVisible()


def test_alternatives_with_inline_tags_the_model_reads_words_and_no_tag_is_lost(
        qtbot, window, project_path, installed_tiny_model, monkeypatch):
    from workbench.core import inline

    seen: list[str] = []
    original = steer_paragraph.sentence_options_at

    def spy(engine, source, english, *args, **kwargs):
        seen.append(english)
        return original(engine, source, english, *args, **kwargs)

    monkeypatch.setattr(steer_paragraph, "sentence_options_at", spy)
    o1, c1, o2, c2 = inline.open_tag(1), inline.close_tag(1), inline.open_tag(2), inline.close_tag(2)
    tagged = f"{o1}{FIRST}{c1} I heard it is {o2}near{c2} the river."
    glue = glue_of(window)
    with_english(qtbot, window, project_path, tagged)
    editor = open_editor(qtbot, window, tagged.index("heard"))
    glue.show_sentence_alternatives()
    popup = wait_popup(qtbot, glue)
    assert seen == [ENGLISH]  # the model never reads a tag character
    assert plain(popup.actions()[0].text()) == SECOND
    action = option_actions(popup)[0]
    action.trigger()
    popup.close()
    assert editor.toPlainText() == f"{o1}{FIRST}{c1} {action.toolTip()}{o2}{c2}"
