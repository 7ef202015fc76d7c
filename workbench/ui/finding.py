"""Find and replace over the grid, using core.search on the in-memory rows.

Find next walks the visible rows (the status filter applies) from the cursor and stops at the
first hit, so it stays instant at 15,000 rows. Replace changes the English target only, as
ordinary undoable edits saved through the store lane. FindGlue joins the Find dialog and the
grid's highlight to the FindController.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from workbench.project import search
from workbench.core.model import Paragraph
from workbench.ui.dialogs.find_dialog import FindDialog
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


class FindGlue(QObject):
    """The Find dialog of one window (made on first use, modeless) and the mark on the hit in
    the grid. GUI thread only. `find_action` opens the dialog; `dialog_parent` owns it.

    Its strings keep the "MainWindow" context they were first translated under.
    """

    def __init__(self, finder: FindController, view: ParagraphView, find_action: QAction,
                 dialog_parent: QWidget, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.finder, self.view, self._dialog_parent = finder, view, dialog_parent
        self.dialog: FindDialog | None = None
        finder.found.connect(self._highlight)
        finder.not_found.connect(lambda: self._highlight(None))
        find_action.triggered.connect(self.show)

    def show(self) -> None:
        if self.dialog is None:
            dialog = FindDialog(self._dialog_parent)
            dialog.find_requested.connect(lambda forward: self._find(forward))
            dialog.replace_requested.connect(
                lambda: self.finder.replace_current(self._query(), dialog.replacement.text()))
            dialog.replace_all_requested.connect(self._replace_all)
            self.finder.not_found.connect(lambda: dialog.show_result(
                QCoreApplication.translate("MainWindow", "Not found")))
            self.finder.found.connect(lambda m: dialog.show_result(""))
            self.dialog = dialog
        self.dialog.show()
        self.dialog.raise_()
        self.dialog.query.setFocus()

    def _highlight(self, match: search.Match | None) -> None:
        source, target = self.view.source_delegate, self.view.target_delegate
        source.set_highlight(None)
        target.set_highlight(None)
        if match is not None:
            delegate = source if match.field == "source" else target
            delegate.set_highlight(match.paragraph_id, match.start, match.end)
        self.view.viewport().update()

    def _query(self) -> Query:
        d = self.dialog
        return Query(d.query.text(), d.in_source.isChecked(), d.in_target.isChecked(),
                     d.match_case.isChecked())

    def _find(self, forward: bool) -> None:
        self.view.target_delegate.commit_and_close()
        self.finder.find(self._query(), forward)

    def _replace_all(self) -> None:
        count = self.finder.replace_all(self._query(), self.dialog.replacement.text())
        self.dialog.show_result(QCoreApplication.translate(
            "MainWindow", "Replaced in {count} paragraphs").format(count=count))
