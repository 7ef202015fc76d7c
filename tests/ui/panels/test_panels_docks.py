"""The reading docks in a real main window over a real project: clicking a word in the grid
analyzes it, glossary changes go through the project and come back highlighted and checked,
and a problem leads to its paragraph."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QHelpEvent, QTextLine
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QToolTip

from tests.ui.conftest import WAIT, open_project
from workbench.ui.delegates.text_delegate import PAD_X, PAD_Y
from workbench.ui.models.paragraph_model import SOURCE, STATUS, ProblemRole
from workbench.ui.panels.docks import ReadingDocks

PARAGRAPHS = [
    "أعلنت الحكومة خطة جديدة للنقل العام.",
    "وبالحكومة ثقة كبيرة لدى السكان في المدينة.",
    "لا علاقة لهذه الجملة بالموضوع.",
    "قدّم الوزير تقريراً للحكومة صباح اليوم.",
]
ENGLISH = [
    "The Government announced a new public transport plan.",
    "Residents of the city have great trust in the regime.",
    "This sentence has nothing to do with it.",
    "The minister presented a report to the cabinet this morning.",
]


@pytest.fixture
def reading_project(tmp_path, monkeypatch):
    from workbench.project import Project

    monkeypatch.setenv("WORKBENCH_HOME", str(tmp_path / "home"))  # our own user glossary
    doc = tmp_path / "نص.txt"
    doc.write_text("\n\n".join(PARAGRAPHS) + "\n", encoding="utf-8")
    path = tmp_path / "reading.wbproj"
    with Project.create(path) as project:
        project.import_document(doc)
        for p, text in zip(project.paragraphs(), ENGLISH, strict=True):
            project.save_target(p.id, text)
    return path


@pytest.fixture
def reading(qtbot, window, reading_project):
    docks = window.reading  # the window builds its own docks
    assert isinstance(docks, ReadingDocks)
    open_project(qtbot, window, reading_project)
    qtbot.waitUntil(lambda: not window.tasks.is_busy("store"), timeout=WAIT)
    return docks


def _point_of(view, row: int, char: int) -> QPoint:
    """Viewport position of the centre of character `char` of the source cell of `row`."""
    index = view.model().index(row, SOURCE)
    rect = view.visualRect(index)
    delegate = view.itemDelegateForColumn(SOURCE)
    layout = delegate.layout(index.data(), rect.width(), delegate.style_of(index))
    line = layout.lineForTextPosition(char)
    a = line.cursorToX(char, QTextLine.Edge.Leading)[0]
    b = line.cursorToX(char, QTextLine.Edge.Trailing)[0]
    return QPoint(int(rect.left() + PAD_X + (a + b) / 2), int(rect.top() + PAD_Y + line.y() + line.height() / 2))


def _add_government(qtbot, reading):
    dialog = reading.glossary_panel.add_term("وبالحكومة", "the Government")
    dialog.forbidden.setText("the regime")
    with qtbot.waitSignal(reading.highlighter_changed, timeout=WAIT):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: reading.issues_panel.model.rowCount() > 0, timeout=WAIT)


def test_the_docks_are_in_the_window_with_names(reading, window):
    names = {dock.objectName() for dock in (reading.word_dock, reading.glossary_dock, reading.issues_dock)}
    assert names == {"wordDock", "glossaryDock", "issuesDock"}
    assert all(window.dockWidgetArea(d) == Qt.DockWidgetArea.RightDockWidgetArea
               for d in (reading.word_dock, reading.glossary_dock))
    assert len(reading.toggle_actions()) == 3


def test_clicking_an_arabic_word_in_the_grid_analyzes_it(qtbot, reading, window):
    text = PARAGRAPHS[1]
    at = text.index("المدينة") + 2
    with qtbot.waitSignal(reading.word_panel.word_shown, timeout=60_000) as blocker:
        qtbot.mouseClick(window.view.viewport(), Qt.MouseButton.LeftButton, pos=_point_of(window.view, 1, at))
    assert blocker.args == ["المدينة"]
    assert reading.word_panel.model.rowCount() >= 1
    assert reading.word_panel.selected_row().term_english == "city"


def test_a_glossary_term_is_stored_highlighted_checked_and_leads_to_its_paragraph(qtbot, reading, window):
    _add_government(qtbot, reading)
    assert [e.arabic for e in reading.glossary_panel.model.entries()] == ["حكومة"]
    highlighted = [reading.highlighter.spans(p) for p in PARAGRAPHS]
    assert [len(s) for s in highlighted] == [1, 1, 0, 1]
    start, end = highlighted[1][0]
    assert PARAGRAPHS[1][start:end] == "الحكومة"  # inside وبالحكومة
    problems = reading.issues_panel.model.problems()
    assert [(p.position, p.kind) for p in problems] == [
        (2, "term-missing"), (2, "term-forbidden"), (4, "term-missing")]
    ids = [window.model.paragraph_at(r).id for r in range(4)]
    reading.issues_panel.table.setCurrentIndex(reading.issues_panel.model.index(2, 0))
    reading.issues_panel.next_issue()  # wraps to the first problem: paragraph 2
    assert window.view.current_paragraph_id() == ids[1]
    # the grid marks the rows with problems, and the status tooltip says what is wrong
    marks = [window.model.index(r, STATUS).data(ProblemRole) for r in range(4)]
    assert [len(m) for m in marks] == [0, 2, 0, 1]
    tip = window.model.index(3, STATUS).data(Qt.ItemDataRole.ToolTipRole)
    assert "\u201cthe Government\u201d" in tip and "حكومة" in tip


def test_hovering_a_hit_shows_the_english_term(qtbot, reading, window):
    _add_government(qtbot, reading)
    at = PARAGRAPHS[3].index("للحكومة") + 3
    pos = _point_of(window.view, 3, at)
    viewport = window.view.viewport()
    QApplication.sendEvent(viewport, QHelpEvent(QHelpEvent.Type.ToolTip, pos, viewport.mapToGlobal(pos)))
    assert QToolTip.text() == "the Government"
    QToolTip.hideText()


def test_an_edit_is_checked_again_without_a_full_check(qtbot, reading, window):
    _add_government(qtbot, reading)
    pid = window.model.paragraph_at(3).id
    window.editing.edit(pid, "The minister presented a report to the Government.")
    qtbot.waitUntil(lambda: all(p.paragraph_id != pid for p in reading.issues_panel.model.problems()),
                    timeout=WAIT)
    assert [p.position for p in reading.issues_panel.model.problems()] == [2, 2]
    assert window.model.index(3, STATUS).data(ProblemRole) == ()
    assert len(window.model.index(1, STATUS).data(ProblemRole)) == 2


def test_a_duplicate_is_explained_and_the_glossary_is_unchanged(qtbot, reading):
    _add_government(qtbot, reading)
    dialog = reading.glossary_panel.add_term("للحكومة", "government")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: reading.message_box is not None, timeout=WAIT)
    assert "already in the glossary" in reading.message_box.text()
    assert reading.glossary_panel.model.rowCount() == 1


def test_the_word_panel_button_opens_the_add_dialog_with_the_lemma(qtbot, reading, window):
    reading.word_panel.show_word("والمدينة")
    qtbot.waitUntil(lambda: reading.word_panel.lookup is not None, timeout=60_000)
    reading.word_panel.request_add()
    dialog = reading.glossary_panel.dialog
    assert dialog.arabic.text() == "مدينة" and dialog.english.text() == "city"
    assert reading.glossary_dock.isVisible()


def test_hover_mode_analyzes_the_word_the_pointer_rests_on(qtbot, reading, window):
    reading.pointer.set_hover(True)
    text = PARAGRAPHS[0]
    pos = _point_of(window.view, 0, text.index("خطة") + 1)
    with qtbot.waitSignal(reading.pointer.word_hovered, timeout=WAIT) as blocker:
        qtbot.mouseMove(window.view.viewport(), pos)
    assert blocker.args[3] == "خطة" and blocker.args[4] == text
    qtbot.waitUntil(lambda: reading.word_panel.lookup is not None, timeout=60_000)
    assert reading.word_panel.lookup.word == "خطة"


def test_a_closed_word_panel_loads_nothing(qtbot, reading, window):
    reading.word_dock.hide()
    clicked = []
    reading.pointer.word_clicked.connect(lambda *args: clicked.append(args[3]))
    pos = _point_of(window.view, 0, 2)
    qtbot.mouseClick(window.view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert clicked == ["أعلنت"] and reading.last_word == "أعلنت"
    assert reading.word_panel.lookup is None and not window.tasks.is_busy("nlp")


def test_without_a_project_the_docks_ask_nothing_of_the_store(qtbot, window):
    docks = window.reading
    errors = []
    docks.failed.connect(errors.append)
    docks.issues_panel.check_button.click()
    docks.reload_glossary()
    qtbot.waitUntil(lambda: not window.tasks.is_busy("store"), timeout=WAIT)
    qtbot.wait(20)
    assert errors == [] and docks.issues_panel.header_label.text() == "No problems found"


def test_a_glossary_change_rewrites_machine_drafts_but_never_a_persons_edit(qtbot, window, tmp_path, monkeypatch):
    from workbench.core.model import Draft, Status
    from workbench.project import Project

    monkeypatch.setenv("WORKBENCH_HOME", str(tmp_path / "home"))
    doc = tmp_path / "drafts.txt"
    doc.write_text("وبالحكومة ثقة كبيرة لدى السكان.\n\nقدّم الوزير تقريراً للحكومة.\n", encoding="utf-8")
    path = tmp_path / "drafts.wbproj"
    with Project.create(path) as project:
        project.import_document(doc)
        first, second = project.paragraph_ids()
        project.apply_drafts([Draft(first, "Residents have great trust in the regime.", "argos", "m"),
                              Draft(second, "The minister presented a report to the regime.", "argos", "m")])
        project.save_target(second, "The minister gave the regime a report.")  # a person's edit
    open_project(qtbot, window, path)
    qtbot.waitUntil(lambda: not window.tasks.is_busy("store"), timeout=WAIT)
    _add_government(qtbot, window.reading)
    qtbot.waitUntil(lambda: "Government" in window.model.paragraph(first).target, timeout=WAIT)
    assert window.model.paragraph(first).target == "Residents have great trust in the Government."
    assert window.model.paragraph(first).status is Status.MACHINE
    assert window.model.paragraph(second).target == "The minister gave the regime a report."
