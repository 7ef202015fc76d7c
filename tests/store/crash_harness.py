"""The kill -9 harness: run crash_writer, SIGKILL it at a random moment, check what was promised.

An edit counts as promised once its acknowledgement line reached us. After the kill the project
is reopened through ProjectStore (which also proves a stale lock file does not block) and every
promised edit must be there byte for byte: as a revision with the right origin, and with the
paragraph's current target no older than the last acknowledged one. `integrity_check` alone
proves nothing; counting promised edits does.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from tests.store.crash_writer import seq_of
from tests.store.support import REPO_ROOT, child_cmd, child_env
from workbench.core.model import Origin
from workbench.store import ProjectStore

MAX_KILL_DELAY_S = 0.15
# Every fifth step of the writer is a batch of machine drafts: 5 acknowledgements include one.
MIN_ACKS_BEFORE_KILL = 5
MAX_ACKS_BEFORE_KILL = 60
JOURNAL_MAGIC = bytes.fromhex("d9d505f920a163d7")
START_TIMEOUT_S = 60


@dataclass
class Ack:
    paragraph_id: int
    origin: Origin
    text: str


@dataclass
class Trial:
    seed: int
    acks: list[Ack] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    hot_journal: bool = False  # the kill landed inside a transaction: reopening rolled it back


def _read_lines(stream, lines: list[str], ready: threading.Event) -> None:
    for line in stream:
        if line == "READY\n":
            ready.set()
        elif line.endswith("\n"):  # a line cut by the kill was never fully acknowledged
            lines.append(line)
    ready.set()  # EOF: the child died (or failed) before or after READY


def run_trial(template: Path, workdir: Path, seed: int, mode: str = "good") -> Trial:
    """One trial on a fresh copy of `template`. Returns the acknowledgements and the problems."""
    path = workdir / f"trial-{mode}-{seed}.wbproj"
    shutil.copyfile(template, path)
    rng = random.Random(seed)
    proc = subprocess.Popen(
        child_cmd("tests.store.crash_writer", path, mode, seed),
        cwd=REPO_ROOT, env=child_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        encoding="utf-8",
    )  # fmt: skip
    lines: list[str] = []
    ready = threading.Event()
    reader = threading.Thread(target=_read_lines, args=(proc.stdout, lines, ready), daemon=True)
    reader.start()
    trial = Trial(seed)
    try:
        if not ready.wait(START_TIMEOUT_S) or proc.poll() is not None:
            trial.problems.append(f"writer did not start: {proc.stderr.read()[-2000:]}")
            return trial
        # Wait for a random number of acknowledgements first, so the kill lands after real work
        # however loaded the machine is (a pure time delay killed an idle or barely started
        # writer on a busy CI machine), then a random delay so it lands anywhere in the loop.
        wanted = rng.randint(MIN_ACKS_BEFORE_KILL, MAX_ACKS_BEFORE_KILL)
        deadline = time.monotonic() + START_TIMEOUT_S
        while len(lines) < wanted and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.001)
        threading.Event().wait(rng.uniform(0, MAX_KILL_DELAY_S))
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        if proc.poll() is None:
            os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        reader.join()
        proc.stdout.close()
        proc.stderr.close()
    for line in lines:
        tag, pid, origin, text = line.rstrip("\n").split(" ", 3)
        assert tag == "ACK", line
        trial.acks.append(Ack(int(pid), Origin(origin), json.loads(text)))
    journal = path.with_name(path.name + "-journal")
    trial.hot_journal = journal.exists() and journal.read_bytes()[:8] == JOURNAL_MAGIC
    trial.problems += check(path, trial.acks)
    return trial


def check(path: Path, acks: list[Ack]) -> list[str]:
    """Reopen the project and list every promise it broke (empty list: all kept)."""
    problems: list[str] = []
    with ProjectStore.open(path) as store:
        problems += [f"integrity: {p}" for p in store.integrity_check()]
        last_seq: dict[int, int] = {}
        for ack in acks:
            kept = {(r.text, r.origin) for r in store.revisions(ack.paragraph_id)}
            if (ack.text, ack.origin) not in kept:
                problems.append(f"acknowledged edit missing: paragraph {ack.paragraph_id} {ack.text!r}")
            last_seq[ack.paragraph_id] = max(last_seq.get(ack.paragraph_id, 0), seq_of(ack.text))
        for pid, seq in last_seq.items():
            target = store.paragraph(pid).target
            if not target or seq_of(target) < seq:
                problems.append(f"paragraph {pid} went back to {target[:7]!r} after ack {seq}")
    conn = sqlite3.connect(path)  # and once more with plain SQLite, after the store let go
    try:
        verdict = [row[0] for row in conn.execute("PRAGMA integrity_check")]
    finally:
        conn.close()
    if verdict != ["ok"]:
        problems.append(f"integrity_check: {verdict}")
    return problems
