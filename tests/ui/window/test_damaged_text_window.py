"""Bytes that are not text in one paragraph (a damaged file that still passes SQLite's checks):
the window opens the project all the same, shows U+FFFD in their place, and names the
paragraph once, with the command that repairs it."""

from __future__ import annotations

import sqlite3

from tests.ui.conftest import WAIT, open_project


def test_damaged_text_is_shown_and_named_once(qtbot, window, project_path):
    conn = sqlite3.connect(project_path)
    conn.execute("UPDATE paragraphs SET source = CAST(? AS TEXT) WHERE position = 2",
                 ("قالت المديرة".encode() + b"\xc3\x28" + " إن العدد محدود.".encode(),))
    conn.commit()
    conn.close()
    open_project(qtbot, window, project_path)
    qtbot.waitUntil(lambda: window.reports.last_message_box is not None, timeout=WAIT)
    box = window.reports.last_message_box
    assert "paragraph 3 hold bytes that are not text" in box.text() and "workbench repair" in box.text()
    assert "\ufffd" in window.model.paragraph_at(2).source
    assert window.model.paragraph_at(3).source  # the others read as usual
    window.close()
