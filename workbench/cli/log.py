"""Warnings from below the command line (a rolling backup that could not be made) printed as
one line each on stderr, the way errors are: `workbench: warning: ...`. Domain code logs them on
the "workbench" logger and never prints; the window shows the same records its own way."""

from __future__ import annotations

import logging
import sys


class _OneLine(logging.Handler):
    def emit(self, record: logging.LogRecord) -> None:
        try:
            print(f"workbench: warning: {record.getMessage()}", file=sys.stderr)
        except Exception:  # noqa: BLE001 - a warning must never end the command
            self.handleError(record)


def install() -> None:
    """Route the "workbench" logger's warnings to stderr (once per process)."""
    logger = logging.getLogger("workbench")
    if not any(isinstance(h, _OneLine) for h in logger.handlers):
        logger.addHandler(_OneLine(logging.WARNING))
        logger.propagate = False
