"""The main window: the grid of paragraphs, menus, status bar, comment dock, model banner.

It wires widgets to the controllers (EditController, TranslationController, FindController,
ProjectFiles); the controllers talk to the project only through the store lane.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QMainWindow, QMenu, QMessageBox, QVBoxLayout, QWidget

from workbench.core.model import Status
from workbench.ui.panels.docks import ReadingDocks
from workbench.ui.actions import Actions, build_actions, build_filter_actions, build_menus
from workbench.ui.dialogs.find_dialog import FindDialog
from workbench.ui.dialogs.history_dialog import HistoryDialog
from workbench.ui.dialogs.shortcuts_dialog import ShortcutsDialog
from workbench.ui.display_options import DisplayOptions
from workbench.ui.editing import EditController
from workbench.ui.engine_choice import EngineChoice
from workbench.ui.finding import FindController, Query
from workbench.ui.fonts import arabic_font
from workbench.ui.labels import error_text, error_title
from workbench.ui.models.paragraph_model import ParagraphTableModel
from workbench.ui.models.status_filter_model import StatusFilterModel
from workbench.ui.project_files import ProjectFiles
from workbench.ui.session import ProjectSession, Snapshot
from workbench.ui.settings import Settings
from workbench.ui.tasks import TaskManager
from workbench.ui.translation import TranslationController, model_installed
from workbench.ui.views.comment_dock import CommentDock
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
        self.models_dialog = None
        self.finder = FindController(self.view, self.editing, self)
        self.files = ProjectFiles(self, self.tasks, self.session, settings)
        self.banner = ModelBanner(self)
        self.banner.hide()
        self.comment_dock = CommentDock(self)
        self.comment_dock.hide()
        self.panel = StatusPanel(self)
        self.find_dialog: FindDialog | None = None
        self._shut_down = False
        self._load_generation = 0
        self._load_total = 0
        self._rows_path: Path | None = None  # the project the grid's rows belong to
        self.session.prepare()
        self.last_message_box: QMessageBox | None = None
        self._layout()
        self.actions = build_actions(self, self.editing.undo_stack.createUndoAction(self),
                                     self.editing.undo_stack.createRedoAction(self))
        self.filter_actions = build_filter_actions(self)
        self.recent_menu = QMenu(self.tr("Open &recent"), self)
        self.toolbar = build_menus(self, self.actions, self.recent_menu, self.filter_actions)
        self.addToolBar(self.toolbar)
        self.reading = ReadingDocks(self, self.tasks, self.session, self.view, self.model,
                                    self.proxy, self._fonts()[0])
        self.reading.failed.connect(self.show_error)
        self.reading.highlighter_changed.connect(self.view.source_delegate.set_term_highlighter)
        self.menuBar().findChild(QMenu, "menu_edit").addAction(self.reading.add_term_action)
        self.display = DisplayOptions(self, settings, self.view, self.reading.pointer, self.model,
                                      self._fonts, self.reading.go_to_paragraph)
        view_menu = self.menuBar().findChild(QMenu, "menu_view")
        view_menu.addActions(self.reading.toggle_actions())
        view_menu.addSeparator()
        view_menu.addActions(self.display.actions())
        self._counts_timer = QTimer(self, singleShot=True, interval=150)
        self._counts_timer.timeout.connect(self._update_counts)
        self._connect()
        self._sync_checks()
        self._update_enabled()
        self.setWindowTitle(self.tr("Arabic Workbench"))
        self.resize(1280, 800)
        if not settings.window_geometry.isEmpty():
            self.restoreGeometry(settings.window_geometry)
            self.restoreState(settings.window_state)

    # -- construction -------------------------------------------------------------------
    def _fonts(self) -> tuple[QFont, QFont]:
        english = QFont(QApplication.font())
        english.setPointSize(self.settings.english_font_size)
        return arabic_font(self.settings.arabic_font_size,
                           self.settings.arabic_font_family or None), english

    def _layout(self) -> None:
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.banner)
        layout.addWidget(self.view, 1)
        self.setCentralWidget(central)
        self.addDockWidget(self.dockArea(), self.comment_dock)
        self.resizeDocks([self.comment_dock], [300], self.dockOrientation())
        self.statusBar().addPermanentWidget(self.panel)

    @staticmethod
    def dockArea():
        return Qt.DockWidgetArea.RightDockWidgetArea

    @staticmethod
    def dockOrientation():
        return Qt.Orientation.Horizontal

    def _connect(self) -> None:
        a: Actions = self.actions
        f = self.files
        # Typing is saved before the rows can be replaced, into the project it was typed for.
        a.new_project.triggered.connect(lambda: (self.commit_edits(), f.new_dialog()))
        a.open_project.triggered.connect(lambda: (self.commit_edits(), f.open_dialog()))
        a.import_document.triggered.connect(lambda: (self.commit_edits(), f.import_dialog()))
        a.export.triggered.connect(f.export_dialog)
        a.install_model.triggered.connect(f.install_dialog)
        a.models.triggered.connect(self.show_models)
        a.preferences.triggered.connect(self.show_preferences)
        a.quit.triggered.connect(self.close)
        self.recent_menu.aboutToShow.connect(lambda: f.fill_recent_menu(self.recent_menu))
        # QMenu connects to each action's triggered() when the action is added, before
        # fill_recent_menu connects the open: so this save is queued ahead of the open job.
        self.recent_menu.triggered.connect(lambda action: self.commit_edits())
        a.confirm.triggered.connect(self.confirm_current)
        a.next_row.triggered.connect(lambda: self.move(1))
        a.previous_row.triggered.connect(lambda: self.move(-1))
        a.edit_row.triggered.connect(self.view.edit_current)
        a.mark_edited.triggered.connect(lambda: self.mark_selected(Status.EDITED))
        a.mark_reviewed.triggered.connect(lambda: self.mark_selected(Status.REVIEWED))
        a.mark_approved.triggered.connect(lambda: self.mark_selected(Status.APPROVED))
        a.retranslate.triggered.connect(self.retranslate_current)
        a.translate_all.triggered.connect(lambda: self.translation.translate())
        a.translate_untranslated.triggered.connect(
            lambda: self.translation.translate(only_untranslated=True))
        a.translate_selected.triggered.connect(
            lambda: self.translation.translate(paragraph_ids=self.view.selected_paragraph_ids()))
        a.cancel_translation.triggered.connect(self.translation.cancel)
        a.history.triggered.connect(self.show_history)
        a.comment.toggled.connect(self.comment_dock.setVisible)
        self.comment_dock.visibilityChanged.connect(a.comment.setChecked)
        a.find.triggered.connect(self.show_find)
        a.bigger_text.triggered.connect(lambda: self.change_text_size(1))
        a.smaller_text.triggered.connect(lambda: self.change_text_size(-1))
        a.shortcuts.triggered.connect(self.show_shortcuts)
        a.role_translator.triggered.connect(lambda: setattr(self.settings, "role", "translator"))
        a.role_editor.triggered.connect(lambda: setattr(self.settings, "role", "editor"))
        a.theme_light.triggered.connect(lambda: self.set_theme("light"))
        a.theme_dark.triggered.connect(lambda: self.set_theme("dark"))
        a.language_en.triggered.connect(lambda: self.set_language("en"))
        a.language_ar.triggered.connect(lambda: self.set_language("ar"))
        for name, action in self.filter_actions.items():
            action.triggered.connect(lambda checked=False, n=name: self.set_filter(n))

        self.session.opened.connect(self._on_opened)
        f.reloaded.connect(self._show_snapshot)
        f.message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        f.error.connect(self.show_error)
        f.model_installed.connect(self._on_model_installed)
        self.tasks.job_failed.connect(lambda lane, exc: self.show_error(exc))
        self.editing.saving.connect(self.panel.show_saving)
        self.editing.saved.connect(self.panel.show_saved)
        self.editing.save_failed.connect(self._on_save_failed)
        self.editing.refused.connect(self._on_mark_refused)
        self.translation.started.connect(lambda total: self.panel.show_batch(True, total))
        self.translation.progressed.connect(self.panel.show_progress)
        self.translation.finished.connect(self._on_batch_finished)
        self.translation.failed.connect(self.show_error)
        self.translation.engine_ready.connect(self._on_engine_ready)
        self.panel.cancel_requested.connect(self.translation.cancel)
        self.banner.install_requested.connect(f.install_dialog)
        self.banner.download_requested.connect(lambda: self.show_models().download())
        # Not restarted while pending: updates arrive every 80 ms during a batch, and a timer that
        # restarts on each would only fire when the batch ends.
        self.model.dataChanged.connect(
            lambda *args: None if self._counts_timer.isActive() else self._counts_timer.start())
        self.model.modelReset.connect(self._counts_timer.start)
        self.view.current_paragraph_changed.connect(self._on_current_changed)
        self.finder.found.connect(self._highlight)
        self.finder.not_found.connect(lambda: self._highlight(None))
        self.comment_dock.comment_edited.connect(self.save_comment)
        self.settings.changed.connect(self._on_setting_changed)

    def _sync_checks(self) -> None:
        a = self.actions
        a.role_editor.setChecked(self.settings.role == "editor")
        a.role_translator.setChecked(self.settings.role != "editor")
        a.theme_dark.setChecked(self.settings.theme == "dark")
        a.theme_light.setChecked(self.settings.theme != "dark")
        a.language_ar.setChecked(self.settings.ui_language == "ar")
        a.language_en.setChecked(self.settings.ui_language != "ar")

    def _update_enabled(self) -> None:
        has_project = self.session.is_open
        for action in (self.actions.import_document, self.actions.export,
                       self.actions.translate_all, self.actions.translate_untranslated,
                       self.actions.translate_selected, self.actions.retranslate,
                       self.actions.history, self.actions.find):
            action.setEnabled(has_project)
        self.actions.import_document.setEnabled(True)  # creates a project when none is open

    # -- start-up -------------------------------------------------------------------------
    def start(self, project_path: str | Path | None) -> None:
        """Open a project or a document (or nothing), check for a model, warm the engine up."""
        if project_path:
            self.files.open_path(project_path)
        self.tasks.run("io", lambda ctx: model_installed(), success=self._on_model_check)
        self.translation.warm_up()

    def _on_model_check(self, installed: bool) -> None:
        self.banner.setVisible(not installed)

    def _on_model_installed(self, model_id: str = "") -> None:
        self.banner.hide()
        self.translation.reset_engine()
        self.translation.warm_up()
        self.tasks.run("io", lambda ctx: model_installed(), success=self._on_model_check)

    def _on_engine_ready(self, name: str, model: str) -> None:
        self.statusBar().showMessage(self.tr("Engine: {name} ({model})").format(
            name=name, model=model), 8000)

    # -- project content ------------------------------------------------------------------
    def _on_opened(self, snapshot: Snapshot) -> None:
        if snapshot.path != self._rows_path:
            # Anything still typed belongs to rows of a project that is closed now; saving it
            # here would write it into another project's paragraph with the same id.
            self.comment_dock.forget()
        self.editing.undo_stack.clear()
        self.editing.reset()
        self._show_snapshot(snapshot)
        self.settings.add_recent(str(snapshot.path))
        self.setWindowTitle(self.tr("{name} — Arabic Workbench").format(name=snapshot.path.stem))
        self._update_enabled()
        if self.proxy.rowCount():
            self.view.go_to_row(0)

    def _show_snapshot(self, snapshot: Snapshot) -> None:
        if snapshot.path == self._rows_path:
            self.commit_edits()  # the same project (an import): the reset would drop typing
        self._rows_path = snapshot.path
        self._load_generation += 1
        self.model.set_paragraphs(snapshot.paragraphs)
        self.proxy.set_filter(self.proxy.filter_name)
        self._load_total = snapshot.total
        if not snapshot.complete:
            self._load_next(self._load_generation)

    @property
    def loading(self) -> bool:
        """True while later pages of the project are still being read."""
        return self.model.rowCount() < self._load_total

    def _load_next(self, generation: int) -> None:
        # Page by page, each its own store job, so saves and drafts interleave with loading;
        # a page read after a save simply contains the saved text.
        def done(page) -> None:
            if generation != self._load_generation:
                return  # another project or an import replaced the rows meanwhile
            self.model.append_paragraphs(page)
            if page and self.loading:
                self._load_next(generation)

        self.session.page(self.model.rowCount(), done, failure=self.show_error)

    def _update_counts(self) -> None:
        self.panel.show_counts(self.model.status_counts())

    # -- editing commands -----------------------------------------------------------------
    def commit_edits(self) -> None:
        """Save what the open editor and the comment dock hold (queued on the store lane now,
        so ahead of any project switch or reload asked for after this call)."""
        self.view.target_delegate.commit_and_close()
        self.comment_dock.save()

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

    def save_comment(self, paragraph_id: int, text: str) -> None:
        self.session.run(lambda p: p.set_comment(paragraph_id, text),
                          success=lambda para: self.model.update_paragraphs([para]),
                          failure=self.show_error)

    def _on_current_changed(self, paragraph_id: int) -> None:
        p = self.model.paragraph(paragraph_id) if paragraph_id >= 0 else None
        self.comment_dock.show_paragraph(p.id if p else None, p.comment if p else "")

    def show_history(self) -> None:
        pid = self.view.current_paragraph_id()
        if pid is None:
            return

        def open_dialog(found) -> None:
            dialog = HistoryDialog(*found, parent=self)
            dialog.restore_requested.connect(lambda p, text: self.editing.edit(p, text))
            dialog.open()
            self.history_dialog = dialog

        self.session.run(lambda p: (p.paragraph(pid), p.revisions(pid), p.machine_draft(pid)),
                          success=open_dialog, failure=self.show_error)

    def show_find(self) -> None:
        if self.find_dialog is None:
            dialog = FindDialog(self)
            dialog.find_requested.connect(lambda forward: self._find(forward))
            dialog.replace_requested.connect(
                lambda: self.finder.replace_current(self._query(), dialog.replacement.text()))
            dialog.replace_all_requested.connect(self._replace_all)
            self.finder.not_found.connect(lambda: dialog.show_result(self.tr("Not found")))
            self.finder.found.connect(lambda m: dialog.show_result(""))
            self.find_dialog = dialog
        self.find_dialog.show()
        self.find_dialog.raise_()
        self.find_dialog.query.setFocus()

    def _highlight(self, match) -> None:
        source, target = self.view.source_delegate, self.view.target_delegate
        source.set_highlight(None)
        target.set_highlight(None)
        if match is not None:
            delegate = source if match.field == "source" else target
            delegate.set_highlight(match.paragraph_id, match.start, match.end)
        self.view.viewport().update()

    def _query(self) -> Query:
        d = self.find_dialog
        return Query(d.query.text(), d.in_source.isChecked(), d.in_target.isChecked(),
                     d.match_case.isChecked())

    def _find(self, forward: bool) -> None:
        self.view.target_delegate.commit_and_close()
        self.finder.find(self._query(), forward)

    def _replace_all(self) -> None:
        count = self.finder.replace_all(self._query(), self.find_dialog.replacement.text())
        self.find_dialog.show_result(self.tr("Replaced in {count} paragraphs").format(count=count))

    def show_models(self):
        """The modeless model manager (one per window), raised if already open."""
        from workbench.ui.dialogs.model_manager_dialog import open_model_manager

        return open_model_manager(self)

    def show_preferences(self):
        from workbench.ui.dialogs.preferences_dialog import PreferencesDialog

        dialog = PreferencesDialog(self.settings, self, self.set_theme, self.set_language)
        dialog.open()
        return dialog

    def show_shortcuts(self) -> None:
        extra = [self.reading.add_term_action, *self.display.actions()]
        ShortcutsDialog(self.actions.all() + extra, self).open()

    def set_filter(self, name: str) -> None:
        self.view.target_delegate.commit_and_close()
        self.proxy.set_filter(name)
        self.filter_actions[name].setChecked(True)

    # -- look -----------------------------------------------------------------------------
    def change_text_size(self, step: int) -> None:
        self.settings.arabic_font_size = max(8, min(48, self.settings.arabic_font_size + step))
        self.settings.english_font_size = max(7, min(40, self.settings.english_font_size + step))

    def set_theme(self, name: str) -> None:
        from workbench.ui.theme import apply_theme

        self.settings.theme = name
        apply_theme(QApplication.instance(), name)
        self.view.viewport().update()

    def set_language(self, lang: str) -> None:
        if lang != self.settings.ui_language:
            self.settings.ui_language = lang
            self.statusBar().showMessage(
                self.tr("The new language is used the next time the workbench starts."), 10000)

    def _on_setting_changed(self, key: str) -> None:
        if key in ("arabic_font_size", "english_font_size", "arabic_font_family"):
            self.view.set_fonts(*self._fonts())
            self.reading.set_arabic_font(self._fonts()[0])
        self._sync_checks()

    # -- errors ---------------------------------------------------------------------------
    def show_error(self, exc: BaseException) -> None:
        """A window-modal message that does not block the event loop."""
        box = QMessageBox(QMessageBox.Icon.Warning, error_title(exc), error_text(exc),
                          QMessageBox.StandardButton.Ok, self)
        box.open()
        self.last_message_box = box

    def _on_mark_refused(self, paragraph_id: int) -> None:
        p = self.model.paragraph(paragraph_id)
        row = p.position + 1 if p is not None else "?"
        self.statusBar().showMessage(QCoreApplication.translate(
            "MainWindow", "Paragraph {row} was not marked: its text changed after you read it. "
            "The newer text is shown; read it and mark it again.").format(row=row), 15000)

    def _on_save_failed(self, exc: BaseException) -> None:
        self.panel.show_not_saved()
        self.show_error(exc)

    def _on_batch_finished(self, written: int, cancelled: bool) -> None:
        self.panel.show_batch(False)
        text = (self.tr("Translation cancelled; {count} drafts kept") if cancelled
                else self.tr("Translation finished: {count} drafts"))
        self.statusBar().showMessage(text.format(count=written), 10000)

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
        self.settings.window_geometry = self.saveGeometry()
        self.settings.window_state = self.saveState()
        try:
            self.session.close_now(waiting=self._show_saving)
        except TimeoutError:
            pass  # a long store job is still running: it commits or rolls back on its own
        finally:
            self.tasks.shutdown()
        super().closeEvent(event)
