"""Find and replace: a small non-modal dialog; the work is done by FindController.

It shows where the find stands ("3 of 12", and when it wrapped around), lets the user include
locked paragraphs (approved, and reviewed by preference) in Replace all on purpose, and says
`closed()` when it hides, so the window can take the hit's mark off the grid.
"""

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
    closed = Signal()

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
        # Unticked every time the dialog opens (FindGlue.show): including locked work is a choice
        # made for one replacement, never a state that lingers.
        self.include_locked = QCheckBox(self)
        self.set_reviewed_locked(True)
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
        layout.addWidget(self.include_locked, 3, 1)
        buttons = QHBoxLayout()
        self.previous_button = QPushButton(self.tr("Previous"), self)
        self.next_button = QPushButton(self.tr("Next"), self)
        self.replace_button = QPushButton(self.tr("Replace"), self)
        self.replace_all_button = QPushButton(self.tr("Replace all"), self)
        for button in (self.previous_button, self.next_button, self.replace_button,
                       self.replace_all_button):
            buttons.addWidget(button)
        layout.addLayout(buttons, 4, 0, 1, 2)
        layout.addWidget(self.result, 5, 0, 1, 2)
        self.next_button.setDefault(True)
        self.next_button.clicked.connect(lambda: self.find_requested.emit(True))
        self.previous_button.clicked.connect(lambda: self.find_requested.emit(False))
        self.replace_button.clicked.connect(self.replace_requested)
        self.replace_all_button.clicked.connect(self.replace_all_requested)
        self.next_button.setShortcut(QKeySequence(QKeySequence.StandardKey.FindNext))
        self.previous_button.setShortcut(QKeySequence(QKeySequence.StandardKey.FindPrevious))

    def set_reviewed_locked(self, locked: bool) -> None:
        """Name what the include box unlocks: approved, and reviewed when the preference locks
        reviewed paragraphs too."""
        self.include_locked.setText(
            self.tr("Include approved and reviewed paragraphs in Replace all") if locked
            else self.tr("Include approved paragraphs in Replace all"))

    def show_result(self, text: str) -> None:
        self.result.setText(text)

    def hideEvent(self, event) -> None:
        super().hideEvent(event)
        self.closed.emit()
