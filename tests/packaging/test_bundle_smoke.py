"""The PyInstaller bundle (dist/workbench/, `make bundle`) does a translator's day offline.

The bundle's own executable installs the tiny test model, makes a project, imports DOCX,
Markdown and TXT, translates with the model, analyses a word (BAMA data, camel-tools charmaps),
exports DOCX, and opens the window offscreen in the dark theme with the Arabic UI. Every run gets
a fresh WORKBENCH_HOME and none of the test process's data-directory variables.

Skipped when the bundle is not built, and when it is older than the sources (a stale bundle says
nothing about the code). `make bundle-test` sets WORKBENCH_BUNDLE_TEST=1: then a missing bundle
fails and a bundle older than the sources is tested anyway (it was just built).
"""

from __future__ import annotations

import os
import subprocess
import time
from pathlib import Path

import pytest

from workbench import __version__

ROOT = Path(__file__).resolve().parents[2]
BUNDLE_DIR = ROOT / "dist" / "workbench"
BUNDLE = BUNDLE_DIR / "workbench"
FORCED = os.environ.get("WORKBENCH_BUNDLE_TEST") == "1"

ARABIC_PARAGRAPHS = [
    "وصلت الحافلة إلى المحطة قبل موعدها بعشر دقائق.",
    "فتحت المكتبة العامة قاعة جديدة للقراءة في الطابق الثاني.",
    "كتب الطالب رسالة قصيرة إلى أستاذه يسأل فيها عن موعد الامتحان.",
]


def _skip_reason() -> str | None:
    if not BUNDLE.is_file():
        return "the bundle is not built (make bundle)"
    if FORCED:
        return None
    built = BUNDLE.stat().st_mtime
    sources = (p for p in (ROOT / "workbench").rglob("*") if p.is_file() and "__pycache__" not in p.parts)
    if max(p.stat().st_mtime for p in sources) > built:
        return "the bundle is older than workbench/ (make bundle)"
    return None


@pytest.fixture(scope="module", autouse=True)
def bundle_present():
    reason = _skip_reason()
    if reason and FORCED:
        pytest.fail(reason)
    if reason:
        pytest.skip(reason)


pytestmark = pytest.mark.slow


@pytest.fixture
def env(tmp_path) -> dict:
    clean = {k: v for k, v in os.environ.items()
             if not k.startswith(("XDG_", "ARGOS_", "CAMELTOOLS", "PYTHON", "WORKBENCH_", "QT_"))}
    return {**clean, "WORKBENCH_HOME": str(tmp_path / "home"), "QT_QPA_PLATFORM": "offscreen"}


def run(env: dict, *args, timeout: int = 300) -> subprocess.CompletedProcess:
    result = subprocess.run([str(BUNDLE), *map(str, args)], env=env, cwd=env["WORKBENCH_HOME"].rsplit("/", 1)[0],
                            capture_output=True, text=True, timeout=timeout)
    assert result.returncode == 0, f"workbench {' '.join(map(str, args))}\n{result.stdout}\n{result.stderr}"
    return result


def test_version_and_help(env):
    assert run(env, "--version").stdout.strip() == f"workbench {__version__}"
    out = run(env, "--help").stdout
    listed = {line.split()[0] for line in out.splitlines() if line.startswith("    ") and line.split()}
    assert {"new", "import", "translate", "export", "models", "analyze", "gui"} <= listed, out


def test_no_torch_transformers_or_stanza_inside():
    found = [p for p in BUNDLE_DIR.rglob("*")
             if p.is_dir() and p.name in {"torch", "transformers", "stanza", "spacy", "sklearn", "scipy"}]
    assert found == []


def _docx(path: Path, paragraphs: list[str]) -> Path:
    import docx

    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    document.save(path)
    return path


