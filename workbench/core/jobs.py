"""The context every long domain function takes: cancellation and progress, no Qt.

The UI wraps a JobContext around its own signals; the CLI around a progress bar; tests use it bare.
A JobContext may be cancelled from any thread; progress callbacks run on the worker's thread.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from workbench.core.errors import Cancelled

ProgressFn = Callable[[int, int], None]


class JobContext:
    def __init__(self, on_progress: ProgressFn | None = None):
        self._cancel = threading.Event()
        self._on_progress = on_progress

    def cancel(self) -> None:
        self._cancel.set()

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        """Raise Cancelled if the job was cancelled: call between units of work."""
        if self._cancel.is_set():
            raise Cancelled()

    def progress(self, done: int, total: int) -> None:
        if self._on_progress is not None:
            self._on_progress(done, total)

    def part(self, offset: int, total: int) -> JobContext:
        """A context for one part of this job: the same cancellation, and its progress
        reported as this job's (`offset` done before it, `total` for the whole job)."""
        child = JobContext(lambda done, _part_total: self.progress(offset + done, total))
        child._cancel = self._cancel
        return child
