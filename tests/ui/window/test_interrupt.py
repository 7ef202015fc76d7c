"""Ctrl+C in the terminal that started the window closes it like its close button: the project
is closed (its lock released) and the process ends. A real process, a real signal."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

from workbench.core.errors import ProjectLocked
from workbench.project import Project


def _held(path) -> bool:
    try:
        Project.open(path, backup=False).close()
    except ProjectLocked:
        return True
    return False


def test_sigint_closes_the_window_and_releases_the_project(project_path, tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", WORKBENCH_HOME=str(tmp_path / "home"))
    proc = subprocess.Popen([sys.executable, "-m", "workbench", "gui", str(project_path)], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 60
        while not _held(project_path):  # the window has the project open
            assert proc.poll() is None, proc.stderr.read().decode()
            assert time.monotonic() < deadline, "the window never opened the project"
            time.sleep(0.2)
        proc.send_signal(signal.SIGINT)
        assert proc.wait(timeout=30) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert not _held(project_path)
