"""Application start-up: QApplication, preferences, theme, language, the main window."""

from __future__ import annotations

import sys
from pathlib import Path


def default_project() -> Path | None:
    """The most recent project that still exists, else None (the sample is made by the window)."""
    from workbench.ui.settings import Settings

    for entry in Settings().recent_projects:
        if Path(entry).exists():
            return Path(entry)
    return None


def create_window(project_path: str | Path | None = None):
    """Build the window on an existing QApplication and start opening `project_path`.

    With no path: the most recent project, else the built-in sample project.
    """
    from PySide6.QtWidgets import QApplication

    from workbench.ui.i18n import apply_language
    from workbench.ui.main_window import MainWindow
    from workbench.ui.settings import Settings
    from workbench.ui.theme import apply_theme

    app = QApplication.instance()
    settings = Settings()
    apply_theme(app, settings.theme)
    apply_language(app, settings.ui_language)
    window = MainWindow(settings)
    path = Path(project_path) if project_path else default_project()
    if path is None:
        from workbench.project.demo import ensure_sample_project

        # Creating the sample writes a project file: do it on the store lane like any write.
        window.tasks.run("store", lambda ctx: ensure_sample_project(),
                         success=lambda p: window.files.open(p), failure=window.show_error)
        window.start(None)
    else:
        window.start(path)
    return window


DESKTOP_FILE_NAME = "io.github.arabicworkbench.Workbench"  # packaging/*.desktop, without .desktop


def app_icon():
    """Every size of workbench/resources/icons/*.png in one QIcon (read as bytes, so it works
    from a zipped install too)."""
    import importlib.resources

    from PySide6.QtGui import QIcon, QPixmap

    icon = QIcon()
    folder = importlib.resources.files("workbench.resources") / "icons"
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".png"):
            pixmap = QPixmap()
            if pixmap.loadFromData(entry.read_bytes(), "PNG"):
                icon.addPixmap(pixmap)
    return icon


def configure_application(app) -> None:
    """Names and icon the desktop shows: the window icon, and the .desktop file that Wayland
    compositors and GNOME use to match the window to its launcher."""
    from workbench import paths

    app.setApplicationName(paths.APP_NAME)
    app.setApplicationDisplayName("Arabic Workbench")
    app.setDesktopFileName(DESKTOP_FILE_NAME)
    app.setWindowIcon(app_icon())


def run_app(project_path: str | None = None) -> int:
    """Open the window (on a project or document if given) and run the event loop; the exit
    code."""
    from workbench import paths

    paths.configure_environment()
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    configure_application(app)
    window = create_window(project_path)
    window.show()
    stop_on_interrupt(window)
    return app.exec()


def stop_on_interrupt(window) -> None:
    """Ctrl+C in the terminal (SIGINT) closes the window as its close button does: the open
    editor is saved, queued saves commit, the project is closed. Python runs a signal handler
    only when the interpreter has control, which Qt's event loop never gives it: a timer wakes
    the interpreter twice a second so the handler runs."""
    import signal

    from PySide6.QtCore import QTimer

    def interrupted(signum, frame) -> None:
        QTimer.singleShot(0, window.close)

    signal.signal(signal.SIGINT, interrupted)
    waker = QTimer(window, interval=500)
    waker.timeout.connect(lambda: None)
    waker.start()
