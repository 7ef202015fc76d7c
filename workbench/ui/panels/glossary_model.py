"""The glossary panel's table: a list of GlossaryEntry, and a search filter over it."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from workbench.ui.models.titled_model import TitledTableModel

ARABIC, ENGLISH, NOTE, FORBIDDEN, MODE, SCOPE = range(6)
COLUMN_COUNT = 6

EntryRole = Qt.ItemDataRole.UserRole + 1  # the GlossaryEntry
SearchKeyRole = Qt.ItemDataRole.UserRole + 2  # folded text of every column, for the filter

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter
_FOLDS = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "\u0640": None})

Index = QModelIndex | QPersistentModelIndex


def search_key(text: str) -> str:
    """Text folded for searching: no diacritics or tatweel, alef/ya/ta marbuta variants
    folded, case folded. (Searching only; matching in documents uses the real match keys.)"""
    decomposed = unicodedata.normalize("NFKD", text)
    kept = "".join(c for c in decomposed if unicodedata.category(c) != "Mn")
    return unicodedata.normalize("NFC", kept).translate(_FOLDS).casefold()


class GlossaryTableModel(TitledTableModel):
    """Rows are glossary entries (GlossaryEntry-like: arabic, english, note, forbidden, mode,
    scope, id). GUI thread only. The model never edits an entry: the panel asks the window,
    which stores the change on the store lane and then calls `set_entries` with the result.
    """

    column_count = COLUMN_COUNT

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list = []
        self._keys: list[str] = []
        self._arabic_font = None

    def set_entries(self, entries: Iterable) -> None:
        self.beginResetModel()
        self._rows = list(entries)
        self._keys = [search_key(" ".join((e.arabic, e.english, e.note, *e.forbidden))) for e in self._rows]
        self.endResetModel()

    def entries(self) -> list:
        return list(self._rows)

    def entry_at(self, row: int):
        return self._rows[row]

    def row_of(self, scope: str, entry_id: int) -> int | None:
        for row, entry in enumerate(self._rows):
            if entry.id == entry_id and getattr(entry, "scope", "project") == scope:
                return row
        return None

    def set_arabic_font(self, font) -> None:
        self._arabic_font = font
        if self._rows:
            self.dataChanged.emit(self.index(0, ARABIC), self.index(len(self._rows) - 1, ARABIC),
                                  [Qt.ItemDataRole.FontRole])

    def mode_label(self, mode: str) -> str:
        return {"smart": self.tr("smart"), "exact": self.tr("exact")}.get(mode, mode)

    def scope_label(self, scope: str) -> str:
        return {"project": self.tr("project"), "user": self.tr("user")}.get(scope, scope)

    # -- Qt model API -------------------------------------------------------------------
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        e = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == ARABIC:
                return e.arabic
            if column == ENGLISH:
                return e.english
            if column == NOTE:
                return e.note
            if column == FORBIDDEN:
                return "; ".join(e.forbidden)
            if column == MODE:
                return self.mode_label(e.mode)
            if column == SCOPE:
                return self.scope_label(getattr(e, "scope", "project"))
        elif role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if column == ARABIC else _LEFT
        elif role == Qt.ItemDataRole.FontRole:
            return self._arabic_font if column == ARABIC else None
        elif role == Qt.ItemDataRole.ToolTipRole:
            if column == NOTE and e.note:
                return e.note
            if column == FORBIDDEN and e.forbidden:
                return self.tr("Never translate as: {renderings}").format(renderings="; ".join(e.forbidden))
        elif role == EntryRole:
            return e
        elif role == SearchKeyRole:
            return self._keys[index.row()]
        return None

    def titles(self) -> dict[int, str]:
        return {
            ARABIC: self.tr("Arabic"),
            ENGLISH: self.tr("English"),
            NOTE: self.tr("Note"),
            FORBIDDEN: self.tr("Forbidden"),
            MODE: self.tr("Match"),
            SCOPE: self.tr("Glossary"),
        }



class GlossaryFilterModel(QSortFilterProxyModel):
    """Keeps the entries whose text holds every word of the search, ignoring diacritics,
    hamza/alef variants and case; sortable by any column."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def set_search(self, text: str) -> None:
        words = search_key(text).split()
        if words != self._words:
            self.beginFilterChange()
            self._words = words
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if not self._words:
            return True
        key = self.sourceModel().index(source_row, 0, source_parent).data(SearchKeyRole) or ""
        return all(word in key for word in self._words)
