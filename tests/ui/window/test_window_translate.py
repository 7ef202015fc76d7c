"""Translating from the window: drafts land row by row, open editors are never clobbered."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.ui.conftest import WAIT, open_project, wait_saved
from workbench.core.model import Status
from workbench.project import Project
from workbench.ui.models.paragraph_model import TARGET


def _translate(qtbot, window, action=None):
    with qtbot.waitSignal(window.translation.finished, timeout=WAIT * 3) as blocker:
        (action or window.actions.translate_all).trigger()
    return blocker.args


def _store_rows(path):
    with Project.open(path) as project:
        return project.paragraphs()


def test_no_model_means_gloss_drafts_and_a_banner(qtbot, window, project_path,
                                                  no_model_installed):
    window.start(None)
    qtbot.waitUntil(window.banner.isVisible, timeout=WAIT)
    open_project(qtbot, window, project_path)
    written, cancelled = _translate(qtbot, window)
    assert (written, cancelled) == (12, False)
    rows = window.model.paragraphs()
    assert {p.status for p in rows} == {Status.GLOSS}
    assert all(p.target and p.engine == "gloss" for p in rows)
    assert not window.panel.progress.isVisible()
    window.close()
    assert [(p.target, p.status) for p in _store_rows(project_path)] == \
        [(p.target, p.status) for p in rows]


def test_installing_a_model_from_the_banner_hides_it(qtbot, window, no_model_installed,
                                                     tiny_argos_package):
    window.start(None)
    qtbot.waitUntil(window.banner.isVisible, timeout=WAIT)
    with qtbot.waitSignal(window.files.model_installed, timeout=WAIT) as blocker:
        window.files.install_model(tiny_argos_package)
    assert blocker.args[0].startswith("translate-ar_en")
    assert not window.banner.isVisible()


def test_an_invalid_model_file_is_refused_with_a_message(qtbot, window, tmp_path):
    bogus = tmp_path / "broken.argosmodel"
    bogus.write_bytes(b"not a zip")
    window.files.install_model(bogus)
    qtbot.waitUntil(lambda: window.last_message_box is not None, timeout=WAIT)
    assert "broken.argosmodel" in window.last_message_box.text()


def test_the_tiny_model_drafts_every_paragraph(qtbot, window, project_path,
                                               installed_tiny_model):
    window.start(None)
    qtbot.waitUntil(lambda: not window.tasks.is_busy("io"), timeout=WAIT)
    assert not window.banner.isVisible()
    open_project(qtbot, window, project_path)
    written, _ = _translate(qtbot, window, window.actions.translate_untranslated)
    assert written == 12
    assert {p.status for p in window.model.paragraphs()} == {Status.MACHINE}
    assert {p.engine for p in window.model.paragraphs()} == {"argos"}


def test_an_open_editor_is_not_overwritten_and_the_users_text_wins(qtbot, window, project_path,
                                                                   no_model_installed):
    open_project(qtbot, window, project_path)
    window.view.go_to_row(3)
    window.view.edit(window.proxy.index(3, TARGET))
    editor = window.view.target_delegate.editor()
    qtbot.keyClicks(editor, "My own words.")
    _translate(qtbot, window)
    assert window.view.target_delegate.editor() is editor
    assert editor.toPlainText() == "My own words."
    assert window.model.paragraph_at(3).status is Status.UNTRANSLATED  # held back
    assert window.model.paragraph_at(4).status is Status.GLOSS
    window.view.target_delegate.commit_and_close()
    wait_saved(qtbot, window)
    assert window.model.paragraph_at(3).target == "My own words."
    window.close()
    stored = _store_rows(project_path)[3]
    assert (stored.target, stored.status) == ("My own words.", Status.EDITED)


def test_escape_from_the_editor_shows_the_draft_that_arrived(qtbot, window, project_path,
                                                             no_model_installed):
    open_project(qtbot, window, project_path)
    window.view.go_to_row(5)
    window.view.edit(window.proxy.index(5, TARGET))
    editor = window.view.target_delegate.editor()
    qtbot.keyClicks(editor, "abandoned")
    _translate(qtbot, window)
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.view.target_delegate.editor() is None, timeout=WAIT)
    assert window.model.paragraph_at(5).status is Status.GLOSS
    assert window.model.paragraph_at(5).target != "abandoned"


def test_human_rows_are_left_alone_by_translate_all(qtbot, window, project_path,
                                                    no_model_installed):
    open_project(qtbot, window, project_path)
    pid = window.model.paragraph_at(1).id
    window.editing.edit(pid, "Mine.")
    written, _ = _translate(qtbot, window)
    assert written == 11
    assert window.model.paragraph(pid).target == "Mine."


def test_cancel_from_the_status_bar_stops_the_batch(qtbot, window, project_path,
                                                    no_model_installed):
    import threading

    open_project(qtbot, window, project_path)
    gate = threading.Event()
    window.tasks.run("mt", lambda ctx: gate.wait(WAIT / 1000))  # the engine is busy
    with qtbot.waitSignal(window.translation.finished, timeout=WAIT * 3) as blocker:
        window.actions.translate_all.trigger()
        qtbot.waitUntil(window.panel.cancel_button.isVisible, timeout=WAIT)
        window.panel.cancel_button.click()
        gate.set()
    written, cancelled = blocker.args
    assert (written, cancelled) == (0, True)
    assert not window.panel.progress.isVisible()
    assert {p.status for p in window.model.paragraphs()} == {Status.UNTRANSLATED}
    # The next batch runs normally.
    assert _translate(qtbot, window) == [12, False]


def test_retranslate_a_draft_row_and_an_edited_row(qtbot, window, project_path,
                                                   no_model_installed):
    open_project(qtbot, window, project_path)
    window.view.go_to_row(2)
    window.actions.retranslate.trigger()
    qtbot.waitUntil(lambda: window.model.paragraph_at(2).status is Status.GLOSS, timeout=WAIT)
    draft = window.model.paragraph_at(2).target
    pid = window.model.paragraph_at(2).id
    window.editing.edit(pid, "Edited by me.")
    wait_saved(qtbot, window)
    window.actions.retranslate.trigger()
    qtbot.waitUntil(lambda: window.commands.question is not None, timeout=WAIT)  # it asks first
    window.commands.question.replace_button.click()
    qtbot.waitUntil(lambda: window.model.paragraph(pid).target == draft, timeout=WAIT)
    assert window.model.paragraph(pid).status is Status.MACHINE
    wait_saved(qtbot, window)
    window.actions.undo.trigger()  # the replaced edit comes back
    wait_saved(qtbot, window)
    assert window.model.paragraph(pid).target == "Edited by me."


@pytest.mark.parametrize("engine", ["gloss", "argos"])
def test_retranslate_does_not_wait_behind_a_batch(qtbot, window, project_path, engine, request):
    import threading

    request.getfixturevalue("no_model_installed" if engine == "gloss" else "installed_tiny_model")
    window.start(None)
    open_project(qtbot, window, project_path)
    last = window.model.paragraph_at(11).id
    updated = []
    window.model.dataChanged.connect(
        lambda top, bottom, roles=(): updated.extend(
            window.model.paragraph_at(r).id for r in range(top.row(), bottom.row() + 1)))
    gate = threading.Event()
    window.tasks.run("mt", lambda ctx: gate.wait(WAIT / 1000))  # the engine is busy meanwhile
    with qtbot.waitSignal(window.translation.started, timeout=WAIT):
        window.actions.translate_all.trigger()  # the batch is now queued on the mt lane
    window.view.go_to_row(11)
    window.actions.retranslate.trigger()  # ... and the last paragraph asked for after it
    with qtbot.waitSignal(window.translation.finished, timeout=WAIT * 3):
        gate.set()
    qtbot.waitUntil(lambda: not window.tasks.is_busy("store"), timeout=WAIT)
    assert updated[0] == last  # its draft landed before any of the batch's
    assert window.model.paragraph(last).engine == engine
    assert {p.status for p in window.model.paragraphs()} == {
        Status.GLOSS if engine == "gloss" else Status.MACHINE}
