"""`workbench models list/install/remove` in process and through `python -m workbench`."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

from tests.fixtures.tiny_model import unpack_package
from workbench import paths
from workbench.cli import main

REPO = Path(__file__).resolve().parents[2]


def renamed_copy(package: Path, tmp: Path, code: str) -> Path:
    """The tiny package under another code (so removing it leaves the shared one alone)."""
    folder = unpack_package(package, tmp)
    meta = json.loads((folder / "metadata.json").read_text())
    meta.update(code=code, package_version="0.5")
    (folder / "metadata.json").write_text(json.dumps(meta))
    out = tmp / f"{code}.argosmodel"
    with zipfile.ZipFile(out, "w") as zf:
        for item in sorted(folder.rglob("*")):
            zf.write(item, f"{code}/{item.relative_to(folder).as_posix()}")
    return out


def test_install_list_remove(tiny_argos_package, tmp_path, capsys):
    package = renamed_copy(tiny_argos_package, tmp_path, "translate-ar_en-cli")
    assert main(["models", "install", str(package)]) == 0
    assert "installed translate-ar_en-cli" in capsys.readouterr().out

    assert main(["models", "list"]) == 0
    lines = capsys.readouterr().out.splitlines()
    [row] = [line for line in lines if line.split("\t")[0] == "translate-ar_en-cli"]
    name, pair, kind, version, size = row.split("\t")
    assert (pair, kind, version) == ("ar-en", "argos", "0.5")
    assert size.endswith("KB") or size.endswith("MB")

    assert main(["models", "remove", "translate-ar_en-cli"]) == 0
    assert "removed translate-ar_en-cli" in capsys.readouterr().out
    assert not (paths.models_dir() / "translate-ar_en-cli").exists()
    assert main(["models", "list"]) == 0
    assert "translate-ar_en-cli" not in capsys.readouterr().out


def test_bad_input_is_one_line_and_exit_2(tmp_path, capsys):
    bad = tmp_path / "bad.argosmodel"
    bad.write_bytes(b"not a zip")
    assert main(["models", "install", str(bad)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("workbench: error:") and "zip" in err[0]

    assert main(["models", "remove", "no-such-model"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "no-such-model" in err[0]


def test_subprocess_models_list(installed_tiny_model):
    env = dict(os.environ)
    result = subprocess.run(
        [sys.executable, "-m", "workbench", "models", "list"],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    names = [line.split("\t")[0] for line in result.stdout.splitlines()]
    assert "translate-ar_en" in names
