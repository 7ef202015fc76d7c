"""Fixtures for window tests: real project files, a real window, the tiny real model."""

from __future__ import annotations

from contextlib import contextmanager
from pathlib import Path

import pytest

from tests.ui.sample_text import arabic_document

WAIT = 20_000  # ms: generous; tests assert outcomes, never durations


@pytest.fixture
def document(tmp_path) -> Path:
    path = tmp_path / "مقالة.md"
    path.write_text(arabic_document(12), encoding="utf-8")
    return path


@pytest.fixture
def project_path(tmp_path, document) -> Path:
    """A closed project file with the 12-paragraph document imported."""
    from workbench.project import Project

    path = tmp_path / "test.wbproj"
    with Project.create(path) as project:
        project.import_document(document)
    return path


@pytest.fixture
def settings():
    from PySide6.QtCore import QByteArray

    from workbench.ui.settings import Settings

    s = Settings()
    s.role = "translator"
    s.recent_projects = []
    s.show_diacritics = True  # the INI file is shared by the session's tests: reset the toggles
    s.hover_gloss = False
    # The sample document repeats paragraphs (rows 8-11 are rows 0-3 again): tests that count
    # rows after an edit expect that edit alone; the propagation tests turn it back on.
    s.propagate_repeats = False
    s.memory_first, s.memory_threshold = True, 100
    s.completion_pause_ms = 0
    s.window_geometry = QByteArray()  # and the docks a previous test left open
    s.window_state = QByteArray()
    return s


@pytest.fixture
def window(qtbot, settings):
    from workbench.ui.main_window import MainWindow

    win = MainWindow(settings)
    qtbot.addWidget(win)
    win.resize(1200, 700)
    win.show()
    yield win
    if win.isVisible():
        win.close()


def open_project(qtbot, window, path) -> None:
    window.files.open(path)
    qtbot.waitUntil(lambda: window.session.is_open and window.model.rowCount() > 0, timeout=WAIT)


def wait_saved(qtbot, window) -> None:
    qtbot.waitUntil(lambda: window.editing.pending_saves == 0
                    and not window.tasks.is_busy("store"), timeout=WAIT)


@pytest.fixture
def no_model_installed():
    """Remove any Argos model installed by other tests (their fixture reinstalls it)."""
    from workbench.mt.argos_packages import list_models, remove_model

    for model in list_models():
        remove_model(model.name)


@contextmanager
def shown_window(qtbot, qapp, settings, project_path, language: str, size: tuple[int, int]):
    """A real MainWindow in `language`, resized to `size`, shown, with `project_path` open;
    closed and the application put back in English afterwards (it is shared by every test)."""
    from workbench.ui.i18n import apply_language
    from workbench.ui.main_window import MainWindow

    assert apply_language(qapp, language)
    win = MainWindow(settings)
    qtbot.addWidget(win)
    win.resize(*size)
    win.show()
    qtbot.waitExposed(win)
    open_project(qtbot, win, project_path)
    try:
        yield win
    finally:
        if win.isVisible():
            win.close()
        apply_language(qapp, "en")
