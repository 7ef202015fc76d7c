"""The Export dialog knows the project's documents: a translated layout is offered only for a
format some document came in, and rebuilds one document of that format; other layouts export
all documents (each one's start marked) or the one chosen. Comments do not apply to a
translated document."""

from __future__ import annotations

from workbench.core.model import Document
from workbench.ui.dialogs.export_dialog import ExportDialog

DOCS = [Document(1, "report.docx", "docx", "2026-12-07"), Document(2, "notes.txt", "txt", "2026-12-07"),
        Document(3, "page.odt", "odt", "2026-12-07"), Document(4, "memo.docx", "docx", "2026-12-07")]


def test_translated_layouts_follow_the_documents_formats(qtbot, tmp_path):
    dialog = ExportDialog(tmp_path / "book", documents=DOCS)
    qtbot.addWidget(dialog)
    offered = {(fmt, layout) for fmt, layout, _s, _l in dialog._choices}
    assert ("docx", "translated") in offered and ("odt", "translated") in offered
    assert ("html", "translated") not in offered and ("md", "translated") not in offered
    assert ("md", "table") in offered  # every other layout stays

    dialog.select("docx", "translated")
    names = [dialog.document.itemText(i) for i in range(dialog.document.count())]
    assert names == ["report.docx", "memo.docx"] and dialog.chosen_document() == "#1"
    assert not dialog.comments.isEnabled() and not dialog.include_comments()
    dialog.document.setCurrentIndex(1)
    assert dialog.chosen_document() == "#4"

    dialog.select("md", "blocks")
    assert dialog.document.count() == 5 and dialog.chosen_document() == "#4"  # the choice stays
    assert dialog.comments.isEnabled()
    dialog.document.setCurrentIndex(0)
    assert dialog.chosen_document() is None  # all of them, each one's start marked


def test_one_document_leaves_nothing_to_choose(qtbot, tmp_path):
    dialog = ExportDialog(tmp_path / "book", documents=DOCS[:1])
    qtbot.addWidget(dialog)
    dialog.select("txt", "target")
    assert dialog.document.count() == 1 and not dialog.document.isEnabled()
    assert dialog.chosen_document() == "#1"


def test_bidi_controls_are_taken_out_unless_the_box_is_ticked(qtbot, tmp_path):
    dialog = ExportDialog(tmp_path / "book", documents=DOCS[:1])
    qtbot.addWidget(dialog)
    assert not dialog.keep_bidi_controls()  # the default neutralises them
    dialog.keep_bidi.setChecked(True)
    assert dialog.keep_bidi_controls()
