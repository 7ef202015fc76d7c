"""The commands that act on the grid's rows: move, confirm, mark, (re)translate, filter.

Each one first closes the open editor, so what was typed is saved (queued on the store lane)
before the command acts on the rows; marking names the text the person saw.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction

from workbench.core.model import Status
from workbench.ui.actions import Actions
from workbench.ui.editing import EditController
from workbench.ui.models.paragraph_model import ParagraphTableModel
from workbench.ui.models.status_filter_model import StatusFilterModel
from workbench.ui.translation import TranslationController
from workbench.ui.views.paragraph_view import ParagraphView


class GridCommands(QObject):
    """Connects the row and translation actions to the grid. GUI thread only; writes go
    through EditController and TranslationController.

    `save_comment()` saves what the comment dock holds (see commit_edits).
    """

    def __init__(self, view: ParagraphView, model: ParagraphTableModel, proxy: StatusFilterModel,
                 editing: EditController, translation: TranslationController, actions: Actions,
                 filter_actions: dict[str, QAction], save_comment: Callable[[], None],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.view, self.model, self.proxy = view, model, proxy
        self.editing, self.translation = editing, translation
        self.filter_actions, self._save_comment = filter_actions, save_comment
        a = actions
        a.confirm.triggered.connect(self.confirm_current)
        a.next_row.triggered.connect(lambda: self.move(1))
        a.previous_row.triggered.connect(lambda: self.move(-1))
        a.edit_row.triggered.connect(view.edit_current)
        a.mark_edited.triggered.connect(lambda: self.mark_selected(Status.EDITED))
        a.mark_reviewed.triggered.connect(lambda: self.mark_selected(Status.REVIEWED))
        a.mark_approved.triggered.connect(lambda: self.mark_selected(Status.APPROVED))
        a.retranslate.triggered.connect(self.retranslate_current)
        a.translate_all.triggered.connect(lambda: translation.translate())
        a.translate_untranslated.triggered.connect(
            lambda: translation.translate(only_untranslated=True))
        a.translate_selected.triggered.connect(
            lambda: translation.translate(paragraph_ids=view.selected_paragraph_ids()))
        a.cancel_translation.triggered.connect(translation.cancel)
        for name, action in filter_actions.items():
            action.triggered.connect(lambda checked=False, n=name: self.set_filter(n))

    def commit_edits(self) -> None:
        """Save what the open editor and the comment dock hold (queued on the store lane now,
        so ahead of any project switch or reload asked for after this call)."""
        self.view.target_delegate.commit_and_close()
        self._save_comment()

    def move(self, step: int) -> None:
        self.view.target_delegate.commit_and_close()
        self.view.move(step)

    def confirm_current(self) -> None:
        with self.editing.holding():  # mark the text the user saw, not one that arrived
            self.view.target_delegate.commit_and_close()
        pid = self.view.current_paragraph_id()
        if pid is None or self.editing.show_newer(pid):
            return  # a newer draft arrived while the editor was open: shown, not marked
        self.editing.confirm(pid)
        self.view.move(1)

    def mark_selected(self, status: Status) -> None:
        selected = self.view.selected_paragraph_ids()
        editing = self.view.target_delegate.editing_paragraph_id()
        with self.editing.holding(editing in selected):
            self.view.target_delegate.commit_and_close()
        self.editing.set_status([pid for pid in selected if not self.editing.show_newer(pid)],
                                status)

    def retranslate_current(self) -> None:
        # What was typed becomes a revision first; an edited row's retranslation then replaces
        # it as an undoable edit (TranslationController.retranslate).
        self.view.target_delegate.commit_and_close()
        pid = self.view.current_paragraph_id()
        p = self.model.paragraph(pid) if pid is not None else None
        if p is not None and p.translatable:
            self.translation.retranslate(p)

    def set_filter(self, name: str) -> None:
        self.view.target_delegate.commit_and_close()
        self.proxy.set_filter(name)
        self.filter_actions[name].setChecked(True)
