"""The Export dialog offers the review DOCX (issue 14) with a status choice: one box per status,
all ticked, enabled for the review format only; OK waits for at least one."""

from __future__ import annotations

from pathlib import Path

import docx
from PySide6.QtWidgets import QDialogButtonBox

from workbench.core.model import Status
from workbench.project import Project
from workbench.ui.dialogs.export_dialog import ExportDialog


def make_dialog(qtbot, tmp_path: Path) -> ExportDialog:
    dialog = ExportDialog(tmp_path / "book")
    qtbot.addWidget(dialog)
    return dialog


def test_review_is_offered_with_its_own_file_name(qtbot, tmp_path: Path) -> None:
    dialog = make_dialog(qtbot, tmp_path)
    labels = [dialog.kind.itemText(i) for i in range(dialog.kind.count())]
    assert "Review (DOCX, edit the English)" in labels
    dialog.select("review", "rows")
    out, fmt, layout = dialog.choice()
    assert (fmt, layout) == ("review", "rows") and out == tmp_path / "book-review.docx"
    assert not dialog.comments.isEnabled()  # comments always go in their own column
    assert dialog.statuses() is None  # every status ticked: the default, everything


def test_status_boxes_choose_the_rows_and_only_for_review(qtbot, tmp_path: Path) -> None:
    dialog = make_dialog(qtbot, tmp_path)
    assert list(dialog.status_boxes) == list(Status)
    dialog.select("docx", "table")
    assert not any(box.isEnabled() for box in dialog.status_boxes.values())
    dialog.select("review", "rows")
    assert all(box.isEnabled() and box.isChecked() for box in dialog.status_boxes.values())
    dialog.status_boxes[Status.APPROVED].setChecked(False)
    dialog.status_boxes[Status.UNTRANSLATED].setChecked(False)
    assert dialog.statuses() == ["machine", "gloss", "memory", "edited", "reviewed"]
    dialog.select("docx", "table")
    assert dialog.statuses() is None  # other formats take no status choice


def test_ok_waits_for_a_status(qtbot, tmp_path: Path) -> None:
    dialog = make_dialog(qtbot, tmp_path)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    dialog.select("review", "rows")
    for box in dialog.status_boxes.values():
        box.setChecked(False)
    assert not ok.isEnabled()
    dialog.select("md", "blocks")
    assert ok.isEnabled()
    dialog.select("review", "rows")
    assert not ok.isEnabled()
    dialog.status_boxes[Status.EDITED].setChecked(True)
    assert ok.isEnabled()


def test_the_dialog_choice_exports_a_review_file(qtbot, tmp_path: Path) -> None:
    """What Project > Export does with the dialog's answers (project_files.export_dialog)."""
    source = tmp_path / "book.txt"
    source.write_text("تشرق الشمس على التلال.\n\nتعود الطيور إلى أعشاشها.\n", encoding="utf-8")
    with Project.create(tmp_path / "book.wbproj") as project:
        project.import_document(source)
        first, _ = project.paragraphs()
        project.save_target(first.id, "The sun rises over the hills.")
        dialog = make_dialog(qtbot, tmp_path)
        dialog.select("review", "rows")
        for status, box in dialog.status_boxes.items():
            box.setChecked(status == Status.EDITED)
        out, fmt, layout = dialog.choice()
        project.export(out, fmt, layout, comments=dialog.include_comments(), statuses=dialog.statuses())
    rows = docx.Document(str(out)).tables[0].rows[1:]
    assert [[c.text for c in row.cells][:2] for row in rows] == [[str(first.id), "edited"]]
