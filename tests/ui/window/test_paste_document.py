"""Project > New from clipboard in the real window: the clipboard's text becomes a document, in
a new project when none is open, through the same importer as a .txt file."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from tests.ui.conftest import WAIT


def test_the_clipboard_becomes_a_document_of_a_new_project(qtbot, window, tmp_path):
    QApplication.clipboard().setText("عاجل: افتتاح الجسر الجديد\nافتتح المحافظ الجسر صباح اليوم.\n")
    window.actions.paste_document.trigger()
    qtbot.waitUntil(lambda: window.model.rowCount() == 2, timeout=WAIT)
    assert window.session.path.name.startswith("pasted ")
    assert window.model.paragraph_at(1).source == "افتتح المحافظ الجسر صباح اليوم."


def test_an_empty_clipboard_says_so(qtbot, window):
    QApplication.clipboard().setText("   \n")
    window.actions.paste_document.trigger()
    qtbot.waitUntil(lambda: "no text" in window.statusBar().currentMessage(), timeout=WAIT)
    assert not window.session.is_open
