"""The grid's models over real Paragraph lists: Qt's model tester plus plain data checks."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt

from tests.ui.sample_text import SENTENCES, TRANSLATIONS, paragraphs
from workbench.core.model import Kind, Status
from workbench.ui.models.paragraph_model import (
    ENGINE,
    ID,
    SOURCE,
    STATUS,
    TARGET,
    ParagraphIdRole,
    ParagraphRole,
    ParagraphTableModel,
    StatusRole,
)
from workbench.ui.models.status_filter_model import StatusFilterModel


def _model(count=12):
    model = ParagraphTableModel()
    model.set_paragraphs(paragraphs(count))
    return model


def test_paragraph_model_passes_the_model_tester(qtmodeltester):
    model = _model()
    qtmodeltester.check(model)
    model.set_paragraphs([])
    qtmodeltester.check(model)


def test_status_filter_passes_the_model_tester(qtmodeltester):
    proxy = StatusFilterModel()
    proxy.setSourceModel(_model())
    proxy.set_filter("hide_approved")
    qtmodeltester.check(proxy)


def test_data_reads_the_paragraphs_without_a_view():
    model = _model(8)
    assert model.rowCount() == 8 and model.columnCount() == 5
    first = model.index(0, SOURCE)
    assert model.data(first) == SENTENCES[0]
    assert model.data(model.index(1, TARGET)) == TRANSLATIONS[1]
    assert model.data(model.index(0, TARGET)) == ""  # untranslated
    assert model.data(model.index(3, ID)) == "4"
    assert model.data(model.index(1, STATUS)) == "machine"
    assert model.data(model.index(1, ENGINE)) == "argos"
    assert model.data(first, StatusRole) is Status.UNTRANSLATED
    assert model.data(first, ParagraphRole).kind is Kind.HEADING
    assert model.data(first, ParagraphIdRole) == 100
    source_align = Qt.AlignmentFlag(model.data(first, Qt.ItemDataRole.TextAlignmentRole))
    assert source_align & Qt.AlignmentFlag.AlignRight and source_align & Qt.AlignmentFlag.AlignAbsolute
    target_align = Qt.AlignmentFlag(model.data(model.index(0, TARGET), Qt.ItemDataRole.TextAlignmentRole))
    assert target_align & Qt.AlignmentFlag.AlignLeft


def test_only_the_target_is_editable():
    model = _model(3)
    assert model.flags(model.index(0, TARGET)) & Qt.ItemFlag.ItemIsEditable
    for column in (ID, SOURCE, STATUS, ENGINE):
        assert not model.flags(model.index(0, column)) & Qt.ItemFlag.ItemIsEditable


def test_set_data_asks_for_a_save_and_leaves_the_row_to_the_store(qtbot):
    model = _model(3)
    with qtbot.waitSignal(model.edit_requested) as blocker:
        assert model.setData(model.index(1, TARGET), "A new sentence.")
    assert blocker.args == [101, "A new sentence."]
    assert model.data(model.index(1, TARGET)) == TRANSLATIONS[1]  # unchanged until saved
    with qtbot.assertNotEmitted(model.edit_requested):
        assert not model.setData(model.index(1, TARGET), TRANSLATIONS[1])  # no change
        assert not model.setData(model.index(1, SOURCE), "x")


def test_update_paragraphs_emits_data_changed_for_changed_rows_only(qtbot):
    model = _model(6)
    rows = model.paragraphs()
    changed = [replace(rows[2], target="Saved.", status=Status.EDITED), rows[4]]
    with qtbot.waitSignal(model.dataChanged) as blocker:
        assert model.update_paragraphs(changed) == [2]
    top_left, bottom_right = blocker.args[0], blocker.args[1]
    assert (top_left.row(), bottom_right.row()) == (2, 2)
    assert model.data(model.index(2, TARGET)) == "Saved."
    assert model.row_of(102) == 2 and model.paragraph(102).status is Status.EDITED


def test_status_counts_come_from_memory():
    model = _model(14)  # twice through the seven statuses
    counts = model.status_counts()
    assert counts[Status.UNTRANSLATED] == 2 and counts[Status.APPROVED] == 2
    assert counts[Status.MEMORY] == 2 and sum(counts.values()) == 14


def test_filter_by_status():
    model = _model(14)
    proxy = StatusFilterModel()
    proxy.setSourceModel(model)
    assert proxy.rowCount() == 14
    proxy.set_filter("untranslated")
    shown = [proxy.data(proxy.index(r, 0), StatusRole) for r in range(proxy.rowCount())]
    assert shown == [Status.UNTRANSLATED, Status.UNTRANSLATED]
    proxy.set_filter("drafts")  # a memory draft is a draft: no person has read it here
    shown = {proxy.data(proxy.index(r, 0), StatusRole) for r in range(proxy.rowCount())}
    assert shown == {Status.UNTRANSLATED, Status.MACHINE, Status.GLOSS, Status.MEMORY}
    proxy.set_filter("hide_approved")
    shown = {proxy.data(proxy.index(r, 0), StatusRole) for r in range(proxy.rowCount())}
    assert proxy.rowCount() == 12 and Status.APPROVED not in shown
    proxy.set_filter("all")
    assert proxy.rowCount() == 14


def test_a_confirmed_row_stays_visible_until_the_filter_is_chosen_again():
    model = _model(12)
    proxy = StatusFilterModel()
    proxy.setSourceModel(model)
    proxy.set_filter("untranslated")
    first = model.paragraph_at(0)
    model.update_paragraphs([replace(first, target="Done.", status=Status.EDITED)])
    assert proxy.rowCount() == 2
    proxy.set_filter("untranslated")
    assert proxy.rowCount() == 1
