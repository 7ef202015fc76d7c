"""Keys that used to lose or misplace typing (issue 11): Escape in the grid's editor, Ctrl+M
for a comment, Ctrl+Shift+K for a glossary term. Real window, real keys, real project file."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextLine
from PySide6.QtWidgets import QApplication

from tests.ui.conftest import WAIT, open_project, wait_saved
from workbench.core.model import Status
from workbench.project import Project
from workbench.ui.delegates.text_delegate import PAD_X, PAD_Y
from workbench.ui.models.paragraph_model import SOURCE

CTRL = Qt.KeyboardModifier.ControlModifier


def _focus_grid(qtbot, window, row: int) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=WAIT)
    window.view.go_to_row(row)
    window.view.setFocus()
    qtbot.waitUntil(window.view.hasFocus, timeout=WAIT)


def _edit_with_f2(qtbot, window):
    qtbot.keyClick(window.view, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: window.view.target_delegate.editor() is not None, timeout=WAIT)
    return window.view.target_delegate.editor()


def test_escape_keeps_the_typing_as_an_undo_step(qtbot, window, project_path):
    open_project(qtbot, window, project_path)
    _focus_grid(qtbot, window, 3)
    pid = window.model.paragraph_at(3).id
    editor = _edit_with_f2(qtbot, window)
    typed = "A whole sentence I typed and do not want to lose."
    qtbot.keyClicks(editor, typed)
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.view.target_delegate.editor() is None, timeout=WAIT)
    # Escape still leaves without saving ...
    assert window.model.paragraph(pid).target == ""
    assert "Undo" in window.statusBar().currentMessage()  # ... and says how to get it back
    assert window.actions.undo.isEnabled()
    qtbot.keyClick(window.view, Qt.Key.Key_Z, CTRL)  # Ctrl+Z brings the typing back
    wait_saved(qtbot, window)
    assert (window.model.paragraph(pid).target, window.model.paragraph(pid).status) == (
        typed, Status.EDITED)
    window.actions.redo.trigger()  # redo discards it again (the text before comes back)
    wait_saved(qtbot, window)
    assert window.model.paragraph(pid).target == ""
    window.actions.undo.trigger()
    wait_saved(qtbot, window)
    window.close()
    with Project.open(project_path) as project:
        assert project.paragraph(pid).target == typed


def test_escape_without_a_change_adds_no_undo_step(qtbot, window, project_path):
    open_project(qtbot, window, project_path)
    _focus_grid(qtbot, window, 2)
    editor = _edit_with_f2(qtbot, window)
    qtbot.keyClicks(editor, "x")
    qtbot.keyClick(editor, Qt.Key.Key_Backspace)  # typed, then taken back: nothing to lose
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.view.target_delegate.editor() is None, timeout=WAIT)
    assert window.editing.undo_stack.count() == 0


def test_ctrl_m_puts_the_keyboard_in_the_comment_and_escape_brings_it_back(
        qtbot, window, project_path):
    open_project(qtbot, window, project_path)
    _focus_grid(qtbot, window, 2)
    pid = window.model.paragraph_at(2).id
    editor = _edit_with_f2(qtbot, window)
    qtbot.keyClicks(editor, "My translation.")
    qtbot.keyClick(editor, Qt.Key.Key_M, CTRL)  # from inside the grid's editor
    dock = window.comment_dock
    qtbot.waitUntil(lambda: dock.isVisible() and dock.editor.hasFocus(), timeout=WAIT)
    qtbot.keyClicks(QApplication.focusWidget(), "Ask the author about this date.")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    qtbot.waitUntil(window.view.hasFocus, timeout=WAIT)
    assert dock.isVisible()  # Escape leaves the note on screen
    qtbot.waitUntil(lambda: window.model.paragraph(pid).comment
                    == "Ask the author about this date.", timeout=WAIT)
    wait_saved(qtbot, window)
    # The note went into the comment; the translation kept exactly what was typed there.
    assert window.model.paragraph(pid).target == "My translation."
    # Ctrl+M again: into the note; and once more: back to the grid, the dock closed.
    qtbot.keyClick(window.view, Qt.Key.Key_M, CTRL)
    qtbot.waitUntil(dock.editor.hasFocus, timeout=WAIT)
    qtbot.keyClick(dock.editor, Qt.Key.Key_M, CTRL)
    qtbot.waitUntil(lambda: window.view.hasFocus() and not dock.isVisible(), timeout=WAIT)
    assert not window.actions.comment.isChecked()
    window.close()
    with Project.open(project_path) as project:
        para = project.paragraph(pid)
        assert (para.target, para.comment) == ("My translation.",
                                               "Ask the author about this date.")


PARAGRAPHS = ["أعلنت الحكومة خطة جديدة للنقل العام.", "لا علاقة لهذه الجملة بالموضوع.",
              "قدّم الوزير تقريراً صباح اليوم."]


def _word_point(view, row: int, char: int) -> QPoint:
    index = view.model().index(row, SOURCE)
    rect = view.visualRect(index)
    delegate = view.itemDelegateForColumn(SOURCE)
    layout = delegate.layout(index.data(), rect.width(), delegate.style_of(index))
    line = layout.lineForTextPosition(char)
    x = (line.cursorToX(char, QTextLine.Edge.Leading)[0]
         + line.cursorToX(char, QTextLine.Edge.Trailing)[0]) / 2
    return QPoint(int(rect.left() + PAD_X + x), int(rect.top() + PAD_Y + line.y()
                                                     + line.height() / 2))


def test_add_term_takes_words_from_the_current_paragraph_only(qtbot, window, tmp_path,
                                                              monkeypatch):
    monkeypatch.setenv("WORKBENCH_HOME", str(tmp_path / "home"))
    doc = tmp_path / "نص.txt"
    doc.write_text("\n\n".join(PARAGRAPHS) + "\n", encoding="utf-8")
    path = tmp_path / "terms.wbproj"
    with Project.create(path) as project:
        project.import_document(doc)
    open_project(qtbot, window, path)
    panel = window.reading.glossary_panel

    def add_term():
        qtbot.keyClick(window.view, Qt.Key.Key_K, CTRL | Qt.KeyboardModifier.ShiftModifier)
        qtbot.waitUntil(lambda: panel.dialog is not None and panel.dialog.isVisible(),
                        timeout=WAIT)
        dialog, panel.dialog = panel.dialog, None
        texts = dialog.arabic.text(), dialog.english.text()
        dialog.reject()
        return texts

    _focus_grid(qtbot, window, 0)
    qtbot.mouseClick(window.view.viewport(), Qt.MouseButton.LeftButton,
                     pos=_word_point(window.view, 0, PARAGRAPHS[0].index("خطة") + 1))
    assert window.reading.last_word == "خطة"
    _focus_grid(qtbot, window, 2)  # the keyboard moves on to another paragraph
    assert add_term() == ("", "")  # the word clicked up there is not this paragraph's
    _focus_grid(qtbot, window, 0)
    assert add_term()[0] == "خطة"  # back on its paragraph, the clicked word is offered
    # An English selection in the current paragraph's editor is offered as the English.
    window.editing.edit(window.model.paragraph_at(2).id, "The minister presented a report.")
    wait_saved(qtbot, window)
    _focus_grid(qtbot, window, 2)
    editor = _edit_with_f2(qtbot, window)
    cursor = editor.textCursor()
    cursor.setPosition(len("The minister presented a "))
    cursor.setPosition(len("The minister presented a report"), cursor.MoveMode.KeepAnchor)
    editor.setTextCursor(cursor)
    qtbot.keyClick(editor, Qt.Key.Key_K, CTRL | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: panel.dialog is not None, timeout=WAIT)
    assert (panel.dialog.arabic.text(), panel.dialog.english.text()) == ("", "report")
    panel.dialog.reject()
