"""Import a DOCX, translate it with the tiny real model, edit, close, reopen: all there."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.conftest import WAIT, open_project, wait_saved
from tests.ui.sample_text import SENTENCES
from workbench.core.model import Status
from workbench.ui.models.paragraph_model import TARGET


def _docx(path):
    import docx

    document = docx.Document()
    document.add_heading(SENTENCES[0], level=1)
    for sentence in SENTENCES[1:]:
        document.add_paragraph(sentence)
    document.save(path)
    return path


def test_import_translate_edit_close_reopen(qtbot, tmp_path, settings, installed_tiny_model, no_network):
    """With every socket call failing (no_network), the window imports, translates and saves."""
    from workbench.ui.main_window import MainWindow

    source = _docx(tmp_path / "تقرير.docx")
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    window.files.import_document(source)
    qtbot.waitUntil(lambda: window.model.rowCount() == len(SENTENCES), timeout=WAIT)
    path = window.session.path

    with qtbot.waitSignal(window.translation.finished, timeout=WAIT * 3) as blocker:
        window.actions.translate_all.trigger()
    assert blocker.args == [len(SENTENCES), False]
    assert {p.status for p in window.model.paragraphs()} == {Status.MACHINE}

    # Paragraph 2: typed in the grid, confirmed with Ctrl+Enter (translator: edited).
    window.view.go_to_row(1)
    window.view.edit(window.proxy.index(1, TARGET))
    editor = window.view.target_delegate.editor()
    editor.selectAll()
    qtbot.keyClicks(editor, "The teacher said the exam is next Thursday.")
    qtbot.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    # Paragraph 4: edited, then confirmed by the editor (reviewed).
    fourth = window.model.paragraph_at(3).id
    window.editing.edit(fourth, "The new hospital opened after years of waiting.")
    settings.role = "editor"
    window.view.go_to_row(3)
    window.actions.confirm.trigger()
    # Paragraph 6: the machine draft approved as it is.
    window.view.go_to_row(5)
    window.actions.mark_approved.trigger()
    sixth_draft = window.model.paragraph_at(5).target
    wait_saved(qtbot, window)
    assert window.panel.save_label.text() == "Saved"
    window.close()

    again = MainWindow(settings)
    qtbot.addWidget(again)
    open_project(qtbot, again, path)
    rows = again.model.paragraphs()
    assert (rows[1].target, rows[1].status) == (
        "The teacher said the exam is next Thursday.", Status.EDITED)
    assert (rows[3].target, rows[3].status) == (
        "The new hospital opened after years of waiting.", Status.REVIEWED)
    assert (rows[5].target, rows[5].status) == (sixth_draft, Status.APPROVED)
    others = [p for i, p in enumerate(rows) if i not in (1, 3, 5)]
    assert all(p.status is Status.MACHINE and p.engine == "argos" for p in others)
    again.close()
