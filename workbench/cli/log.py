"""Warnings from below the command line (a rolling backup that could not be made) printed as
one line each on stderr, the way errors are: `workbench: warning: ...`. Domain code logs them on
the "workbench" logger and never prints; the window shows the same records its own way."""

from __future__ import annotations

import logging
import sys


class _OneLine(logging.Handler):
    def emit(self, record: logging.LogRecord) -> None:
        try:
            from workbench.core.text import printable_text

            # A warning may name a file: its control characters must not reach the terminal.
            print(f"workbench: warning: {printable_text(record.getMessage())}", file=sys.stderr)
        except Exception:  # noqa: BLE001 - a warning must never end the command
            self.handleError(record)


def install() -> None:
    """Route the "workbench" logger's warnings to stderr (once per process)."""
    logger = logging.getLogger("workbench")
    if not any(isinstance(h, _OneLine) for h in logger.handlers):
        logger.addHandler(_OneLine(logging.WARNING))
        logger.propagate = False
        from workbench import paths

        problems = paths.unusable_folders()  # found before this handler existed
        top = [(f, why) for f, why in problems if not any(o in f.parents for o, _ in problems)]
        if top:
            logger.warning("the workbench cannot use %s (%s): projects still open, but backups, "
                           "models and preferences cannot be saved",
                           ", ".join(str(f) for f, _ in top), top[0][1])
