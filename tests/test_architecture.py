"""Architecture rules that must not drift: Qt only in workbench.ui, heavy imports stay lazy."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

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
    """import-linter's contracts from pyproject.toml: Qt only in workbench.ui; core never imports ui."""
    result = _lint(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Contracts: 2 kept, 0 broken" in result.stdout, result.stdout


def test_import_contract_catches_qt_in_core(tmp_path):
    """The contract has teeth: a copy of the package with Qt imported in core fails the lint."""
    shutil.copytree(ROOT / "workbench", tmp_path / "workbench", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    (tmp_path / "workbench" / "core" / "leak.py").write_text("from PySide6 import QtCore\n")
    result = _lint(tmp_path)
    assert result.returncode != 0
    assert "workbench.core.leak -> PySide6" in result.stdout, result.stdout


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
    loaded = _modules_after("import workbench.core.project, workbench.mt.engine, workbench.paths")
    assert not (HEAVY & loaded), sorted(HEAVY & loaded)
