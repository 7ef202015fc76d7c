"""The first-run banner: no translation model yet; offer to install one from a file."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton


class ModelBanner(QFrame):
    """A non-blocking strip above the grid. GUI thread only.

    `install_requested()` when the user wants to pick a .argosmodel file; `dismissed()`.
    """

    install_requested = Signal()
    dismissed = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("modelBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        layout = QHBoxLayout(self)
        self.message = QLabel(self.tr(
            "No translation model is installed. Drafts are word-by-word glosses until you "
            "install an Arabic to English model (.argosmodel file)."), self)
        self.message.setWordWrap(True)
        self.install_button = QPushButton(self.tr("Install model from file…"), self)
        self.close_button = QPushButton(self.tr("Later"), self)
        self.install_button.clicked.connect(self.install_requested)
        self.close_button.clicked.connect(self._dismiss)
        layout.addWidget(self.message, 1)
        layout.addWidget(self.install_button)
        layout.addWidget(self.close_button)

    def _dismiss(self) -> None:
        self.hide()
        self.dismissed.emit()
