"""Spelling in the English editor: misspelled words underlined, suggestions on right click.

Threads: the Hunspell dictionaries load once, on the `nlp` lane (qa.spelling.load_speller
caches them; the store lane's QA check shares the same loaded copy); each check of the editor's
text and each list of suggestions is a latest-wins request on that lane, so typing never waits
for them and only the newest answer is shown. The words the project accepts (glossary English,
its ignore list) and its dictionary names are read on the store lane when a project opens and
after a change; "Ignore in this project" is stored there too. With no dictionary installed
nothing is underlined and the menu has no spelling entries.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QAction, QTextCursor
from PySide6.QtWidgets import QMenu

from workbench.core.errors import Cancelled
from workbench.project import qa as project_qa
from workbench.qa.spelling import DEFAULT_DICTIONARIES, accepted_words, load_speller, misspelled
from workbench.ui.models.paragraph_model import ParagraphRole

PAUSE_MS = 400  # typing pauses this long before the paragraph is checked again
SUGGESTIONS = 5


def find_misspelled(text: str, marks, source: str, names: tuple[str, ...], accepted) -> list:
    """nlp lane: (word, start, end) of each misspelled word of the stored target `text`;
    names the English renders from an Arabic word of `source` are not misspellings."""
    from workbench.qa.names import renderings
    from workbench.qa.tags import PlainTarget

    speller = load_speller(names)
    if speller is None:
        return []
    plain = PlainTarget(text)

    def name_spans():
        return plain.spans([en for _k, _a, _w, en in renderings(source, plain.text)])

    return misspelled(text, marks, speller, accepted, name_spans if source else None)


def suggestions(word: str, names: tuple[str, ...]) -> list[str]:
    """nlp lane: Hunspell's suggestions for `word` (none without a dictionary)."""
    speller = load_speller(names)
    return speller.suggest(word, SUGGESTIONS) if speller is not None else []


class SpellingGlue(QObject):
    """Watches the target delegate's open editor (GUI thread). `ignored(word)` after a word was
    added to the project's ignore list; `failed(exc)` for errors the window reports."""

    ignored = Signal(str)
    failed = Signal(object)
    checked = Signal(object)  # the spans just underlined (for tests and the status bar)

    def __init__(self, tasks, session, delegate, parent=None) -> None:
        super().__init__(parent)
        self.tasks, self.session, self.delegate = tasks, session, delegate
        self.names: tuple[str, ...] = DEFAULT_DICTIONARIES
        self.accepted: frozenset[str] = frozenset()
        self._editor = None
        self._timer = QTimer(self, singleShot=True, interval=PAUSE_MS)
        self._timer.timeout.connect(self.check_editor)
        delegate.editor_opened.connect(lambda _pid: self._watch(delegate.editor()))
        session.opened.connect(lambda _snapshot: self.reload_project())
        session.closed.connect(self._forget_project)

    # -- the project's words ----------------------------------------------------------------
    def reload_project(self) -> None:
        """Read the accepted words and dictionary names of the open project (store lane)."""
        if not self.session.is_open:
            return

        def read(project):
            ignored = project_qa.ignored_words(project)
            return project_qa.dictionaries(project), accepted_words(project.glossary_entries(), ignored)

        def loaded(result) -> None:
            self.names, self.accepted = result
            self.check_editor()

        self.session.run(read, success=loaded, failure=self._failed, generation=self.session.generation)

    def _forget_project(self) -> None:
        self.names, self.accepted = DEFAULT_DICTIONARIES, frozenset()

    # -- the editor -------------------------------------------------------------------------
    def _watch(self, editor) -> None:
        self._editor = editor
        if editor is None:
            return
        editor.menu_hook = self._add_menu_entries
        editor.textChanged.connect(self._timer.start)
        self._timer.start(0)  # its text is set just after it opens

    def _live_editor(self):
        editor = self._editor
        if editor is None or not shiboken6.isValid(editor) or editor is not self.delegate.editor():
            return None
        return editor

    def check_editor(self) -> None:
        """Check the open editor's text now (latest wins on the nlp lane)."""
        self._timer.setInterval(PAUSE_MS)
        editor = self._live_editor()
        if editor is None:
            return
        text, marks = editor.toPlainText(), editor.marks
        index = self.delegate.editing_index()
        paragraph = index.data(ParagraphRole) if index is not None and index.isValid() else None
        source = paragraph.source if paragraph is not None else ""
        names, accepted = self.names, self.accepted

        def shown(found) -> None:
            if self._live_editor() is editor and editor.toPlainText() == text:  # else: stale
                spans = [(start, end) for _word, start, end in found]
                editor.set_misspelled(spans)
                self.checked.emit(spans)

        self.tasks.latest("nlp", "spelling-check",
                          lambda ctx: find_misspelled(text, marks, source, names, accepted),
                          success=shown, failure=self._failed)

    # -- the right-click menu -------------------------------------------------------------------
    def _add_menu_entries(self, menu: QMenu, position: int) -> None:
        editor = self._live_editor()
        span = editor.misspelled_at(position) if editor is not None else None
        if span is None:
            return
        word = editor.toPlainText()[span[0]:span[1]]
        first = menu.actions()[0] if menu.actions() else None
        looking = QAction(self.tr("Looking for suggestions…"), menu)
        looking.setEnabled(False)
        ignore = QAction(self.tr("Ignore “{word}” in this project").format(word=word), menu)
        ignore.triggered.connect(lambda: self.ignore_word(word))
        menu.insertAction(first, looking)
        menu.insertSeparator(first)
        menu.insertAction(first, ignore)
        menu.insertSeparator(first)

        def arrived(found: list[str]) -> None:
            if not shiboken6.isValid(menu) or not shiboken6.isValid(looking):
                return  # the menu was closed meanwhile
            if not found:
                looking.setText(self.tr("(no suggestions)"))
                return
            for suggestion in found:
                action = QAction(suggestion, menu)
                font = action.font()
                font.setBold(True)  # as word processors show them: the likely choice stands out
                action.setFont(font)
                action.triggered.connect(lambda _c=False, s=suggestion: self._replace(editor, span, word, s))
                menu.insertAction(looking, action)
            menu.removeAction(looking)
            looking.deleteLater()

        self.tasks.latest("nlp", "spelling-suggest", lambda ctx: suggestions(word, self.names),
                          success=arrived, failure=self._failed)

    def _replace(self, editor, span, word: str, suggestion: str) -> None:
        """Put `suggestion` in place of `word` (one undo step), if the word is still there."""
        if not shiboken6.isValid(editor) or editor.toPlainText()[span[0]:span[1]] != word:
            return
        cursor = QTextCursor(editor.document())
        cursor.setPosition(span[0])
        cursor.setPosition(span[1], QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText(suggestion)
        editor.setTextCursor(cursor)

    def ignore_word(self, word: str) -> None:
        """Store `word` in the project's ignore list (store lane); it is accepted from then on."""
        if not self.session.is_open:
            return

        def stored(_words) -> None:
            self.accepted = self.accepted | {word.casefold()}
            self.check_editor()
            self.ignored.emit(word)

        self.session.run(lambda p: project_qa.ignore_word(p, word), success=stored, failure=self._failed,
                         generation=self.session.generation)

    def _failed(self, exc) -> None:
        if not isinstance(exc, Cancelled):
            self.failed.emit(exc)
