"""Project and file commands: new, open, recent, import, export, install a model.

Each command has a dialog-free method (used by tests and scripts) and a `*_dialog` slot that asks
the user for a path first. Work runs on the lanes: Project calls on `store`, model installation
on `io`; results and typed errors come back to the GUI thread.
"""

from __future__ import annotations

import errno
import os
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QMenu, QWidget

from workbench import paths
from workbench.ui.dialogs.export_dialog import ExportDialog
from workbench.project.launch import LaunchPlan, is_document, plan_for_document
from workbench.ui.session import ProjectSession, Snapshot
from workbench.ui.settings import Settings
from workbench.ui.tasks import Job, TaskManager
from workbench.ui.translation import install_model

IMPORT_FILTER = "*.txt *.md *.markdown *.docx *.odt *.html *.htm *.mhtml *.mht *.pdf"


class ProjectFiles(QObject):
    """GUI-thread controller. Signals: `message(text)` for the status bar, `error(exc)` for a
    dialog, `reloaded(Snapshot)` after an import changed the rows (then `imported_with_memory()`
    when the translation memory has units to fill it from), `model_installed(model_id)`.
    """

    message = Signal(str)
    error = Signal(object)
    reloaded = Signal(object)
    imported_with_memory = Signal()  # a document was imported and the memory has units
    model_installed = Signal(str)

    def __init__(self, window: QWidget, tasks: TaskManager, session: ProjectSession,
                 settings: Settings) -> None:
        super().__init__(window)
        self.window = window
        self.tasks = tasks
        self.session = session
        self.settings = settings

    # -- dialog-free commands -------------------------------------------------------------
    def open(self, path: Path | str, success=None) -> Job:
        return self.session.open(path, success=success, failure=self.error.emit)

    def open_path(self, path: Path | str) -> Job | None:
        """What a file manager hands over: a project opens; a document opens the project
        beside it that holds it, or a new one there into which it is imported."""
        path = Path(path)
        if not path.exists():
            self.error.emit(FileNotFoundError(errno.ENOENT, os.strerror(errno.ENOENT), str(path)))
            return None
        if not is_document(path):
            return self.open(path)

        def go(plan: LaunchPlan) -> None:
            then = (lambda snap: self.import_document(plan.document)) if plan.import_needed else None
            if plan.create:
                self.create(plan.project, success=then)
            else:
                self.open(plan.project, success=then)

        return self.tasks.run("store", lambda ctx: plan_for_document(path), success=go,
                              failure=self.error.emit)

    def create(self, path: Path | str, success=None) -> Job:
        path = Path(path)
        if not path.suffix:
            path = path.with_suffix(paths.PROJECT_SUFFIX)
        return self.session.open(path, create=True, success=success, failure=self.error.emit)

    def import_document(self, path: Path | str) -> Job:
        """Import into the open project; with none open, into a new project named after it."""
        source = Path(path)
        if not self.session.is_open:
            return self.create(_unused_project_path(source.stem),
                               success=lambda snap: self.import_document(source))
        return self._import(source.name, lambda project: project.import_document(source))

    def import_text(self, text: str) -> Job | None:
        """Project > New from clipboard: `text` as a plain-text document, into the open project
        or a new one named after it ("pasted ...")."""
        from workbench.project.documents import import_text, pasted_name

        if not text.strip():
            self.message.emit(self.tr("The clipboard holds no text."))
            return None
        name = pasted_name()
        if not self.session.is_open:
            return self.create(_unused_project_path(Path(name).stem),
                               success=lambda snap: self.import_text(text))
        return self._import(name, lambda project: import_text(project, text, name))

    def _import(self, name: str, read) -> Job:
        def job(project):
            read(project)
            return self.session.snapshot(project), _memory_units(project)

        def done(result: tuple[Snapshot, int]) -> None:
            snapshot, units = result
            self.reloaded.emit(snapshot)
            self.message.emit(self.tr("Imported {name}").format(name=name))
            if units:
                self.imported_with_memory.emit()

        # Imports are bounded (formats: paragraph and size limits) but a large book still takes
        # seconds: say what is happening until the grid reloads.
        self.message.emit(self.tr("Importing {name}…").format(name=name))
        return self.session.run(job, success=done, failure=self.error.emit)

    def export(self, out: Path | str, fmt: str, layout: str | None = None, *,
               comments: bool = True, statuses=None, document: str | None = None,
               keep_bidi_controls: bool = False) -> Job:
        target = Path(out)

        def done(written: Path) -> None:
            self.message.emit(self.tr("Exported to {path}").format(path=str(written)))

        return self.session.run(lambda p: p.export(target, fmt, layout, comments=comments,
                                                   statuses=statuses, document=document,
                                                   keep_bidi_controls=keep_bidi_controls),
                                success=done,
                                 failure=self.error.emit)

    def install_model(self, package: Path | str) -> Job:
        def done(model_id: str) -> None:
            self.model_installed.emit(model_id)
            self.message.emit(self.tr("Installed model {name}").format(name=model_id))

        return self.tasks.run("io", lambda ctx: install_model(Path(package)), success=done,
                              failure=self.error.emit)

    # -- with dialogs ---------------------------------------------------------------------
    def _start_dir(self) -> str:
        return str(self.session.path.parent if self.session.path else paths.projects_dir())

    def new_dialog(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("New project"), self._start_dir(),
            self.tr("Workbench projects (*{suffix})").format(suffix=paths.PROJECT_SUFFIX))
        if path:
            self.create(path)

    def open_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Open project"), self._start_dir(),
            self.tr("Workbench projects (*{suffix})").format(suffix=paths.PROJECT_SUFFIX))
        if path:
            self.open(path)

    def import_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Import document"), str(Path.home()),
            self.tr("Documents ({patterns})").format(patterns=IMPORT_FILTER))
        if path:
            self.import_document(path)

    def export_dialog(self) -> None:
        if self.session.path is None:
            return
        dialog = ExportDialog(self.session.path.with_suffix(""), self.window,
                              documents=self.window.model.documents())
        if dialog.exec():
            out, fmt, layout = dialog.choice()
            self.export(out, fmt, layout, comments=dialog.include_comments(),
                        statuses=dialog.statuses(), document=dialog.chosen_document(),
                        keep_bidi_controls=dialog.keep_bidi_controls())

    def install_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Install translation model"), str(Path.home()),
            self.tr("Argos models (*.argosmodel)"))
        if path:
            self.install_model(path)

    def fill_recent_menu(self, menu: QMenu) -> None:
        menu.clear()
        for entry in self.settings.recent_projects:
            action = menu.addAction(entry)
            action.setEnabled(Path(entry).exists())
            action.triggered.connect(lambda checked=False, p=entry: self.open(p))
        if menu.isEmpty():
            menu.addAction(self.tr("(none)")).setEnabled(False)


def _memory_units(project) -> int:
    """Units in the project's translation memory (store lane); 0 when it cannot be read: the
    import itself succeeded, and the memory is a convenience."""
    from workbench.core.errors import WorkbenchError
    from workbench.project.pretranslate import memory_units

    try:
        return memory_units(project)
    except WorkbenchError:
        return 0


def _unused_project_path(stem: str) -> Path:
    folder = paths.projects_dir()
    candidate = folder / f"{stem}{paths.PROJECT_SUFFIX}"
    n = 2
    while candidate.exists():
        candidate = folder / f"{stem}-{n}{paths.PROJECT_SUFFIX}"
        n += 1
    return candidate
