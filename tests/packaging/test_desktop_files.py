"""The Linux desktop files: valid for the freedesktop tools, and in agreement with the code.

The validators are Debian's desktop-file-utils and appstream; tests that need them skip when they
are missing. The agreement checks (ids, the project glob, entry points, version) need nothing.
"""

from __future__ import annotations

import configparser
import os
import shutil
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from workbench import __version__
from workbench.paths import PROJECT_SUFFIX

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"
APP_ID = "io.github.arabicworkbench.Workbench"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
MIME_XML = LINUX / "arabic-workbench.xml"
INSTALLER = LINUX / "install-desktop.sh"
PROJECT_MIME = "application/x-arabic-workbench-project"
DOCUMENT_MIMES = {
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "text/plain",
    "text/markdown",
}
MIME_NS = "{http://www.freedesktop.org/standards/shared-mime-info}"


def _desktop_entry(path: Path = DESKTOP) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # keys are case-sensitive
    parser.read(path, encoding="utf-8")
    return parser["Desktop Entry"]


def _pyproject() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def _tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is not installed")
    return path


def test_desktop_file_validates():
    result = subprocess.run([_tool("desktop-file-validate"), str(DESKTOP)],
                            capture_output=True, text=True, timeout=60)
    # Hints (e.g. Office and Education are both main categories) are advice, not errors.
    problems = [line for line in result.stdout.splitlines() if ": hint: " not in line]
    assert result.returncode == 0 and not problems, result.stdout + result.stderr


def test_metainfo_validates():
    result = subprocess.run([_tool("appstreamcli"), "validate", "--no-net", str(METAINFO)],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stdout + result.stderr
    # Warnings pass appstreamcli but fail Flathub's linter: keep the file free of them.
    assert not [line for line in result.stdout.splitlines() if line.startswith(("W:", "E:"))], result.stdout


def test_one_application_id_everywhere():
    meta = ET.parse(METAINFO).getroot()
    assert meta.findtext("id") == APP_ID
    assert meta.find("launchable").text == DESKTOP.name
    assert _desktop_entry()["Icon"] == APP_ID
    assert f"APP_ID={APP_ID}\n" in INSTALLER.read_text(encoding="utf-8")
    assert f"MIME_XML={MIME_XML.name}\n" in INSTALLER.read_text(encoding="utf-8")


def test_project_mime_type_matches_the_code():
    mime_types = ET.parse(MIME_XML).getroot().findall(f"{MIME_NS}mime-type")
    assert [m.get("type") for m in mime_types] == [PROJECT_MIME]
    globs = [g.get("pattern") for g in mime_types[0].findall(f"{MIME_NS}glob")]
    assert globs == [f"*{PROJECT_SUFFIX}"]
    provides = ET.parse(METAINFO).getroot().find("provides")
    assert [m.text for m in provides.findall("mediatype")] == [PROJECT_MIME]


def test_desktop_entry_opens_projects_and_documents():
    entry = _desktop_entry()
    mimes = set(filter(None, entry["MimeType"].split(";")))
    assert mimes == {PROJECT_MIME} | DOCUMENT_MIMES
    # %f: one local file per launch, which is what `workbench gui [PATH]` accepts.
    assert entry["Exec"].split() == ["workbench-gui", "%f"]
    assert entry["TryExec"] == "workbench-gui"


def test_commands_are_the_package_entry_points():
    project = _pyproject()["project"]
    gui, console = project["gui-scripts"], project["scripts"]
    assert gui.get("workbench-gui") == "workbench.__main__:gui_main"
    assert console.get("workbench") == "workbench.__main__:main"
    binaries = {b.text for b in ET.parse(METAINFO).getroot().find("provides").findall("binary")}
    assert binaries == set(gui) | set(console)


def test_newest_release_is_the_package_version():
    releases = ET.parse(METAINFO).getroot().find("releases").findall("release")
    assert releases[0].get("version") == __version__ == _pyproject()["project"]["version"]


def test_metainfo_license_is_the_package_license():
    meta = ET.parse(METAINFO).getroot()
    assert meta.findtext("project_license") == _pyproject()["project"]["license"]


def test_screenshots_are_files_the_screenshot_tool_writes():
    script = ROOT / "tools" / "screenshots.py"
    if not script.is_file():
        pytest.skip("tools/screenshots.py is not in this tree")
    import importlib.util

    spec = importlib.util.spec_from_file_location("screenshots_tool", script)
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)  # top level is Qt-free: PySide6 is imported inside shoot()
    sizes = [tool.SIZE, *tool.SMALL_SIZES]
    assert (1024, 700) in sizes and (1366, 768) in sizes
    produced = {tool.shot_name(theme, lang, size) for theme, lang in tool.SHOTS for size in sizes}
    assert len(produced) == len(tool.SHOTS) * len(sizes)  # no two shots write one file
    images = [img.text for img in ET.parse(METAINFO).getroot().iter("image")]
    assert images and all(url.startswith("https://") for url in images)
    names = [url.rsplit("/docs/screenshots/", 1)[1] for url in images]
    assert set(names) <= produced
    shots_dir = ROOT / "docs" / "screenshots"
    if shots_dir.is_dir() and any(shots_dir.glob("*.png")):
        assert [n for n in names if not (shots_dir / n).is_file()] == []


