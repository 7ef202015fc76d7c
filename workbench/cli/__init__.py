"""The command line: a thin layer over workbench.project (the facade and its pipelines) and the
mt/arabic services.

Each command group lives in its own module with `register(subparsers)`; handlers return an exit
code. Expected failures (WorkbenchError) become one line on stderr and exit code 2, made safe to
print (control characters in a file name are shown escaped, never sent to the terminal). The
global --verbose adds, after that line, the traceback with its chained causes (the parser error
behind "damaged Word document", say): detail for a bug report, not for everyday use.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Callable, Iterable

from workbench import __version__

# Modules that contribute subcommands; each defines register(subparsers). The `gui` command
# comes from workbench.__main__, the layer above both the command line and the window.
COMMAND_MODULES = (
    "workbench.cli.project_cmds",
    "workbench.cli.models_cmds",
    "workbench.cli.analyze_cmd",
    "workbench.cli.glossary_cmds",
    "workbench.cli.backups_cmds",
    "workbench.cli.paragraph_cmds",
    "workbench.cli.merge_cmd",
    "workbench.cli.tm_cmds",
    "workbench.cli.documents_cmds",
    "workbench.cli.mt_cmds",
)

Register = Callable[[argparse._SubParsersAction], None]


def build_parser(extra: Iterable[Register] = ()) -> argparse.ArgumentParser:
    """The parser with every command; `extra` adds commands from above this layer (gui)."""
    parser = argparse.ArgumentParser(
        prog="workbench", description="Offline Arabic to English reading and translation workbench."
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--verbose", action="store_true",
                        help="on an error, also print the technical detail (traceback and causes)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)  # a missing module is an error, never skipped
    for register in extra:
        register(sub)
    return parser


def main(argv: list[str] | None = None, extra: Iterable[Register] = ()) -> int:
    from workbench import paths
    from workbench.core.errors import ImporterFailed, WorkbenchError

    paths.configure_environment()
    from workbench.cli import log

    log.install()  # warnings from below (a backup not made) as one line each on stderr
    parser = build_parser(extra)
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    try:
        return int(args.func(args) or 0)
    except WorkbenchError as exc:
        from workbench.core.text import printable_text

        verbose = getattr(args, "verbose", False)
        surprise = isinstance(exc, ImporterFailed) and not verbose
        hint = " (run with --verbose for the details)" if surprise else ""
        print(f"workbench: error: {printable_text(exc.message)}{hint}", file=sys.stderr)
        if verbose:
            import traceback

            print("workbench: details:", file=sys.stderr)
            for line in "".join(traceback.format_exception(exc)).splitlines():
                print(printable_text(line), file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("workbench: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # `workbench analyze ... | head`: the reader left; nothing more to say, and no traceback
        # when Python flushes stdout at exit.
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
