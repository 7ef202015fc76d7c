"""Find and replace over the grid, using core.search on the in-memory rows.

Find next walks the visible rows (the status filter applies) from the cursor and stops at the
first hit, so it stays instant at 15,000 rows. Replace changes the English target only, as
ordinary undoable edits saved through the store lane.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

from workbench.project import search
from workbench.core.model import Paragraph
from workbench.ui.editing import EditController
from workbench.ui.models.paragraph_model import ParagraphRole
from workbench.ui.views.paragraph_view import ParagraphView


@dataclass(frozen=True)
class Query:
    text: str
    in_source: bool = True
    in_target: bool = True
    case_sensitive: bool = False


class FindController(QObject):
    """GUI thread only. `found(match)` with a core.search.Match, `not_found()`."""

    found = Signal(object)
    not_found = Signal()

    def __init__(self, view: ParagraphView, editing: EditController, parent=None) -> None:
        super().__init__(parent)
        self.view = view
        self.editing = editing
        self.current: search.Match | None = None

    def _hits(self, p: Paragraph, query: Query) -> list[search.Match]:
        return search.search([p], query.text, in_source=query.in_source,
                             in_target=query.in_target, case_sensitive=query.case_sensitive)

    def find(self, query: Query, forward: bool = True) -> search.Match | None:
        """Move to the next (or previous) hit after the current one, wrapping around."""
        model = self.view.model()
        rows = model.rowCount()
        if not query.text or rows == 0:
            return None
        start = max(self.view.currentIndex().row(), 0)
        order = ([(start + i) % rows for i in range(rows + 1)] if forward
                 else [(start - i) % rows for i in range(rows + 1)])
        for step, row in enumerate(order):
            p: Paragraph = model.index(row, 0).data(ParagraphRole)
            hits = self._hits(p, query)
            if not forward:
                hits.reverse()
            if step == 0 and self.current is not None and self.current.paragraph_id == p.id:
                hits = [h for h in hits if self._after(h, self.current, forward)]
            if hits:
                self.current = hits[0]
                self.view.go_to_row(row)
                self.found.emit(self.current)
                return self.current
        self.current = None
        self.not_found.emit()
        return None

    @staticmethod
    def _after(hit: search.Match, current: search.Match, forward: bool) -> bool:
        order = {search.SOURCE: 0, search.TARGET: 1}
        a = (order[hit.field], hit.start)
        b = (order[current.field], current.start)
        return a > b if forward else a < b

    def replace_current(self, query: Query, replacement: str) -> bool:
        """Replace the current hit if it is in a target, then find the next one."""
        hit = self.current
        if hit is None or hit.field != search.TARGET:
            self.find(query)
            return False
        p = self.editing.model.paragraph(hit.paragraph_id)
        if p is None or p.target[hit.start:hit.end] == "":
            return False
        self.editing.edit(p.id, search.replace_at(p.target, hit.start, hit.end, replacement))
        self.current = search.Match(hit.paragraph_id, hit.field, hit.start,
                                    hit.start + len(replacement))
        self.find(query)
        return True

    def replace_all(self, query: Query, replacement: str) -> int:
        """Replace every hit in every target (one undo step). Returns paragraphs changed."""
        plan = search.plan_replace_all(self.editing.model.paragraphs(), query.text, replacement,
                                       case_sensitive=query.case_sensitive)
        self.editing.replace_targets(plan, self.tr("Replace all “{text}”").format(text=query.text))
        self.current = None
        return len(plan)
