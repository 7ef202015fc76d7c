"""What the translator types is never lost or overwritten, and a mark lands only on seen text.

Real windows (offscreen), real project files; the store lane is held busy with a gate where a
test needs a save, a draft or an import to come back while the translator is typing.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QPoint

from tests.ui.conftest import WAIT, open_project, wait_saved
from workbench.core.model import Draft, Origin, Status
from workbench.project import Project
from workbench.ui.models.paragraph_model import TARGET


def _open_editor(qtbot, window, row):
    window.view.go_to_row(row)
    window.view.edit(window.proxy.index(row, TARGET))
    qtbot.waitUntil(lambda: window.view.target_delegate.editor() is not None, timeout=WAIT)
    return window.view.target_delegate.editor()


def _hold_store_lane(window) -> threading.Event:
    """Keep the store lane busy (as a batch's apply_drafts + fsync does) until the gate opens."""
    gate = threading.Event()
    window.session.run(lambda project: gate.wait(WAIT / 1000))
    return gate


def _stored(path, row):
    with Project.open(path) as project:
        para = project.paragraphs()[row]
        return para, project.revisions(para.id)


def test_a_returning_save_does_not_overwrite_the_reopened_editor(qtbot, window, project_path):
    open_project(qtbot, window, project_path)
    wait_saved(qtbot, window)
    gate = _hold_store_lane(window)
    qtbot.keyClicks(_open_editor(qtbot, window, 2), "First sentence.")
    window.view.target_delegate.commit_and_close()  # its save waits behind the busy lane
    editor = _open_editor(qtbot, window, 2)  # the translator comes back to the row
    qtbot.keyClicks(editor, " Second sentence.")
    gate.set()
    wait_saved(qtbot, window)  # the first save's acknowledgement has reached the grid
    assert window.view.target_delegate.editor() is editor
    assert editor.toPlainText() == "First sentence. Second sentence."
    window.view.target_delegate.commit_and_close()
    wait_saved(qtbot, window)
    window.close()
    para, revisions = _stored(project_path, 2)
    assert (para.target, para.status) == ("First sentence. Second sentence.", Status.EDITED)
    assert [r.text for r in revisions] == ["First sentence.", "First sentence. Second sentence."]


def test_an_unchanged_editor_still_shows_the_rows_new_text(qtbot, window, project_path):
    open_project(qtbot, window, project_path)
    editor = _open_editor(qtbot, window, 4)
    pid = window.model.paragraph_at(4).id
    window.editing.edit(pid, "Restored from history.")  # e.g. History > Restore, editor open
    assert editor.toPlainText() == "Restored from history."
    wait_saved(qtbot, window)


def test_confirm_does_not_mark_a_draft_that_arrived_while_the_editor_was_open(
        qtbot, window, project_path):
    with Project.open(project_path) as project:
        pid = project.paragraphs()[2].id
        project.apply_drafts([Draft(pid, "Draft A that the translator read.", "ct2", "m1")])
    open_project(qtbot, window, project_path)
    seen = _open_editor(qtbot, window, 2).toPlainText()
    assert seen == "Draft A that the translator read."
    drafts = [Draft(pid, "Draft B nobody has read.", "ct2", "m2")]  # as a batch writes it
    delivered = []  # the store lane going idle does not mean its result reached the GUI yet

    def offer(paragraphs):
        window.editing.offer(paragraphs)
        delivered.append(True)

    window.session.run(lambda p: p.apply_drafts(drafts), success=offer)
    qtbot.waitUntil(lambda: bool(delivered), timeout=WAIT)
    assert window.view.target_delegate.editor().toPlainText() == seen  # held back
    window.confirm_current()  # Ctrl+Enter
    wait_saved(qtbot, window)
    shown = window.model.paragraph(pid)
    assert (shown.target, shown.status) == ("Draft B nobody has read.", Status.MACHINE)
    assert window.view.current_paragraph_id() == pid  # stays on the row to be read
    assert "not marked" in window.statusBar().currentMessage()
    window.close()
    para, revisions = _stored(project_path, 2)
    assert (para.target, para.status) == ("Draft B nobody has read.", Status.MACHINE)
    assert all(r.origin is Origin.MACHINE for r in revisions)


def test_the_store_refuses_a_mark_when_a_draft_was_still_on_its_way(qtbot, window, project_path):
    with Project.open(project_path) as project:
        pid = project.paragraphs()[2].id
        project.apply_drafts([Draft(pid, "Draft A that the translator read.", "ct2", "m1")])
    open_project(qtbot, window, project_path)
    _open_editor(qtbot, window, 2)
    gate = _hold_store_lane(window)
    drafts = [Draft(pid, "Draft B nobody has read.", "ct2", "m2")]
    window.session.run(lambda p: p.apply_drafts(drafts), success=window.editing.offer)
    window.confirm_current()  # the window does not know of draft B yet
    # Back to the row; the refusal's reload must not overwrite what is typed now.
    editor = _open_editor(qtbot, window, 2)
    qtbot.keyClicks(editor, " Plus my words.")
    gate.set()
    wait_saved(qtbot, window)
    qtbot.waitUntil(lambda: "not marked" in window.statusBar().currentMessage(), timeout=WAIT)
    assert editor.toPlainText() == "Draft A that the translator read. Plus my words."
    para, _ = _stored_while_open(qtbot, window, pid)
    assert (para.target, para.status) == ("Draft B nobody has read.", Status.MACHINE)
    window.view.target_delegate.commit_and_close()  # the translator's own text wins
    wait_saved(qtbot, window)
    window.close()
    para, revisions = _stored(project_path, 2)
    assert (para.target, para.status) == ("Draft A that the translator read. Plus my words.",
                                          Status.EDITED)
    assert [r.status for r in revisions if r.text == "Draft B nobody has read."] == [
        Status.MACHINE]


def _stored_while_open(qtbot, window, pid):
    """Read the paragraph through the window's own project (the file is locked by it)."""
    got = []
    window.session.run(lambda p: (p.paragraph(pid), p.revisions(pid)), success=got.append)
    qtbot.waitUntil(lambda: bool(got), timeout=WAIT)
    return got[0]


def test_open_recent_saves_the_editor_and_comment_into_the_project_they_belong_to(
        qtbot, window, project_path, tmp_path, settings):
    other_doc = tmp_path / "b.txt"
    other_doc.write_text("جملة أولى.\nجملة ثانية.\nجملة ثالثة.\n", encoding="utf-8")
    other = tmp_path / "b.wbproj"
    with Project.create(other) as project:
        project.import_document(other_doc)
    settings.recent_projects = [str(other)]
    open_project(qtbot, window, project_path)
    window.actions.comment.trigger()
    window.view.go_to_row(2)
    window.comment_dock.editor.setPlainText("Ask the author about this date.")
    editor = _open_editor(qtbot, window, 2)
    editor.setFocus()
    qtbot.keyClicks(editor, "Twenty minutes of careful wording.")
    # Project > Open recent > b.wbproj: the real menu and its real action.
    window.recent_menu.popup(window.mapToGlobal(QPoint(10, 10)))
    qtbot.waitUntil(window.recent_menu.isVisible, timeout=WAIT)
    [action] = [a for a in window.recent_menu.actions() if a.text() == str(other)]
    action.trigger()
    window.recent_menu.hide()
    qtbot.waitUntil(lambda: window.session.path == other.absolute(), timeout=WAIT)
    qtbot.waitUntil(lambda: window.model.rowCount() == 3, timeout=WAIT)
    window.view.go_to_row(2)  # the dock now shows b's paragraph: nothing of a's goes there
    wait_saved(qtbot, window)
    window.close()
    para, revisions = _stored(project_path, 2)
    assert (para.target, para.status) == ("Twenty minutes of careful wording.", Status.EDITED)
    assert para.comment == "Ask the author about this date."
    with Project.open(other) as project:
        assert [(p.target, p.comment) for p in project.paragraphs()] == [("", "")] * 3


def test_an_import_finishing_keeps_the_editors_text(qtbot, window, project_path, tmp_path):
    doc = tmp_path / "second.txt"
    doc.write_text("\n".join(f"جملة رقم {i}." for i in range(20)), encoding="utf-8")
    open_project(qtbot, window, project_path)
    gate = _hold_store_lane(window)  # stands in for parsing a large DOCX
    window.files.import_document(doc)
    qtbot.keyClicks(_open_editor(qtbot, window, 2), "Typed while the import was running.")
    gate.set()
    qtbot.waitUntil(lambda: window.model.rowCount() == 32, timeout=WAIT)
    wait_saved(qtbot, window)
    assert window.model.paragraph_at(2).target == "Typed while the import was running."
    window.close()
    para, _ = _stored(project_path, 2)
    assert (para.target, para.status) == ("Typed while the import was running.", Status.EDITED)


def test_retranslate_while_typing_keeps_the_typing_as_an_undoable_revision(
        qtbot, window, project_path, no_model_installed):
    with Project.open(project_path) as project:
        pid = project.paragraphs()[1].id
        project.save_target(pid, "My reviewed sentence.", Status.EDITED)
    open_project(qtbot, window, project_path)
    editor = _open_editor(qtbot, window, 1)
    qtbot.keyClicks(editor, " And a second sentence I just typed.")
    typed = editor.toPlainText()
    window.actions.retranslate.trigger()
    qtbot.waitUntil(lambda: window.commands.question is not None, timeout=WAIT)
    window.commands.question.replace_button.click()  # a person's row: replaced when they say so
    qtbot.waitUntil(lambda: window.model.paragraph(pid).status is Status.MACHINE, timeout=WAIT)
    wait_saved(qtbot, window)
    draft = window.model.paragraph(pid).target
    assert draft and draft != typed  # the explicit retranslation replaced the text ...
    window.actions.undo.trigger()  # ... as one undoable step that brings the typing back
    wait_saved(qtbot, window)
    assert window.model.paragraph(pid).target == typed
    window.close()
    para, revisions = _stored(project_path, 1)
    assert (para.target, para.status) == (typed, Status.EDITED)
    # The draft is kept in the history as it arrives (so "Keep my text" would lose nothing),
    # then again as the text the person chose to replace theirs with.
    assert [r.text for r in revisions] == ["My reviewed sentence.", typed, draft, draft, typed]
