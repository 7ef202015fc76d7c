"""Keyboard shortcuts, listed from the window's own actions (so the list is always true)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTableWidget, QTableWidgetItem, QVBoxLayout

from workbench.ui.actions import shortcut_text


class ShortcutsDialog(QDialog):
    """Two columns: what the command does, which keys do it."""

    def __init__(self, actions: list[QAction], parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.resize(520, 560)
        # Keys are isolated left-to-right runs in the Arabic interface: "Ctrl++" stays that.
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        rows = [(a.text().split("\t", 1)[0].replace("&", "").rstrip("…"),
                 shortcut_text(a, isolated=rtl)) for a in actions if a.shortcuts()]
        # Keys of the English editor itself (no menu command holds them)
        isolate = (lambda keys: f"\u2066{keys}\u2069") if rtl else (lambda keys: keys)
        rows += [(self.tr("In the English editor: complete the sentence with the model (again: "
                          "accept)"), isolate("Tab")),
                 (self.tr("In the English editor: save and go to the next cell"), isolate("Ctrl+Tab"))]
        self.table = QTableWidget(len(rows), 2, self)
        self.table.setHorizontalHeaderLabels([self.tr("Command"), self.tr("Keys")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for row, (text, keys) in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(text))
            self.table.setItem(row, 1, QTableWidgetItem(keys))
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)

    def rows(self) -> list[tuple[str, str]]:
        return [(self.table.item(r, 0).text(), self.table.item(r, 1).text())
                for r in range(self.table.rowCount())]
