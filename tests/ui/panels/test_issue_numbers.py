"""The terminology panel names a paragraph by the grid's own number, beside its document's name
(issue 11: it used to count per document, so its "¶ 2" of the second document was the grid's
row 7). Three documents imported through the facade; the real window and its check."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from tests.ui.conftest import WAIT, open_project
from workbench.core.model import Status
from workbench.ui.models.paragraph_model import ID
from workbench.ui.panels.issues_model import DOCUMENT, PARAGRAPH

# Written for these tests: the word "السوق" (the market) in every document but the first.
DOCUMENTS = (
    ("المقدمة.txt", "كتب الرحالة عن المدن التي زارها.\n\nوصف الطرق والجبال والأنهار.\n"),
    ("المدينة.txt", "في المدينة مسجد كبير.\n\nيزدحم السوق يوم الجمعة.\n\nتغلق الدكاكين مساءً.\n"),
    ("الخاتمة.txt", "عاد الرحالة إلى بلده.\n\nوتذكر السوق طويلًا.\n"),
)
# English that leaves the term out wherever it appears, so each becomes a problem.
ENGLISH = ("The traveller wrote about the towns he visited.",
           "He described the roads, mountains and rivers.",
           "In the town there is a great mosque.",
           "The bazaar is crowded on Friday.",
           "The shops close in the evening.",
           "The traveller went back home.",
           "And he long remembered the bazaar.")


def _project(folder: Path) -> Path:
    from workbench.project import Project

    path = folder / "terms.wbproj"
    with Project.create(path) as project:
        for name, text in DOCUMENTS:
            (folder / name).write_text(text, encoding="utf-8")
            project.import_document(folder / name)
        for pid, text in zip(project.paragraph_ids(), ENGLISH, strict=True):
            project.save_target(pid, text, Status.EDITED)
        project.add_term("السوق", "market")
    return path


def test_issue_numbers_are_the_grids_numbers_with_the_document_named(qtbot, window, tmp_path):
    open_project(qtbot, window, _project(tmp_path))
    panel = window.reading.issues_panel
    panel.check_requested.emit()  # "Check terminology"
    qtbot.waitUntil(lambda: panel.model.rowCount() == 2, timeout=WAIT)
    model = panel.model
    rows = [(model.index(r, PARAGRAPH).data(), model.index(r, DOCUMENT).data())
            for r in range(model.rowCount())]
    assert rows == [("4", "المدينة.txt"), ("7", "الخاتمة.txt")]  # not 2 and 2
    for r in range(model.rowCount()):
        pid = model.problem_at(r).paragraph_id
        grid_row = window.model.row_of(pid)
        assert model.index(r, PARAGRAPH).data() == window.model.index(grid_row, ID).data()
        # the number within its document is still told, in the tooltip
        assert "paragraph 2 of" in model.index(r, DOCUMENT).data(Qt.ItemDataRole.ToolTipRole)
    # clicking the problem goes to the row the number names
    window.reading.issues_dock.show()
    window.reading.issues_dock.raise_()
    qtbot.waitUntil(panel.table.isVisible, timeout=WAIT)
    for r, number in ((1, "7"), (0, "4")):
        rect = panel.table.visualRect(model.index(r, PARAGRAPH))
        qtbot.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        assert window.proxy.index(window.view.currentIndex().row(), ID).data() == number


def test_a_problem_is_shown_by_its_project_number_not_its_place_in_its_document():
    from workbench.glossary.check import Problem
    from workbench.ui.panels.issues_model import IssuesTableModel

    model = IssuesTableModel()
    model.set_problems([Problem(5, 2, "term-missing", "السوق", "market", "market", (0, 5),
                                document_id=2, number=4, document="المدينة.txt")])
    assert model.index(0, PARAGRAPH).data() == "4"
    assert model.index(0, DOCUMENT).data() == "المدينة.txt"
