"""The reading aids docked into the main window, wired to its project session.

One object adds the word, glossary and quality docks to a QMainWindow and connects them: a click
on an Arabic word analyzes it (nlp lane), glossary changes go through Project on the store
lane and come back as the stored glossary, the quality checks (ui/qa_glue.py: every QA kind,
terminology included) run on the store lane after opening, after glossary changes and after
paragraphs change; the English editor's spelling underline is installed here too
(ui/spelling_glue.py).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import QApplication, QDockWidget, QLineEdit, QMessageBox, QPlainTextEdit, QTextEdit

from workbench.core.errors import Cancelled, GlossaryError
from workbench.ui.delegates.text_delegate import left_to_right
from workbench.ui.models.paragraph_model import ParagraphIdRole, ProblemRole
from workbench.ui.panels import glossary_model, issues_model
from workbench.ui.panels.glossary_panel import GlossaryPanel
from workbench.ui.panels.issues_panel import IssuesPanel
from workbench.ui.panels.source_pointer import SourcePointer
from workbench.ui.panels.term_dialog import glossary_error_text
from workbench.ui.panels.term_highlighter import TermHighlighter
from workbench.arabic.chars import is_word_char
from workbench.ui.panels.word_panel import WordPanel
from workbench.ui.qa_glue import QualityChecks
from workbench.ui.session import ProjectChanged
from workbench.ui.spelling_glue import SpellingGlue

CHECK_DELAY_MS = 800  # paragraphs changing in a burst (a batch of drafts) are checked together


class ReadingDocks(QObject):
    """Owns the three docks of a main window. GUI thread only; talks to the project only through
    `session.run` (store lane) and analyzes on the `nlp` lane of `tasks`.

    `highlighter_changed(TermHighlighter)` after the glossary was (re)loaded, `glossary_changed()`
    after a stored change (the window may re-apply the glossary to machine drafts), `failed(exc)`
    for errors that are not glossary refusals (those are explained here).
    """

    highlighter_changed = Signal(object)
    glossary_changed = Signal()
    failed = Signal(object)

    def __init__(self, window, tasks, session, view, model, proxy, arabic_font: QFont | None = None,
                 *, translation, editing):
        super().__init__(window)
        self.window, self.session, self.view, self.model, self.proxy = window, session, view, model, proxy
        self.translation = translation  # TranslationController: retranslations, glossary re-apply
        self.editing = editing  # EditController: rewritten drafts shown without clobbering typing
        self.word_panel = WordPanel(tasks, arabic_font)
        self.glossary_panel = GlossaryPanel(arabic_font)
        self.issues_panel = IssuesPanel(arabic_font)
        self.word_dock = self._dock(self.tr("Word"), "wordDock", self.word_panel)
        self.glossary_dock = self._dock(self.tr("Glossary"), "glossaryDock", self.glossary_panel)
        self.issues_dock = self._dock(self.tr("Quality"), "issuesDock", self.issues_panel)
        window.tabifyDockWidget(self.glossary_dock, self.issues_dock)
        self.glossary_dock.raise_()
        # English cells read left to right in the Arabic interface too.
        left_to_right(self.glossary_panel.table, glossary_model.ENGLISH)
        left_to_right(self.issues_panel.table, issues_model.ENGLISH)
        self.pointer = SourcePointer(view, self)
        self.highlighter = TermHighlighter(None)
        self.last_word, self.last_word_paragraph = "", None  # clicked word and its paragraph
        self.message_box: QMessageBox | None = None
        self._changed_ids: set[int] = set()
        self._check_everything = False
        self._check_timer = QTimer(self, singleShot=True, interval=CHECK_DELAY_MS)
        self._check_timer.timeout.connect(self._check_changed)
        self.quality = QualityChecks(window, session, self.issues_panel, model, self.go_to_number, self)
        self.spelling = SpellingGlue(tasks, session, view.target_delegate, self)
        self.quality.failed.connect(self.failed)
        self.spelling.failed.connect(self.failed)
        self.spelling.ignored.connect(lambda _word: self.check_all())
        self.highlighter_changed.connect(lambda _h: self.spelling.reload_project())  # glossary words
        export_qa = getattr(getattr(window, "actions", None), "export_qa", None)
        if export_qa is not None:  # Project > Export QA report… (ui/actions.py)
            export_qa.triggered.connect(self.quality.export_dialog)
            export_qa.setEnabled(session.is_open)
            session.opened.connect(lambda _s: export_qa.setEnabled(True))
            session.closed.connect(lambda: export_qa.setEnabled(False))
        self.add_term_action = QAction(self.tr("Add &glossary term…"), window)
        self.add_term_action.setShortcut(QKeySequence("Ctrl+Shift+K"))
        self.add_term_action.triggered.connect(self.add_term_from_selection)
        window.addAction(self.add_term_action)
        self._connect()

    def _dock(self, title: str, name: str, widget) -> QDockWidget:
        dock = QDockWidget(title, self.window)
        dock.setObjectName(name)  # saveState/restoreState find it by name
        dock.setWidget(widget)
        self.window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        return dock

    def _connect(self) -> None:
        self.pointer.word_clicked.connect(self._on_word)
        self.pointer.word_hovered.connect(self._on_word)
        self.word_panel.add_term_requested.connect(self._add_lemma)
        self.glossary_panel.entry_added.connect(self._store_added)
        self.glossary_panel.entry_changed.connect(lambda e: self._store(lambda p: p.update_term(e)))
        self.glossary_panel.entry_deleted.connect(lambda e: self._store(lambda p: p.delete_term(e)))
        self.issues_panel.paragraph_activated.connect(self.go_to_paragraph)
        self.session.opened.connect(lambda snapshot: self.reload_glossary())
        self.session.closed.connect(self._on_closed)
        self.model.dataChanged.connect(self._on_rows_changed)
        self.model.modelReset.connect(self._on_reset)  # an import replaced the rows
        self.translation.finished.connect(lambda *_: self._check_timer.start())

    def set_arabic_font(self, font: QFont) -> None:
        for panel in (self.word_panel, self.glossary_panel, self.issues_panel):
            panel.set_arabic_font(font)

    def toggle_actions(self) -> list[QAction]:
        """Show/hide actions of the docks, for the View menu."""
        return [d.toggleViewAction() for d in (self.word_dock, self.glossary_dock, self.issues_dock)]

    # -- words --------------------------------------------------------------------------
    def _on_word(self, paragraph_id: int, start: int, end: int, word: str, text: str) -> None:
        self.last_word, self.last_word_paragraph = word, paragraph_id
        if self.word_dock.isVisible():  # a closed panel means: do not load the dictionary
            self.word_panel.show_word(word, text, start)

    def _add_lemma(self, arabic: str, english: str) -> None:
        self.glossary_dock.show()
        self.glossary_dock.raise_()
        self.glossary_panel.add_lemma(arabic, english)

    def add_term_from_selection(self) -> None:
        """The shortcut: from the CURRENT paragraph only. Arabic from a selection holding Arabic,
        else the word last clicked in that paragraph; English from a selection of English text.
        A selection counts when it is in the paragraph: the grid's open editor, or the reading
        layout's block of that paragraph. Otherwise the dialog opens empty: a word clicked in
        another paragraph earlier would make a term the user did not ask for."""
        current = self.view.current_paragraph_id()
        widget = QApplication.focusWidget()
        row = self.model.row_of(current) if current is not None else None
        in_current = widget is not None and widget is self.view.target_delegate.editor()
        if not in_current and row is not None and widget is not None and widget.objectName() in (
                "readingArabic", "readingEnglish"):  # a reading column: block i is row i
            cursor = widget.textCursor()
            doc = widget.document()
            in_current = (doc.findBlock(cursor.selectionStart()).blockNumber()
                          == doc.findBlock(cursor.selectionEnd()).blockNumber() == row)
        selected = _selected_text(widget) if in_current else ""
        arabic_selected = any(is_word_char(c) and c.isalpha() for c in selected)
        mine = current is not None and self.last_word_paragraph == current
        arabic = selected if arabic_selected else (self.last_word if mine else "")
        english = "" if arabic_selected else selected
        self.glossary_dock.show()
        self.glossary_dock.raise_()
        self.glossary_panel.add_term(arabic, english)

    # -- glossary -----------------------------------------------------------------------
    def reload_glossary(self) -> None:
        if not self.session.is_open:
            return

        generation = self.session.generation

        def loaded(result) -> None:
            entries, glossary = result
            self.translation.use_glossary(generation, glossary)  # retranslations use it now
            self.glossary_panel.set_entries(entries)
            self.highlighter = TermHighlighter.from_glossary(glossary)
            self.pointer.highlighter = self.highlighter
            self.highlighter_changed.emit(self.highlighter)
            self.check_all()

        self.session.run(lambda p: (p.glossary_entries(), p.glossary()), success=loaded,
                          failure=self._failed)

    def _store_added(self, e) -> None:
        self._store(lambda p: p.add_term(e.arabic, e.english, note=e.note, forbidden=e.forbidden,
                                         mode=e.mode, scope=e.scope))

    def _store(self, change) -> None:
        if not self.session.is_open:
            return  # the glossaries are reached through a project (the panel is empty then)

        # The change and its re-apply are for the project the panel shows: if another one is
        # open by their turn on the store lane, they are skipped (ProjectChanged).
        generation = self.session.generation

        def redrafted(paragraphs) -> None:
            if generation != self.session.generation:
                return
            self.editing.offer(paragraphs)  # never clobber an open editor
            self.reload_glossary()
            self.glossary_changed.emit()

        def reapply(_) -> None:
            # The command line's re-apply (project.pipeline), on the lanes: the engine the
            # window translates with is asked how it renders the terms. Made for this project
            # only: another one opened meanwhile cancels it (TranslationController).
            self.translation.reapply_glossary(generation, redrafted, self._failed)

        self.session.run(change, success=reapply, failure=self._change_failed,
                         generation=generation)

    def _change_failed(self, exc: BaseException) -> None:
        if isinstance(exc, ProjectChanged):  # the user must know the term was not stored
            box = QMessageBox(QMessageBox.Icon.Information, self.tr("Glossary"), self.tr(
                "The glossary change was not stored: another project was opened before it "
                "could be saved."), QMessageBox.StandardButton.Ok, self.window)
            box.open()
            self.message_box = box
            return
        self._failed(exc)

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, Cancelled):
            return  # skipped: its project was closed
        if not isinstance(exc, GlossaryError):
            self.failed.emit(exc)
            return
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Glossary"), glossary_error_text(exc),
                          QMessageBox.StandardButton.Ok, self.window)
        box.open()
        self.message_box = box

    def _on_closed(self) -> None:
        self.glossary_panel.set_entries([])
        self.quality.clear()
        self.highlighter = TermHighlighter(None)
        self.pointer.highlighter = None
        self.highlighter_changed.emit(self.highlighter)

    # -- quality checks -----------------------------------------------------------------
    def check_all(self) -> None:
        self._changed_ids.clear()
        self.quality.check_all()

    def _on_rows_changed(self, top, bottom, roles=()) -> None:
        if list(roles) == [ProblemRole] or not self.session.is_open:
            return  # problem marks changing is the check's own output, not an edit
        for row in range(top.row(), bottom.row() + 1):
            self._changed_ids.add(self.model.index(row, 0).data(ParagraphIdRole))
        self._check_timer.start()

    def _on_reset(self) -> None:
        if self.session.is_open:
            self._check_everything = True
            self._check_timer.start()

    def _check_changed(self) -> None:
        # Consistency, names and the length distribution are project-wide: a change is
        # checked with the whole project (one check at a time, qa_glue). A running batch
        # writes drafts on the same store lane: its end is checked once (finished).
        if getattr(self.translation, "running", False):
            return
        changed, self._changed_ids = self._changed_ids or self._check_everything, set()
        self._check_everything = False
        if changed:
            self.check_all()

    def go_to_number(self, number: int) -> None:
        """Go to the paragraph the grid numbers `number` (1-based, as the QA findings do)."""
        if 1 <= number <= self.model.rowCount():
            self.go_to_paragraph(self.model.index(number - 1, 0).data(ParagraphIdRole))

    def go_to_paragraph(self, paragraph_id: int) -> None:
        row = self.model.row_of(paragraph_id)
        if row is None:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if index.isValid():  # a status filter may hide it
            self.view.go_to_row(index.row())


def _selected_text(widget) -> str:
    if isinstance(widget, QLineEdit):
        return widget.selectedText()
    if isinstance(widget, (QPlainTextEdit, QTextEdit)):
        return widget.textCursor().selectedText().replace("\u2029", " ")
    return ""
