"""The Quality dock in a real window over a real project with planted problems: every kind found
is listed with its count, a click moves the grid, a kind switched off is gone after the next
check, related paragraphs are links, the QA report is written, notes are not rows."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from tests.ui.conftest import WAIT, open_project
from workbench.core.model import Status
from workbench.qa.issue import KINDS
from workbench.ui.models.paragraph_model import STATUS, ProblemRole
from workbench.ui.panels.issues_model import KIND, SeverityRole

# Our own text: one planted problem per paragraph in 1-4 and 7, clean 5-6 (7 repeats 5's Arabic).
ARABIC = ["اشترى التاجر ٣٥ كتابا من السوق.",
          "ذهب الولد إلى المدرسة صباحا.",
          "قرأ الطالب الكتاب في المكتبة.",
          "السماء زرقاء والجو جميل اليوم.",
          "كتب الشاعر قصيدة عن البحر.",
          "زار الوزير المدينة أمس.",
          "كتب الشاعر قصيدة عن البحر."]
ENGLISH = ["The merchant bought 53 books from the market.",   # number missing and extra
           "The boy went to the scool in the morning.",       # spelling
           "The student read the كتاب in the library.",       # Arabic left in the English
           "The sky is  blue and the weather is nice today.",  # double space
           "The poet wrote a poem about the sea.",
           "The minister visited the city yesterday.",
           "The poet composed a poem about the sea."]          # same Arabic, other English


def make_project(folder: Path, dictionaries: str = "") -> Path:
    from workbench.project import Project

    doc = folder / "planted.txt"
    doc.write_text("\n\n".join(ARABIC) + "\n", encoding="utf-8")
    path = folder / "quality.wbproj"
    with Project.create(path) as project:
        project.import_document(doc)
        for paragraph, text in zip(project.paragraphs(), ENGLISH, strict=True):
            project.save_target(paragraph.id, text, Status.EDITED)
        if dictionaries:
            project.set_setting("spelling_dictionaries", dictionaries)
    return path


@pytest.fixture
def quality(qtbot, window, tmp_path, monkeypatch):
    monkeypatch.setenv("WORKBENCH_HOME", str(tmp_path / "home"))
    open_project(qtbot, window, make_project(tmp_path))
    panel = window.reading.issues_panel
    qtbot.waitUntil(lambda: {"number-missing", "double-space"} <= set(panel.model.counts()), timeout=WAIT)
    window.reading.issues_dock.show()
    window.reading.issues_dock.raise_()
    qtbot.waitUntil(panel.table.isVisible, timeout=WAIT)
    return panel


def _kinds(panel) -> dict[str, int]:
    return dict(panel.model.counts())


def _row_of_kind(panel, kind: str) -> int:
    return next(r for r in range(panel.model.rowCount()) if panel.model.problem_at(r).kind == kind)


def test_every_planted_kind_is_listed_with_its_count(quality, window):
    from workbench.qa.spelling import load_speller

    expected = {"number-missing": 1, "number-extra": 1, "arabic-in-english": 1, "double-space": 1,
                "inconsistent-translation": 2}
    if load_speller() is not None:
        expected["spelling"] = 1
    print("\nkind counts:", _kinds(quality))
    assert _kinds(quality) == expected
    assert window.reading.issues_dock.windowTitle() == "Quality"
    entries = [quality.kind_filter.itemText(i) for i in range(quality.kind_filter.count())]
    assert entries[0] == f"All kinds ({sum(expected.values())})"
    assert "number missing (1)" in entries and "translated differently (2)" in entries
    model = quality.model
    severities = {model.problem_at(r).kind: model.index(r, KIND).data(SeverityRole) for r in range(model.rowCount())}
    assert severities["number-missing"] == "error" and severities["double-space"] == "warning"
    assert not model.index(0, KIND).data(Qt.ItemDataRole.DecorationRole).isNull()
    # the grid marks the rows with findings, and its tooltip still reads
    marks = [window.model.index(r, STATUS).data(ProblemRole) for r in range(7)]
    assert [bool(m) for m in marks] == [True, "spelling" in expected, True, True, True, False, True]
    assert "Arabic left in the English" in window.model.index(2, STATUS).data(Qt.ItemDataRole.ToolTipRole)


def test_a_click_and_the_kind_filter_lead_to_the_paragraphs(qtbot, quality, window):
    ids = [window.model.paragraph_at(r).id for r in range(7)]
    row = _row_of_kind(quality, "arabic-in-english")
    rect = quality.table.visualRect(quality.model.index(row, KIND))
    qtbot.mouseClick(quality.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.view.current_paragraph_id() == ids[2]
    quality.show_kind("double-space")
    visible = [r for r in range(quality.model.rowCount()) if not quality.table.isRowHidden(r)]
    assert [quality.model.problem_at(r).kind for r in visible] == ["double-space"]
    quality.next_issue()
    assert window.view.current_paragraph_id() == ids[3]
    quality.show_kind(None)
    assert not any(quality.table.isRowHidden(r) for r in range(quality.model.rowCount()))


def test_related_paragraphs_are_links_to_them(qtbot, quality, window):
    ids = [window.model.paragraph_at(r).id for r in range(7)]
    row = _row_of_kind(quality, "inconsistent-translation")
    quality.table.setCurrentIndex(quality.model.index(row, 0))
    assert quality.related_label.isVisible()
    other = quality.model.problem_at(row).related[0]
    assert f'href="{other}"' in quality.related_label.text()
    quality.related_label.linkActivated.emit(str(other))
    assert window.view.current_paragraph_id() == ids[other - 1]


def test_a_kind_switched_off_is_gone_after_the_next_check_and_stays_off(qtbot, quality, window):
    assert list(quality.kind_actions) == list(KINDS)  # the Checks menu: one entry per kind
    quality.kind_actions["double-space"].trigger()  # unticks it
    qtbot.waitUntil(lambda: "double-space" not in _kinds(quality), timeout=WAIT)
    assert "number-missing" in _kinds(quality)
    stored = []
    window.session.run(lambda p: p.setting("qa_disabled", ""), success=stored.append)
    qtbot.waitUntil(lambda: stored == ["double-space"], timeout=WAIT)
    window.reading.check_all()
    qtbot.waitUntil(lambda: not window.tasks.is_busy("store"), timeout=WAIT)
    assert not quality.kind_actions["double-space"].isChecked()
    quality.kind_actions["double-space"].trigger()
    qtbot.waitUntil(lambda: "double-space" in _kinds(quality), timeout=WAIT)


def test_the_qa_report_is_written_as_html_and_csv(qtbot, quality, window, tmp_path):
    quality_checks = window.reading.quality
    for name in ("report.html", "report.csv"):
        with qtbot.waitSignal(quality_checks.report_written, timeout=WAIT) as blocker:
            quality_checks.export_report(tmp_path / name)
        written = Path(blocker.args[0])
        text = written.read_text(encoding="utf-8-sig")
        assert written == tmp_path / name and "number-missing" in text and "double-space" in text
    assert "<table>" in (tmp_path / "report.html").read_text(encoding="utf-8")


def test_a_report_with_another_extension_is_explained_not_written(qtbot, quality, window, tmp_path):
    quality_checks = window.reading.quality
    quality_checks.export_report(tmp_path / "report.pdf")
    assert quality_checks.message_box is not None
    assert ".html" in quality_checks.message_box.text() and "report.pdf" in quality_checks.message_box.text()
    assert not (tmp_path / "report.pdf").exists()
    quality_checks.message_box.close()


def test_a_note_about_the_check_is_a_line_above_the_list_not_a_row(qtbot, window, tmp_path, monkeypatch):
    monkeypatch.setenv("WORKBENCH_HOME", str(tmp_path / "home"))
    open_project(qtbot, window, make_project(tmp_path, dictionaries="xx_NONE"))
    panel = window.reading.issues_panel
    window.reading.issues_dock.show()
    window.reading.issues_dock.raise_()
    qtbot.waitUntil(lambda: bool(panel.notes), timeout=WAIT)
    assert panel.notes_label.isVisible() and "dictionary" in panel.notes_label.text()
    assert "spelling" not in _kinds(panel)
    assert all(panel.model.problem_at(r).number for r in range(panel.model.rowCount()))


def test_every_kind_has_a_name_people_read():
    from workbench.ui.panels.qa_kinds import labels

    assert sorted(set(KINDS) - set(labels())) == []
