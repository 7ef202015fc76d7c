"""`workbench gui [PROJECT]`: open the desktop window (PySide6 is imported only when run)."""

from __future__ import annotations

import argparse
from pathlib import Path


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("gui", help="open the desktop window")
    p.add_argument("project", type=Path, nargs="?", default=None,
                   help="project file to open (default: the most recent, else the sample)")
    p.set_defaults(func=cmd_gui)


def cmd_gui(args) -> int:
    from workbench.ui.app import run_app

    return run_app(str(args.project) if args.project else None)
