"""Models…: list, install (file, folder, OPUS-MT folder), download, remove, choose per project.

Every job runs on a lane (listing, installs, removal and the download on `io`, the project's
engine setting on `store`); the dialog is modeless and never waits, so the window stays usable
while a 78 MB download runs, and closing the dialog only hides it (the download goes on and its
progress shows again on the next opening). Outcomes and errors appear in its own status line.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from workbench.core.errors import Cancelled, NetworkUnavailable
from workbench.ui.labels import error_text
from workbench.ui.models.installed_models_model import InstalledModelsModel
from workbench.ui.settings import Settings
from workbench.ui.tasks import Job, TaskManager


def engine_name(model) -> str:
    """The engine name that get_engine knows this installed model by."""
    kind = getattr(model, "kind", "argos") or "argos"
    return f"{kind}:{model.name}"


class ModelManagerDialog(QDialog):
    """Modeless dialog on the GUI thread. `model_installed(model_id)` after an install or a
    download, `model_removed(name)`, `engine_chosen(name)` after "Use for this project".

    `choose_engine(name, success, failure)` stores the project's engine (EngineChoice);
    None hides the button (no project machinery, as in some tests).
    """

    model_installed = Signal(str)
    model_removed = Signal(str)
    engine_chosen = Signal(str)

    def __init__(self, tasks: TaskManager, settings: Settings, choose_engine=None,
                 has_project=lambda: False, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Translation models"))
        self.setModal(False)
        self.tasks = tasks
        self.settings = settings
        self._choose_engine = choose_engine
        self._has_project = has_project
        self.download_job: Job | None = None
        self.table_model = InstalledModelsModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.table_model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.progress = QProgressBar(self)
        self.cancel_button = QPushButton(self.tr("Cancel download"), self)
        self.install_file_button = QPushButton(self.tr("Install from file…"), self)
        self.install_folder_button = QPushButton(self.tr("Install from folder…"), self)
        self.import_marian_button = QPushButton(self.tr("Import OPUS-MT folder…"), self)
        self.download_button = QPushButton(self.tr("Download Arabic → English"), self)
        self.remove_button = QPushButton(self.tr("Remove…"), self)
        self.use_button = QPushButton(self.tr("Use for this project"), self)
        self.close_button = QPushButton(self.tr("Close"), self)
        self._layout()
        self.install_file_button.clicked.connect(self.install_file_dialog)
        self.install_folder_button.clicked.connect(self.install_folder_dialog)
        self.import_marian_button.clicked.connect(self.import_marian_dialog)
        self.download_button.clicked.connect(self.download)
        self.cancel_button.clicked.connect(self.cancel_download)
        self.remove_button.clicked.connect(self.remove_selected)
        self.use_button.clicked.connect(self.use_selected)
        self.close_button.clicked.connect(self.close)
        self.table.selectionModel().selectionChanged.connect(lambda *a: self._update_buttons())
        self.use_button.setVisible(choose_engine is not None)
        self._show_progress(False)
        self._update_buttons()
        self.resize(760, 380)
        self.refresh()

    def _layout(self) -> None:
        buttons = QVBoxLayout()
        for button in (self.install_file_button, self.install_folder_button,
                       self.import_marian_button, self.download_button, self.remove_button,
                       self.use_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        top = QHBoxLayout()
        top.addWidget(self.table, 1)
        top.addLayout(buttons)
        progress = QHBoxLayout()
        progress.addWidget(self.progress, 1)
        progress.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top, 1)
        layout.addLayout(progress)
        layout.addWidget(self.status)

    # -- listing ------------------------------------------------------------------------------
    def refresh(self) -> Job:
        from workbench.mt.argos_packages import list_models

        return self.tasks.run("io", lambda ctx: list_models(), success=self._show_models,
                              failure=self._fail)

    def _show_models(self, models) -> None:
        self.table_model.set_models(models)
        self._update_buttons()

    def selected_model(self):
        rows = self.table.selectionModel().selectedRows()
        return self.table_model.model_at(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        chosen = self.selected_model() is not None
        self.remove_button.setEnabled(chosen)
        self.use_button.setEnabled(chosen and self._has_project())
        self.download_button.setEnabled(self.download_job is None)

    # -- install ------------------------------------------------------------------------------
    def install(self, path: Path | str) -> Job:
        """Install a .argosmodel file or an unpacked package folder."""
        from workbench.mt.argos_packages import install_package

        self.status.setText(self.tr("Installing {name}…").format(name=Path(path).name))
        return self.tasks.run("io", lambda ctx: install_package(Path(path)),
                              success=self._installed, failure=self._fail)

    def import_marian(self, folder: Path | str) -> Job:
        from workbench.mt.marian_import import import_marian as importer

        self.status.setText(self.tr("Converting {name}; this takes a few minutes…").format(
            name=Path(folder).name))
        return self.tasks.run("io", lambda ctx: importer(Path(folder), ctx), success=self._installed,
                              failure=self._fail)

    def _installed(self, model) -> None:
        self.status.setText(self.tr("Installed {name}.").format(name=model.model_id))
        self.model_installed.emit(model.model_id)
        self.refresh()

    def install_file_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Install translation model"),
                                              str(Path.home()),
                                              self.tr("Argos models (*.argosmodel)"))
        if path:
            self.install(path)

    def install_folder_dialog(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Install model from folder"),
                                                  str(Path.home()))
        if folder:
            self.install(folder)

    def import_marian_dialog(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Import OPUS-MT model folder"),
                                                  str(Path.home()))
        if folder:
            self.import_marian(folder)

    # -- download -----------------------------------------------------------------------------
    def download(self) -> Job | None:
        """Download and install the Arabic to English package from the index in the settings."""
        if self.download_job is not None:
            return self.download_job
        from workbench.mt.download import download_and_install

        url = self.settings.model_index_url
        self.status.setText(self.tr("Downloading the Arabic → English model from {url}…").format(
            url=url))
        self._show_progress(True)
        self.download_job = self.tasks.run(
            "io", lambda ctx: download_and_install("ar", "en", ctx, url),
            success=self._downloaded, failure=self._download_failed, progress=self._on_progress)
        self._update_buttons()
        return self.download_job

    def cancel_download(self) -> None:
        if self.download_job is not None:
            self.download_job.cancel()

    def _on_progress(self, done: int, total: int) -> None:
        # Kilobytes: a QProgressBar holds 32-bit ints.
        self.progress.setRange(0, max(1, total // 1024) if total else 0)
        self.progress.setValue(done // 1024)

    def _downloaded(self, model) -> None:
        self._end_download()
        self._installed(model)

    def _download_failed(self, exc: BaseException) -> None:
        self._end_download()
        self.status.setText(self.download_failure_text(exc))

    def download_failure_text(self, exc: BaseException) -> str:
        if isinstance(exc, Cancelled):
            return self.tr("Download cancelled. What was downloaded is kept: download again "
                           "to continue where it stopped.")
        if isinstance(exc, NetworkUnavailable):
            return self.tr("The model could not be downloaded: the index or its mirrors cannot "
                           "be reached (no network?). Install the model from a file instead, "
                           "or try again when online. Gloss drafts work meanwhile.")
        if getattr(exc, "resumable", False):
            return self.tr("The download failed ({reason}). The part already downloaded is "
                           "kept: press Download again to resume.").format(reason=str(exc))
        return self.tr("The download failed: {reason}").format(reason=str(exc))

    def _end_download(self) -> None:
        self.download_job = None
        self._show_progress(False)
        self._update_buttons()

    def _show_progress(self, running: bool) -> None:
        self.progress.setVisible(running)
        self.cancel_button.setVisible(running)
        if running:
            self.progress.setRange(0, 0)

    # -- remove / choose ----------------------------------------------------------------------
    def remove(self, name: str) -> Job:
        from workbench.mt.argos_packages import remove_model

        def done(_) -> None:
            self.status.setText(self.tr("Removed {name}.").format(name=name))
            self.model_removed.emit(name)
            self.refresh()

        return self.tasks.run("io", lambda ctx: remove_model(name), success=done,
                              failure=self._fail)

    def remove_selected(self) -> QMessageBox | None:
        model = self.selected_model()
        if model is None:
            return None
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Remove model"),
                          self.tr("Remove the model {name} from this computer? Drafts already "
                                  "made with it stay in the projects.").format(name=model.name),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, self)
        box.accepted.connect(lambda: self.remove(model.name))
        box.open()
        self.confirm_box = box
        return box

    def use_selected(self) -> None:
        model = self.selected_model()
        if model is None or self._choose_engine is None:
            return
        name = engine_name(model)

        def done(_) -> None:
            self.status.setText(self.tr("This project now translates with {name}.").format(
                name=model.name))
            self.engine_chosen.emit(name)

        self._choose_engine(name, done, self._fail)

    def _fail(self, exc: BaseException) -> None:
        self.status.setText(error_text(exc))

