"""Project > Progress… in the real window: counted on the store lane, per document, in words."""

from __future__ import annotations

from tests.ui.conftest import WAIT, open_project, wait_saved
from workbench.core.model import Status
from workbench.project.progress import word_count


def test_progress_counts_words_by_status(qtbot, window, project_path):
    open_project(qtbot, window, project_path)
    first = window.model.paragraph_at(1)
    window.editing.edit(first.id, "Reviewed text.", Status.REVIEWED)
    wait_saved(qtbot, window)
    window.actions.progress.trigger()
    dialog = window.progress_dialog
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=WAIT)  # one document
    row = {dialog.table.horizontalHeaderItem(c).text(): dialog.table.item(0, c).text()
           for c in range(dialog.table.columnCount())}
    words = sum(word_count(p.source) for p in window.model.paragraphs() if p.translatable)
    assert row["Paragraphs"] == "12" and row["Words"] == f"{words:,}"
    assert row["Reviewed (words)"] == str(word_count(first.source))
    assert row["Reviewed or approved"] == f"{100 * word_count(first.source) / words:.0f}%"
    assert "reviewed: 1 paragraphs" in dialog.table.item(0, 0).toolTip()
    dialog.close()
