"""What the window tells the person: counts, saving and batch progress in the status panel,
outcomes in the status bar, errors in window-modal message boxes that never block the loop.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtWidgets import QMessageBox, QStatusBar, QWidget

from workbench.core.errors import ProjectDamaged
from workbench.ui.editing import EditController
from workbench.ui.labels import error_text, error_title
from workbench.ui.models.paragraph_model import ParagraphTableModel
from workbench.ui.translation import TranslationController
from workbench.ui.views.status_panel import StatusPanel

translate = QCoreApplication.translate


class StatusReports(QObject):
    """Reports of one window. GUI thread only; reads the in-memory rows, never the project.

    `box_parent` is the window the message boxes belong to; `last_message_box` is the latest
    one shown (tests read it). Its strings keep the "MainWindow" context they were first
    translated under.
    """

    def __init__(self, box_parent: QWidget, status_bar: QStatusBar, panel: StatusPanel,
                 model: ParagraphTableModel, editing: EditController,
                 translation: TranslationController, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._box_parent, self.status_bar, self.panel, self.model = (box_parent, status_bar,
                                                                      panel, model)
        self.last_message_box: QMessageBox | None = None
        self._last_backup_failure = ""
        self._warned: set[str] = set()
        self.on_damaged = None  # Callable[[Path], object]: show the backups of a damaged project
        self._counts_timer = QTimer(self, singleShot=True, interval=150)
        self._counts_timer.timeout.connect(self._update_counts)
        # Not restarted while pending: updates arrive every 80 ms during a batch, and a timer that
        # restarts on each would only fire when the batch ends.
        model.dataChanged.connect(
            lambda *args: None if self._counts_timer.isActive() else self._counts_timer.start())
        model.modelReset.connect(self._counts_timer.start)
        model.modelReset.connect(lambda: panel.show_read_only(model.read_only))
        editing.saving.connect(panel.show_saving)
        editing.saved.connect(panel.show_saved)
        editing.save_failed.connect(self._on_save_failed)
        editing.refused.connect(self._on_mark_refused)
        editing.repeats_filled.connect(self._on_repeats_filled)
        translation.started.connect(lambda total: panel.show_batch(True, total))
        translation.progressed.connect(panel.show_progress)
        translation.finished.connect(self._on_batch_finished)
        translation.failed.connect(self.show_error)
        translation.engine_ready.connect(self._on_engine_ready)
        panel.cancel_requested.connect(translation.cancel)

    def show_error(self, exc: BaseException) -> None:
        """A window-modal message that does not block the event loop. A damaged project's
        message offers its backups (`on_damaged(path)`, set by the window)."""
        box = QMessageBox(QMessageBox.Icon.Warning, error_title(exc), error_text(exc),
                          QMessageBox.StandardButton.Ok, self._box_parent)
        if isinstance(exc, ProjectDamaged) and self.on_damaged is not None:
            button = box.addButton(translate("MainWindow", "&Backups…"),
                                   QMessageBox.ButtonRole.ActionRole)
            button.clicked.connect(lambda: self.on_damaged(exc.path))
        box.open()
        self.last_message_box = box

    def show_backup_failure(self, exc: BaseException) -> None:
        """The rolling backup could not be made: a message box the first time for a given
        reason (a damaged project says how to restore), the status bar after that."""
        if getattr(exc, "message", str(exc)) != self._last_backup_failure:
            self._last_backup_failure = getattr(exc, "message", str(exc))
            self.show_error(exc)
        else:
            self.show_message(translate("MainWindow", "The rolling backup could not be made "
                                                      "(see the earlier message)."), 15000)

    def warn_once(self, key: str, text: str) -> None:
        """A warning shown in a message box once per `key` in this window (a project opened
        from a cloud-synced folder), in the status bar after that."""
        if key in self._warned:
            self.show_message(text, 15000)
            return
        self._warned.add(key)
        box = QMessageBox(QMessageBox.Icon.Warning, translate("MainWindow", "About this project"),
                          text, QMessageBox.StandardButton.Ok, self._box_parent)
        box.open()
        self.last_message_box = box

    def show_message(self, text: str, timeout: int = 8000) -> None:
        self.status_bar.showMessage(text, timeout)

    def _update_counts(self) -> None:
        self.panel.show_counts(self.model.status_counts())

    def _on_engine_ready(self, name: str, model: str) -> None:
        self.show_message(translate("MainWindow", "Engine: {name} ({model})").format(
            name=name, model=model))

    def _on_mark_refused(self, paragraph_id: int) -> None:
        p = self.model.paragraph(paragraph_id)
        row = p.position + 1 if p is not None else "?"
        self.show_message(translate(
            "MainWindow", "Paragraph {row} was not marked: its text changed after you read it. "
            "The newer text is shown; read it and mark it again.").format(row=row), 15000)

    def _on_repeats_filled(self, paragraph, count: int) -> None:
        self.show_message(translate(
            "MainWindow", "Paragraph {row} is repeated: {count} more paragraph(s) with the same "
            "Arabic now hold its translation (status memory).").format(
                row=paragraph.position + 1, count=count), 10000)

    def _on_save_failed(self, exc: BaseException) -> None:
        self.panel.show_not_saved()
        self.show_error(exc)

    def _on_batch_finished(self, written: int, cancelled: bool) -> None:
        self.panel.show_batch(False)
        text = (translate("MainWindow", "Translation cancelled; {count} drafts kept") if cancelled
                else translate("MainWindow", "Translation finished: {count} drafts"))
        self.show_message(text.format(count=written), 10000)