def _install(data_home: Path, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "XDG_DATA_HOME": str(data_home)}
    return subprocess.run(["sh", str(INSTALLER), *args], capture_output=True, text=True,
                          env=env, timeout=120)


def test_installer_puts_everything_in_the_user_data_folder(tmp_path):
    data = tmp_path / "share"
    gui = tmp_path / "my apps" / "workbench-gui"  # a space: the Exec value must be quoted
    gui.parent.mkdir()
    gui.write_text("#!/bin/sh\n", encoding="utf-8")
    gui.chmod(0o755)
    result = _install(data, "--exec", str(gui))
    assert result.returncode == 0, result.stderr

    desktop = data / "applications" / DESKTOP.name
    entry = _desktop_entry(desktop)
    assert entry["Exec"] == f'"{gui}" %f' and entry["TryExec"] == str(gui)
    for size in (16, 48, 256, 512):
        icon = data / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        assert icon.read_bytes() == (ROOT / "workbench" / "resources" / "icons" / f"workbench-{size}.png").read_bytes()
    assert (data / "metainfo" / METAINFO.name).read_bytes() == METAINFO.read_bytes()
    assert (data / "mime" / "packages" / MIME_XML.name).is_file()
    if shutil.which("desktop-file-validate"):
        check = subprocess.run(["desktop-file-validate", str(desktop)], capture_output=True, text=True)
        assert check.returncode == 0, check.stdout
    if shutil.which("update-mime-database"):
        globs = (data / "mime" / "globs2").read_text(encoding="utf-8").splitlines()
        assert f"60:{PROJECT_MIME}:*{PROJECT_SUFFIX}" in globs

    result = _install(data, "--uninstall")
    assert result.returncode == 0, result.stderr
    assert not desktop.exists()
    assert not list((data / "icons").rglob(f"{APP_ID}.png"))
    assert not (data / "mime" / "packages" / MIME_XML.name).exists()


def test_installer_refuses_a_command_it_cannot_quote(tmp_path):
    result = _install(tmp_path / "share", "--exec", "/opt/$HOME/workbench")
    assert result.returncode != 0 and "unsupported characters" in result.stderr
    assert not (tmp_path / "share" / "applications").exists()


def test_qt_recognises_an_installed_project_file(tmp_path):
    """What the file manager and the window's file dialogs see once the MIME type is installed."""
    if not shutil.which("update-mime-database"):
        pytest.skip("update-mime-database is not installed")
    data = tmp_path / "share"
    gui = tmp_path / "workbench-gui"
    gui.write_text("#!/bin/sh\n", encoding="utf-8")
    gui.chmod(0o755)
    assert _install(data, "--exec", str(gui)).returncode == 0
    probe = (
        "from PySide6.QtCore import QMimeDatabase\n"
        f"m = QMimeDatabase().mimeTypeForFile('book{PROJECT_SUFFIX}', QMimeDatabase.MatchMode.MatchExtension)\n"
        "print(m.name())\n"
    )
    env = {**os.environ, "XDG_DATA_HOME": str(data), "XDG_DATA_DIRS": "/usr/local/share:/usr/share"}
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=env, timeout=60)
    assert result.stdout.strip() == PROJECT_MIME, result.stderr