def test_import_translate_export_with_the_tiny_model(env, tmp_path):
    from tests.fixtures.tiny_model import build_tiny_argos_package

    package = build_tiny_argos_package(tmp_path / "pkg")
    assert "installed translate-ar_en" in run(env, "models", "install", package).stdout
    assert "translate-ar_en" in run(env, "models", "list").stdout

    book = tmp_path / "book.wbproj"
    run(env, "new", book)
    run(env, "import", _docx(tmp_path / "letters.docx", ARABIC_PARAGRAPHS), "-p", book)
    md = tmp_path / "notes.md"
    md.write_text("# ملاحظات\n\nيبدأ الدرس في الساعة الثامنة صباحا.\n", encoding="utf-8")
    txt = tmp_path / "plain.txt"
    txt.write_bytes("عاد المسافرون إلى بيوتهم مساء الجمعة.\n".encode("cp1256"))  # legacy encoding
    run(env, "import", md, "-p", book)
    run(env, "import", txt, "-p", book)

    out = run(env, "translate", book, "--engine", "argos").stdout
    assert "6 paragraphs translated with argos translate-ar_en" in out, out
    status = run(env, "status", book).stdout
    assert "machine" in status and "6" in status

    exported = tmp_path / "out.docx"
    run(env, "export", book, "--format", "docx", "-o", exported)
    import docx

    text = "\n".join(p.text for p in docx.Document(exported).paragraphs)
    text += "\n".join(c.text for t in docx.Document(exported).tables for r in t.rows for c in r.cells)
    for arabic in ARABIC_PARAGRAPHS:
        assert arabic in text
    assert "عاد المسافرون" in text  # the cp1256 file was decoded
    assert any(ch.isascii() and ch.isalpha() for ch in text)  # English drafts are there


def test_word_analysis_reads_the_bundled_lexicon(env):
    out = run(env, "analyze", "كتب", "--top", "3").stdout
    assert "lemma" in out and "bama" in out, out


@pytest.fixture
def dark_arabic_settings(env, qapp, monkeypatch):
    """Dark theme and Arabic UI, written through the app's own Settings into the bundle's home."""
    monkeypatch.setenv("WORKBENCH_HOME", env["WORKBENCH_HOME"])
    from workbench.ui.settings import Settings

    settings = Settings()
    settings.theme, settings.ui_language = "dark", "ar"
    settings.sync()
    return settings.file_name()


def test_the_window_opens_a_project(env, tmp_path, dark_arabic_settings):
    book = tmp_path / "window.wbproj"
    run(env, "new", book)
    lock = book.with_name(book.name + ".lock")
    proc = subprocess.Popen([str(BUNDLE), "gui", str(book)], env=env, cwd=tmp_path,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        # The window opens the project on its store lane, which takes the project lock and
        # writes its pid there: proof that Qt, the theme and the store all came up.
        deadline = time.monotonic() + 120
        holder = None
        while time.monotonic() < deadline and proc.poll() is None:
            if lock.is_file():
                lines = lock.read_text(encoding="utf-8", errors="replace").split("\n")
                if len(lines) > 1 and lines[1].strip() == str(proc.pid):
                    holder = proc.pid
                    break
            time.sleep(0.2)
        assert proc.poll() is None, f"the window exited with {proc.returncode}\n{proc.communicate()[1]}"
        assert holder == proc.pid, "the window did not open the project in time"
    finally:
        if proc.poll() is None:
            proc.terminate()
        _, stderr = proc.communicate(timeout=60)
    assert "Traceback" not in stderr, stderr


def test_desktop_installer_shipped_in_the_bundle_runs_the_bundle(tmp_path):
    data = tmp_path / "share"
    result = subprocess.run(["sh", str(BUNDLE_DIR / "linux" / "install-desktop.sh")],
                            env={**os.environ, "XDG_DATA_HOME": str(data)},
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    desktop = (data / "applications" / "io.github.arabicworkbench.Workbench.desktop").read_text(encoding="utf-8")
    assert f"\nExec={BUNDLE} gui %f\n" in desktop
    assert (data / "icons" / "hicolor" / "256x256" / "apps" / "io.github.arabicworkbench.Workbench.png").is_file()
