"""Concordance (Edit menu, Ctrl+Shift+F): a phrase typed or selected finds the memory's units
holding it, whatever their diacritics and clitics, each shown with its translation; an older
search answering late never replaces a newer one."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from tests.ui.conftest import WAIT, open_project
from workbench.core.model import Status
from workbench.project import Project
from workbench.ui.dialogs.concordance_dialog import ARABIC, ENGLISH, FROM, ConcordanceDialog

# Written for this test: the phrase "وزير الصحة" in three units, once with diacritics and a clitic.
HOSPITAL = "زار وزير الصحة المستشفى الجديد صباح اليوم."
HOSPITAL_EN = "The health minister visited the new hospital this morning."
CLITIC = "وقال وَلِوزيرِ الصحّة كلمة في المؤتمر."
CLITIC_EN = "And the health minister gave a speech at the conference."
OTHER = "افتتح وزير التعليم مدرسة جديدة في القرية."
OTHER_EN = "The education minister opened a new school in the village."


def _confirmed_project(tmp_path):
    source = tmp_path / "health.txt"
    source.write_text("\n\n".join((HOSPITAL, CLITIC, OTHER)) + "\n", encoding="utf-8")
    path = tmp_path / "health.wbproj"
    with Project.create(path) as project:
        project.import_document(source)
        project.author = "Karim"
        for pid, text in zip(project.paragraph_ids(), (HOSPITAL_EN, CLITIC_EN, OTHER_EN)):
            project.save_target(pid, text, Status.EDITED)
    return path


def _table(dialog: ConcordanceDialog) -> list[tuple[str, str, str]]:
    """The cells' text, without the isolates that keep each part of FROM in its own order."""
    t = dialog.table
    plain = str.maketrans("", "", "\u2068\u2069")
    return [tuple(t.item(r, c).text().translate(plain) for c in (ARABIC, ENGLISH, FROM))
            for r in range(t.rowCount())]


def test_typed_phrase_finds_units_diacritic_and_clitic_insensitive(qtbot, window, tmp_path):
    open_project(qtbot, window, _confirmed_project(tmp_path))
    window.activateWindow()
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: window.memory.concordance_dialog is not None
                    and window.memory.concordance_dialog.isVisible(), timeout=WAIT)
    dialog = window.memory.concordance_dialog
    dialog.phrase.setText("وزير الصحة")  # typed (QTest cannot type Arabic keys)
    qtbot.keyClick(dialog.phrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 2, timeout=WAIT)
    rows = _table(dialog)
    assert {(a, e) for a, e, _ in rows} == {(HOSPITAL, HOSPITAL_EN), (CLITIC, CLITIC_EN)}
    assert all(where.startswith("project health · health.txt · ") and where.endswith(" · Karim")
               for _, _, where in rows)
    assert "2" in dialog.status.text()


def test_selected_arabic_is_searched_at_once(qtbot, window, tmp_path):
    open_project(qtbot, window, _confirmed_project(tmp_path))
    field = QLineEdit("افتتح وزير التعليم مدرسة", window)
    field.show()
    window.activateWindow()
    field.setFocus()
    field.setSelection(6, len("وزير التعليم"))
    qtbot.waitUntil(lambda: QApplication.focusWidget() is field, timeout=WAIT)
    assert field.selectedText() == "وزير التعليم"
    window.actions.concordance.trigger()
    dialog = window.memory.concordance_dialog
    assert dialog.phrase.text() == "وزير التعليم"
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=WAIT)
    assert _table(dialog)[0][:2] == (OTHER, OTHER_EN)


def test_only_the_latest_search_is_shown(qtbot, tmp_path):
    answers = []
    dialog = ConcordanceDialog(lambda phrase, done: answers.append((phrase, done)))
    qtbot.addWidget(dialog)
    dialog.search("وزير")
    dialog.search("وزير الصحة")
    (_, older), (_, newer) = answers
    from workbench.memory.units import Hit, Unit

    newer([Hit(Unit(HOSPITAL, HOSPITAL_EN, project="u1", document="health.txt"), "clinics")])
    older([Hit(Unit(OTHER, OTHER_EN)), Hit(Unit(HOSPITAL, HOSPITAL_EN))])  # late: dropped
    assert _table(dialog) == [(HOSPITAL, HOSPITAL_EN, "project clinics · health.txt")]


def test_hits_without_a_name_say_where_they_came_from(qtbot):
    from workbench.memory.units import Hit, Unit

    dialog = ConcordanceDialog(lambda phrase, done: done([
        Hit(Unit(HOSPITAL, HOSPITAL_EN, origin="tmx", author="omegat", changed="not a date")),
        Hit(Unit(OTHER, OTHER_EN, project="u2", document="schools.docx")),
    ]))  # fmt: skip
    qtbot.addWidget(dialog)
    dialog.search("وزير")
    assert [row[2] for row in _table(dialog)] == ["TMX import · not a date · omegat",
                                                  "unnamed project · schools.docx"]
