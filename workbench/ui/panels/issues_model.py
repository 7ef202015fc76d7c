"""The issues panel's table: terminology problems of the project, in document order.

A problem's paragraph is shown by the grid's number (counted over the whole project, as the
grid's # column counts) beside its document's name, so "¶ 5" is the grid's row 5.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from workbench.ui.models.titled_model import TitledTableModel

PARAGRAPH, DOCUMENT, KIND, TERM, ENGLISH, DETAIL = range(6)
COLUMN_COUNT = 6
NAME_CHARS = 22  # longer document names are shortened in the middle (the tooltip has it all)

ProblemRole = Qt.ItemDataRole.UserRole + 1  # the problem object
ParagraphIdRole = Qt.ItemDataRole.UserRole + 2  # int

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter

Index = QModelIndex | QPersistentModelIndex


class IssuesTableModel(TitledTableModel):
    """Rows are problems (glossary.check.Problem or alike: paragraph_id, number, position,
    document, kind "term-missing"/"term-forbidden", term, english, detail). GUI thread only."""

    column_count = COLUMN_COUNT

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list = []
        self._arabic_font = None

    def set_problems(self, problems: Iterable) -> None:
        self.beginResetModel()
        self._rows = list(problems)
        self.endResetModel()

    def problems(self) -> list:
        return list(self._rows)

    def problem_at(self, row: int):
        return self._rows[row]

    def counts(self) -> Counter:
        """Problems by kind."""
        return Counter(p.kind for p in self._rows)

    def set_arabic_font(self, font) -> None:
        self._arabic_font = font
        if self._rows:
            self.dataChanged.emit(self.index(0, TERM), self.index(len(self._rows) - 1, TERM),
                                  [Qt.ItemDataRole.FontRole])

    def kind_label(self, kind: str) -> str:
        return {"term-missing": self.tr("term missing"),
                "term-forbidden": self.tr("forbidden rendering")}.get(kind, kind)

    def explanation(self, p) -> str:
        if p.kind == "term-missing":
            return self.tr("The translation does not use “{english}” for {term}.").format(
                english=p.english, term=p.term)
        if p.kind == "term-forbidden":
            return self.tr("The translation renders {term} as “{found}”; the glossary forbids it "
                           "(use “{english}”).").format(term=p.term, found=p.detail, english=p.english)
        return p.detail

    def detail(self, p) -> str:
        """What the check found in the translation (the detail of a missing term is only the
        English expected again, which the ENGLISH column already shows)."""
        if p.kind == "term-missing":
            return self.tr("not in the translation")
        if p.kind == "term-forbidden":
            return f"“{p.detail}”"
        return p.detail

    # -- Qt model API -------------------------------------------------------------------
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        p = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == PARAGRAPH:
                return str(getattr(p, "number", 0) or p.position)
            if column == DOCUMENT:
                return _shortened(getattr(p, "document", ""))
            if column == KIND:
                return self.kind_label(p.kind)
            if column == TERM:
                return p.term
            if column == ENGLISH:
                return p.english
            if column == DETAIL:
                return self.detail(p)
        elif role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if column == TERM else _LEFT
        elif role == Qt.ItemDataRole.FontRole:
            return self._arabic_font if column == TERM else None
        elif role == Qt.ItemDataRole.ToolTipRole:
            if column == DOCUMENT and getattr(p, "document", ""):
                return self.tr("{document}, paragraph {position} of this document").format(
                    document=p.document, position=p.position)
            return self.explanation(p)
        elif role == ProblemRole:
            return p
        elif role == ParagraphIdRole:
            return p.paragraph_id
        return None

    def titles(self) -> dict[int, str]:
        return {
            PARAGRAPH: self.tr("¶"),
            DOCUMENT: self.tr("Document"),
            KIND: self.tr("Problem"),
            TERM: self.tr("Term"),
            ENGLISH: self.tr("Glossary English"),
            DETAIL: self.tr("In the translation"),
        }



def _shortened(name: str) -> str:
    if len(name) <= NAME_CHARS:
        return name
    half = (NAME_CHARS - 1) // 2
    return f"{name[:half]}…{name[-half:]}"
