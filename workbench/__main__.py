"""The entry points and composition root: `workbench [COMMAND ...]`, `python -m workbench`,
`workbench-gui`.

The command line (workbench.cli) and the window (workbench.ui) are independent layers: neither
imports the other. This module sits above both and joins them: it gives the command line its
`gui` command, which opens the window, and opens the window when no command is given.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if not args:
        return gui_main([])
    from workbench.cli import main as cli_main

    return cli_main(args, extra=(register_gui,))


def gui_main(argv: list[str] | None = None) -> int:
    """Open the window (PROJECT optional): `workbench gui ...`."""
    args = sys.argv[1:] if argv is None else argv
    return main(["gui", *args])


def register_gui(sub: argparse._SubParsersAction) -> None:
    """`workbench gui [PATH]`: PySide6 is imported only when the command runs."""
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
        from workbench.project.demo import ensure_sample_project

        project = ensure_sample_project()
    from workbench.ui.app import run_app

    return run_app(str(project) if project else None)


if __name__ == "__main__":
    sys.exit(main())
