"""Find and replace: a small non-modal dialog; the work is done by FindController."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
)


class FindDialog(QDialog):
    """Collects the query and options; emits what the user asked for. GUI thread only."""

    find_requested = Signal(bool)  # forward?
    replace_requested = Signal()
    replace_all_requested = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Find and replace"))
        layout = QGridLayout(self)
        self.query = QLineEdit(self)
        self.query.setPlaceholderText(self.tr("Arabic or English; Arabic ignores diacritics"))
        self.replacement = QLineEdit(self)
        self.replacement.setPlaceholderText(self.tr("Replacement (English side only)"))
        self.in_source = QCheckBox(self.tr("Arabic source"), self)
        self.in_target = QCheckBox(self.tr("English target"), self)
        self.match_case = QCheckBox(self.tr("Match case"), self)
        self.in_source.setChecked(True)
        self.in_target.setChecked(True)
        self.result = QLabel(self)
        layout.addWidget(QLabel(self.tr("Find:"), self), 0, 0)
        layout.addWidget(self.query, 0, 1)
        layout.addWidget(QLabel(self.tr("Replace with:"), self), 1, 0)
        layout.addWidget(self.replacement, 1, 1)
        options = QHBoxLayout()
        for box in (self.in_source, self.in_target, self.match_case):
            options.addWidget(box)
        layout.addLayout(options, 2, 1)
        buttons = QHBoxLayout()
        self.previous_button = QPushButton(self.tr("Previous"), self)
        self.next_button = QPushButton(self.tr("Next"), self)
        self.replace_button = QPushButton(self.tr("Replace"), self)
        self.replace_all_button = QPushButton(self.tr("Replace all"), self)
        for button in (self.previous_button, self.next_button, self.replace_button,
                       self.replace_all_button):
            buttons.addWidget(button)
        layout.addLayout(buttons, 3, 0, 1, 2)
        layout.addWidget(self.result, 4, 0, 1, 2)
        self.next_button.setDefault(True)
        self.next_button.clicked.connect(lambda: self.find_requested.emit(True))
        self.previous_button.clicked.connect(lambda: self.find_requested.emit(False))
        self.replace_button.clicked.connect(self.replace_requested)
        self.replace_all_button.clicked.connect(self.replace_all_requested)
        self.next_button.setShortcut(QKeySequence(QKeySequence.StandardKey.FindNext))
        self.previous_button.setShortcut(QKeySequence(QKeySequence.StandardKey.FindPrevious))

    def show_result(self, text: str) -> None:
        self.result.setText(text)
