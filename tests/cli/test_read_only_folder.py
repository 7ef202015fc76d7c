"""A project in a folder that cannot be written (a read-only share, a CD, another user's
folder) opens read-only: it can be read and exported, every edit is refused with one plain
line, and nothing in the folder changes. Run in a child process that has no right to write
there: as an ordinary user by chmod, as root by dropping the capabilities that let root
ignore permissions (setpriv)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest

from workbench.project import Project


def _without_write_rights() -> list[str]:
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("running as root without setpriv: root writes everywhere")
    return [setpriv, "--bounding-set=-dac_override,-dac_read_search"]


def _workbench(*args, home) -> subprocess.CompletedProcess:
    env = {**os.environ, "WORKBENCH_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([*_without_write_rights(), sys.executable, "-m", "workbench", *map(str, args)],
                          capture_output=True, text=True, env=env, timeout=120)


@pytest.fixture
def shelf(tmp_path):
    source = tmp_path / "letter.txt"
    source.write_text("السلام عليكم ورحمة الله.\n\nوصلتني رسالتك أمس.\n", encoding="utf-8")
    folder = tmp_path / "shelf"
    folder.mkdir()
    with Project.create(folder / "letter.wbproj") as project:
        project.import_document(source)
        project.save_target(project.paragraph_ids()[0], "Peace be upon you.")
    folder.chmod(0o555)
    yield folder
    folder.chmod(0o755)


def test_a_project_in_a_read_only_folder_can_be_read_and_exported_but_not_changed(shelf, tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    project = shelf / "letter.wbproj"
    before = {p.name: p.read_bytes() for p in shelf.iterdir()}
    shown = _workbench("show", project, home=home)
    assert shown.returncode == 0, shown.stderr
    assert "Peace be upon you." in shown.stdout
    assert "read-only because its folder cannot be written" in shown.stderr
    out = tmp_path / "letter.md"
    exported = _workbench("export", project, "--format", "md", "-o", out, home=home)
    assert exported.returncode == 0, exported.stderr
    assert "Peace be upon you." in out.read_text(encoding="utf-8")
    edited = _workbench("edit", project, "2", "I received your letter yesterday.", home=home)
    assert edited.returncode == 2
    error = edited.stderr.strip().splitlines()[-1]
    assert error.startswith("workbench: error:") and "read-only" in error and "Errno" not in error
    assert {p.name: p.read_bytes() for p in shelf.iterdir()} == before  # not even a lock file


def test_an_unwritable_data_folder_is_one_warning_and_the_project_still_opens(shelf, tmp_path):
    home = tmp_path / "locked-home"
    home.mkdir()
    home.chmod(0o555)
    try:
        shown = _workbench("status", shelf / "letter.wbproj", home=home)
    finally:
        home.chmod(0o755)
    assert shown.returncode == 0, shown.stderr
    assert "total" in shown.stdout
    lines = shown.stderr.strip().splitlines()
    assert "Traceback" not in shown.stderr
    assert all(line.startswith("workbench: warning:") for line in lines)
    assert sum("cannot use" in line for line in lines) == 1
