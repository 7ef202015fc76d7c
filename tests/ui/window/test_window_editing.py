"""Editing in the window: every edit is saved through the store lane; undo writes back."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.conftest import WAIT, open_project, wait_saved
from workbench.core.model import Origin, Status
from workbench.project import Project
from workbench.ui.models.paragraph_model import SOURCE, TARGET


def _open_editor(qtbot, window, row):
    window.view.go_to_row(row)
    window.view.edit(window.proxy.index(row, TARGET))
    qtbot.waitUntil(lambda: window.view.target_delegate.editor() is not None, timeout=WAIT)
    return window.view.target_delegate.editor()


def test_the_grid_shows_the_project_rows(qtbot, window, project_path):
    open_project(qtbot, window, project_path)
    assert window.model.rowCount() == 12
    first = window.proxy.index(0, SOURCE).data()
    assert first.startswith("ذهب الطالب")
    assert window.windowTitle().startswith("test")
    assert window.view.rowHeight(0) > window.view.verticalHeader().minimumSectionSize() - 1
    image = window.grab()
    assert not image.isNull()


def test_typing_in_a_cell_saves_it_and_reopening_shows_it(qtbot, window, project_path):
    open_project(qtbot, window, project_path)
    window.activateWindow()
    editor = _open_editor(qtbot, window, 2)
    editor.selectAll()
    qtbot.keyClicks(editor, "The coffee is a sign of welcome.")
    qtbot.keyClick(editor, Qt.Key.Key_Tab)  # leaving the editor commits it
    qtbot.waitUntil(lambda: window.panel.save_label.text() == "Saved", timeout=WAIT)
    assert window.model.paragraph_at(2).target == "The coffee is a sign of welcome."
    assert window.model.paragraph_at(2).status is Status.EDITED
    window.close()
    with Project.open(project_path) as project:
        p = project.paragraphs()[2]
        assert (p.target, p.status) == ("The coffee is a sign of welcome.", Status.EDITED)
        assert project.revisions(p.id)[-1].origin is Origin.USER


def test_ctrl_enter_confirms_and_moves_to_the_next_row(qtbot, window, project_path, settings):
    open_project(qtbot, window, project_path)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=WAIT)
    editor = _open_editor(qtbot, window, 0)
    qtbot.keyClicks(editor, "A heading")
    qtbot.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.view.currentIndex().row() == 1, timeout=WAIT)
    wait_saved(qtbot, window)
    assert window.model.paragraph_at(0).target == "A heading"
    assert window.model.paragraph_at(0).status is Status.EDITED
    assert window.view.target_delegate.editor() is None
    # The editor role confirms as reviewed.
    settings.role = "editor"
    window.view.go_to_row(0)
    window.actions.confirm.trigger()
    wait_saved(qtbot, window)
    assert window.model.paragraph_at(0).status is Status.REVIEWED
    assert window.view.currentIndex().row() == 1
    window.actions.previous_row.trigger()
    assert window.view.currentIndex().row() == 0
    window.actions.next_row.trigger()
    window.actions.next_row.trigger()
    assert window.view.currentIndex().row() == 2


def test_enter_inside_the_editor_is_a_new_line(qtbot, window, project_path):
    open_project(qtbot, window, project_path)
    editor = _open_editor(qtbot, window, 1)
    qtbot.keyClicks(editor, "one")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClicks(editor, "two")
    assert editor.toPlainText().endswith("one\ntwo")
    window.view.target_delegate.commit_and_close()
    wait_saved(qtbot, window)
    assert window.model.paragraph_at(1).target.endswith("one\ntwo")


def test_undo_and_redo_write_through_the_store_as_new_revisions(qtbot, window, project_path):
    open_project(qtbot, window, project_path)
    pid = window.model.paragraph_at(3).id
    window.editing.edit(pid, "First version.")
    window.editing.edit(pid, "Second version.")
    wait_saved(qtbot, window)
    window.actions.undo.trigger()
    wait_saved(qtbot, window)
    assert window.model.paragraph(pid).target == "First version."
    window.actions.undo.trigger()
    wait_saved(qtbot, window)
    assert window.model.paragraph(pid).target == ""
    assert window.model.paragraph(pid).status is Status.UNTRANSLATED
    window.actions.redo.trigger()
    wait_saved(qtbot, window)
    window.close()
    with Project.open(project_path) as project:
        p = project.paragraph(pid)
        assert (p.target, p.status) == ("First version.", Status.EDITED)
        texts = [r.text for r in project.revisions(pid)]
        assert texts == ["First version.", "Second version.", "First version.", "",
                         "First version."]


def test_status_actions_apply_to_the_selection_and_are_undoable(qtbot, window, project_path):
    open_project(qtbot, window, project_path)
    for row in (4, 5):
        window.editing.edit(window.model.paragraph_at(row).id, f"Text {row}.")
    wait_saved(qtbot, window)
    window.view.go_to_row(4)
    selection = window.view.selectionModel()
    selection.select(window.proxy.index(5, 0),
                     selection.SelectionFlag.Select | selection.SelectionFlag.Rows)
    window.actions.mark_approved.trigger()
    wait_saved(qtbot, window)
    assert [window.model.paragraph_at(r).status for r in (4, 5)] == [Status.APPROVED] * 2
    window.actions.undo.trigger()  # one step for the whole selection
    wait_saved(qtbot, window)
    assert [window.model.paragraph_at(r).status for r in (4, 5)] == [Status.EDITED] * 2


def test_the_status_bar_counts_follow_the_rows(qtbot, window, project_path):
    open_project(qtbot, window, project_path)
    qtbot.waitUntil(lambda: "12 paragraphs" in window.panel.counts_label.text(), timeout=WAIT)
    window.editing.edit(window.model.paragraph_at(0).id, "Done.")
    wait_saved(qtbot, window)
    qtbot.waitUntil(lambda: "edited 1" in window.panel.counts_label.text(), timeout=WAIT)
    assert "untranslated 11" in window.panel.counts_label.text()


def test_filter_shows_only_untranslated_and_hides_approved(qtbot, window, project_path):
    open_project(qtbot, window, project_path)
    first, second = (window.model.paragraph_at(r).id for r in (0, 1))
    window.editing.edit(first, "Edited.")
    window.editing.edit(second, "Approved.")
    window.editing.set_status([second], Status.APPROVED)
    wait_saved(qtbot, window)
    window.filter_actions["untranslated"].trigger()
    assert window.proxy.rowCount() == 10
    window.filter_actions["hide_approved"].trigger()
    assert window.proxy.rowCount() == 11
    assert window.filter_actions["hide_approved"].isChecked()
    window.filter_actions["all"].trigger()
    assert window.proxy.rowCount() == 12


def test_comments_are_saved_with_the_paragraph(qtbot, window, project_path):
    open_project(qtbot, window, project_path)
    window.actions.comment.trigger()
    assert window.comment_dock.isVisible()
    window.view.go_to_row(6)
    window.comment_dock.editor.setPlainText("Check the date with the author.")
    window.comment_dock.save_button.click()
    pid = window.model.paragraph_at(6).id
    qtbot.waitUntil(lambda: window.model.paragraph(pid).comment != "", timeout=WAIT)
    window.close()
    with Project.open(project_path) as project:
        assert project.paragraph(pid).comment == "Check the date with the author."


def test_a_typed_comment_is_saved_when_moving_to_another_row(qtbot, window, project_path):
    open_project(qtbot, window, project_path)
    window.view.go_to_row(2)
    window.comment_dock.editor.setPlainText("Unclear source.")
    window.view.go_to_row(3)
    pid = window.model.paragraph_at(2).id
    qtbot.waitUntil(lambda: window.model.paragraph(pid).comment == "Unclear source.",
                    timeout=WAIT)
