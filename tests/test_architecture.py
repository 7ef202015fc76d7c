"""Architecture rules that must not drift: Qt only in workbench.ui, heavy imports stay lazy."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _lint(root: Path) -> subprocess.CompletedProcess:
    lint = Path(sys.executable).with_name("lint-imports")
    return subprocess.run(
        [str(lint), str(root / "pyproject.toml"), "--no-cache"],
        cwd=root,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "PYTHONPATH": str(root)},
    )


def test_import_contracts_hold():
    """import-linter's contracts from pyproject.toml: the layers, and Qt only in workbench.ui."""
    result = _lint(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Contracts: 2 kept, 0 broken" in result.stdout, result.stdout


def _planted(tmp_path: Path, module: str, code: str) -> subprocess.CompletedProcess:
    shutil.copytree(ROOT / "workbench", tmp_path / "workbench", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    (tmp_path / "workbench" / Path(*module.split(".")[1:])).with_suffix(".py").write_text(code)
    return _lint(tmp_path)


@pytest.mark.parametrize(
    ("module", "code", "reported"),
    [
        # Qt anywhere but the window
        ("workbench.core.leak", "from PySide6 import QtCore\n", "workbench.core.leak -> PySide6"),
        # an upward import: the base reaching for the facade
        ("workbench.core.leak", "from workbench.project import Project\n",
         "workbench.core.leak -> workbench.project"),
        # a lower layer reaching up one step: the glossary rules asking the store
        ("workbench.glossary.leak", "import workbench.store.repository\n",
         "workbench.glossary.leak -> workbench.store.repository"),
        # independent siblings: the store must not drive the engines
        ("workbench.store.leak", "import workbench.mt.engines\n", "workbench.store.leak -> workbench.mt.engines"),
        # the command line and the window are joined only by workbench.__main__
        ("workbench.cli.leak", "import workbench.ui.app\n", "workbench.cli.leak -> workbench.ui.app"),
    ],
)
def test_contracts_catch_a_planted_violation(tmp_path, module, code, reported):
    """The contracts have teeth: a copy of the package with one forbidden import fails the lint,
    naming it."""
    result = _planted(tmp_path, module, code)
    assert result.returncode != 0
    assert "1 broken" in result.stdout, result.stdout
    assert reported in result.stdout, result.stdout


def _modules_after(code: str) -> set[str]:
    script = f"import sys, json\n{code}\nprint(json.dumps(sorted(sys.modules)))"
    out = subprocess.run(
        [sys.executable, "-c", script],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ},
    )
    assert out.returncode == 0, out.stderr
    return set(json.loads(out.stdout.strip().splitlines()[-1]))


HEAVY = {"torch", "ctranslate2", "sentencepiece", "argostranslate.translate", "stanza", "camel_tools", "PySide6", "docx"}


def test_cli_start_up_imports_nothing_heavy():
    """Building the CLI parser (what every command pays) loads no model or GUI library."""
    loaded = _modules_after("from workbench.cli import build_parser; build_parser()")
    assert not (HEAVY & loaded), sorted(HEAVY & loaded)


def test_core_facade_imports_nothing_heavy():
    loaded = _modules_after("import workbench.project.facade, workbench.mt.engine, workbench.paths")
    assert not (HEAVY & loaded), sorted(HEAVY & loaded)
