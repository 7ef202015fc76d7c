"""The glossary panel: search, add, edit and delete terms of the project and user glossaries."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from workbench.ui.panels.glossary_model import ARABIC, NOTE, EntryRole, GlossaryFilterModel, GlossaryTableModel
from workbench.ui.panels.term_dialog import AddTermDialog, TermDialog

__all__ = ["AddTermDialog", "GlossaryPanel"]


class GlossaryPanel(QWidget):
    """Lists the effective glossary; changes are requests. GUI thread only.

    The panel never changes its own list: `entry_added(GlossaryEntry)` (id None; scope as
    chosen), `entry_changed(GlossaryEntry)` (same id and scope) and `entry_deleted(GlossaryEntry)`
    ask the window to store the change through the store lane (Project.add_term / update_term /
    delete_term); the window then calls `set_entries` with the glossary as stored.
    """

    entry_added = Signal(object)
    entry_changed = Signal(object)
    entry_deleted = Signal(object)

    def __init__(self, arabic_font: QFont | None = None, parent=None) -> None:
        super().__init__(parent)
        self.model = GlossaryTableModel(self)
        self.proxy = GlossaryFilterModel(self)
        self.proxy.setSourceModel(self.model)
        self.dialog: TermDialog | None = None
        self.confirm_box: QMessageBox | None = None
        self._arabic_font = arabic_font
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search Arabic or English (diacritics ignored)"))
        self.search.setClearButtonEnabled(True)
        self.count_label = QLabel(self)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # store order until a click
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setAccessibleName(self.tr("Glossary terms"))
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NOTE, QHeaderView.ResizeMode.Stretch)  # the terms stay whole
        self.add_button = QPushButton(self.tr("&Add…"), self)
        self.edit_button = QPushButton(self.tr("&Edit…"), self)
        self.delete_button = QPushButton(self.tr("&Delete"), self)
        self._layout()
        self.set_arabic_font(arabic_font)
        self.search.textChanged.connect(self._on_search)
        self.add_button.clicked.connect(lambda: self.add_term("", ""))
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.table.activated.connect(lambda index: self.edit_selected())  # Enter or double click
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        delete_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table)
        delete_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete_key.activated.connect(self.delete_selected)
        self._update_counts()
        self._update_buttons()

    def _layout(self) -> None:
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.count_label)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

    def set_arabic_font(self, font: QFont | None) -> None:
        if font is None:
            from workbench.ui.fonts import arabic_font

            font = arabic_font(13)
        self._arabic_font = font
        self.model.set_arabic_font(font)

    # -- content --------------------------------------------------------------------------
    def set_entries(self, entries: Iterable) -> None:
        """Show these entries (the effective glossary, as stored), keeping the selection."""
        current = self.selected_entry()
        self.model.set_entries(entries)
        if current is not None:
            self.select(current.scope, current.id)
        self._update_counts()
        self._update_buttons()

    def select(self, scope: str, entry_id: int) -> bool:
        row = self.model.row_of(scope, entry_id)
        if row is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, ARABIC))
        if not index.isValid():
            return False
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)
        return True

    def selected_entry(self):
        index = self.table.currentIndex()
        return index.data(EntryRole) if index.isValid() else None

    # -- requests -------------------------------------------------------------------------
    def add_term(self, arabic_selection: str, english_selection: str = "") -> AddTermDialog:
        """Open the add dialog for a selection (Arabic pre-filled with its base form)."""
        dialog = AddTermDialog(arabic_selection, english_selection, arabic_font=self._arabic_font,
                               parent=self)
        return self._open(dialog, self.entry_added)

    def add_lemma(self, arabic: str, english: str = "") -> TermDialog:
        """Open the add dialog with an Arabic term that is already a base form (a lemma)."""
        dialog = TermDialog(None, arabic=arabic, english=english, arabic_font=self._arabic_font,
                            parent=self)
        return self._open(dialog, self.entry_added)

    def edit_selected(self) -> TermDialog | None:
        entry = self.selected_entry()
        if entry is None:
            return None
        dialog = TermDialog(entry, arabic_font=self._arabic_font, parent=self)
        return self._open(dialog, self.entry_changed, unless_same=entry)

    def delete_selected(self) -> QMessageBox | None:
        entry = self.selected_entry()
        if entry is None:
            return None
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Delete glossary term"),
                          self.tr("Delete {arabic} → {english} from the glossary?").format(
                              arabic=entry.arabic, english=entry.english),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        yes = box.button(QMessageBox.StandardButton.Yes)
        box.finished.connect(lambda _: box.clickedButton() is yes and self.entry_deleted.emit(entry))
        box.open()
        self.confirm_box = box
        return box

    def _open(self, dialog: TermDialog, signal, unless_same=None) -> TermDialog:
        def done() -> None:
            entry = dialog.entry()
            if entry != unless_same:
                signal.emit(entry)

        dialog.accepted.connect(done)
        dialog.open()
        self.dialog = dialog
        return dialog

    # -- state ----------------------------------------------------------------------------
    def _on_search(self, text: str) -> None:
        self.proxy.set_search(text)
        self._update_counts()

    def _update_counts(self) -> None:
        total, shown = self.model.rowCount(), self.proxy.rowCount()
        if shown == total:
            self.count_label.setText(self.tr("Terms: {total}").format(total=total))
        else:
            self.count_label.setText(self.tr("Terms: {shown} of {total}").format(shown=shown, total=total))

    def _update_buttons(self) -> None:
        selected = self.selected_entry() is not None
        self.edit_button.setEnabled(selected)
        self.delete_button.setEnabled(selected)
