"""The window in the Arabic UI: menus, the View toggles, status words and the status bar counts
come out in Arabic (through the shipped .qm), the layout mirrors, the Arabic text stays RTL."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu

from tests.ui.conftest import open_project
from workbench.core.model import Status
from workbench.ui.i18n import apply_language
from workbench.ui.labels import status_label
from workbench.ui.models.paragraph_model import STATUS

ARABIC = re.compile("[\u0600-\u06ff]")


@pytest.fixture
def arabic_window(qtbot, qapp, settings):
    from workbench.ui.main_window import MainWindow

    assert apply_language(qapp, "ar")
    win = MainWindow(settings)
    qtbot.addWidget(win)
    win.resize(1200, 700)
    win.show()
    yield win
    if win.isVisible():
        win.close()
    apply_language(qapp, "en")  # the application is shared by every UI test


def test_status_words_and_counts_are_arabic(qtbot, arabic_window, project_path):
    window = arabic_window
    assert all(ARABIC.search(status_label(s)) for s in Status)
    open_project(qtbot, window, project_path)
    qtbot.waitUntil(lambda: bool(window.panel.counts_label.text()), timeout=5000)
    counts = window.panel.counts_label.text()
    assert status_label(Status.UNTRANSLATED) in counts and "untranslated" not in counts
    assert ARABIC.search(window.model.index(0, STATUS).data())


def test_menus_and_view_toggles_are_arabic_and_mirrored(qtbot, arabic_window):
    window = arabic_window
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles and all(ARABIC.search(t) for t in titles), titles
    view_menu = window.menuBar().findChild(QMenu, "menu_view")
    for action in window.display.actions():
        assert action in view_menu.actions()
        assert ARABIC.search(action.text()), action.text()
    assert ARABIC.search(window.display.reading_dock.windowTitle())
    assert all(ARABIC.search(a.text()) for a in (window.actions.confirm, window.actions.find))
    # The Arabic text keeps its own direction, and the English column its own, in either UI.
    option = window.display.reading_view.arabic.document().defaultTextOption()
    assert option.textDirection() == Qt.LayoutDirection.RightToLeft
    option = window.display.reading_view.english.document().defaultTextOption()
    assert option.textDirection() == Qt.LayoutDirection.LeftToRight


def test_download_and_remote_engine_errors_have_words_in_both_languages(qapp):
    from workbench.mt.download import DownloadFailed
    from workbench.mt.libretranslate import RemoteEngineError
    from workbench.mt.model_index import ModelIndexError
    from workbench.ui.labels import error_text

    cases = [
        DownloadFailed("stopped", [("http://127.0.0.1:9/a", "connection dropped")], resumable=True),
        DownloadFailed("none", [("http://127.0.0.1:9/a", "checksum mismatch")]),
        ModelIndexError("http://127.0.0.1:9/index.json", "not a JSON array"),
        RemoteEngineError("http://127.0.0.1:5000", 403, "Invalid API key"),
    ]
    english = [error_text(exc) for exc in cases]
    assert "resume" in english[0] and "checksum mismatch" in english[1]
    assert "not a JSON array" in english[2] and "Invalid API key" in english[3]
    assert apply_language(qapp, "ar")
    try:
        arabic = [error_text(exc) for exc in cases]
    finally:
        apply_language(qapp, "en")
    assert all(ARABIC.search(text) for text in arabic)
    assert "Invalid API key" in arabic[3] and "127.0.0.1:5000" in arabic[3]
