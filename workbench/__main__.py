"""`python -m workbench [COMMAND ...]`: the command line; with no arguments, the window."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if not args:
        return gui_main()
    from workbench.cli import main as cli_main

    return cli_main(args)


def gui_main(argv: list[str] | None = None) -> int:
    """Open the window (PROJECT optional). Falls back to the CLI help until the UI is built."""
    from workbench.cli import main as cli_main

    args = sys.argv[1:] if argv is None else argv
    return cli_main(["gui", *args])


if __name__ == "__main__":
    sys.exit(main())
