"""The translation memory in the window: the matches of the current paragraph, Ctrl+1..Ctrl+5 to
insert one, and the concordance dialog.

Look-ups open the memory file, so they run on the store lane (through the session); their
answers come back to the GUI thread, where only the answer for the paragraph still current is
shown (latest wins). An inserted match is an ordinary edit through the EditController: one undo
step, the previous text kept in the paragraph's history. A person's text (edited, reviewed,
approved) that differs is replaced only after asking.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from workbench.core.model import Origin, Status
from workbench.ui.dialogs.concordance_dialog import ConcordanceDialog
from workbench.ui.labels import status_label
from workbench.ui.panels.matches_model import match_rows
from workbench.ui.panels.matches_panel import MatchesPanel

PERSON = (Status.EDITED, Status.REVIEWED, Status.APPROVED)


def _langs(project) -> dict[str, str]:
    return {"source_lang": project.setting("source_lang", "ar") or "ar",
            "target_lang": project.setting("target_lang", "en") or "en"}


def _lookup(project, text: str):
    from workbench.project import memory

    return memory.lookup(text, project=memory.project_id(project), **_langs(project))


def _concordance(phrase: str, langs: dict[str, str]):
    from workbench.memory.store import MemoryStore, memory_path

    with MemoryStore.open(memory_path(langs["source_lang"], langs["target_lang"])) as store:
        return store.concordance(phrase)


class MemoryGlue(QObject):
    """Wires the matches panel, the insert actions and the concordance action. GUI thread only.
    `commit()` saves an open editor first; the concordance starts from the text selected in the
    focused widget, else from `clicked_word()` (the word last clicked in the grid)."""

    def __init__(self, session, tasks, model, view, editing, panel: MatchesPanel,
                 insert_actions: list[QAction], concordance_action: QAction, commit: Callable,
                 dialog_parent: QWidget, arabic_font=None,
                 clicked_word: Callable[[], str] = lambda: "", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session, self.tasks, self.model, self.view = session, tasks, model, view
        self.editing, self.panel, self._commit = editing, panel, commit
        self._parent, self._font, self._clicked_word = dialog_parent, arabic_font, clicked_word
        self._asked = 0
        self.matches: list = []
        self.question: QMessageBox | None = None
        self.concordance_dialog: ConcordanceDialog | None = None
        for number, action in enumerate(insert_actions, 1):
            action.triggered.connect(lambda _checked=False, n=number: self.insert(n))
        concordance_action.triggered.connect(self.show_concordance)
        view.current_paragraph_changed.connect(self.look_up)

    # -- matches ------------------------------------------------------------------------
    def look_up(self, paragraph_id: int) -> None:
        self._asked += 1
        asked, self.matches = self._asked, []
        p = self.model.paragraph(paragraph_id) if paragraph_id >= 0 else None
        if p is None or not p.translatable or not p.source.strip() or not self.session.is_open:
            self.panel.show_nothing()
            return
        self.panel.show_looking(p.id)
        source = p.source
        self.session.run(lambda project: _lookup(project, source),
                         success=lambda found: self._show(asked, p.id, source, found),
                         failure=lambda exc: self._failed(asked, exc))

    def _show(self, asked: int, paragraph_id: int, source: str, found) -> None:
        if asked != self._asked:
            return  # the user has moved on: this answer is for a paragraph left behind
        self.matches = list(found)
        self.panel.show_rows(paragraph_id, match_rows(self.matches, source))

    def _failed(self, asked: int, exc: BaseException) -> None:
        if asked == self._asked:
            self.panel.show_failure(getattr(exc, "message", None) or str(exc))

    def insert(self, number: int) -> None:
        """Put match `number` (1-based) into the current paragraph as the person's edit."""
        pid = self.view.current_paragraph_id()
        if pid is None or pid != self.panel.paragraph_id or number > len(self.matches):
            return
        self._commit()  # what is typed is saved first, and is then "the current text"
        p, target = self.model.paragraph(pid), self.matches[number - 1].target
        if p is None or p.target == target or self.model.read_only:
            return
        if p.status in PERSON and p.target.strip():
            self.question = box = self._ask(p, number, target)
            box.buttonClicked.connect(
                lambda button: button is box.replace_button and self.editing.edit(pid, target, origin=Origin.MEMORY))
            box.open()
            return
        self.editing.edit(pid, target, origin=Origin.MEMORY)

    def _ask(self, p, number: int, target: str) -> QMessageBox:
        row = p.position + 1
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Insert match {n}").format(n=number),
                          self.tr("Paragraph {row} is {status}: a person wrote or checked it. "
                                  "Replace it with match {n}?").format(
                              row=row, status=status_label(p.status), n=number),
                          QMessageBox.StandardButton.NoButton, self._parent)
        box.setInformativeText(self.tr("Your text:\n{current}\n\nMatch {n}:\n{match}\n\nReplacing "
                                       "is one undo step, and your text stays in the paragraph's "
                                       "history.").format(current=p.target[:400], n=number,
                                                          match=target[:400]))
        box.replace_button = box.addButton(self.tr("Replace with the match"),
                                           QMessageBox.ButtonRole.AcceptRole)
        box.keep_button = box.addButton(self.tr("Keep my text"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(box.keep_button)  # Enter out of habit keeps the person's words
        box.setEscapeButton(box.keep_button)
        return box

    # -- concordance ----------------------------------------------------------------------
    def show_concordance(self) -> ConcordanceDialog:
        if self.concordance_dialog is None:
            self.concordance_dialog = ConcordanceDialog(self._search, self._font, self._parent)
        dialog = self.concordance_dialog
        dialog.show()
        dialog.raise_()
        selected = _selected_text() or self._clicked_word()
        if selected:
            dialog.search(selected)
        else:
            dialog.phrase.setFocus()
        return dialog

    def _search(self, phrase: str, done: Callable) -> None:
        fail = lambda exc: done(None, getattr(exc, "message", None) or str(exc))  # noqa: E731
        if self.session.is_open:
            self.session.run(lambda project: _concordance(phrase, _langs(project)),
                             success=done, failure=fail)
        else:
            langs = {"source_lang": "ar", "target_lang": "en"}
            self.tasks.run("store", lambda ctx: _concordance(phrase, langs), success=done,
                           failure=fail)


def _selected_text() -> str:
    """The text selected in the widget with the keyboard (an editor, a label), if any."""
    widget = QApplication.focusWidget()
    if widget is None:
        return ""
    if hasattr(widget, "textCursor"):
        return widget.textCursor().selectedText().replace("\u2029", " ").strip()
    if hasattr(widget, "selectedText"):
        return str(widget.selectedText()).strip()
    return ""
