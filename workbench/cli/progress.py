"""A terminal progress bar for long CLI work, fed by JobContext.progress (worker thread = main)."""

from __future__ import annotations

import sys
import time

from workbench.core.jobs import JobContext


class ProgressBar:
    """Draws `label [####----] done/total` on stderr; redraws at most 10 times a second.

    On a terminal it redraws in place; otherwise (logs, CI) it prints a line per 10 %.
    """

    WIDTH = 30

    def __init__(self, label: str, stream=None) -> None:
        self.label = label
        self.stream = stream or sys.stderr
        self._tty = hasattr(self.stream, "isatty") and self.stream.isatty()
        self._last_draw = 0.0
        self._last_decile = -1
        self._drawn = False

    def update(self, done: int, total: int) -> None:
        if total <= 0:
            return
        now = time.monotonic()
        if self._tty:
            if done < total and now - self._last_draw < 0.1:
                return
            filled = int(self.WIDTH * done / total)
            bar = "#" * filled + "-" * (self.WIDTH - filled)
            self.stream.write(f"\r{self.label} [{bar}] {done}/{total}")
            self._drawn = True
        else:
            decile = int(10 * done / total)
            if decile == self._last_decile:
                return
            self._last_decile = decile
            self.stream.write(f"{self.label}: {done}/{total}\n")
        self._last_draw = now
        self.stream.flush()

    def finish(self) -> None:
        if self._tty and self._drawn:
            self.stream.write("\n")
            self.stream.flush()

    def context(self) -> JobContext:
        return JobContext(on_progress=self.update)
