"""Find and replace, revision history with word differences, the shortcuts help."""

from __future__ import annotations

from tests.ui.conftest import WAIT, open_project, wait_saved
from workbench.core.model import Status
from workbench.project import Project
from workbench.ui.finding import Query
from workbench.ui.word_diff import word_diff_html


def test_find_arabic_ignores_diacritics_and_letter_variants(qtbot, window, project_path):
    open_project(qtbot, window, project_path)
    # The text has "المعلّمة" (with shadda) in row 1 and "القهوة" in row 2.
    hit = window.finder.find(Query("المعلمه", in_target=False))
    assert hit is not None and hit.field == "source"
    assert window.view.currentIndex().row() == 1
    source = window.model.paragraph(hit.paragraph_id).source
    assert source[hit.start:hit.end] == "المعلّمة"
    # The hit is marked in the Arabic cell, not in the English one.
    assert window.view.source_delegate._highlight == (hit.paragraph_id, hit.start, hit.end)
    assert window.view.target_delegate._highlight is None
    hit = window.finder.find(Query("القَهْوَة", in_target=False))
    assert window.view.currentIndex().row() == 2


def test_find_next_walks_every_hit_and_wraps(qtbot, window, project_path):
    open_project(qtbot, window, project_path)
    query = Query("الطالب", in_target=False)
    rows = []
    for _ in range(6):
        window.finder.find(query)
        rows.append(window.view.currentIndex().row())
    expected = sorted({r for r in range(12)
                       if "الطالب" in window.model.paragraph_at(r).source})
    assert rows[:len(expected)] == expected
    assert rows[len(expected)] == expected[0]  # wrapped around
    assert window.finder.find(Query("لا يوجد")) is None


def test_replace_all_changes_targets_only_in_one_undo_step(qtbot, window, project_path):
    open_project(qtbot, window, project_path)
    for row, text in ((0, "The old house."), (3, "An old tree and an Old road.")):
        window.editing.edit(window.model.paragraph_at(row).id, text)
    wait_saved(qtbot, window)
    window.show_find()
    dialog = window.find_dialog
    dialog.query.setText("old")
    dialog.replacement.setText("ancient")
    dialog.replace_all_button.click()
    window.find_glue.confirm_box.replace_button.click()  # it asks first (tests/ui/dialogs)
    wait_saved(qtbot, window)
    assert window.model.paragraph_at(0).target == "The ancient house."
    assert window.model.paragraph_at(3).target == "An ancient tree and an ancient road."
    assert "2" in dialog.result.text()
    window.actions.undo.trigger()
    wait_saved(qtbot, window)
    assert window.model.paragraph_at(3).target == "An old tree and an Old road."


def test_replace_one_hit_at_a_time(qtbot, window, project_path):
    open_project(qtbot, window, project_path)
    pid = window.model.paragraph_at(4).id
    window.editing.edit(pid, "red, red and red")
    wait_saved(qtbot, window)
    window.view.go_to_row(0)
    query = Query("red", in_source=False)
    window.finder.find(query)
    window.finder.replace_current(query, "blue")
    wait_saved(qtbot, window)
    assert window.model.paragraph(pid).target == "blue, red and red"
    window.finder.replace_current(query, "blue")
    wait_saved(qtbot, window)
    assert window.model.paragraph(pid).target == "blue, blue and red"


def test_word_diff_marks_removed_and_added_words():
    old, new = word_diff_html("The cat sat on the mat.", "The dog sat on the mat <here>.")
    assert "line-through;\">cat</span>" in old
    assert "underline;\">dog</span>" in new
    assert "&lt;here&gt;" in new
    assert "sat on the mat" in old and "sat on the mat" in new


def test_history_shows_the_machine_draft_beside_the_current_text(qtbot, window, project_path,
                                                                 no_model_installed):
    open_project(qtbot, window, project_path)
    with qtbot.waitSignal(window.translation.finished, timeout=WAIT * 3):
        window.actions.translate_all.trigger()
    pid = window.model.paragraph_at(2).id
    draft = window.model.paragraph(pid).target
    window.editing.edit(pid, draft + " Added by me.")
    wait_saved(qtbot, window)
    window.view.go_to_row(2)
    window.actions.history.trigger()
    qtbot.waitUntil(lambda: getattr(window, "history_dialog", None) is not None, timeout=WAIT)
    dialog = window.history_dialog
    shown = dialog.current_view.toHtml()
    marked = shown.split("background-color:#c7ecd0;\">", 1)[1].split("</span>", 1)[0]
    assert marked.strip() == "Added by me."  # the added words, and only they, are marked
    assert dialog.table.rowCount() == 2  # the draft and the edit, newest first
    assert dialog.table.item(0, 3).text().endswith("Added by me.")
    dialog.table.selectRow(1)
    dialog.restore_button.click()  # bring the machine draft back, as a new edit
    wait_saved(qtbot, window)
    assert window.model.paragraph(pid).target == draft
    window.close()
    with Project.open(project_path) as project:
        assert len(project.revisions(pid)) == 3
        assert project.paragraph(pid).status is Status.EDITED


def test_shortcuts_dialog_lists_the_keys_that_work(qtbot, window):
    from workbench.ui.dialogs.shortcuts_dialog import ShortcutsDialog

    dialog = ShortcutsDialog(window.actions.all(), window)
    qtbot.addWidget(dialog)
    rows = dict(dialog.rows())
    assert rows["Confirm and go to next"].startswith("Ctrl+Return")
    assert rows["Next paragraph"] == "Ctrl+Down"
    assert "Ctrl+Z" in rows.values()
    assert rows["Retranslate this paragraph"] == "Ctrl+T"


def test_text_size_changes_follow_the_settings(qtbot, window, project_path, settings):
    open_project(qtbot, window, project_path)
    before = window.view.source_delegate.font().pointSize()
    height = window.view.row_height_for(1)
    window.actions.bigger_text.trigger()
    window.actions.bigger_text.trigger()
    assert window.view.source_delegate.font().pointSize() == before + 2
    assert settings.arabic_font_size == before + 2
    assert window.view.row_height_for(1) > height
    window.actions.smaller_text.trigger()
    window.actions.smaller_text.trigger()
