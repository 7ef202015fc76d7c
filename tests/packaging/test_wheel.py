"""The wheel: built from this tree offline, it carries every module and runtime file and nothing
else, and once installed its `workbench` commands and `python -m workbench` run.

The build copies the tree (without .git, the venv, caches and build output) to a temporary folder
and runs `pip wheel --no-build-isolation --no-index` there with this venv's setuptools: offline,
and nothing is written into the working tree other helpers are editing.

The install check uses a fresh venv made `--without-pip`. Its site-packages gets the wheel (pip
from this venv, `--python` pointing at the new interpreter) and a .pth line that appends this
venv's site-packages, so the dependencies (PySide6, camel-tools, ...) are found without
downloading 2 GB again. The wheel's own copy of `workbench` comes first on sys.path; the tests
run from a temporary folder and assert where `workbench` was imported from, so the source tree
cannot stand in for the installed wheel.
"""

from __future__ import annotations

import configparser
import os
import shutil
import subprocess
import sys
import sysconfig
import tomllib
import venv
import zipfile
from pathlib import Path

import pytest

from workbench import __version__

ROOT = Path(__file__).resolve().parents[2]
_IGNORED_EVERYWHERE = shutil.ignore_patterns("__pycache__", "*.pyc", "*.egg-info", ".pytest_cache",
                                             ".hypothesis")
# Caches and outputs at the top of the tree (tests/ and bench/ are copied: the wheel must skip them).
_IGNORED_AT_TOP = {".git", ".venv", "build", "dist", "tmp"}


def _ignore(folder: str, entries: list[str]) -> set[str]:
    ignored = set(_IGNORED_EVERYWHERE(folder, entries))
    if Path(folder) == ROOT:
        ignored |= _IGNORED_AT_TOP & set(entries)
    if Path(folder) == ROOT / "bench":
        ignored |= {"out"} & set(entries)
    return ignored
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)

pytestmark = pytest.mark.slow


def _run(cmd: list[str], *, cwd: Path, env: dict | None = None, timeout: int = 300) -> subprocess.CompletedProcess:
    result = subprocess.run([str(c) for c in cmd], cwd=cwd, env=env, capture_output=True, text=True,
                            timeout=timeout)
    assert result.returncode == 0, f"{cmd}\n{result.stdout}\n{result.stderr}"
    return result


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    work = tmp_path_factory.mktemp("wheel")
    src = work / "src"
    shutil.copytree(ROOT, src, ignore=_ignore, symlinks=True)
    out = work / "out"
    _run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "--no-index",
          "-q", "-w", out, src], cwd=work)
    (built,) = out.glob("*.whl")
    return built


@pytest.fixture(scope="module")
def names(wheel) -> set[str]:
    with zipfile.ZipFile(wheel) as zf:
        return set(zf.namelist())


def _source_files(pattern: str) -> list[str]:
    return sorted(
        p.relative_to(ROOT).as_posix() for p in (ROOT / "workbench").rglob(pattern)
        if "__pycache__" not in p.parts
    )


def test_wheel_name_carries_the_version(wheel):
    assert wheel.name == f"arabic_workbench-{__version__}-py3-none-any.whl"


def test_every_module_of_the_source_tree_is_in_the_wheel(names):
    modules = _source_files("*.py")
    packages = {m.rsplit("/", 1)[0] for m in modules if m.endswith("/__init__.py")}
    assert {"workbench/core", "workbench/store", "workbench/formats", "workbench/mt", "workbench/arabic",
            "workbench/cli", "workbench/ui", "workbench/resources"} <= packages
    assert [m for m in modules if m not in names] == []


def test_runtime_files_are_package_data(names):
    for size in ICON_SIZES:
        assert f"workbench/resources/icons/workbench-{size}.png" in names
    assert "workbench/resources/samples/sample-ar.md" in names
    # Every compiled translation in the tree ships (the window loads them from the package).
    qm = _source_files("*.qm")
    assert [q for q in qm if q not in names] == []


def test_compiled_translations_are_byte_identical(wheel):
    with zipfile.ZipFile(wheel) as zf:
        for rel in _source_files("*.qm"):
            assert zf.read(rel) == (ROOT / rel).read_bytes(), rel


def test_nothing_but_the_package_and_its_metadata(names):
    tops = {n.split("/", 1)[0] for n in names}
    assert tops == {"workbench", f"arabic_workbench-{__version__}.dist-info"}
    assert not [n for n in names if "__pycache__" in n or n.endswith(".pyc")]


def test_entry_points(wheel):
    with zipfile.ZipFile(wheel) as zf:
        text = zf.read(f"arabic_workbench-{__version__}.dist-info/entry_points.txt").decode()
    parser = configparser.ConfigParser()
    parser.read_string(text)
    assert dict(parser["console_scripts"]) == {"workbench": "workbench.__main__:main"}
    assert dict(parser["gui_scripts"]) == {"workbench-gui": "workbench.__main__:gui_main"}


