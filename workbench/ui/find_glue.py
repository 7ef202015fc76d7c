"""The Find dialog joined to the FindController and to the grid's mark on the current hit."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox, QWidget

from workbench.project import search
from workbench.ui.dialogs.ask_dialogs import confirm_replace_all, counts_text
from workbench.ui.dialogs.find_dialog import FindDialog
from workbench.ui.finding import FindController, Query
from workbench.ui.views.paragraph_view import ParagraphView


class FindGlue(QObject):
    """The Find dialog of one window (made on first use, modeless) and the mark on the hit in
    the grid. GUI thread only. `find_action` opens the dialog; `dialog_parent` owns it;
    `lock_reviewed()` reads the preference that keeps reviewed paragraphs out of Replace all.

    The mark goes when the dialog closes. Replace all first says what it will change, by
    status, and what it leaves locked, and asks (`confirm_box` is that question, for tests).
    Its strings keep the "MainWindow" context they were first translated under.
    """

    def __init__(self, finder: FindController, view: ParagraphView, find_action: QAction,
                 dialog_parent: QWidget, parent: QObject | None = None, *,
                 lock_reviewed: Callable[[], bool] = lambda: True) -> None:
        super().__init__(parent)
        self.finder, self.view, self._dialog_parent = finder, view, dialog_parent
        self._lock_reviewed = lock_reviewed
        self.dialog: FindDialog | None = None
        self.confirm_box: QMessageBox | None = None
        self._forward = True  # the direction of the last find, for the wrap message
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
            dialog.closed.connect(self._on_closed)
            self.finder.not_found.connect(lambda: dialog.show_result(
                QCoreApplication.translate("MainWindow", "Not found")))
            self.finder.found.connect(lambda m: dialog.show_result(self._where()))
            self.dialog = dialog
        self.dialog.include_locked.setChecked(False)
        self.dialog.set_reviewed_locked(self._lock_reviewed())
        self.dialog.show()
        self.dialog.raise_()
        self.dialog.query.setFocus()

    def _where(self) -> str:
        n, m = self.finder.position
        text = QCoreApplication.translate("MainWindow", "{n} of {m}").format(n=n, m=m)
        if self.finder.wrapped and self._forward:
            text += " · " + QCoreApplication.translate(
                "MainWindow", "passed the end, continued from the top")
        elif self.finder.wrapped:
            text += " · " + QCoreApplication.translate(
                "MainWindow", "passed the start, continued from the bottom")
        return text

    def _highlight(self, match: search.Match | None) -> None:
        source, target = self.view.source_delegate, self.view.target_delegate
        source.set_highlight(None)
        target.set_highlight(None)
        if match is not None:
            delegate = source if match.field == "source" else target
            delegate.set_highlight(match.paragraph_id, match.start, match.end)
        self.view.viewport().update()

    def _on_closed(self) -> None:
        # A mark left behind would look like a selection the next keystroke acts on.
        self.finder.current = None
        self._highlight(None)

    def _query(self) -> Query:
        d = self.dialog
        return Query(d.query.text(), d.in_source.isChecked(), d.in_target.isChecked(),
                     d.match_case.isChecked())

    def _find(self, forward: bool) -> None:
        self._forward = forward
        self.view.target_delegate.commit_and_close()
        self.finder.find(self._query(), forward)

    def _replace_all(self) -> None:
        d = self.dialog
        query, replacement = self._query(), d.replacement.text()
        if not query.text:
            return
        self.view.target_delegate.commit_and_close()  # the typing is saved, then counted
        locked = search.locked_statuses(lock_reviewed=self._lock_reviewed(),
                                        include_locked=d.include_locked.isChecked())
        plan = self.finder.plan_replace_all(query, replacement, locked)
        if not plan.changes:
            d.show_result(QCoreApplication.translate("MainWindow", "Not found") if not plan.locked
                          else QCoreApplication.translate(
                              "MainWindow", "Nothing replaced: the paragraphs with hits are "
                                            "locked ({counts})").format(
                              counts=counts_text(plan.locked)))
            return
        box = confirm_replace_all(d, query.text, replacement, plan.changed, plan.locked)
        box.finished.connect(lambda *_: self._answered(box, query, replacement, locked, plan))
        self.confirm_box = box
        box.open()

    def _answered(self, box: QMessageBox, query: Query, replacement: str, locked: frozenset,
                  asked: search.ReplacePlan) -> None:
        box.deleteLater()
        if box.clickedButton() is not box.replace_button:
            self.dialog.show_result(QCoreApplication.translate("MainWindow", "Nothing replaced"))
            return
        # Planned again from the rows as they are now: the grid stays usable while the question
        # is open, and a text typed (or a status set) meanwhile must not be replaced by one
        # computed from the older text. Only paragraphs the person was told about change.
        told = {pid for pid, _ in asked.changes}
        plan = self.finder.plan_replace_all(query, replacement, locked)
        plan.changes = [(pid, text) for pid, text in plan.changes if pid in told]
        count = self.finder.replace_all(query, plan)
        text = QCoreApplication.translate("MainWindow", "Replaced in {count} paragraphs").format(
            count=count)
        if plan.locked:
            text += " · " + QCoreApplication.translate(
                "MainWindow", "{count} locked paragraphs left as they were").format(
                count=sum(plan.locked.values()))
        self.dialog.show_result(text)
