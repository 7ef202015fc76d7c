"""The Matches tab: what a person confirmed in project A is offered, with its percent, when a
similar paragraph is current in project B; Ctrl+2 inserts match 2 as one undoable edit; a
person's differing text is replaced only after asking, and "Keep my text" keeps it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from tests.ui.conftest import WAIT, open_project, wait_saved
from workbench.core.model import Origin, Status
from workbench.project import Project

# Written for this test: a council meeting, told three ways.
MET = "اجتمع المجلس البلدي مساء أمس لمناقشة ميزانية العام المقبل في قاعة المدينة."
MET_EN = "The municipal council met yesterday evening to discuss next year's budget in the city hall."
MET_NEAR = "اجتمع المجلس البلدي صباح أمس لمناقشة ميزانية العام المقبل في قاعة المدينة."
MET_NEAR_EN = "The municipal council met yesterday morning to discuss next year's budget in the city hall."
CURRENT = "واجتمع المجلس البلدي ظهر أمس لمناقشة ميزانية العام المقبل في قاعة المدينة."


def _project(tmp_path: Path, name: str, *paragraphs: str) -> Path:
    source = tmp_path / f"{name}.txt"
    source.write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")
    path = tmp_path / f"{name}.wbproj"
    with Project.create(path) as project:
        project.import_document(source)
    return path


@pytest.fixture
def confirmed_elsewhere(tmp_path) -> None:
    """Project A: two paragraphs a person confirmed (save_target, status edited) feed the memory;
    the older one is MET, the newer MET_NEAR."""
    path = _project(tmp_path, "monday", MET, MET_NEAR)
    with Project.open(path) as project:
        project.author = "Salma"
        first, second = project.paragraph_ids()
        project.save_target(first, MET_EN, Status.EDITED)
        project.save_target(second, MET_NEAR_EN, Status.EDITED)


@pytest.fixture
def matched(qtbot, window, tmp_path, confirmed_elsewhere):
    """Project B open, its paragraph (similar to both of A's) current, its matches shown."""
    open_project(qtbot, window, _project(tmp_path, "tuesday", CURRENT))
    window.matches_dock.raise_()
    panel = window.matches_dock.panel
    qtbot.waitUntil(lambda: len(panel.rows) == 2, timeout=WAIT)
    return window, panel


def test_a_paragraph_confirmed_in_another_project_is_offered_with_its_percent(matched):
    window, panel = matched
    pid = window.view.current_paragraph_id()
    assert panel.paragraph_id == pid
    first, second = panel.rows
    # 12 words; و folds away, one word differs (مساء / صباح vs ظهر); another project: -2
    assert first.percent.startswith("89%") and second.percent.startswith("89%")
    assert "(83%)" in first.percent  # as written, واجتمع / اجتمع differ as well: 100 * 10 // 12
    assert {first.target, second.target} == {MET_EN, MET_NEAR_EN}
    assert first.target == MET_NEAR_EN  # newest first among equals
    assert "monday.txt" in first.origin and "Salma" in first.origin
    # A by its name (its file's stem), first: the memory keeps the name its feed recorded
    assert first.origin.startswith("project monday · monday.txt · ")
    assert "line-through" in first.source_diff  # صباح is marked: the current Arabic lacks it
    # and only it: اجتمع is واجتمع's word (the clitic folds away), as the score counted it
    assert first.source_diff.count("line-through") == 1 and "صباح</span>" in first.source_diff
    assert "89%" in panel.browser.toPlainText() and "Salma" in panel.browser.toPlainText()


def test_ctrl_2_inserts_match_2_as_an_edit_that_undo_reverts(qtbot, matched):
    window, panel = matched
    pid = window.view.current_paragraph_id()
    before = window.model.paragraph(pid)
    assert before.status is not Status.EDITED
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.model.paragraph(pid).target == panel.rows[1].target, timeout=WAIT)
    assert window.model.paragraph(pid).status is Status.EDITED
    wait_saved(qtbot, window)
    assert window.editing.undo_stack.count() == 1
    window.editing.undo_stack.undo()
    qtbot.waitUntil(lambda: window.model.paragraph(pid).target == before.target, timeout=WAIT)
    assert window.model.paragraph(pid).status is before.status
    wait_saved(qtbot, window)
    seen = []
    window.session.run(lambda project: [(r.text, r.origin) for r in project.revisions(pid)],
                       success=seen.append)
    qtbot.waitUntil(lambda: bool(seen), timeout=WAIT)
    # the inserted text stays in the history, recorded as a memory match; the undo is a person's
    assert (panel.rows[1].target, Origin.MEMORY) in seen[0]
    assert seen[0][-1] == (before.target, Origin.USER)


def test_a_persons_different_text_asks_first_and_keep_leaves_it(qtbot, matched):
    window, panel = matched
    pid = window.view.current_paragraph_id()
    mine = "The council met at noon yesterday."
    window.editing.edit(pid, mine)
    wait_saved(qtbot, window)
    window.actions.insert_match_1.trigger()
    box = window.memory.question
    assert box is not None and isinstance(box, QMessageBox)
    qtbot.waitUntil(box.isVisible, timeout=WAIT)
    assert mine in box.informativeText()
    box.keep_button.click()
    assert window.model.paragraph(pid).target == mine
    assert window.editing.undo_stack.count() == 1  # only my own edit
    # Asked again, "Replace" does replace: one more undo step.
    window.actions.insert_match_1.trigger()
    box = window.memory.question
    qtbot.waitUntil(box.isVisible, timeout=WAIT)
    box.replace_button.click()
    qtbot.waitUntil(lambda: window.model.paragraph(pid).target == panel.rows[0].target, timeout=WAIT)
    assert window.editing.undo_stack.count() == 2
    wait_saved(qtbot, window)


def test_moving_on_drops_the_answer_for_the_paragraph_left(qtbot, window, tmp_path, monkeypatch,
                                                           confirmed_elsewhere):
    open_project(qtbot, window, _project(tmp_path, "wednesday", CURRENT, "نص آخر لا يشبه شيئا."))
    panel = window.matches_dock.panel
    qtbot.waitUntil(lambda: len(panel.rows) == 2, timeout=WAIT)
    first = window.view.current_paragraph_id()
    shown = []
    show_rows = panel.show_rows
    monkeypatch.setattr(panel, "show_rows", lambda pid, rows: (shown.append(pid), show_rows(pid, rows)))
    window.view.go_to_row(1)  # a look-up for the second paragraph, left at once for the first
    window.view.go_to_row(0)
    qtbot.waitUntil(lambda: bool(shown) and not window.tasks.is_busy("store"), timeout=WAIT)
    assert shown == [first] and len(panel.rows) == 2  # the second's answer was never shown
    window.view.go_to_row(1)
    qtbot.waitUntil(lambda: len(shown) == 2, timeout=WAIT)
    assert panel.paragraph_id == window.view.current_paragraph_id() != first
    assert panel.rows == [] and "No match" in panel.status.text()
