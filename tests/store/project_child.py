"""Child process for the lock and disk-full tests.

    python -m tests.store.project_child hold PROJECT       open, print READY, wait for stdin EOF
    python -m tests.store.project_child try-open PROJECT   print the outcome of one open() attempt
    python -m tests.store.project_child fsize PROJECT ID1 ID2 ID3
        save under a file-size limit (RLIMIT_FSIZE): a real EFBIG from the kernel at COMMIT
"""

from __future__ import annotations

import json
import sys
import time

sys.modules.setdefault("pandas", None)  # type: ignore[arg-type]  # see crash_writer.py
sys.modules.setdefault("numpy", None)  # type: ignore[arg-type]

from workbench.core.errors import ProjectLocked, SaveFailed  # noqa: E402
from workbench.store import ProjectStore  # noqa: E402

BIG_TEXT = "نص طويل جدا " * 40_000  # ~0.9 MB: the file must grow well past the limit


def hold(path: str) -> None:
    store = ProjectStore.open(path)
    print("READY", flush=True)
    sys.stdin.read()
    store.close()


def try_open(path: str) -> None:
    start = time.perf_counter()
    try:
        store = ProjectStore.open(path)
    except ProjectLocked as exc:
        outcome = {"error": "ProjectLocked", "host": exc.host, "pid": exc.pid}
    else:
        store.close()
        outcome = {"error": None}
    outcome["seconds"] = time.perf_counter() - start
    print(json.dumps(outcome), flush=True)


def fsize(path: str, first: str, second: str, third: str) -> None:
    import os
    import resource
    import signal

    store = ProjectStore.open(path)
    store.save_target(int(first), "قبل الامتلاء")
    print("ACK first", flush=True)
    # Without this the kernel kills us with SIGXFSZ instead of failing the write with EFBIG.
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    resource.setrlimit(resource.RLIMIT_FSIZE, (os.path.getsize(path) + 8192, hard))
    try:
        store.save_target(int(second), BIG_TEXT)
    except SaveFailed as exc:
        print("SAVEFAILED", json.dumps(exc.message), flush=True)
    else:
        print("SAVED big", flush=True)
    store.save_target(int(third), "تعديل صغير يتسع")  # fits: the store still works
    print("ACK third", flush=True)
    resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
    store.save_target(int(second), "بعد تحرير المساحة")
    print("ACK second", flush=True)
    store.close()


if __name__ == "__main__":
    commands = {"hold": hold, "try-open": try_open, "fsize": fsize}
    commands[sys.argv[1]](*sys.argv[2:])