def test_metadata_lists_the_declared_dependencies(wheel):
    with zipfile.ZipFile(wheel) as zf:
        meta = zf.read(f"arabic_workbench-{__version__}.dist-info/METADATA").decode()
    from packaging.requirements import Requirement

    def normal(spec: str) -> tuple:  # setuptools reorders specifiers (">=6.6,!=6.12.0")
        req = Requirement(spec)
        return req.name.lower(), frozenset(str(s) for s in req.specifier)

    requires = {normal(line.split(":", 1)[1]) for line in meta.splitlines()
                if line.startswith("Requires-Dist:") and "extra==" not in line.replace(" ", "")}
    declared = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["dependencies"]
    assert {normal(d) for d in declared} == requires


# -- installed ------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def installed(wheel, tmp_path_factory) -> Path:
    """A fresh venv holding the wheel, with this venv's site-packages appended for dependencies."""
    env_dir = tmp_path_factory.mktemp("venv") / "env"
    venv.EnvBuilder(with_pip=False, symlinks=True).create(env_dir)
    python = env_dir / "bin" / "python"
    site = Path(_run([python, "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
                     cwd=env_dir).stdout.strip())
    (site / "_shared_venv.pth").write_text(sysconfig.get_path("purelib") + "\n", encoding="utf-8")
    # --ignore-installed: the shared site-packages already holds the editable install's metadata,
    # which pip must neither uninstall nor take as "already satisfied".
    _run([sys.executable, "-m", "pip", "--python", python, "install", "--no-deps", "--no-index",
          "--ignore-installed", "-q", wheel], cwd=env_dir)
    return env_dir


def _env(tmp_path: Path) -> dict:
    env = {k: v for k, v in os.environ.items()
           if k not in ("PYTHONPATH", "ARGOS_PACKAGES_DIR", "CAMELTOOLS_DATA")
           and not k.startswith("XDG_")}
    return {**env, "WORKBENCH_HOME": str(tmp_path / "home"), "QT_QPA_PLATFORM": "offscreen"}


def test_workbench_is_imported_from_the_installed_wheel(installed, tmp_path):
    probe = ("import workbench, importlib.metadata as md; from importlib import resources;"
             "print(workbench.__file__);"
             "print(resources.files('workbench.resources').joinpath('samples', 'sample-ar.md'));"
             "print(md.distribution('arabic-workbench').locate_file(''))")
    out = _run([installed / "bin" / "python", "-c", probe], cwd=tmp_path, env=_env(tmp_path)).stdout.split("\n")
    for line in out[:3]:
        assert line.startswith(str(installed)), out


def test_console_script_help(installed, tmp_path):
    out = _run([installed / "bin" / "workbench", "--help"], cwd=tmp_path, env=_env(tmp_path)).stdout
    listed = {line.split()[0] for line in out.splitlines() if line.startswith("    ") and line.split()}
    assert {"new", "import", "translate", "export", "status", "models", "gui"} <= listed, out


def test_python_dash_m_workbench(installed, tmp_path):
    out = _run([installed / "bin" / "python", "-m", "workbench", "--version"], cwd=tmp_path, env=_env(tmp_path))
    assert out.stdout.strip() == f"workbench {__version__}"
    out = _run([installed / "bin" / "python", "-m", "workbench", "--help"], cwd=tmp_path, env=_env(tmp_path))
    assert "usage: workbench" in out.stdout


def test_gui_script_reaches_the_gui_command(installed, tmp_path):
    """`workbench-gui --help` runs `workbench gui --help`: the GUI entry point is wired without
    opening a window."""
    out = _run([installed / "bin" / "workbench-gui", "--help"], cwd=tmp_path, env=_env(tmp_path)).stdout
    assert "usage: workbench gui" in out


def test_installed_commands_make_a_project_from_the_shipped_sample(installed, tmp_path):
    env = _env(tmp_path)
    wb = installed / "bin" / "workbench"
    sample = _run([installed / "bin" / "python", "-c",
                   "from importlib import resources;"
                   "print(resources.files('workbench.resources').joinpath('samples', 'sample-ar.md'))"],
                  cwd=tmp_path, env=env).stdout.strip()
    _run([wb, "new", tmp_path / "book"], cwd=tmp_path, env=env)
    out = _run([wb, "import", sample, "-p", tmp_path / "book"], cwd=tmp_path, env=env).stdout
    assert "imported sample-ar.md" in out
    status = _run([wb, "status", tmp_path / "book"], cwd=tmp_path, env=env).stdout
    assert "untranslated" in status and "total" in status


def test_a_wheel_built_from_a_used_tree_carries_no_bytecode(tmp_path):
    """A developer's tree has workbench/resources/__pycache__ once anything imported the package."""
    src = tmp_path / "src"
    shutil.copytree(ROOT, src, ignore=_ignore, symlinks=True)
    cache = src / "workbench" / "resources" / "__pycache__"
    cache.mkdir(exist_ok=True)
    (cache / "__init__.cpython-311.pyc").write_bytes(b"\x00")
    _run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "--no-index",
          "-q", "-w", tmp_path / "out", src], cwd=tmp_path)
    (built,) = (tmp_path / "out").glob("*.whl")
    with zipfile.ZipFile(built) as zf:
        assert not [n for n in zf.namelist() if "__pycache__" in n]
