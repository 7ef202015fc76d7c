"""Closing the window never drops a save queued behind a long store job, and says so meanwhile."""

from __future__ import annotations

import threading

from PySide6.QtCore import QCoreApplication, QTimer

from tests.ui.conftest import WAIT, open_project
from workbench.project import Project
from workbench.ui.tasks import TaskManager


def _stored_target(path, paragraph_id):
    with Project.open(path) as project:
        return next(p.target for p in project.paragraphs() if p.id == paragraph_id)


def test_close_waits_for_a_save_behind_a_long_store_job_and_says_saving(qtbot, window,
                                                                        project_path):
    open_project(qtbot, window, project_path)
    gate = threading.Event()
    window.session.run(lambda p: gate.wait(WAIT / 1000))  # a long export, say
    pid = window.model.paragraph_at(0).id
    window.editing.edit(pid, "An hour of careful work.")  # queued behind it
    shown = []

    def while_closing():  # runs only if the window keeps its event loop alive meanwhile
        shown.append(window.statusBar().currentMessage())
        gate.set()

    QTimer.singleShot(0, while_closing)
    window.close()
    assert shown == ["Saving…"]
    assert _stored_target(project_path, pid) == "An hour of careful work."


def test_shutdown_never_gives_up_on_the_store_lane(qtbot, window, project_path, monkeypatch):
    """The old 30 s + 30 s give-up, shortened to nothing: the queued save still lands."""
    from workbench.ui.session import ProjectSession

    monkeypatch.setattr(ProjectSession.close_now, "__defaults__", (0.01,))
    monkeypatch.setattr(TaskManager.shutdown, "__defaults__", (0.01,))
    open_project(qtbot, window, project_path)
    gate = threading.Event()
    window.session.run(lambda p: gate.wait(WAIT / 1000))
    pid = window.model.paragraph_at(0).id
    window.editing.edit(pid, "Saved after all.")
    tasks = window.tasks

    def release_once_shutting_down():  # the long job ends only after shut-down has begun
        while not tasks._closed:
            threading.Event().wait(0.01)
        gate.set()

    threading.Thread(target=release_once_shutting_down, daemon=True).start()
    window.close()
    assert _stored_target(project_path, pid) == "Saved after all."


def test_callbacks_arriving_after_shutdown_are_dropped_quietly(qtbot):
    tasks = TaskManager()
    called = []

    def late(_):  # a window's callback that would submit more work
        called.append(1)
        tasks.run("store", lambda ctx: None)

    tasks.run("store", lambda ctx: "done", success=late)
    tasks.shutdown()  # the job ran; its callback is still on its way to the GUI thread
    QCoreApplication.processEvents()
    QCoreApplication.processEvents()
    assert called == []


def test_a_check_waiting_on_the_store_lane_is_abandoned_but_saves_run(qtbot):
    tasks = TaskManager()
    gate = threading.Event()
    ran = []
    tasks.run("store", lambda ctx: gate.wait(WAIT / 1000))
    tasks.run("store", lambda ctx: ran.append("check"), abandonable=True)
    tasks.run("store", lambda ctx: ran.append("save"))
    tasks.cancel_abandonable("store")  # what closing the window does first
    gate.set()
    tasks.shutdown()
    assert ran == ["save"]
