"""The grid's rows: a project's first page at once, the following pages one store job each.

A 15,000-paragraph book shows its first screen as soon as it is open; the remaining pages arrive
while the person reads and types, and the saves and drafts asked for meanwhile interleave with
them on the store lane (a page read after a save simply contains the saved text).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from workbench.ui.models.paragraph_model import ParagraphTableModel
from workbench.ui.models.status_filter_model import StatusFilterModel
from workbench.ui.session import ProjectSession, Snapshot


class RowLoader(QObject):
    """Fills the paragraph model from Snapshots and pages. GUI thread only; reads the project
    only through the session (store lane).

    `commit_edits()` saves what the editors hold; it is called before the rows of the project
    already shown are replaced (an import), whose reset would drop the typing. `failed(exc)`
    when a page cannot be read; `warning(text)` when one held damaged text.
    """

    failed = Signal(object)
    warning = Signal(str)  # a later page held damaged text (project.opening)

    def __init__(self, session: ProjectSession, model: ParagraphTableModel,
                 proxy: StatusFilterModel, commit_edits: Callable[[], None],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session, self.model, self.proxy = session, model, proxy
        self._commit_edits = commit_edits
        self._generation = 0  # which show() the pages being read belong to
        self._total = 0
        self._rows_path: Path | None = None  # the project the rows belong to

    def holds(self, path: Path | None) -> bool:
        """Whether the rows shown belong to the project at `path`."""
        return path == self._rows_path

    @property
    def loading(self) -> bool:
        """True while later pages of the project are still being read."""
        return self.model.rowCount() < self._total

    def show(self, snapshot: Snapshot) -> None:
        """Replace the rows with the snapshot's, then read the pages it does not hold."""
        if self.holds(snapshot.path):
            self._commit_edits()  # the same project (an import): the reset would drop typing
        self._rows_path = snapshot.path
        self._generation += 1
        self.model.read_only = snapshot.read_only
        self.model.set_paragraphs(snapshot.paragraphs)
        self.proxy.set_filter(self.proxy.filter_name)
        self._total = snapshot.total
        if not snapshot.complete:
            self._load_next(self._generation)

    def _load_next(self, generation: int) -> None:
        # Page by page, each its own store job, so saves and drafts interleave with loading.
        def done(result: tuple[list, str]) -> None:
            page, warning = result
            if generation != self._generation:
                return  # another project or an import replaced the rows meanwhile
            if warning:
                self.warning.emit(warning)
            self.model.append_paragraphs(page)
            if page and self.loading:
                self._load_next(generation)

        self.session.page(self.model.rowCount(), done, failure=self.failed.emit)
