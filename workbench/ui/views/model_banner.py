"""The first-run banner: no translation model yet; install one, download one, or carry on."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QBoxLayout, QFrame, QHBoxLayout, QLabel, QPushButton

WIDE = 900  # px: narrower, the buttons go under the message (else it wraps into a tall column)


class ModelBanner(QFrame):
    """A non-blocking strip above the grid. GUI thread only.

    `install_requested()` when the user wants to pick a .argosmodel file, `download_requested()`
    to fetch the Arabic to English model (the outcome, offline included, is shown with
    `show_message`), `dismissed()` to keep working with gloss drafts.
    """

    install_requested = Signal()
    download_requested = Signal()
    dismissed = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("modelBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self._layout = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        buttons = QHBoxLayout()
        self.message = QLabel(self.tr(
            "No translation model is installed. Drafts are word-by-word glosses until you "
            "install an Arabic to English model: from a .argosmodel file, or downloaded when "
            "this computer is online."), self)
        self.message.setWordWrap(True)
        self.install_button = QPushButton(self.tr("Install model from file…"), self)
        self.download_button = QPushButton(self.tr("Download model"), self)
        self.close_button = QPushButton(self.tr("Keep working with gloss drafts"), self)
        self.install_button.clicked.connect(self.install_requested)
        self.download_button.clicked.connect(self.download_requested)
        self.close_button.clicked.connect(self._dismiss)
        self._layout.addWidget(self.message, 1)
        buttons.addStretch(1)
        for button in (self.install_button, self.download_button, self.close_button):
            buttons.addWidget(button)
        self._layout.addLayout(buttons)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        direction = (QBoxLayout.Direction.LeftToRight if event.size().width() >= WIDE
                     else QBoxLayout.Direction.TopToBottom)
        if self._layout.direction() != direction:
            self._layout.setDirection(direction)

    def show_message(self, text: str) -> None:
        """Replace the explanation (e.g. with why a download failed); the buttons stay."""
        self.message.setText(text)

    def _dismiss(self) -> None:
        self.hide()
        self.dismissed.emit()
