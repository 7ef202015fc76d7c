"""Render the main window to PNG: light and dark theme, English and Arabic user interface, at
the default size and at the two small laptop screens the window must fit (1366x768, 1024x700).

    QT_QPA_PLATFORM=offscreen python tools/screenshots.py [--out docs/screenshots] [--models DIR]

Builds a real project in a temporary folder: imports the shipped Arabic sample, translates it
with the best installed engine (the gloss engine when no model is installed), then plays a
translator and an editor on the first paragraphs (hand-written English, statuses, a comment) so
every status shows. Preferences and data go to a temporary WORKBENCH_HOME: the user's own
settings are never touched. Installed models are still used: the real models folder (or
--models DIR) is linked into the temporary home.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SIZE = (1400, 900)
# The commonest laptop screen and the smallest one the window is made to fit.
SMALL_SIZES = [(1366, 768), (1024, 700)]
SHOTS = [("light", "en"), ("dark", "en"), ("light", "ar"), ("dark", "ar")]

# Our own English for the opening of the sample, as a translator and an editor would leave it.
HUMAN_WORK = [
    ("مكتبة المدينة تفتح", "City Library Opens a Translation Workshop", "approved", ""),
    (
        "أعلنت مكتبة المدينة",
        "On Sunday the City Public Library announced a free six-week workshop in translation "
        "from Arabic into English, starting on the first of March. The library's director said "
        "places are limited to thirty participants.",
        "reviewed",
        "",
    ),
    (
        "وتهدف الورشة",
        "The workshop aims to help students and employees translate administrative and press "
        "texts accurately. Do participants need previous experience? No: the first lessons are "
        "for beginners, while the last ones deal with legal terminology.",
        "edited",
        "Editor: check the glossary entry for 'administrative texts'.",
    ),
]


def prepare_home(models: Path | None) -> Path:
    """A temporary WORKBENCH_HOME whose models folder is the real one (read-only use)."""
    if models is None and not os.environ.get("WORKBENCH_HOME"):
        from workbench import paths

        models = paths.models_dir()  # the user's real models, resolved before the override
    home = Path(tempfile.mkdtemp(prefix="workbench-screens-"))
    os.environ["WORKBENCH_HOME"] = str(home)
    if models is not None and models.is_dir():
        (home / "data").mkdir(parents=True, exist_ok=True)
        (home / "data" / "models").symlink_to(models.resolve(), target_is_directory=True)
    from workbench import paths

    paths.configure_environment()
    return home


def translate(project) -> str:
    """Translate with the best engine available; returns what was used."""
    from workbench.core.errors import WorkbenchError
    from workbench.core.jobs import JobContext
    from workbench.mt.engines import get_engine

    for name in (None, "gloss"):
        try:
            engine = get_engine(name)
            project.translate(engine, JobContext())
        except WorkbenchError as exc:
            print(f"engine {name or 'default'}: {type(exc).__name__}: {exc}", file=sys.stderr)
            continue
        return f"{engine.name} {getattr(engine, 'model', '')}".strip()
    return "none (left untranslated)"


def build_project(folder: Path) -> tuple[Path, str]:
    from workbench.project.demo import sample_document
    from workbench.core.model import Status
    from workbench.project import Project

    path = folder / f"sample{_suffix()}"
    with Project.create(path) as project:
        project.import_document(sample_document())
        engine = translate(project)
        paragraphs = project.paragraphs()
        for prefix, english, status, comment in HUMAN_WORK:
            paragraph = next(p for p in paragraphs if p.source.startswith(prefix))
            project.save_target(paragraph.id, english, Status(status))
            if comment:
                project.set_comment(paragraph.id, comment)
    return path, engine


def _suffix() -> str:
    from workbench.paths import PROJECT_SUFFIX

    return PROJECT_SUFFIX


def wait(app, seconds: float, until=None) -> None:
    """Let the lanes deliver (rows, counts) while the event loop runs."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline and not (until and until()):
        app.processEvents()
        time.sleep(0.02)
    app.processEvents()


def open_window(project: Path, settings):
    """The main window, opening `project` on its store lane."""
    from workbench.ui.main_window import MainWindow

    window = MainWindow(settings)
    window.start(project)
    return window


def show_a_word(app, window) -> None:
    """Click the first word of the second paragraph, as a reader would, so the word panel shows
    its analyses. Best effort: a window without the panel is photographed as it is."""
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtTest import QTest

    from workbench.ui.models.paragraph_model import SOURCE

    reading = getattr(window, "reading", None)
    if reading is None or window.proxy.rowCount() < 2:
        return
    view, shown = window.view, []
    reading.word_panel.word_shown.connect(shown.append)
    rect = view.visualRect(window.proxy.index(1, SOURCE))
    for x in range(rect.right() - 4, rect.left(), -4):  # Arabic starts at the right
        point = QPoint(x, rect.top() + 20)
        found = reading.pointer.word_at(point)
        if found and len(found[3]) >= 4:
            QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
            wait(app, 30.0, until=lambda: bool(shown))
            return


def close_window(app, window) -> None:
    window.close()
    window.deleteLater()
    wait(app, 1.0)


def shot_name(theme: str, lang: str, size: tuple[int, int]) -> str:
    """main-window-dark-ar.png at the default size, main-window-dark-ar-1024x700.png else."""
    suffix = "" if size == SIZE else f"-{size[0]}x{size[1]}"
    return f"main-window-{theme}-{lang}{suffix}.png"


def shoot(out: Path, project: Path) -> list[Path]:
    from PySide6.QtCore import QByteArray
    from PySide6.QtWidgets import QApplication

    from workbench.ui.i18n import apply_language
    from workbench.ui.settings import Settings
    from workbench.ui.theme import apply_theme

    app = QApplication.instance() or QApplication([sys.argv[0]])
    settings = Settings()
    written = []
    for size in [SIZE, *SMALL_SIZES]:
        for theme, lang in SHOTS:
            settings.theme, settings.ui_language = theme, lang
            apply_theme(app, theme)
            if not apply_language(app, lang):
                raise SystemExit(f"no compiled translation for {lang}: run tools/i18n.py compile")
            # Each window starts as on a fresh install: no dock layout left by the last one.
            settings.window_geometry = settings.window_state = QByteArray()
            window = open_window(project, settings)
            window.resize(*size)  # before it is shown, as a window opened on a small screen
            window.show()
            wait(app, 20.0, until=lambda: window.model.rowCount() > 0)
            show_a_word(app, window)
            wait(app, 1.5)  # the status counts, the model banner and the engine message land
            target = out / shot_name(theme, lang, size)
            if not window.grab().save(str(target)):
                raise SystemExit(f"could not write {target}")
            written.append(target)
            close_window(app, window)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--models", type=Path, default=None, help="installed models folder to use")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(ROOT))
    home = prepare_home(args.models)
    project, engine = build_project(home)
    args.out.mkdir(parents=True, exist_ok=True)
    for path in shoot(args.out, project):
        print(path)
    print(f"project: {project}  engine: {engine}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
