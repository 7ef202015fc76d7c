"""The issues panel over the problems a real project's terminology check finds: model checks,
counts, and clicking or keying through them to their paragraphs."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from workbench.ui.panels.issues_model import DETAIL, ENGLISH, KIND, PARAGRAPH, TERM, IssuesTableModel, ParagraphIdRole, SeverityRole
from workbench.ui.panels.issues_panel import IssuesPanel

DOC = ("قالت الحكومة إن الخطة جاهزة.\n\n"
       "وبالحكومة ثقة كبيرة في البنك الدولي.\n\n"
       "لا شيء هنا عن ذلك.\n\n"
       "نقل الوزير الخبر للحكومة أمس.\n")
ENGLISH_TEXT = ["The Government said the plan is ready.",
                "And the regime has great trust in the bank.",
                "Nothing here about that.",
                "The minister passed the news to the cabinet yesterday."]


@pytest.fixture
def problems(tmp_path, monkeypatch):
    from workbench.project import Project

    monkeypatch.setenv("WORKBENCH_HOME", str(tmp_path / "home"))
    source = tmp_path / "doc.txt"
    source.write_text(DOC, encoding="utf-8")
    with Project.create(tmp_path / "i.wbproj") as project:
        project.import_document(source)
        for paragraph, text in zip(project.paragraphs(), ENGLISH_TEXT, strict=True):
            project.save_target(paragraph.id, text)
        project.add_term("الحكومة", "the Government", forbidden=("the regime", "the cabinet"))
        project.add_term("البنك الدولي", "World Bank")
        found = project.check()
        ids = project.paragraph_ids()
    return found, ids


@pytest.fixture
def panel(qtbot, problems):
    widget = IssuesPanel()
    qtbot.addWidget(widget)
    widget.set_problems(problems[0])
    widget.resize(720, 260)
    widget.show()
    return widget


def test_the_check_found_what_the_panel_is_about(problems):
    found, ids = problems
    assert [(p.position, p.kind) for p in found] == [
        (2, "term-missing"), (2, "term-forbidden"), (2, "term-missing"), (4, "term-missing"),
        (4, "term-forbidden")]


def test_model_passes_the_model_tester(qtmodeltester, problems):
    model = IssuesTableModel()
    model.set_problems(problems[0])
    qtmodeltester.check(model)
    model.set_problems([])
    qtmodeltester.check(model)


def test_model_columns_without_a_view(problems):
    found, ids = problems
    model = IssuesTableModel()
    model.set_problems(found)
    row = [model.data(model.index(1, c)) for c in (PARAGRAPH, KIND, TERM, ENGLISH, DETAIL)]
    assert row == ["2", "forbidden rendering", "الحكومة", "the Government", "“the regime”"]
    assert model.data(model.index(0, DETAIL)) == "not in the translation"
    assert model.data(model.index(2, TERM)) == "البنك الدولي"
    assert model.data(model.index(0, KIND)) == "term missing"
    assert model.data(model.index(1, 0), ParagraphIdRole) == ids[1]
    assert "forbids" in model.data(model.index(1, DETAIL), Qt.ItemDataRole.ToolTipRole)
    assert model.data(model.index(1, 0), SeverityRole) == "error"
    assert model.counts() == {"term-missing": 3, "term-forbidden": 2}


def test_the_header_counts_the_problems(panel):
    assert panel.header_label.text() == "Problems: 5 · errors: 5 · warnings: 0"
    # the counts per kind are the kind filter's entries
    entries = [panel.kind_filter.itemText(i) for i in range(panel.kind_filter.count())]
    assert entries == ["All kinds (5)", "term missing (3)", "forbidden rendering (2)"]
    panel.set_problems([])
    assert panel.header_label.text() == "No problems found"


def test_a_click_activates_its_paragraph(qtbot, panel, problems):
    ids = problems[1]
    rect = panel.table.visualRect(panel.model.index(3, KIND))
    with qtbot.waitSignal(panel.paragraph_activated) as blocker:
        qtbot.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args == [ids[3]]
    qtbot.wait(20)
    panel.grab().save("/tmp/panels/issues_panel.png")


def test_keyboard_enter_and_stepping_through_the_problems(qtbot, panel, problems):
    ids = problems[1]
    seen = []
    panel.paragraph_activated.connect(seen.append)
    panel.table.setFocus()
    panel.table.setCurrentIndex(panel.model.index(2, 0))
    qtbot.keyClick(panel.table, Qt.Key.Key_Return)
    panel.next_issue()
    panel.next_issue()
    panel.next_issue()  # wraps to the first
    panel.previous_issue()
    assert seen == [ids[1], ids[3], ids[3], ids[1], ids[3]]
    assert panel.table.currentIndex().row() == 4


def test_check_button_asks_for_a_check(qtbot, panel):
    with qtbot.waitSignal(panel.check_requested):
        qtbot.mouseClick(panel.check_button, Qt.MouseButton.LeftButton)
