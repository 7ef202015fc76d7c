"""The main window: builds the grid, menus, status bar, docks and banner, wires them to the
controllers, and closes.

The controllers each own one responsibility and get their collaborators explicitly: RowLoader
(paging), GridCommands (row commands), FindGlue, ParagraphNotes (comment and history),
MemoryGlue (translation-memory matches, Ctrl+1..5 and the concordance),
Appearance (look), StatusReports (messages and errors), ModelAvailability (banner and model
manager), beside EditController, TranslationController, EngineChoice and ProjectFiles. They
talk to the project only through the store lane.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QMainWindow, QMenu, QVBoxLayout, QWidget

from workbench.ui.actions import (
    build_actions,
    build_filter_actions,
    build_menus,
    isolate_menu_shortcuts,
)
from workbench.ui.appearance import Appearance, grid_fonts
from workbench.ui.confidence_glue import ConfidenceGlue
from workbench.ui.dialogs.backups_dialog import BackupsController
from workbench.ui.dialogs.shortcuts_dialog import ShortcutsDialog
from workbench.ui.display_options import DisplayOptions
from workbench.ui.editing import EditController
from workbench.ui.engine_choice import EngineChoice
from workbench.ui.find_glue import FindGlue
from workbench.ui.finding import FindController
from workbench.ui.grid_commands import GridCommands
from workbench.ui.memory_glue import MemoryGlue
from workbench.ui.model_availability import ModelAvailability
from workbench.ui.models.paragraph_model import ParagraphTableModel
from workbench.ui.models.status_filter_model import StatusFilterModel
from workbench.ui.panels.docks import ReadingDocks
from workbench.ui.panels.matches_panel import MatchesDock
from workbench.ui.panels.review_panel import ReviewDock
from workbench.ui.merge_glue import MergeGlue
from workbench.ui.review_glue import ReviewGlue
from workbench.ui.paragraph_notes import ParagraphNotes
from workbench.ui.project_files import ProjectFiles
from workbench.ui.row_loader import RowLoader
from workbench.ui.session import ProjectSession, Snapshot
from workbench.ui.settings import Settings
from workbench.ui.status_reports import StatusReports
from workbench.ui.tag_commands import TagCommands
from workbench.ui.tasks import TaskManager
from workbench.ui.translation import TranslationController
from workbench.ui.views.comment_dock import CommentDock
from workbench.ui.views.document_bar import DocumentBar
from workbench.ui.views.model_banner import ModelBanner
from workbench.ui.views.paragraph_view import ParagraphView
from workbench.ui.views.status_panel import StatusPanel


class MainWindow(QMainWindow):
    """One window, one project at a time. Lives on the GUI thread; owns its TaskManager.

    Closing the window saves the open editor, lets queued saves commit, closes the project on
    the store lane and stops the lanes; a closed window is not shown again.
    """

    def __init__(self, settings: Settings, parent=None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.tasks = TaskManager(self)
        self.session = ProjectSession(self.tasks, self)
        self.model = ParagraphTableModel(self)
        self.proxy = StatusFilterModel(self)
        self.proxy.setSourceModel(self.model)
        self.view = ParagraphView(*self._fonts(), parent=self)
        self.view.setModel(self.proxy)
        self.editing = EditController(self.session, self.model, self.view.target_delegate,
                                      lambda: self.settings.role, self)
        self.translation = TranslationController(self.tasks, self.session, self.editing, self)
        self.engines = EngineChoice(settings, self.session, self.translation, self)
        self.finder = FindController(self.view, self.editing, self)
        self.files = ProjectFiles(self, self.tasks, self.session, settings)
        self.banner = ModelBanner(self)
        self.banner.hide()
        self.document_bar = DocumentBar(self.model, self.view, self)
        self.comment_dock = CommentDock(self)
        self.comment_dock.hide()
        self.panel = StatusPanel(self)
        self._shut_down = False
        self.session.prepare()
        self._layout()
        self.actions = build_actions(self, self.editing.undo_stack.createUndoAction(self),
                                     self.editing.undo_stack.createRedoAction(self))
        self.filter_actions = build_filter_actions(self)
        self.recent_menu = QMenu(self.tr("Open &recent"), self)
        self.toolbar, self.paragraph_toolbar = build_menus(self, self.actions, self.recent_menu,
                                                           self.filter_actions)
        self.addToolBar(self.toolbar)
        self.addToolBar(self.paragraph_toolbar)
        self.reading = ReadingDocks(self, self.tasks, self.session, self.view, self.model,
                                    self.proxy, self._fonts()[0],
                                    translation=self.translation, editing=self.editing)
        # The comment is one more tab beside the glossary: stacked under the word panel, the
        # docks would add up to more height than a laptop screen has.
        self.tabifyDockWidget(self.reading.glossary_dock, self.comment_dock)
        self.matches_dock = MatchesDock(self._fonts()[0], self)  # a tab there too
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.matches_dock)
        self.tabifyDockWidget(self.reading.glossary_dock, self.matches_dock)
        self.review_dock = ReviewDock(self)  # and the review of the current paragraph
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.review_dock)
        self.tabifyDockWidget(self.reading.glossary_dock, self.review_dock)
        self.reading.glossary_dock.raise_()
        self.reading.highlighter_changed.connect(self.view.source_delegate.set_term_highlighter)
        self.menuBar().findChild(QMenu, "menu_edit").addAction(self.reading.add_term_action)
        self.display = DisplayOptions(self, settings, self.view, self.reading.pointer, self.model,
                                      self._fonts, self.reading.go_to_paragraph)
        view_menu = self.menuBar().findChild(QMenu, "menu_view")
        view_menu.addActions([*self.reading.toggle_actions(), self.matches_dock.toggleViewAction(),
                              self.review_dock.toggleViewAction()])
        view_menu.addSeparator()
        view_menu.addActions(self.display.actions())
        self._build_controllers()
        self._add_confidence_actions(view_menu)
        isolate_menu_shortcuts(self.menuBar())  # every entry is in the menus now
        self._connect()
        from workbench.ui.alignment_glue import install

        self.alignment = install(self)  # hover a word or sentence: its partner lights up
        from workbench.ui.steer_glue import install as install_steering

        self.steer = install_steering(self, settings.completion_pause_ms)  # alternatives, Tab
        settings.changed.connect(lambda key: key == "completion_pause_ms"
                                 and self.steer.completion.set_pause(settings.completion_pause_ms))
        self.actions.sentence_alternatives.triggered.connect(self.steer.show_sentence_alternatives)
        self.actions.word_alternatives.triggered.connect(self.steer.show_word_alternatives)
        self._update_enabled()
        self.setWindowTitle(self.tr("Arabic Workbench"))
        self.resize(1280, 800)
        self._fit_docks()
        if not settings.window_geometry.isEmpty():
            self.restoreGeometry(settings.window_geometry)
            self.restoreState(settings.window_state)

    # -- construction -------------------------------------------------------------------
    def _fonts(self) -> tuple[QFont, QFont]:
        return grid_fonts(self.settings)

    def _layout(self) -> None:
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.banner)
        layout.addWidget(self.document_bar)
        layout.addWidget(self.view, 1)
        self.setCentralWidget(central)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.comment_dock)
        # The side docks take the full height and the reading layout (a bottom dock) only the
        # width under the grid: their heights do not add up.
        self.setCorner(Qt.Corner.BottomRightCorner, Qt.DockWidgetArea.RightDockWidgetArea)
        self.setCorner(Qt.Corner.BottomLeftCorner, Qt.DockWidgetArea.LeftDockWidgetArea)
        self.statusBar().addPermanentWidget(self.panel)

    def _fit_docks(self) -> None:
        # A first start: the side docks get a quarter of the width (at most 380 px), the grid
        # the rest; from then on they keep the width the user gives them (saved state).
        docks = [self.reading.word_dock, self.reading.glossary_dock]
        width = min(380, self.width() // 4)
        self.resizeDocks(docks, [width] * len(docks), Qt.Orientation.Horizontal)
        # The word panel and the tabbed lists below it (glossary, quality, matches, review)
        # share the height evenly: each is a list a person reads.
        self.resizeDocks(docks, [1, 1], Qt.Orientation.Vertical)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._wrap_toolbars()

    def _wrap_toolbars(self) -> None:
        """The paragraph toolbar goes below the first one when the two do not fit side by side,
        so no command hides behind the toolbar's overflow arrow."""
        first, second = self.toolbar, self.paragraph_toolbar
        top = Qt.ToolBarArea.TopToolBarArea
        if self.toolBarArea(first) != top or self.toolBarArea(second) != top:
            return  # the user placed them: leave them there
        fits = first.sizeHint().width() + second.sizeHint().width() <= self.width()
        if fits and self.toolBarBreak(second):
            self.removeToolBarBreak(second)
        elif not fits and not self.toolBarBreak(second):
            self.insertToolBarBreak(second)

    def _build_controllers(self) -> None:
        a, bar = self.actions, self.statusBar()
        self.reports = StatusReports(self, bar, self.panel, self.model, self.editing,
                                     self.translation, self)
        self.session.backup_failed.connect(self.reports.show_backup_failure)
        self.commands = GridCommands(self.view, self.model, self.proxy, self.editing,
                                     self.translation, a, self.filter_actions,
                                     self.comment_dock.save,
                                     lambda: (self.settings.memory_first,
                                              self.settings.memory_threshold), self)
        self.rows = RowLoader(self.session, self.model, self.proxy, self.commands.commit_edits,
                              self)
        self.find_glue = FindGlue(self.finder, self.view, a.find, self, self,
                                  lock_reviewed=lambda: self.settings.lock_reviewed)
        self.notes = ParagraphNotes(self.session, self.model, self.view, self.editing,
                                    self.comment_dock, a.history, a.comment, self, self)
        self.memory = MemoryGlue(self.session, self.tasks, self.model, self.view, self.editing,
                                 self.matches_dock.panel, a.insert_matches, a.concordance,
                                 self.commands.commit_edits, self, self._fonts()[0],
                                 lambda: self.reading.last_word, self)
        self.tag_commands = TagCommands(self.view, self.model, a.insert_next_tag, a.copy_source,
                                        self)  # inline tags: F9, Ctrl+Shift+S
        self.tag_commands.message.connect(self.reports.show_message)
        self.merging = MergeGlue(self.session, self, self)
        self.review = ReviewGlue(self.session, self.model, self.view, self.editing,
                                 self.review_dock.panel, self.commands.commit_edits,
                                 self.reading.go_to_paragraph, self)
        self.look = Appearance(self.settings, a, self.view, self.reading, bar, self)
        self.availability = ModelAvailability(self.tasks, self.settings, self.session,
                                              self.translation, self.engines, self.banner,
                                              self.files.install_dialog, bar, self, self)
        self.backups = BackupsController(self, self.tasks, self.session, self.files,
                                         self.commands.commit_edits)
        project_menu = next(m for m in a.quit.associatedObjects() if isinstance(m, QMenu))
        project_menu.insertAction(a.quit, self.backups.action)
        project_menu.insertSeparator(a.quit)
        self.backups.failed.connect(self.reports.show_error)
        self.reports.on_damaged = self.backups.show_for
        self.backups.restored.connect(lambda backup, aside: self.reports.show_message(
            self.tr("Restored from the backup {name}; the replaced file is kept as {aside}.").format(
                name=backup.name, aside=aside.name if aside else "-"), 20000))

    def _add_confidence_actions(self, view_menu: QMenu) -> None:
        """View: the sort after the filters of Show; Edit: "next draft to check" after the
        next/previous paragraph commands (actions.py builds those menus)."""
        self.confidence = ConfidenceGlue(self.session, self.model, self.proxy, self.view,
                                         self.commands.commit_edits, self)
        self.confidence.failed.connect(self.show_error)
        self.confidence.message.connect(self.reports.show_message)
        show_menu = next(a for a in view_menu.actions() if a.menu() is not None)
        entries = view_menu.actions()
        after_show = entries[entries.index(show_menu) + 1] if show_menu in entries[:-1] else None
        view_menu.insertAction(after_show, self.confidence.sort_action)
        edit_menu = self.menuBar().findChild(QMenu, "menu_edit")
        entries = edit_menu.actions()
        previous = self.actions.previous_row
        after = entries[entries.index(previous) + 1] if previous in entries[:-1] else None
        edit_menu.insertAction(after, self.confidence.next_action)
        self.addAction(self.confidence.next_action)  # the key works with the menu bar hidden

    def _connect(self) -> None:
        a, f, commit = self.actions, self.files, self.commands.commit_edits
        # Typing is saved before the rows can be replaced, into the project it was typed for.
        a.new_project.triggered.connect(lambda: (commit(), f.new_dialog()))
        a.open_project.triggered.connect(lambda: (commit(), f.open_dialog()))
        a.import_document.triggered.connect(lambda: (commit(), f.import_dialog()))
        a.paste_document.triggered.connect(
            lambda: (commit(), f.import_text(QApplication.clipboard().text())))
        a.export.triggered.connect(f.export_dialog)
        a.install_model.triggered.connect(f.install_dialog)
        a.models.triggered.connect(self.availability.show_manager)
        a.preferences.triggered.connect(self.show_preferences)
        a.shortcuts.triggered.connect(self.show_shortcuts)
        a.progress.triggered.connect(self.show_progress)
        a.merge.triggered.connect(lambda: (commit(), self.merging.ask()))
        self.merging.reloaded.connect(self.rows.show)
        self.merging.reloaded.connect(lambda snapshot: self.review.refresh())
        self.merging.message.connect(self.reports.show_message)
        a.quit.triggered.connect(self.close)
        self.recent_menu.aboutToShow.connect(lambda: f.fill_recent_menu(self.recent_menu))
        # QMenu connects to each action's triggered() when the action is added, before
        # fill_recent_menu connects the open: so this save is queued ahead of the open job.
        self.recent_menu.triggered.connect(lambda action: commit())
        self.session.opened.connect(self._on_opened)
        f.reloaded.connect(self.rows.show)
        for shown in (self.session.opened, f.reloaded):
            shown.connect(self.document_bar.show_documents)
        self.session.opened.connect(lambda snapshot: self._send_person_settings())
        self.settings.changed.connect(
            lambda key: key in ("author_name", "propagate_repeats") and self._send_person_settings())
        # A new document: the memory fills what it can at once (the engine waits to be asked).
        f.imported_with_memory.connect(lambda: self.settings.memory_first
                                       and self.commands.fill_from_memory())
        f.message.connect(self.reports.show_message)
        f.model_installed.connect(self.availability.installed)
        self.rows.warning.connect(lambda text: self.reports.warn_once(text, text))
        for failed in (f.error, self.reading.failed, self.rows.failed, self.notes.failed):
            failed.connect(self.show_error)
        self.tasks.job_failed.connect(lambda lane, exc: self.show_error(exc))
        self.commands.message.connect(self.reports.show_message)
        self.translation.drafting.connect(self.panel.show_drafting)  # "Loading model…" ends
        # A batch translates the rows on screen first and follows the scrolling.
        self._focus_timer = QTimer(self, singleShot=True, interval=120)
        self._focus_timer.timeout.connect(
            lambda: setattr(self.translation, "focus_ids", self.view.focus_paragraph_ids()))
        self.view.verticalScrollBar().valueChanged.connect(self._focus_timer.start)
        self.view.current_paragraph_changed.connect(self._focus_timer.start)
        self.translation.started.connect(lambda total: setattr(
            self.translation, "focus_ids", self.view.focus_paragraph_ids()))

    def _update_enabled(self) -> None:
        has_project = self.session.is_open
        for action in (self.actions.import_document, self.actions.export,
                       self.actions.translate_all, self.actions.translate_untranslated,
                       self.actions.translate_selected, self.actions.pretranslate,
                       self.actions.retranslate,
                       self.actions.history, self.actions.find, self.actions.progress,
                       self.actions.merge, self.actions.sentence_alternatives,
                       self.actions.word_alternatives, self.actions.insert_next_tag,
                       self.actions.copy_source, *self.confidence.actions()):
            action.setEnabled(has_project)
        self.actions.import_document.setEnabled(True)  # creates a project when none is open

    # -- start-up and project content -----------------------------------------------------
    def start(self, project_path: str | Path | None) -> None:
        """Open a project or a document (or nothing), check for a model, warm the engine up."""
        if project_path:
            self.files.open_path(project_path)
        self.availability.check()
        self.translation.warm_up()

    def _on_opened(self, snapshot: Snapshot) -> None:
        if not self.rows.holds(snapshot.path):
            # Anything still typed belongs to rows of a project that is closed now; saving it
            # here would write it into another project's paragraph with the same id.
            self.comment_dock.forget()
        self.editing.undo_stack.clear()
        self.editing.reset()
        self.rows.show(snapshot)
        self.settings.add_recent(str(snapshot.path))
        self.setWindowTitle(self.tr("{name} — Arabic Workbench").format(name=snapshot.path.stem))
        self._update_enabled()
        if self.proxy.rowCount():
            self.view.go_to_row(0)
        if snapshot.warning:
            self.reports.warn_once(str(snapshot.path), snapshot.warning)

    def _send_person_settings(self) -> None:
        # Person's revisions are saved under this name (the history shows it), and a confirmed
        # paragraph fills its repeats unless the person turned that off: set on the store lane
        # as the project opens, so both are there before any save of that project.
        def use(project, name: str = self.settings.author_name,
                propagate: bool = self.settings.propagate_repeats) -> None:
            project.author, project.propagate_repeats = name, propagate

        if self.session.is_open:
            self.session.run(use)

    # -- dialogs, and what app.py, tests and benchmarks reach through the window ------------
    def show_preferences(self):
        from workbench.ui.dialogs.preferences_dialog import PreferencesDialog

        dialog = PreferencesDialog(self.settings, self, self.look.set_theme, self.look.set_language)
        dialog.open()
        return dialog

    def show_progress(self):
        """Project > Progress…: counted on the store lane, shown when the answer is back."""
        from workbench.project.progress import progress
        from workbench.ui.dialogs.progress_dialog import ProgressDialog

        dialog = self.progress_dialog = ProgressDialog(self)
        self.session.run(progress, success=lambda tallies: dialog.show_tallies(*tallies),
                         failure=self.show_error)
        dialog.open()
        return dialog

    def show_shortcuts(self) -> None:
        extra = [self.reading.add_term_action, *self.display.actions(), *self.confidence.actions()]
        ShortcutsDialog(self.actions.all() + extra, self).open()

    def show_error(self, exc: BaseException) -> None:
        """A window-modal message that does not block the event loop."""
        self.reports.show_error(exc)

    def show_find(self) -> None:
        self.find_glue.show()

    def confirm_current(self) -> None:
        self.commands.confirm_current()

    @property
    def loading(self) -> bool:
        """True while later pages of the project are still being read."""
        return self.rows.loading

    last_message_box = property(lambda self: self.reports.last_message_box)
    find_dialog = property(lambda self: self.find_glue.dialog)
    history_dialog = property(lambda self: self.notes.history_dialog)
    models_dialog = property(lambda self: self.availability.dialog)

    # -- closing ---------------------------------------------------------------------------
    def _show_saving(self) -> None:
        self.statusBar().showMessage(QCoreApplication.translate("ProjectSession", "Saving…"))
        self.repaint()

    def closeEvent(self, event) -> None:
        if self._shut_down:  # closed before: the lanes are gone, nothing left to save
            super().closeEvent(event)
            return
        self._shut_down = True
        self.view.target_delegate.commit_and_close()
        self.comment_dock.save()
        self.translation.cancel()
        self.engines.stop()
        self.confidence.stop()
        self.settings.window_geometry = self.saveGeometry()
        self.settings.window_state = self.saveState()
        try:
            self.session.close_now(waiting=self._show_saving)
        except TimeoutError:
            pass  # a long store job is still running: it commits or rolls back on its own
        finally:
            self.tasks.shutdown()
        super().closeEvent(event)
