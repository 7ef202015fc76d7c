"""The Export dialog's file name never trips the export's extension check (issue 15): the
suggestion and whatever the user types end in an extension of the chosen format."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.formats.test_export_sample import sample_paragraphs
from workbench.formats.exporters import FORMATS, PROJECT_LAYOUTS, check_name, export
from workbench.ui.dialogs.export_dialog import ExportDialog, export_choices


def make_dialog(qtbot, tmp_path: Path) -> ExportDialog:
    dialog = ExportDialog(tmp_path / "book.v2")  # a dot in the stem is not an extension
    qtbot.addWidget(dialog)
    return dialog


def test_every_suggested_name_is_written_without_force(qtbot, tmp_path: Path) -> None:
    dialog = make_dialog(qtbot, tmp_path)
    for fmt, layout, _, _ in export_choices():
        dialog.select(fmt, layout)
        out, chosen, chosen_layout = dialog.choice()
        assert (chosen, chosen_layout) == (fmt, layout)
        assert out.name.startswith("book.v2-") and out.suffix in FORMATS[fmt].suffixes
        check_name(out, fmt)
        if (fmt, layout) in PROJECT_LAYOUTS:
            continue  # written from a project (tests/formats/test_docx_translated_export.py)
        assert export(sample_paragraphs(), out, fmt, layout) == out


@pytest.mark.parametrize(("typed", "fmt", "layout", "expected"), [
    ("notes.txt", "md", "table", "notes.md"),
    ("notes.md", "docx", "alternate", "notes.docx"),
    ("notes", "txt", "target", "notes.txt"),
    ("notes.final", "review", "rows", "notes.final.docx"),
    ("notes.markdown", "md", "blocks", "notes.markdown"),
    ("notes.xlf", "xliff2", "units", "notes.xlf"),
])
def test_a_typed_name_gets_the_format_extension(qtbot, tmp_path: Path, typed: str, fmt: str,
                                                layout: str, expected: str) -> None:
    dialog = make_dialog(qtbot, tmp_path)
    dialog.select(fmt, layout)
    dialog.path.setText(str(tmp_path / typed))
    out, _, _ = dialog.choice()
    assert out == tmp_path / expected
    check_name(out, fmt)
