"""Review mode in the real window: the Review dock shows a merged review's changes against the
translator's text, and Accept / Reject (one, or all) are edits with undo and history."""

from __future__ import annotations

import pytest

from tests.ui.conftest import WAIT, open_project, wait_saved
from workbench.core.model import Status
from workbench.project import Project

TRANSLATOR = ("The student went to the library in the morning.", "The teacher said the exam is on Thursday.")
REVIEWER = ("The student went to the library early in the morning.", "The teacher said the exam is next Thursday.")


@pytest.fixture
def reviewed_project(project_path):
    """Rows 2 and 3 translated by Huda, then changed by Samira's review file (merged)."""
    with Project.open(project_path) as project:
        project.propagate_repeats = False
        ids = project.paragraph_ids()[1:3]
        for pid, text in zip(ids, TRANSLATOR):
            project.save_target(pid, text, Status.EDITED, author="Huda")
        project._store.apply_review([(pid, old, Status.EDITED, new, Status.REVIEWED, "Samira")
                                     for pid, old, new in zip(ids, TRANSLATOR, REVIEWER)])
        project.set_comment(ids[0], "Samira: 'early' is in the Arabic.")
    return project_path


def _panel(window):
    return window.review_dock.panel


def test_the_dock_shows_the_changes_and_accept_ends_the_review(qtbot, window, reviewed_project):
    open_project(qtbot, window, reviewed_project)
    panel = _panel(window)
    qtbot.waitUntil(lambda: "2 paragraphs" in panel.pending.text(), timeout=WAIT)
    window.view.go_to_row(1)
    qtbot.waitUntil(lambda: panel.state is not None and panel.state.pending, timeout=WAIT)
    html = panel.text.toHtml()
    assert "line-through" not in panel.text.toPlainText()
    assert "early" in panel.text.toPlainText() and "underline" in html  # the insertion, marked
    assert "Samira" in panel.who.text() and "Huda" in panel.who.text()
    assert "'early' is in the Arabic" in panel.comment.text()
    panel.accept.click()  # already reviewed by the merge: recorded as an acceptance
    qtbot.waitUntil(lambda: "1 paragraphs" in panel.pending.text(), timeout=WAIT)
    window.close()
    with Project.open(reviewed_project) as project:
        pid = project.paragraph_ids()[1]
        assert project.paragraph(pid).target == REVIEWER[0]
        assert project.revisions(pid)[-1].origin.value == "user"


def test_reject_brings_the_translator_s_text_back_in_one_undo_step(qtbot, window, reviewed_project):
    open_project(qtbot, window, reviewed_project)
    panel = _panel(window)
    window.view.go_to_row(2)
    qtbot.waitUntil(lambda: panel.state is not None and panel.state.pending, timeout=WAIT)
    assert "next" in panel.text.toPlainText()
    panel.reject.click()
    wait_saved(qtbot, window)
    row = window.model.paragraph_at(2)
    assert (row.target, row.status) == (TRANSLATOR[1], Status.EDITED)
    window.editing.undo_stack.undo()
    wait_saved(qtbot, window)
    assert window.model.paragraph_at(2).target == REVIEWER[1]


def test_reject_all_and_next_to_review(qtbot, window, reviewed_project):
    open_project(qtbot, window, reviewed_project)
    panel = _panel(window)
    qtbot.waitUntil(lambda: panel.next.isEnabled(), timeout=WAIT)
    window.view.go_to_row(0)
    panel.next.click()
    qtbot.waitUntil(lambda: window.view.current_paragraph_id() == window.model.paragraph_at(1).id,
                    timeout=WAIT)
    panel.reject_all.click()
    qtbot.waitUntil(lambda: window.model.paragraph_at(2).target == TRANSLATOR[1], timeout=WAIT)
    wait_saved(qtbot, window)
    assert [window.model.paragraph_at(r).target for r in (1, 2)] == list(TRANSLATOR)
    qtbot.waitUntil(lambda: not panel.next.isEnabled(), timeout=WAIT)
