"""A project that can only be read (here: it holds a status this version does not know) opens
in the window with a permanent "Read-only" mark and the reason said once; no cell can be
edited, so no typing is started that could not be kept, and a batch is refused before any
model runs. Reading, moving around and exporting work as usual."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import Qt

from tests.ui.conftest import WAIT, open_project
from workbench.ui.models.paragraph_model import TARGET


def _from_a_newer_program(path) -> bytes:
    conn = sqlite3.connect(path)
    conn.execute("UPDATE paragraphs SET status = 'signed-off' WHERE position = 0")
    conn.commit()
    conn.close()
    return path.read_bytes()


def test_a_read_only_project_is_shown_but_cannot_be_typed_into(qtbot, window, project_path, tmp_path):
    before = _from_a_newer_program(project_path)
    open_project(qtbot, window, project_path)
    qtbot.waitUntil(lambda: window.reports.last_message_box is not None, timeout=WAIT)
    box = window.reports.last_message_box
    assert "read-only" in box.text() and "does not know" in box.text()
    box.close()
    label = window.panel.read_only_label
    assert label.isVisibleTo(window) and "does not know" in label.toolTip()
    index = window.model.index(1, TARGET)
    assert not window.model.flags(index) & Qt.ItemFlag.ItemIsEditable
    window.view.setCurrentIndex(window.proxy.mapFromSource(index))
    window.view.edit_current()
    assert window.view.target_delegate.editor() is None  # F2 opens nothing
    assert window.comment_dock.editor.isReadOnly()  # a comment could not be kept either
    assert not window.comment_dock.save_button.isEnabled()
    failures = []
    window.translation.failed.connect(failures.append)
    window.translation.translate()
    qtbot.waitUntil(lambda: bool(failures), timeout=WAIT)
    assert "read-only" in str(failures[0])
    out = tmp_path / "read.md"
    window.files.export(out, "md")
    qtbot.waitUntil(out.exists, timeout=WAIT)
    window.close()
    assert project_path.read_bytes() == before


def test_the_mark_goes_when_a_writable_project_is_opened(qtbot, window, project_path, tmp_path):
    other = tmp_path / "other.wbproj"
    other.write_bytes(project_path.read_bytes())
    _from_a_newer_program(project_path)
    open_project(qtbot, window, project_path)
    label = window.panel.read_only_label
    assert label.isVisibleTo(window)
    with qtbot.waitSignal(window.session.opened, timeout=WAIT):
        window.files.open(other)
    qtbot.waitUntil(lambda: not label.isVisibleTo(window), timeout=WAIT)
    assert window.model.flags(window.model.index(1, TARGET)) & Qt.ItemFlag.ItemIsEditable
    window.view.go_to_row(1)
    qtbot.waitUntil(lambda: not window.comment_dock.editor.isReadOnly(), timeout=WAIT)
    window.close()
