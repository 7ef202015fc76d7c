"""Status filter over the paragraph grid: "only untranslated", "hide approved", "only
commented", "only drafts to check", ... and the order "least sure first".

Filtering reads the source model's Paragraph list and marks (no I/O). It is not dynamic: a row
whose status changes stays visible until the filter is chosen again, so a paragraph never
vanishes from under the translator's cursor the moment it is confirmed. "Drafts to check" keeps
that promise when the marks are recomputed: rows shown stay, newly marked ones join them.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from workbench.core.model import DRAFT_STATUSES, Status
from workbench.project.confidence import sort_key
from workbench.ui.models.paragraph_model import DocumentNameRole, ParagraphTableModel

ALL = frozenset(Status)

# name -> statuses shown; the order is the order of the filter menu.
FILTERS: dict[str, frozenset[Status]] = {
    "all": ALL,
    "untranslated": frozenset({Status.UNTRANSLATED}),
    "drafts": DRAFT_STATUSES,
    "edited": frozenset({Status.EDITED}),
    "unreviewed": ALL - {Status.REVIEWED, Status.APPROVED},
    "hide_approved": ALL - {Status.APPROVED},
    "approved": frozenset({Status.APPROVED}),
    "commented": ALL,  # any status, but only paragraphs with a comment (COMMENTED_ONLY)
    "flagged": ALL,  # only machine drafts marked "check this" (FLAGGED_ONLY)
}
# Filters that ask for a comment besides a status.
COMMENTED_ONLY = frozenset({"commented"})
# Filters that ask for a "check this" mark (ParagraphTableModel.confidence_flag).
FLAGGED_ONLY = frozenset({"flagged"})


def filter_label(name: str) -> str:
    labels = {
        "all": QCoreApplication.translate("Filters", "All paragraphs"),
        "untranslated": QCoreApplication.translate("Filters", "Only untranslated"),
        "drafts": QCoreApplication.translate("Filters", "Only drafts (not yet edited)"),
        "edited": QCoreApplication.translate("Filters", "Only edited"),
        "unreviewed": QCoreApplication.translate("Filters", "Not yet reviewed"),
        "hide_approved": QCoreApplication.translate("Filters", "Hide approved"),
        "approved": QCoreApplication.translate("Filters", "Only approved"),
        "commented": QCoreApplication.translate("Filters", "Only commented"),
        "flagged": QCoreApplication.translate("Filters", "Only drafts to check"),
    }
    return labels[name]


class StatusFilterModel(QSortFilterProxyModel):
    """Shows the rows whose status is in the chosen set. GUI thread only."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._statuses = ALL
        self._name = "all"
        self._commented_only = False
        self._flagged_only = False
        self._kept: set[int] = set()  # ids shown by "drafts to check" before the marks changed
        self._by_confidence = False
        self._rank: list[int] = []  # source row -> place in "least sure first" order
        self.setDynamicSortFilter(False)

    @property
    def filter_name(self) -> str:
        return self._name

    def set_filter(self, name: str) -> None:
        """Choose one of FILTERS by name (re-applies it even when unchanged)."""
        self._name = name
        self.set_statuses(FILTERS[name], commented_only=name in COMMENTED_ONLY,
                          flagged_only=name in FLAGGED_ONLY)

    def set_statuses(self, statuses, *, commented_only: bool = False,
                     flagged_only: bool = False) -> None:
        self.beginFilterChange()
        self._statuses = frozenset(statuses)
        self._commented_only = commented_only
        self._flagged_only = flagged_only
        self._kept = set()  # chosen again: exactly the rows marked now
        if self._by_confidence:
            self._rank = self._ranks()  # the rows shown are sorted again: by today's scores
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def setSourceModel(self, model) -> None:
        super().setSourceModel(model)
        if isinstance(model, ParagraphTableModel):
            model.confidence_changed.connect(self._on_confidence_changed)
            model.modelReset.connect(self._on_reset)

    def _on_confidence_changed(self) -> None:
        """New marks (a batch wrote drafts): "drafts to check" adds the newly marked rows and
        keeps every row already shown, even one whose mark went with a person's edit."""
        if not self._flagged_only:
            return
        model = self.sourceModel()
        self._kept = {model.paragraph_at(self.mapToSource(self.index(row, 0)).row()).id
                      for row in range(self.rowCount())}
        self.beginFilterChange()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def statuses(self) -> frozenset[Status]:
        return self._statuses

    # -- least sure first -------------------------------------------------------------------
    @property
    def by_confidence(self) -> bool:
        return self._by_confidence

    def set_confidence_order(self, on: bool) -> None:
        """Machine drafts least sure first (their weakest sentence), texts without a score after
        them, each group in project order; off: project order. Sorted once, when chosen (like
        the filter, rows do not move under the cursor as drafts arrive)."""
        self._by_confidence = on
        if on:
            self._rank = self._ranks()
            self.sort(0, Qt.SortOrder.AscendingOrder)
        else:
            self._rank = []
            self.sort(-1)

    def _ranks(self) -> list[int]:
        model = self.sourceModel()
        if not isinstance(model, ParagraphTableModel):
            return []
        rows = model.paragraphs()
        order = sorted(range(len(rows)), key=lambda row: (sort_key(rows[row]), row))
        rank = [0] * len(rows)
        for place, row in enumerate(order):
            rank[row] = place
        return rank

    def _on_reset(self) -> None:
        if self._by_confidence:  # another project, or the same one read again
            self.set_confidence_order(True)

    def lessThan(self, left: QModelIndex | QPersistentModelIndex,
                 right: QModelIndex | QPersistentModelIndex) -> bool:
        rank = self._rank
        a, b = left.row(), right.row()
        # Rows read after the sort (later pages) follow the sorted ones, in project order.
        return (rank[a] if a < len(rank) else a + len(rank)) < (rank[b] if b < len(rank) else b + len(rank))

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        # Sorted by confidence, neighbours come from anywhere: no band announces a document
        # beginning (document_band draws one where the document changes from the row above).
        if role == DocumentNameRole and self._by_confidence:
            return ""
        return super().data(index, role)

    def filterAcceptsRow(self, source_row: int,
                         source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        if self._statuses == ALL and not self._commented_only and not self._flagged_only:
            return True
        model = self.sourceModel()
        if not isinstance(model, ParagraphTableModel):
            return True
        p = model.paragraph_at(source_row)
        if self._commented_only and not p.comment.strip():
            return False
        if self._flagged_only and p.id not in self._kept and model.confidence_flag(source_row) is None:
            return False
        return p.status in self._statuses
