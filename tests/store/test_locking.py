"""A project is open in one place at a time; the refused opener writes nothing."""

from __future__ import annotations

import json
import os
import signal
import socket
import sqlite3
import subprocess

import pytest

from tests.store.support import REPO_ROOT, child_cmd, child_env, sha256
from workbench.core.errors import ProjectLocked
from workbench.store import ProjectStore
from workbench.store.lock import lock_path_for

CHILD = "tests.store.project_child"


def _start_holder(path) -> subprocess.Popen:
    proc = subprocess.Popen(
        child_cmd(CHILD, "hold", path), cwd=REPO_ROOT, env=child_env(),
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    assert proc.stdout.readline().strip() == "READY"
    return proc


def _try_open_in_child(path) -> dict:
    done = subprocess.run(
        child_cmd(CHILD, "try-open", path), cwd=REPO_ROOT, env=child_env(),
        capture_output=True, text=True, timeout=60, check=True,
    )  # fmt: skip
    return json.loads(done.stdout)


def test_second_store_in_the_same_process_is_refused(project_path):
    first = ProjectStore.open(project_path)
    first.save_target(first.paragraph_ids()[1], "held by the first window")
    before = sha256(project_path)
    with pytest.raises(ProjectLocked) as info:
        ProjectStore.open(project_path)
    assert (info.value.host, info.value.pid) == (socket.gethostname(), os.getpid())
    assert sha256(project_path) == before
    first.save_target(first.paragraph_ids()[1], "the first window still saves")
    first.close()
    with ProjectStore.open(project_path) as again:
        assert again.paragraph(again.paragraph_ids()[1]).target == "the first window still saves"


def test_another_process_is_refused_and_names_the_holder(project_path):
    with ProjectStore.open(project_path):
        before = sha256(project_path)
        outcome = _try_open_in_child(project_path)
        assert sha256(project_path) == before
    assert outcome["error"] == "ProjectLocked"
    assert (outcome["host"], outcome["pid"]) == (socket.gethostname(), os.getpid())
    print(f"refused in {outcome['seconds'] * 1000:.1f} ms")


def test_a_killed_holder_does_not_block_reopening(project_path):
    holder = _start_holder(project_path)
    try:
        before = sha256(project_path)
        with pytest.raises(ProjectLocked) as info:
            ProjectStore.open(project_path)
        assert info.value.pid == holder.pid
        assert sha256(project_path) == before
    finally:
        os.kill(holder.pid, signal.SIGKILL)
        holder.wait()
        holder.stdin.close()
        holder.stdout.close()
    assert lock_path_for(project_path).exists()  # stale file from the dead holder
    with ProjectStore.open(project_path) as store:
        store.save_target(store.paragraph_ids()[1], "reopened after the crash")
    assert not lock_path_for(project_path).exists()


def test_a_holder_that_closes_normally_frees_the_project(project_path):
    holder = _start_holder(project_path)
    holder.stdin.close()
    holder.wait(timeout=60)
    holder.stdout.close()
    assert holder.returncode == 0
    assert _try_open_in_child(project_path)["error"] is None


def test_a_foreign_sqlite_connection_holding_the_file_counts_as_locked(project_path):
    foreign = sqlite3.connect(project_path, isolation_level=None)
    foreign.execute("BEGIN EXCLUSIVE")
    try:
        before = sha256(project_path)
        with pytest.raises(ProjectLocked) as info:
            ProjectStore.open(project_path)
        assert info.value.pid is None
        assert sha256(project_path) == before
        assert not lock_path_for(project_path).exists()
    finally:
        foreign.execute("ROLLBACK")
        foreign.close()


def test_an_open_project_keeps_other_sqlite_connections_out(store):
    other = sqlite3.connect(store.path, timeout=0.05)
    try:
        with pytest.raises(sqlite3.OperationalError, match="locked"):
            other.execute("SELECT COUNT(*) FROM paragraphs").fetchone()
    finally:
        other.close()
    store.save_target(store.paragraph_ids()[1], "our commit is not blocked by the reader")
