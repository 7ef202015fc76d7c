"""A helper the command-line tests share: run `workbench ARGS` in-process."""

from __future__ import annotations

from workbench.cli import main


def run(capsys, *args) -> tuple[int, str, str]:
    """(exit code, stdout, stderr) of `workbench` with `args` (each made a string)."""
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err
