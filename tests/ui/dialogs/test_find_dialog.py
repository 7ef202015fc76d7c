"""The Find dialog in a real window (issue 11): it counts ("2 of 3"), says when it wrapped,
takes its mark off the grid when it closes, and Replace all leaves approved (and, by
preference, reviewed) paragraphs alone unless they are included on purpose, after saying what
it will change."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.ui.conftest import WAIT, open_project, wait_saved
from workbench.core.model import Status
from workbench.project import Project

ROWS = {  # row: (text, status)
    1: ("Ten tons of wheat.", Status.MACHINE),
    3: ("Five tons of rice.", Status.EDITED),
    5: ("Two tons of sugar.", Status.REVIEWED),
    7: ("Nine tons of salt.", Status.APPROVED),
}


@pytest.fixture
def tons_project(project_path):
    with Project.open(project_path) as project:
        project.propagate_repeats = False  # the sample repeats a paragraph: these rows only
        ids = project.paragraph_ids()
        for row, (text, status) in ROWS.items():
            project.save_target(ids[row], text, status)
    return project_path


def _open_find(qtbot, window, query: str, replacement: str = ""):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=WAIT)
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.find_dialog is not None and window.find_dialog.isVisible(),
                    timeout=WAIT)
    dialog = window.find_dialog
    dialog.query.setText(query)
    dialog.replacement.setText(replacement)
    return dialog


def _targets(window) -> dict[int, tuple[str, Status]]:
    return {row: (window.model.paragraph_at(row).target, window.model.paragraph_at(row).status)
            for row in ROWS}


def test_find_counts_wraps_and_clears_its_mark_on_close(qtbot, window, tons_project):
    open_project(qtbot, window, tons_project)
    window.view.go_to_row(2)
    dialog = _open_find(qtbot, window, "tons", "")
    seen = []
    for _ in range(4):
        qtbot.keyClick(dialog.query, Qt.Key.Key_Return)  # Next is the default button
        seen.append((window.view.currentIndex().row(), dialog.result.text()))
    assert [row for row, _ in seen] == [3, 5, 7, 1]  # from the cursor on, then around
    assert [text.split(" · ")[0] for _, text in seen] == ["2 of 4", "3 of 4", "4 of 4",
                                                           "1 of 4"]
    assert "continued from the top" in seen[3][1] and "continued" not in seen[2][1]
    dialog.activateWindow()  # its buttons' shortcuts work in the dialog's own window
    qtbot.waitUntil(dialog.isActiveWindow, timeout=WAIT)
    qtbot.keyClick(dialog.query, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)  # back
    # A button's shortcut clicks it after its 100 ms press animation.
    qtbot.waitUntil(lambda: dialog.result.text().startswith("4 of 4"), timeout=WAIT)
    assert "from the bottom" in dialog.result.text()
    assert window.view.target_delegate._highlight is not None
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # closing the dialog takes the mark away
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT)
    assert window.view.target_delegate._highlight is None
    assert window.view.source_delegate._highlight is None


def test_replace_all_asks_and_leaves_approved_and_reviewed_alone(qtbot, window, tons_project):
    open_project(qtbot, window, tons_project)
    before = _targets(window)
    dialog = _open_find(qtbot, window, "tons", "tonnes")
    dialog.replace_all_button.click()
    box = window.find_glue.confirm_box
    assert box is not None and box.isVisible()
    assert _targets(window) == before  # nothing changed before the answer
    assert "in 2 paragraphs" in box.text()
    assert "machine 1, edited 1" in box.informativeText()
    assert "reviewed 1, approved 1" in box.informativeText()  # left locked, and said so
    box.replace_button.click()
    wait_saved(qtbot, window)
    after = _targets(window)
    assert after[1] == ("Ten tonnes of wheat.", Status.EDITED)
    assert after[3] == ("Five tonnes of rice.", Status.EDITED)
    assert after[5] == before[5] and after[7] == before[7]  # locked work untouched
    assert "2 locked" in dialog.result.text()


def test_including_locked_work_is_on_purpose_and_still_asked(qtbot, window, tons_project):
    open_project(qtbot, window, tons_project)
    before = _targets(window)
    dialog = _open_find(qtbot, window, "tons", "tonnes")
    dialog.include_locked.setChecked(True)
    dialog.replace_all_button.click()
    box = window.find_glue.confirm_box
    assert "in 4 paragraphs" in box.text() and "approved 1" in box.informativeText()
    qtbot.keyClick(box, Qt.Key.Key_Escape)  # cancel: nothing happens
    qtbot.waitUntil(lambda: not box.isVisible(), timeout=WAIT)
    wait_saved(qtbot, window)
    assert _targets(window) == before
    dialog.close()
    assert not _open_find(qtbot, window, "tons", "tonnes").include_locked.isChecked()


def test_the_reviewed_lock_follows_the_preference(qtbot, window, tons_project, settings):
    settings.lock_reviewed = False
    try:
        open_project(qtbot, window, tons_project)
        dialog = _open_find(qtbot, window, "tons", "tonnes")
        assert "reviewed" not in dialog.include_locked.text()
        dialog.replace_all_button.click()
        window.find_glue.confirm_box.replace_button.click()
        wait_saved(qtbot, window)
        after = _targets(window)
        assert after[5] == ("Two tonnes of sugar.", Status.EDITED)
        assert after[7] == ("Nine tons of salt.", Status.APPROVED)
    finally:
        settings.lock_reviewed = True  # the INI file is shared by the session's tests
