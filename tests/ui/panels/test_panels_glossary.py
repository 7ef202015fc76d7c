"""The glossary panel over a real project's glossary: model checks, Arabic-aware search, the
add/edit/delete requests carried out by the real Project, and the add-term pre-fill."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from workbench.glossary.entries import GlossaryEntry
from workbench.ui.panels.glossary_model import (
    ARABIC,
    ENGLISH,
    FORBIDDEN,
    MODE,
    NOTE,
    SCOPE,
    EntryRole,
    GlossaryFilterModel,
    GlossaryTableModel,
)
from workbench.ui.panels.glossary_panel import AddTermDialog, GlossaryPanel


@pytest.fixture
def project(tmp_path, monkeypatch):
    from workbench.project import Project

    monkeypatch.setenv("WORKBENCH_HOME", str(tmp_path / "home"))  # our own user glossary file
    with Project.create(tmp_path / "g.wbproj") as p:
        p.add_term("الحكومة", "the Government", note="always capitalised", forbidden=("the regime",))
        p.add_term("وزارة الخارجية", "Ministry of Foreign Affairs")
        p.add_term("البنك الدولي", "World Bank", mode="exact")
        p.add_term("الأمم المتحدة", "United Nations", scope="user")
        yield p


@pytest.fixture
def panel(qtbot, project):
    widget = GlossaryPanel()
    qtbot.addWidget(widget)
    widget.set_entries(project.glossary_entries())
    widget.resize(640, 320)
    widget.show()
    return widget


def _ok(dialog):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def test_models_pass_the_model_tester(qtmodeltester, project):
    model = GlossaryTableModel()
    model.set_entries(project.glossary_entries())
    qtmodeltester.check(model)
    proxy = GlossaryFilterModel()
    proxy.setSourceModel(model)
    proxy.set_search("حكومه")
    qtmodeltester.check(proxy)
    model.set_entries([])
    qtmodeltester.check(model)


def test_model_columns_without_a_view(project):
    model = GlossaryTableModel()
    model.set_entries(project.glossary_entries())
    assert model.rowCount() == 4 and model.columnCount() == 6
    cell = lambda row, column: model.data(model.index(row, column))  # noqa: E731
    assert [cell(0, c) for c in (ARABIC, ENGLISH, NOTE, FORBIDDEN, MODE, SCOPE)] == [
        "الحكومة", "the Government", "always capitalised", "the regime", "smart", "project"]
    assert cell(2, MODE) == "exact" and cell(3, SCOPE) == "user"
    assert model.data(model.index(3, 0), EntryRole).scope == "user"
    align = Qt.AlignmentFlag(model.data(model.index(0, ARABIC), Qt.ItemDataRole.TextAlignmentRole))
    assert align & Qt.AlignmentFlag.AlignRight and align & Qt.AlignmentFlag.AlignAbsolute


@pytest.mark.parametrize("query, expected", [
    ("حكومه", ["الحكومة"]),  # ta marbuta folded
    ("الحُكُومَة", ["الحكومة"]),  # diacritics ignored
    ("GOVERNMENT", ["الحكومة"]),  # case folded
    ("الامم", ["الأمم المتحدة"]),  # hamza on alef folded
    ("bank world", ["البنك الدولي"]),  # every word, any order
    ("regime", ["الحكومة"]),  # forbidden renderings are searched too
    ("xyz", []),
])  # fmt: skip
def test_search_ignores_spelling_variants(panel, query, expected):
    panel.search.setText(query)
    shown = [panel.proxy.index(r, ARABIC).data() for r in range(panel.proxy.rowCount())]
    assert shown == expected
    assert panel.count_label.text() == f"Terms: {len(expected)} of 4"


@pytest.mark.parametrize("selection, expected", [
    ("وبالحكومة", "حكومة"),
    ("للحكومة", "حكومة"),
    ("الحُكومةَ", "حكومة"),
    ("حكومتنا", "حكومة"),
    ("للأمم المتحدة", "الأمم المتحدة"),
    ("  «وبالحكومة»  ", "حكومة"),  # punctuation around a selection is not part of the term
])  # fmt: skip
def test_add_term_dialog_prefills_the_base_form(qtbot, selection, expected):
    dialog = AddTermDialog(selection, "  the   Government ")
    qtbot.addWidget(dialog)
    assert dialog.arabic.text() == expected
    assert dialog.english.text() == "the Government"
    assert dialog.arabic.layoutDirection() == Qt.LayoutDirection.RightToLeft


def test_adding_from_a_selection_reaches_the_project(qtbot, panel, project):
    dialog = panel.add_term("وبالمدينة", "the city")
    assert dialog.arabic.text() == "مدينة" and dialog.isVisible()
    dialog.grab().save("/tmp/panels/add_term_dialog.png")
    with qtbot.waitSignal(panel.entry_added) as blocker:
        qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    entry = blocker.args[0]
    assert (entry.arabic, entry.english, entry.scope, entry.id) == ("مدينة", "the city", "project", None)
    project.add_term(entry.arabic, entry.english, note=entry.note, forbidden=entry.forbidden,
                     mode=entry.mode, scope=entry.scope)
    panel.set_entries(project.glossary_entries())
    assert panel.model.rowCount() == 5 and panel.count_label.text() == "Terms: 5"


def test_editing_by_keyboard_keeps_the_id_and_the_store_accepts_it(qtbot, panel, project):
    panel.table.setFocus()
    panel.table.setCurrentIndex(panel.proxy.index(1, 0))
    qtbot.keyClick(panel.table, Qt.Key.Key_Return)
    dialog = panel.dialog
    assert dialog.windowTitle() == "Edit glossary term" and dialog.arabic.text() == "وزارة الخارجية"
    assert not dialog.scope.isEnabled()
    dialog.english.setText("Foreign Ministry")
    with qtbot.waitSignal(panel.entry_changed) as blocker:
        qtbot.keyClick(dialog.english, Qt.Key.Key_Return)
    changed = blocker.args[0]
    original = panel.selected_entry()
    assert changed.id == original.id and changed.scope == "project"
    project.update_term(changed)
    panel.set_entries(project.glossary_entries())
    assert panel.selected_entry().english == "Foreign Ministry"  # selection kept across reload


def test_an_unchanged_edit_sends_nothing(qtbot, panel):
    panel.table.setCurrentIndex(panel.proxy.index(0, 0))
    dialog = panel.edit_selected()
    sent = []
    panel.entry_changed.connect(sent.append)
    _ok(dialog).click()
    assert sent == [] and not dialog.isVisible()


def test_an_invalid_entry_is_refused_in_the_dialog(qtbot, panel):
    dialog = panel.add_term("", "")
    assert not _ok(dialog).isEnabled()
    dialog.arabic.setText("Government")
    dialog.english.setText("the Government")
    _ok(dialog).click()
    assert dialog.isVisible() and "no Arabic letter" in dialog.error_label.text()
    dialog.arabic.setText("الحكومة")
    dialog.forbidden.setText("Government")
    _ok(dialog).click()
    assert dialog.isVisible() and "forbidden rendering" in dialog.error_label.text()


def test_a_duplicate_is_refused_by_the_store_with_words_for_it(panel, project):
    from workbench.core.errors import GlossaryError
    from workbench.ui.panels.term_dialog import glossary_error_text

    with pytest.raises(GlossaryError) as caught:
        project.add_term("حكومة", "government")
    assert glossary_error_text(caught.value) == "This term is already in the glossary as الحكومة."


def test_delete_asks_first_then_requests(qtbot, panel, project):
    panel.table.setFocus()
    panel.table.setCurrentIndex(panel.proxy.index(3, 0))
    qtbot.keyClick(panel.table, Qt.Key.Key_Delete)
    box = panel.confirm_box
    assert box is not None and "الأمم المتحدة" in box.text()
    with qtbot.waitSignal(panel.entry_deleted) as blocker:
        box.button(QMessageBox.StandardButton.Yes).click()
    entry = blocker.args[0]
    assert entry.scope == "user"
    project.delete_term(entry)
    panel.set_entries(project.glossary_entries())
    assert panel.model.rowCount() == 3


def test_delete_cancelled_requests_nothing(qtbot, panel):
    panel.table.setCurrentIndex(panel.proxy.index(0, 0))
    box = panel.delete_selected()
    sent = []
    panel.entry_deleted.connect(sent.append)
    box.button(QMessageBox.StandardButton.No).click()
    assert sent == []


def test_picture(qtbot, panel):
    panel.table.setCurrentIndex(panel.proxy.index(0, 0))
    qtbot.wait(20)
    panel.grab().save("/tmp/panels/glossary_panel.png")
    assert panel.edit_button.isEnabled() and panel.delete_button.isEnabled()
    assert isinstance(panel.selected_entry(), GlossaryEntry)
