"""Status filter over the paragraph grid: "only untranslated", "hide approved", "only
commented", ...

Filtering reads the source model's Paragraph list (no I/O). It is not dynamic: a row whose
status changes stays visible until the filter is chosen again, so a paragraph never vanishes
from under the translator's cursor the moment it is confirmed.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel

from workbench.core.model import DRAFT_STATUSES, Status
from workbench.ui.models.paragraph_model import ParagraphTableModel

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
}
# Filters that ask for a comment besides a status.
COMMENTED_ONLY = frozenset({"commented"})


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
    }
    return labels[name]


class StatusFilterModel(QSortFilterProxyModel):
    """Shows the rows whose status is in the chosen set. GUI thread only."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._statuses = ALL
        self._name = "all"
        self._commented_only = False
        self.setDynamicSortFilter(False)

    @property
    def filter_name(self) -> str:
        return self._name

    def set_filter(self, name: str) -> None:
        """Choose one of FILTERS by name (re-applies it even when unchanged)."""
        self._name = name
        self.set_statuses(FILTERS[name], commented_only=name in COMMENTED_ONLY)

    def set_statuses(self, statuses, *, commented_only: bool = False) -> None:
        self.beginFilterChange()
        self._statuses = frozenset(statuses)
        self._commented_only = commented_only
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def statuses(self) -> frozenset[Status]:
        return self._statuses

    def filterAcceptsRow(self, source_row: int,
                         source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        if self._statuses == ALL and not self._commented_only:
            return True
        model = self.sourceModel()
        if not isinstance(model, ParagraphTableModel):
            return True
        p = model.paragraph_at(source_row)
        if self._commented_only and not p.comment.strip():
            return False
        return p.status in self._statuses
