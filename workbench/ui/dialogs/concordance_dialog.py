"""Concordance: search the translation memory for an Arabic phrase and see each unit holding it,
with its translation. The search ignores diacritics, letter variants and clitics (the memory's
own matching); it runs wherever the caller's `search(phrase, done)` runs it (the store lane),
and only the answer to the latest search is shown.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyledItemDelegate,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from workbench.ui.panels.matches_model import isolated, origin_parts

ARABIC, ENGLISH, FROM = range(3)


class _Direction(QStyledItemDelegate):
    """Cells read in one direction whatever the interface's: Arabic right to left, English
    left to right (a full stop stays at the end of its sentence)."""

    def __init__(self, direction: Qt.LayoutDirection, parent) -> None:
        super().__init__(parent)
        self._direction = direction

    def initStyleOption(self, option, index) -> None:
        super().initStyleOption(option, index)
        option.direction = self._direction


class ConcordanceDialog(QDialog):
    """`search(phrase, done)` must call `done(hits)` (GUI thread; memory Hit values: a unit and
    its project's name) or `done(None, error_text)`."""

    def __init__(self, search: Callable, arabic_font: QFont | None = None, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Concordance"))
        self._search, self._asked = search, 0
        self.phrase = QLineEdit(self)
        self.phrase.setPlaceholderText(self.tr("Arabic words to look for in the translation memory"))
        self.phrase.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        if arabic_font is not None:
            self.phrase.setFont(arabic_font)
        self.search_button = QPushButton(self.tr("Search"), self)
        self.search_button.setDefault(True)
        self.status = QLabel(self)
        self.table = QTableWidget(0, 3, self)
        self.table.setHorizontalHeaderLabels([self.tr("Arabic"), self.tr("English"), self.tr("From")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(ARABIC, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(ENGLISH, QHeaderView.ResizeMode.Stretch)
        # where a unit came from wraps in a narrower column: the texts get the width
        header.setSectionResizeMode(FROM, QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(FROM, 190)
        self._arabic_font = QFont(arabic_font) if arabic_font is not None else None
        if self._arabic_font is not None:  # the grid's reading size would crowd a table cell
            self._arabic_font.setPointSizeF(self.font().pointSizeF() * 1.3)
        rtl, ltr = Qt.LayoutDirection.RightToLeft, Qt.LayoutDirection.LeftToRight
        self.table.setItemDelegateForColumn(ARABIC, _Direction(rtl, self.table))
        self.table.setItemDelegateForColumn(ENGLISH, _Direction(ltr, self.table))
        # FROM follows the interface's direction; each of its parts is an isolate
        row = QHBoxLayout()
        row.addWidget(self.phrase, 1)
        row.addWidget(self.search_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 1)
        self.search_button.clicked.connect(self.search)
        self.phrase.returnPressed.connect(self.search)
        self.resize(900, 520)

    def search(self, phrase: str | None = None) -> None:
        if isinstance(phrase, str):
            self.phrase.setText(phrase)
        text = self.phrase.text().strip()
        if not text:
            return
        self._asked += 1
        asked = self._asked
        self.status.setText(self.tr("Searching…"))
        self._search(text, lambda units, error="": self._show(asked, units, error))

    def _show(self, asked: int, hits, error: str = "") -> None:
        if asked != self._asked:
            return  # an older search answered late: the newer one is what the user wants
        self.table.setRowCount(0)
        if hits is None:
            self.status.setText(self.tr("The translation memory could not be read: {why}").format(why=error))
            return
        self.status.setText(self.tr("{count} units hold these words.").format(count=len(hits)))
        self.table.setRowCount(len(hits))
        for row, hit in enumerate(hits):
            unit, where = hit.unit, isolated(origin_parts(hit.unit, hit.project_name))
            for column, text in ((ARABIC, unit.source), (ENGLISH, unit.target), (FROM, where)):
                item = QTableWidgetItem(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
                if column == ARABIC and self._arabic_font is not None:
                    item.setFont(self._arabic_font)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
        self.table.resizeRowsToContents()
