"""The Quality panel's table: the QA findings of the project, in project order.

Rows are terminology problems (glossary.check.Problem: term, english, detail) and the other
QA kinds (qa.Issue: message, related); the TERM and ENGLISH columns are the glossary's and stay
empty for the others, whose finding is in DETAIL. Notes about the check itself (severity
"info", e.g. no spelling dictionary) are not rows: the panel shows them above the table.

A problem's paragraph is shown by the grid's number (counted over the whole project, as the
grid's # column counts) beside its document's name, so "¶ 5" is the grid's row 5.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from workbench.qa.issue import severity
from workbench.ui.models.titled_model import TitledTableModel
from workbench.ui.panels.qa_kinds import kind_description, kind_label, severity_icon, severity_label

PARAGRAPH, KIND, DETAIL, DOCUMENT, TERM, ENGLISH = range(6)  # what is wrong first: a dock is narrow
COLUMN_COUNT = 6
NAME_CHARS = 22  # longer document names are shortened in the middle (the tooltip has it all)

ProblemRole = Qt.ItemDataRole.UserRole + 1  # the problem object
ParagraphIdRole = Qt.ItemDataRole.UserRole + 2  # int
SeverityRole = Qt.ItemDataRole.UserRole + 3  # "error" | "warning"
RelatedRole = Qt.ItemDataRole.UserRole + 4  # numbers of the other paragraphs an issue names

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter

Index = QModelIndex | QPersistentModelIndex


class IssuesTableModel(TitledTableModel):
    """Rows are findings: glossary.check.Problem (paragraph_id, number, position, document,
    kind, term, english, detail) or qa.Issue (the same place, kind, message, related, entry).
    GUI thread only."""

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
        return kind_label(kind)

    def explanation(self, p) -> str:
        if _is_issue(p):
            return p.message
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
        if _is_issue(p):
            related = ", ".join(map(str, p.related))
            return self.tr("{message} (also ¶ {related})").format(message=p.message, related=related) \
                if related else p.message
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
                return str(getattr(p, "number", 0) or p.position or "—")
            if column == DOCUMENT:
                return _shortened(getattr(p, "document", ""))
            if column == KIND:
                return self.kind_label(p.kind)
            if column == TERM:
                return getattr(p, "entry", "") if _is_issue(p) else p.term
            if column == ENGLISH:
                return "" if _is_issue(p) else p.english
            if column == DETAIL:
                return self.detail(p)
        elif role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if column == TERM else _LEFT
        elif role == Qt.ItemDataRole.FontRole:
            return self._arabic_font if column == TERM else None
        elif role == Qt.ItemDataRole.DecorationRole:
            return severity_icon(severity(p)) if column == KIND else None
        elif role == Qt.ItemDataRole.ToolTipRole:
            if column == DOCUMENT and getattr(p, "document", "") and p.position:
                return self.tr("{document}, paragraph {position} of this document").format(
                    document=p.document, position=p.position)
            if column == KIND:
                return f"{severity_label(severity(p))}: {kind_description(p.kind)}"
            return self.explanation(p)
        elif role == SeverityRole:
            return severity(p)
        elif role == RelatedRole:
            return tuple(getattr(p, "related", ()))
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
            DETAIL: self.tr("What was found"),
        }

def _is_issue(p) -> bool:
    return hasattr(p, "message")


def _shortened(name: str) -> str:
    if len(name) <= NAME_CHARS:
        return name
    half = (NAME_CHARS - 1) // 2
    return f"{name[:half]}…{name[-half:]}"
