"""The commands that act on the grid's rows: move, confirm, mark, (re)translate, filter.

Each one first closes the open editor, so what was typed is saved (queued on the store lane)
before the command acts on the rows; marking names the text the person saw. Escape's abandoned
typing becomes an undo step, and retranslating a paragraph a person wrote or checked asks
before the draft replaces it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox

from workbench.core.model import Paragraph, Status
from workbench.ui.actions import Actions
from workbench.ui.dialogs.ask_dialogs import ask_retranslate
from workbench.ui.editing import EditController
from workbench.ui.models.paragraph_model import ParagraphTableModel
from workbench.ui.models.status_filter_model import StatusFilterModel
from workbench.ui.translation import TranslationController
from workbench.ui.undo_commands import DiscardTypingCommand
from workbench.ui.views.paragraph_view import ParagraphView


class GridCommands(QObject):
    """Connects the row and translation actions to the grid. GUI thread only; writes go
    through EditController and TranslationController.

    `save_comment()` saves what the comment dock holds (see commit_edits). `message(text)` is
    for the status bar; `question` is the retranslation question on screen, if any (tests).
    """

    message = Signal(str)

    def __init__(self, view: ParagraphView, model: ParagraphTableModel, proxy: StatusFilterModel,
                 editing: EditController, translation: TranslationController, actions: Actions,
                 filter_actions: dict[str, QAction], save_comment: Callable[[], None],
                 memory: Callable[[], tuple[bool, int]] = lambda: (False, 100),
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.view, self.model, self.proxy = view, model, proxy
        self.editing, self.translation = editing, translation
        self.filter_actions, self._save_comment = filter_actions, save_comment
        self._memory = memory  # (fill from the memory first?, from which percent)
        self.question: QMessageBox | None = None
        view.target_delegate.typing_abandoned.connect(self._keep_typing)
        translation.draft_for_person.connect(self._ask_replace)
        translation.draft_identical.connect(self._say_identical)
        a = actions
        a.confirm.triggered.connect(self.confirm_current)
        a.next_row.triggered.connect(lambda: self.move(1))
        a.previous_row.triggered.connect(lambda: self.move(-1))
        a.edit_row.triggered.connect(view.edit_current)
        a.mark_edited.triggered.connect(lambda: self.mark_selected(Status.EDITED))
        a.mark_reviewed.triggered.connect(lambda: self.mark_selected(Status.REVIEWED))
        a.mark_approved.triggered.connect(lambda: self.mark_selected(Status.APPROVED))
        a.retranslate.triggered.connect(self.retranslate_current)
        a.translate_all.triggered.connect(lambda: self.translate())
        a.translate_untranslated.triggered.connect(lambda: self.translate(only_untranslated=True))
        a.translate_selected.triggered.connect(
            lambda: self.translate(paragraph_ids=view.selected_paragraph_ids()))
        a.pretranslate.triggered.connect(self.fill_from_memory)
        a.cancel_translation.triggered.connect(translation.cancel)
        for name, action in filter_actions.items():
            action.triggered.connect(lambda checked=False, n=name: self.set_filter(n))

    def translate(self, **options) -> bool:
        """A batch: the memory's drafts first when the preference says so, then the engine's."""
        first, threshold = self._memory()
        return self.translation.translate(memory_threshold=threshold if first else None, **options)

    def fill_from_memory(self) -> bool:
        """Memory drafts only (the menu's command, and after an import when preferred)."""
        return self.translation.translate(memory_threshold=self._memory()[1], machine=False)

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

    def _keep_typing(self, paragraph_id: int, text: str) -> None:
        p = self.model.paragraph(paragraph_id)
        if p is None:
            return
        row = str(p.position + 1)
        self.editing.undo_stack.push(DiscardTypingCommand(self.editing, paragraph_id, text, row))
        self.message.emit(self.tr("Your typing in paragraph {row} was not saved: Undo (Ctrl+Z) "
                                  "brings it back.").format(row=row))

    def retranslate_current(self) -> None:
        # What was typed becomes a revision first; a draft row then gets the new draft, and a
        # row a person wrote or checked gets the question (_ask_replace) when the draft is back.
        self.view.target_delegate.commit_and_close()
        pid = self.view.current_paragraph_id()
        p = self.model.paragraph(pid) if pid is not None else None
        if p is not None and p.translatable:
            self.translation.retranslate(p)

    def _say_identical(self, paragraph_id: int) -> None:
        p = self.model.paragraph(paragraph_id)
        self.message.emit(self.tr("The new draft of paragraph {row} is identical to its text: "
                                  "nothing changed.").format(row=p.position + 1 if p else "?"))

    def _ask_replace(self, paragraph: Paragraph, draft: str) -> None:
        """Replace a person's text with a fresh draft only if they say so. The question is
        window-modal and does not stop the event loop; replacing is one undo step and the old
        text stays a revision. A declined draft is in the history all the same: it was kept
        beside the person's text as it arrived (pipeline.apply_retranslation)."""
        box = ask_retranslate(self.view.window(), paragraph.position + 1, paragraph.status,
                              paragraph.target, draft)
        box.finished.connect(lambda *_: self._answered(box, paragraph, draft))
        self.question = box
        box.open()

    def _answered(self, box: QMessageBox, asked: Paragraph, draft: str) -> None:
        box.deleteLater()
        self.question = None
        row = asked.position + 1
        if box.clickedButton() is not box.replace_button:
            self.message.emit(self.tr("Paragraph {row} keeps your text.").format(row=row))
            return
        now = self.model.paragraph(asked.id)
        if now is None or now.target != asked.target:
            # Its text changed while the question was open: the answer was about another text.
            self.message.emit(self.tr("Paragraph {row} was not replaced: its text changed "
                                      "meanwhile.").format(row=row))
            return
        self.editing.replace_targets([(asked.id, draft)], self.tr("Retranslate paragraph"),
                                     Status.MACHINE)

    def set_filter(self, name: str) -> None:
        self.view.target_delegate.commit_and_close()
        self.proxy.set_filter(name)
        self.filter_actions[name].setChecked(True)
