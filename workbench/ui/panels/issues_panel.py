"""The issues panel: terminology problems to click through, with their counts on top."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from workbench.ui.panels.issues_model import DETAIL, IssuesTableModel, ParagraphIdRole


class IssuesPanel(QWidget):
    """Shows the problems the window got from Project.check (store lane). GUI thread only.

    `paragraph_activated(paragraph_id)` when the user clicks a problem, presses Enter on it, or
    steps to it with `next_issue` / `previous_issue`; `check_requested()` asks for a new check.
    """

    paragraph_activated = Signal(int)
    check_requested = Signal()

    def __init__(self, arabic_font: QFont | None = None, parent=None) -> None:
        super().__init__(parent)
        self.model = IssuesTableModel(self)
        self.header_label = QLabel(self)
        self.header_label.setObjectName("issuesHeader")
        self.check_button = QPushButton(self.tr("Check &terminology"), self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setAccessibleName(self.tr("Terminology problems"))
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(DETAIL, QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(self.header_label, 1)
        top.addWidget(self.check_button)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        self.set_arabic_font(arabic_font)
        self.check_button.clicked.connect(self.check_requested)
        self.table.clicked.connect(lambda index: self._activate(index.row()))
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shortcut = QShortcut(QKeySequence(key), self.table)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(lambda: self._activate(self.table.currentIndex().row()))
        self._update_header()

    def set_arabic_font(self, font: QFont | None) -> None:
        if font is None:
            from workbench.ui.fonts import arabic_font

            font = arabic_font(13)
        self.model.set_arabic_font(font)

    def set_problems(self, problems: Iterable) -> None:
        """Show these problems (in document order, as Project.check returns them)."""
        self.model.set_problems(problems)
        self._update_header()

    def next_issue(self) -> None:
        self._step(1)

    def previous_issue(self) -> None:
        self._step(-1)

    def _step(self, step: int) -> None:
        count = self.model.rowCount()
        if not count:
            return
        current = self.table.currentIndex()
        row = (current.row() + step) % count if current.isValid() else (0 if step > 0 else count - 1)
        self._activate(row)

    def _activate(self, row: int) -> None:
        if not 0 <= row < self.model.rowCount():
            return
        index = self.model.index(row, 0)
        if self.table.currentIndex().row() != row:
            self.table.setCurrentIndex(index)
        self.table.scrollTo(index)
        self.paragraph_activated.emit(index.data(ParagraphIdRole))

    def _update_header(self) -> None:
        counts = self.model.counts()
        total = sum(counts.values())
        if not total:
            self.header_label.setText(self.tr("No terminology problems"))
            return
        self.header_label.setText(
            self.tr("Problems: {total} · term missing: {missing} · forbidden rendering: {forbidden}").format(
                total=total, missing=counts.get("term-missing", 0),
                forbidden=counts.get("term-forbidden", 0)))
