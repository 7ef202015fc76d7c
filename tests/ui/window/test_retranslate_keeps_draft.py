"""Ctrl+T on a paragraph a person wrote: "Keep my text" leaves the text, status and Engine as
they are, and the new machine draft is kept beside it in the paragraph's history, where the
history dialog shows it as the machine draft; "Replace" takes it, named by its engine (issue 11).
The gloss engine stands in for a model: its drafts are deterministic."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.conftest import WAIT, open_project, wait_saved
from tests.ui.window.test_documents_visible import make_three_documents
from workbench.core.model import Origin, Status
from workbench.project import Project
from workbench.ui.models.paragraph_model import ENGINE

ROW = 6  # "وصلتني رسالتك أمس وفرحت بها كثيرًا." in the second document
MINE = "Your letter reached me yesterday, and it made me very happy."


def _person_wrote(tmp_path, status: Status) -> tuple:
    path = make_three_documents(tmp_path)
    with Project.open(path, backup=False) as project:
        pid = project.paragraph_ids()[ROW]
        project.save_target(pid, MINE, status, author="Salma")
    return path, pid


def _ask(qtbot, window):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=WAIT)
    window.view.go_to_row(ROW)
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.commands.question is not None
                    and window.commands.question.isVisible(), timeout=WAIT)
    return window.commands.question


def _revisions(qtbot, window, pid: int) -> list:
    found: list = []
    window.session.run(lambda p: p.revisions(pid), success=lambda r: found.append(r))
    qtbot.waitUntil(lambda: bool(found), timeout=WAIT)
    return found[0]


def test_keep_my_text_keeps_the_new_draft_in_the_history(qtbot, window, tmp_path,
                                                         no_model_installed):
    path, pid = _person_wrote(tmp_path, Status.REVIEWED)
    open_project(qtbot, window, path)
    assert window.proxy.index(ROW, ENGINE).data() == "person"
    box = _ask(qtbot, window)
    assert "history" in box.informativeText()
    qtbot.keyClick(box, Qt.Key.Key_Escape)  # "Keep my text"
    qtbot.waitUntil(lambda: window.commands.question is None, timeout=WAIT)
    wait_saved(qtbot, window)
    para = window.model.paragraph(pid)
    assert (para.target, para.status, para.engine) == (MINE, Status.REVIEWED, "")
    assert window.proxy.index(ROW, ENGINE).data() == "person"
    revisions = _revisions(qtbot, window, pid)
    assert [(r.origin, r.text == MINE) for r in revisions] == [
        (Origin.USER, True), (Origin.GLOSS, False)]
    draft = revisions[-1]
    assert draft.text and draft.engine == "gloss" and draft.status is Status.GLOSS
    # the history shows it: as the machine draft beside the text, and in the list
    window.actions.history.trigger()
    qtbot.waitUntil(lambda: window.notes.history_dialog is not None, timeout=WAIT)
    dialog = window.notes.history_dialog
    assert dialog.machine_view.toPlainText() == draft.text
    assert dialog.current_view.toPlainText() == MINE
    assert [dialog.table.item(r, 3).text() for r in range(dialog.table.rowCount())] == [
        draft.text, MINE]
    # marked as a draft that did not become the text (the paragraph is still reviewed)
    assert [dialog.table.item(r, 2).text() for r in range(2)] == ["gloss, not used", "reviewed"]
    dialog.close()
    # asking again for the same draft keeps it once
    box = _ask(qtbot, window)
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.commands.question is None, timeout=WAIT)
    wait_saved(qtbot, window)
    assert len(_revisions(qtbot, window, pid)) == 2
    # and the project file holds it after the window let go of it
    window.close()
    with Project.open(path, backup=False) as project:
        assert project.machine_draft(pid).text == draft.text
        assert project.paragraph(pid).target == MINE


def test_replacing_takes_the_draft_named_by_its_engine(qtbot, window, tmp_path,
                                                       no_model_installed):
    path, pid = _person_wrote(tmp_path, Status.APPROVED)
    open_project(qtbot, window, path)
    _ask(qtbot, window).replace_button.click()
    qtbot.waitUntil(lambda: window.model.paragraph(pid).target != MINE, timeout=WAIT)
    wait_saved(qtbot, window)
    # the words are the engine's, so the Engine column names it (not "person", not empty)
    assert window.proxy.index(ROW, ENGINE).data() == "gloss"
    assert [r.origin for r in _revisions(qtbot, window, pid)] == [
        Origin.USER, Origin.GLOSS, Origin.USER]
    window.actions.history.trigger()  # the draft was used: the history does not say otherwise
    qtbot.waitUntil(lambda: window.notes.history_dialog is not None, timeout=WAIT)
    dialog = window.notes.history_dialog
    assert [dialog.table.item(r, 2).text() for r in range(3)] == ["machine", "gloss", "approved"]
    dialog.close()
