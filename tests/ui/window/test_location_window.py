"""A project opened from a cloud-synced folder is warned about once per window."""

from __future__ import annotations

import shutil

from tests.ui.conftest import WAIT, open_project


def test_a_synced_folder_is_warned_about_once(qtbot, window, project_path, tmp_path):
    synced = tmp_path / "OneDrive - Office" / "news.wbproj"
    synced.parent.mkdir()
    shutil.copy(project_path, synced)
    open_project(qtbot, window, synced)
    qtbot.waitUntil(lambda: window.reports.last_message_box is not None, timeout=WAIT)
    box = window.reports.last_message_box
    assert box.windowTitle() == "About this project" and "synced by OneDrive" in box.text()
    box.close()
    window.reports.last_message_box = None
    messages = []
    window.statusBar().messageChanged.connect(messages.append)
    for path in (project_path, synced):  # again: the status bar, not another box
        with qtbot.waitSignal(window.session.opened, timeout=WAIT):
            window.files.open(path)
    assert window.reports.last_message_box is None
    assert any("synced by OneDrive" in m for m in messages)
    window.close()
