"""Child process of the kill -9 harness: saves edits in a loop and acknowledges each on stdout.

    python -m tests.store.crash_writer PROJECT MODE SEED

MODE "good" prints an acknowledgement only after the store call returned (after COMMIT).
MODE "broken" acknowledges first and saves a moment later, like a writer that queues its
saves: the harness must catch it losing acknowledged edits, or the harness proves nothing.

Acknowledgement lines: `ACK <paragraph id> <origin> <json text>`; texts start with a 7-digit
sequence number so the checker can also tell whether a paragraph went back in time.
"""

from __future__ import annotations

import json
import random
import sys
import time

# sqlite-utils imports pandas and numpy only to map their column types, which the store never
# uses; blocking them cuts ~0.3 s of start-up from each of the many trials.
sys.modules.setdefault("pandas", None)  # type: ignore[arg-type]
sys.modules.setdefault("numpy", None)  # type: ignore[arg-type]

from tests.store.support import odd_text  # noqa: E402
from workbench.core.model import Draft, Status  # noqa: E402
from workbench.store import ProjectStore  # noqa: E402

BROKEN_DELAY_S = 0.003


def seq_of(text: str) -> int:
    return int(text[:7])


def _ack(pid: int, origin: str, text: str) -> None:
    sys.stdout.write(f"ACK {pid} {origin} {json.dumps(text)}\n")
    sys.stdout.flush()


def main(path: str, mode: str, seed: str) -> None:
    rng = random.Random(int(seed))
    store = ProjectStore.open(path)
    ids = store.paragraph_ids()
    # Even positions take a person's edits, odd ones machine drafts, so drafts are never skipped.
    edit_ids, draft_ids = ids[0::2], ids[1::2]
    print("READY", flush=True)
    seq = 0
    while True:
        seq += 1
        if seq % 5 == 0:
            drafts = [
                Draft(pid, f"{seq:07d}|draft {n} {odd_text(rng, 4)}", "crash-engine", "m1")
                for n, pid in enumerate(rng.sample(draft_ids, 3))
            ]
            for para in store.apply_drafts(drafts):
                _ack(para.id, "machine", para.target)
            continue
        pid = rng.choice(edit_ids)
        text = f"{seq:07d}|{odd_text(rng)}"
        status = rng.choice((Status.EDITED, Status.REVIEWED))
        if mode == "broken":
            _ack(pid, "user", text)
            time.sleep(BROKEN_DELAY_S)
            store.save_target(pid, text, status)
        else:
            store.save_target(pid, text, status)
            _ack(pid, "user", text)


if __name__ == "__main__":
    main(*sys.argv[1:4])
