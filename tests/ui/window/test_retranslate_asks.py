"""Ctrl+T on a paragraph a person wrote or checked asks before the draft replaces it, and says
when the draft is the same text; draft rows are retranslated at once (issue 11). The gloss
engine stands in for a model: its drafts are deterministic."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.conftest import WAIT, open_project, wait_saved
from workbench.core.model import Status
from workbench.project import Project

CTRL = Qt.KeyboardModifier.ControlModifier


def _ctrl_t(qtbot, window, row: int) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=WAIT)
    window.view.go_to_row(row)
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_T, CTRL)


def _question(qtbot, window):
    qtbot.waitUntil(lambda: window.commands.question is not None
                    and window.commands.question.isVisible(), timeout=WAIT)
    return window.commands.question


def _person_row(project_path, row: int, text: str, status: Status) -> int:
    with Project.open(project_path) as project:
        pid = project.paragraphs()[row].id
        project.save_target(pid, text, status)
    return pid


def test_retranslating_reviewed_work_asks_and_keep_my_text_keeps_it(
        qtbot, window, project_path, no_model_installed):
    pid = _person_row(project_path, 4, "My careful, reviewed sentence.", Status.REVIEWED)
    open_project(qtbot, window, project_path)
    _ctrl_t(qtbot, window, 4)
    box = _question(qtbot, window)
    assert "reviewed" in box.text() and "My careful, reviewed sentence." in box.informativeText()
    assert window.model.paragraph(pid).target == "My careful, reviewed sentence."  # not yet
    qtbot.keyClick(box, Qt.Key.Key_Escape)  # Escape is "Keep my text"
    qtbot.waitUntil(lambda: window.commands.question is None, timeout=WAIT)
    wait_saved(qtbot, window)
    para = window.model.paragraph(pid)
    assert (para.target, para.status) == ("My careful, reviewed sentence.", Status.REVIEWED)
    assert "keeps your text" in window.statusBar().currentMessage()
    assert window.editing.undo_stack.count() == 0


def test_replace_takes_the_draft_as_one_undo_step(qtbot, window, project_path,
                                                  no_model_installed):
    pid = _person_row(project_path, 4, "Approved words.", Status.APPROVED)
    open_project(qtbot, window, project_path)
    _ctrl_t(qtbot, window, 4)
    _question(qtbot, window).replace_button.click()
    qtbot.waitUntil(lambda: window.model.paragraph(pid).status is Status.MACHINE, timeout=WAIT)
    wait_saved(qtbot, window)
    draft = window.model.paragraph(pid).target
    assert draft and draft != "Approved words."
    window.actions.undo.trigger()
    wait_saved(qtbot, window)
    para = window.model.paragraph(pid)
    assert (para.target, para.status) == ("Approved words.", Status.APPROVED)


def test_an_identical_draft_is_reported_and_changes_nothing(qtbot, window, project_path,
                                                            no_model_installed):
    open_project(qtbot, window, project_path)
    _ctrl_t(qtbot, window, 6)  # a draft row: retranslated at once, no question
    qtbot.waitUntil(lambda: window.model.paragraph_at(6).status is Status.GLOSS, timeout=WAIT)
    assert window.commands.question is None
    para = window.model.paragraph_at(6)
    window.editing.edit(para.id, para.target, Status.EDITED)  # a person takes the draft ...
    window.editing.set_status([para.id], Status.APPROVED)  # ... and approves it
    wait_saved(qtbot, window)
    steps = window.editing.undo_stack.count()
    _ctrl_t(qtbot, window, 6)
    qtbot.waitUntil(lambda: "identical" in window.statusBar().currentMessage(), timeout=WAIT)
    wait_saved(qtbot, window)
    assert window.commands.question is None
    assert window.model.paragraph(para.id).status is Status.APPROVED  # not demoted to machine
    assert window.editing.undo_stack.count() == steps
