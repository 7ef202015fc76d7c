"""`workbench gui [PATH]`: open the desktop window on a project or a document (PySide6 is
imported only when run)."""

from __future__ import annotations

import argparse
from pathlib import Path


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("gui", help="open the desktop window")
    p.add_argument("project", type=Path, nargs="?", default=None, metavar="PATH",
                   help="project (.wbproj) or document (.docx, .txt, .md) to open; a document "
                        "opens the project beside it that holds it, else one made there for it "
                        "(default: the most recent project, else the sample)")
    p.add_argument("--sample", action="store_true", help="open the built-in sample project")
    p.set_defaults(func=cmd_gui)


def _check_display() -> None:
    """Qt aborts the process when it cannot reach a display; say so in one line instead."""
    import os
    import sys

    from workbench.core.errors import WorkbenchError

    if sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY") or os.environ.get("QT_QPA_PLATFORM")
    ):
        raise WorkbenchError("no display found (DISPLAY and WAYLAND_DISPLAY are unset); "
                             "set QT_QPA_PLATFORM=offscreen to run without one")


def cmd_gui(args) -> int:
    _check_display()
    project = args.project
    if args.sample:
        from workbench.core.demo import ensure_sample_project

        project = ensure_sample_project()
    from workbench.ui.app import run_app

    return run_app(str(project) if project else None)
