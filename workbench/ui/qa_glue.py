"""The window's quality checks: run project.qa on the store lane, show the findings in the
Quality panel and as row marks in the grid, switch kinds per project, export the QA report.

One check at a time: a request while one runs is remembered and run once after it, so a burst
of edits (a batch of drafts) never queues a row of full checks in front of the saves. Checks
are abandonable (a check of a big book is not waited for when the window closes).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox

from workbench.core.errors import Cancelled
from workbench.project import qa as project_qa
from workbench.qa.issue import severity
from workbench.qa.report import report_format


def grid_marks(found) -> list:
    """The findings that belong to a paragraph, for ParagraphTableModel.set_problems (its
    STATUS tooltip says a qa.Issue's message, a terminology problem's term)."""
    return [f for f in found if getattr(f, "paragraph_id", 0) and severity(f) != "info"]


def _run(project) -> tuple[list, frozenset]:
    return project_qa.run_checks(project), project_qa.disabled_kinds(project)


class QualityChecks(QObject):
    """Owns the checking of one window (GUI thread). `panel` is the IssuesPanel, `grid` the
    ParagraphTableModel whose rows get marks, `go_to_number(n)` moves the grid to the paragraph
    numbered n. `checked(list)` after each check; `failed(exc)` for errors the window reports;
    `report_written(path)` after an export."""

    checked = Signal(object)
    failed = Signal(object)
    report_written = Signal(object)

    def __init__(self, window, session, panel, grid, go_to_number, parent=None) -> None:
        super().__init__(parent)
        self.window, self.session, self.panel, self.grid = window, session, panel, grid
        self.message_box: QMessageBox | None = None
        self._running = False
        self._again = False
        panel.check_requested.connect(self.check_all)
        panel.kind_toggled.connect(self.set_kind_enabled)
        panel.export_requested.connect(self.export_dialog)
        panel.number_activated.connect(go_to_number)
        # the grid marks the rows the list names
        panel.model.modelReset.connect(lambda: grid.set_problems(grid_marks(panel.model.problems())))

    def check_all(self) -> None:
        """Check the whole project (once more after the running check, if one runs)."""
        if not self.session.is_open:
            return
        if self._running:
            self._again = True
            return
        self._running = True
        generation = self.session.generation

        def done(result) -> None:
            self._finish()
            if generation != self.session.generation:
                return
            found, disabled = result
            self.panel.set_disabled_kinds(disabled)
            self.panel.set_problems(found)
            self.checked.emit(found)

        def failed(exc) -> None:
            self._finish()
            self._failed(exc)

        self.session.run(_run, success=done, failure=failed, generation=generation, abandonable=True)

    def _finish(self) -> None:
        self._running = False
        if self._again:
            self._again = False
            self.check_all()

    def clear(self) -> None:
        self._again = False
        self.panel.set_problems([])

    def set_kind_enabled(self, kind: str, enabled: bool) -> None:
        """Switch `kind` for the open project (store lane), then check again."""
        if not self.session.is_open:
            return
        self.session.run(lambda p: project_qa.set_kind_enabled(p, kind, enabled),
                         success=lambda _off: self.check_all(), failure=self._failed,
                         generation=self.session.generation)

    # -- the report ---------------------------------------------------------------------
    def export_dialog(self) -> None:
        if self.session.path is None:
            return
        html, csv = self.tr("HTML page (*.html)"), self.tr("CSV table (*.csv)")
        suggested = str(Path(self.session.path).with_name(Path(self.session.path).stem + "-qa.html"))
        path, chosen = QFileDialog.getSaveFileName(self.window, self.tr("Export QA report"), suggested,
                                                   f"{html};;{csv}")
        if not path:
            return
        if not Path(path).suffix:  # the dialog's filter names the format
            path += ".csv" if chosen == csv else ".html"
        self.export_report(Path(path))

    def export_report(self, path: Path) -> None:
        """Check the project and write what is found to `path` (.html or .csv) on the store
        lane; an unknown extension is explained and nothing is written."""
        try:
            report_format(path)
        except ValueError:
            self._warn(self.tr("A QA report is written as an HTML page (.html) or a CSV table "
                               "(.csv); “{name}” has neither extension.").format(name=Path(path).name))
            return
        if not self.session.is_open:
            return

        def write(project) -> Path:
            return project_qa.write_qa_report(project, project_qa.run_checks(project), path)

        self.session.run(write, success=self.report_written.emit, failure=self._report_failed,
                         generation=self.session.generation)

    def _report_failed(self, exc) -> None:
        if isinstance(exc, OSError):
            self._warn(self.tr("The QA report could not be written: {error}").format(
                error=exc.strerror or exc))
            return
        self._failed(exc)

    def _warn(self, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("QA report"), text,
                          QMessageBox.StandardButton.Ok, self.window)
        box.open()
        self.message_box = box

    def _failed(self, exc) -> None:
        if not isinstance(exc, Cancelled):
            self.failed.emit(exc)
