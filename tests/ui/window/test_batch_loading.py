"""While a batch waits for its model, the status bar says "Loading model…" with a busy
indicator, not a "Translating 0 / 12" that sits still (issue 11)."""

from __future__ import annotations

import threading

from PySide6.QtWidgets import QLabel

from tests.ui.conftest import WAIT, open_project


def _shown_texts(panel) -> list[str]:
    return [label.text() for label in panel.findChildren(QLabel) if label.isVisible()]


def test_loading_model_until_the_first_drafts_are_written(qtbot, window, project_path,
                                                          no_model_installed):
    open_project(qtbot, window, project_path)
    panel = window.panel
    gate = threading.Event()
    window.tasks.run("mt", lambda ctx: gate.wait(WAIT / 1000))  # the model is still loading
    drafting = []
    window.translation.drafting.connect(lambda: drafting.append(panel.progress.maximum()))
    with qtbot.waitSignal(window.translation.started, timeout=WAIT):
        window.actions.translate_all.trigger()
    qtbot.wait(50)
    assert "Loading model…" in _shown_texts(panel)
    assert panel.progress.isVisible()
    assert (panel.progress.minimum(), panel.progress.maximum()) == (0, 0)  # busy indicator
    with qtbot.waitSignal(window.translation.finished, timeout=WAIT * 3):
        gate.set()
    assert drafting == [12]  # the first drafts ended the busy indicator: counting 0..12 ...
    assert "Loading model…" not in _shown_texts(panel)
    assert not panel.progress.isVisible()  # ... and the batch's end hid the bar


def test_progress_counts_once_drafts_arrive(qtbot, window):
    panel = window.panel
    panel.show_batch(True, 61)
    panel.show_progress(32, 61)  # drafts made, none written yet: still loading
    assert panel.progress.maximum() == 0
    panel.show_drafting()
    assert (panel.progress.value(), panel.progress.maximum()) == (32, 61)
    assert "Translating 32 / 61" == panel.progress.text()
    panel.show_batch(False)
    assert not panel.progress.isVisible()
