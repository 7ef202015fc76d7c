"""Backups from the window: edits of a long session reach a backup (timer and close), a backup
that cannot be made is shown, and Project > Backups… restores a copy and opens it again."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from tests.ui.conftest import WAIT, open_project, wait_saved
from workbench.project import Project, backups


@pytest.fixture(autouse=True)
def own_data_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("WORKBENCH_HOME", str(tmp_path / "home"))


def _targets(path) -> list[str]:
    with Project.open(path, backup=False) as project:
        return [p.target for p in project.paragraphs()]


def _edit_first(qtbot, window, text: str) -> None:
    window.editing.edit(window.model.paragraph_at(0).id, text)
    wait_saved(qtbot, window)


def test_edits_made_after_opening_reach_a_backup_on_the_timer_and_on_close(qtbot, window, project_path):
    open_project(qtbot, window, project_path)
    qtbot.waitUntil(lambda: len(backups.list_backups(project_path)) == 1, timeout=WAIT)
    assert window.session._backup_timer.isActive()
    _edit_first(qtbot, window, "Typed during the session.")
    window.session.backup_if_changed()  # what the timer does every ten minutes
    qtbot.waitUntil(lambda: len(backups.list_backups(project_path)) == 2, timeout=WAIT)
    assert _targets(backups.list_backups(project_path)[0])[0] == "Typed during the session."
    window.session.backup_if_changed()  # nothing changed since: no new copy
    _edit_first(qtbot, window, "Typed just before closing.")
    window.close()
    newest = backups.list_backups(project_path)
    assert len(newest) == 3 and _targets(newest[0])[0] == "Typed just before closing."


def test_a_backup_that_cannot_be_made_is_shown(qtbot, window, project_path):
    backups.root().parent.mkdir(parents=True, exist_ok=True)
    backups.root().write_text("a file where the backups folder should be")
    open_project(qtbot, window, project_path)
    qtbot.waitUntil(lambda: window.reports.last_message_box is not None, timeout=WAIT)
    box = window.reports.last_message_box
    assert box.windowTitle() == "Backup not made" and "saved in the project itself" in box.text()
    window.close()


def test_backups_dialog_restores_and_reopens(qtbot, window, project_path, monkeypatch):
    open_project(qtbot, window, project_path)
    qtbot.waitUntil(lambda: len(backups.list_backups(project_path)) == 1, timeout=WAIT)
    _edit_first(qtbot, window, "An edit the restore takes back.")
    dialog = window.backups.show_for(project_path)
    qtbot.waitUntil(lambda: dialog.items.count() == 1 and dialog.restore_button.isEnabled(), timeout=WAIT)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(window.backups.restored, timeout=WAIT) as restored:
        dialog.restore_button.click()
    backup, aside = restored.args
    qtbot.waitUntil(lambda: window.session.is_open and window.model.rowCount() > 0, timeout=WAIT)
    qtbot.waitUntil(lambda: window.model.paragraph_at(0).target == "", timeout=WAIT)
    window.close()
    assert _targets(project_path)[0] == ""
    assert _targets(aside)[0] == "An edit the restore takes back."  # kept beside it
