"""Status bar contents: paragraph counts, the save state, and the progress of a batch.

A batch starts with the model loading (a couple of seconds for a real one): until its first
drafts are written the bar is a busy indicator beside "Loading model…", so the window never
shows a "Translating 0 / 61" that looks stuck.
"""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from workbench.core.model import Status
from workbench.ui.labels import status_label


class StatusPanel(QWidget):
    """Permanent widgets of the status bar. GUI thread only. `cancel_requested()` on Cancel."""

    cancel_requested = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.counts_label = QLabel(self)
        self.save_label = QLabel(self)
        self.progress = QProgressBar(self)
        self.progress.setMaximumWidth(220)
        self.progress.setFormat(self.tr("Translating %v / %m"))
        self.loading_label = QLabel(self.tr("Loading model…"), self)
        self.loading = False  # between a batch's start and its first written drafts
        self._latest = (0, 1)
        self.read_only_label = QLabel(self.tr("Read-only"), self)
        self.read_only_label.setVisible(False)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.clicked.connect(self.cancel_requested)
        for widget in (self.read_only_label, self.counts_label, self.save_label,
                       self.loading_label, self.progress, self.cancel_button):
            layout.addWidget(widget)
        self.show_batch(False)

    def show_counts(self, counts: Counter) -> None:
        total = sum(counts.values())
        parts = [self.tr("{total} paragraphs").format(total=total)]
        parts += [f"{status_label(s)} {counts[s]}" for s in Status if counts.get(s)]
        self.counts_label.setText(" · ".join(parts))

    def show_read_only(self, reason: str) -> None:
        """A permanent "Read-only" mark while the open project cannot be saved (reason: why)."""
        self.read_only_label.setVisible(bool(reason))
        self.read_only_label.setToolTip(reason)

    def show_saving(self) -> None:
        self.save_label.setText(self.tr("Saving…"))

    def show_saved(self) -> None:
        self.save_label.setText(self.tr("Saved"))

    def show_not_saved(self) -> None:
        self.save_label.setText(self.tr("Not saved"))

    def show_batch(self, running: bool, total: int = 0) -> None:
        """A batch of `total` paragraphs started (loading the model first), or ended."""
        self.progress.setVisible(running)
        self.cancel_button.setVisible(running)
        self.cancel_button.setEnabled(running)
        self.loading = running
        self.loading_label.setVisible(running)
        if running:
            self._latest = (0, max(total, 1))
            self.progress.setTextVisible(False)
            self.progress.setRange(0, 0)  # indeterminate: the busy indicator

    def show_drafting(self) -> None:
        """The first drafts are written: count them from here."""
        if not self.loading:
            return
        self.loading = False
        self.loading_label.hide()
        self.progress.setTextVisible(True)
        self.show_progress(*self._latest)

    def show_progress(self, done: int, total: int) -> None:
        self._latest = (done, max(total, 1))
        if self.loading:
            return  # drafts made but none written yet: still the busy indicator
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
