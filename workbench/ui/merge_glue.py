"""Project > Merge review or XLIFF…: choose the file, see the dry run (project.review_merge or
project.merge with dry_run: nothing written), then merge on the store lane. The merge is
compare-and-set: if a paragraph changed between the preview and the merge, nothing is written
and the person is told to preview again. After a merge the rows are read again and the Review
dock counts what waits for review.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog

from workbench.core.model import Status
from workbench.ui.dialogs.merge_dialog import MergeDialog


def _merge(project, path: Path, *, dry_run: bool, status: str = "reviewed", author: str = ""):
    if path.suffix.lower() == ".docx":
        from workbench.project.review_merge import merge_review

        return merge_review(project, path, status=Status(status), author=author, dry_run=dry_run)
    from workbench.project.merge import merge_xliff

    return merge_xliff(project, path, dry_run=dry_run)


class MergeGlue(QObject):
    """GUI thread. `reloaded(Snapshot)` after a merge wrote something; `message(text)`."""

    reloaded = Signal(object)
    message = Signal(str)

    def __init__(self, session, parent_widget, parent=None) -> None:
        super().__init__(parent)
        self.session, self._parent = session, parent_widget
        self.dialog: MergeDialog | None = None

    def ask(self) -> None:
        if not self.session.is_open:
            return
        path, _ = QFileDialog.getOpenFileName(
            self._parent, self.tr("Merge a review or XLIFF file"), str(self.session.path.parent),
            self.tr("Review or XLIFF files (*.docx *.xlf *.xliff)"))
        if path:
            self.preview(Path(path))

    def preview(self, path: Path) -> MergeDialog:
        """Open the dialog on `path` and fill it with the dry run's report."""
        dialog = self.dialog = MergeDialog(str(path), path.suffix.lower() == ".docx", self._parent)
        dialog.merge_requested.connect(lambda status, author: self._merge(dialog, path, status, author))
        self.session.run(lambda project: _merge(project, path, dry_run=True),
                         success=dialog.show_preview,
                         failure=lambda exc: dialog.show_failure(getattr(exc, "message", None) or str(exc)))
        dialog.open()
        return dialog

    def _merge(self, dialog: MergeDialog, path: Path, status: str, author: str) -> None:
        dialog.merge_button.setEnabled(False)

        def job(project):
            report = _merge(project, path, dry_run=False, status=status, author=author)
            return report, self.session.snapshot(project)

        def done(result) -> None:
            report, snapshot = result
            dialog.accept()
            self.reloaded.emit(snapshot)
            counts = report.as_dict()["counts"]
            self.message.emit(self.tr("Merged {name}: {applied} changed, {conflicts} conflicts kept "
                                      "beside, {comments} comments.").format(
                name=path.name, applied=counts.get("applied", 0),
                conflicts=counts.get("conflict", 0), comments=report.comments))

        def failed(exc: BaseException) -> None:
            dialog.show_failure(self.tr("Nothing was merged: {why}").format(
                why=getattr(exc, "message", None) or str(exc)))

        self.session.run(job, success=done, failure=failed)
