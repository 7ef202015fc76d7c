"""Project > Backups…: the rolling backups of the open (or a damaged) project, and Restore.

Restoring closes the project in this window first (the file must not be open while it is
replaced), puts the chosen backup in its place on the io lane (project.backups.restore: the
replaced file is kept beside it, never deleted) and opens the project again.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)


def _list(project: Path) -> list[tuple[Path, bool, float, int]]:
    from workbench.project.backups import is_good, list_backups

    return [(b, is_good(b), b.stat().st_mtime, b.stat().st_size) for b in list_backups(project)]


class BackupsDialog(QDialog):
    """Lists backups (newest first) and asks for one to restore. GUI thread; reads nothing
    itself: `show_backups` gets the list read on the io lane. `restore_requested(path)`."""

    restore_requested = Signal(object)

    def __init__(self, project: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.project = project
        self.setWindowTitle(self.tr("Backups of {name}").format(name=project.name))
        self.note = QLabel(self.tr("A backup is taken when the project opens, every ten minutes "
                                   "while it changes, and when it closes. Restoring keeps the "
                                   "current file beside the project."), self)
        self.note.setWordWrap(True)
        self.items = QListWidget(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.restore_button = self.buttons.addButton(self.tr("&Restore…"),
                                                     QDialogButtonBox.ButtonRole.ActionRole)
        self.restore_button.setEnabled(False)
        self.restore_button.clicked.connect(self._restore)
        self.buttons.rejected.connect(self.reject)
        self.items.currentItemChanged.connect(
            lambda item, _: self.restore_button.setEnabled(bool(item and item.data(Qt.ItemDataRole.UserRole + 1))))
        layout = QVBoxLayout(self)
        for widget in (self.note, self.items, self.buttons):
            layout.addWidget(widget)
        self.resize(520, 360)

    def show_backups(self, backups: list[tuple[Path, bool, float, int]]) -> None:
        self.items.clear()
        for path, good, mtime, size in backups:
            when = datetime.fromtimestamp(mtime).strftime("%Y-%m-%d %H:%M:%S")
            state = "" if good else self.tr(" — damaged, kept for inspection")
            item = QListWidgetItem(self.tr("{when}   {size} KB{state}").format(
                when=when, size=max(1, size // 1024), state=state))
            item.setData(Qt.ItemDataRole.UserRole, path)
            item.setData(Qt.ItemDataRole.UserRole + 1, good)
            self.items.addItem(item)
        if not backups:
            self.items.addItem(self.tr("No backups of this project yet."))
        elif self.items.count():
            self.items.setCurrentRow(0)

    def _restore(self) -> None:
        item = self.items.currentItem()
        if item is None or not item.data(Qt.ItemDataRole.UserRole + 1):
            return
        answer = QMessageBox.question(
            self, self.tr("Restore backup"),
            self.tr("Put the backup from {when} in the place of {name}? The current file is kept "
                    "beside it, and the project opens again.").format(
                when=item.text().split("   ")[0], name=self.project.name))
        if answer == QMessageBox.StandardButton.Yes:
            self.restore_requested.emit(item.data(Qt.ItemDataRole.UserRole))
            self.accept()


class BackupsController(QObject):
    """The Backups… action of one window: opens the dialog on the open project and restores
    through `files` (ProjectFiles) and `session` (ProjectSession). GUI thread."""

    restored = Signal(object, object)  # (backup, where the replaced file was kept)
    failed = Signal(object)

    def __init__(self, window, tasks, session, files, commit_edits) -> None:
        super().__init__(window)
        self._window, self._tasks, self._session, self._files = window, tasks, session, files
        self._commit = commit_edits
        self.action = QAction(self.tr("&Backups…"), window)
        self.action.triggered.connect(lambda: self.show_for(session.path))
        self.dialog: BackupsDialog | None = None

    def show_for(self, project: Path | None) -> BackupsDialog | None:
        if project is None:
            return None
        dialog = self.dialog = BackupsDialog(Path(project), self._window)
        dialog.restore_requested.connect(lambda backup: self.restore(Path(project), backup))
        self._tasks.run("io", lambda ctx: _list(Path(project)), success=dialog.show_backups,
                        failure=self.failed.emit)
        dialog.open()
        return dialog

    def restore(self, project: Path, backup: Path) -> None:
        """Close the project here if it is open, restore on the io lane, open it again."""
        from workbench.project.backups import restore

        def put_back(_=None) -> None:
            self._tasks.run("io", lambda ctx: restore(project, backup), success=reopen,
                            failure=self.failed.emit)

        def reopen(result) -> None:
            self.restored.emit(*result)
            self._files.open(project)

        if self._session.path is not None and Path(self._session.path) == project:
            self._commit()  # typing is saved before the file is set aside
            self._session.close(success=put_back)
        else:
            put_back()
