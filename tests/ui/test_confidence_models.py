"""The grid's models with "check this" flags, without a view: Qt's model tester, the flag as
data and tooltip, "Only drafts to check" keeping the rows it showed when the flags change, and
the "least sure first" order (project.confidence.sort_key)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt

from tests.ui.sample_text import paragraphs
from workbench.core.model import Status
from workbench.project.confidence import ConfidenceFlag
from workbench.ui.models.paragraph_model import (
    STATUS,
    ConfidenceRole,
    DocumentNameRole,
    ParagraphIdRole,
    ParagraphTableModel,
)
from workbench.ui.models.status_filter_model import StatusFilterModel

# Weakest sentence mean per row (None: no score); rows 1, 4 and 6 are flagged below.
MEANS = [None, -2.5, -0.4, -0.9, -3.1, None, -2.0, -0.7]


def _rows():
    out = []
    for p, mean in zip(paragraphs(len(MEANS)), MEANS, strict=True):
        if mean is None:
            out.append(replace(p, status=Status.EDITED if p.position else Status.UNTRANSLATED))
        else:
            out.append(replace(p, status=Status.MACHINE, target=f"Draft {p.position}.",
                               model="m", confidence=((-0.3, -1.0), (mean, mean - 2))))
    return out


def _flags(*positions):
    return {100 + n: ConfidenceFlag(100 + n, 1, MEANS[n], 5.0) for n in positions}


def _models():
    model = ParagraphTableModel()
    model.set_paragraphs(_rows())
    proxy = StatusFilterModel()
    proxy.setSourceModel(model)
    return model, proxy


def _shown(proxy):
    return [proxy.index(r, 0).data(ParagraphIdRole) for r in range(proxy.rowCount())]


def test_models_with_flags_pass_the_model_tester(qtmodeltester):
    model, proxy = _models()
    model.set_confidence(_flags(1, 4, 6))
    qtmodeltester.check(model)
    proxy.set_filter("flagged")
    qtmodeltester.check(proxy)
    proxy.set_filter("all")
    proxy.set_confidence_order(True)
    qtmodeltester.check(proxy)


def test_the_flag_is_data_and_tooltip_while_the_text_is_the_scored_draft(qtbot):
    model, _ = _models()
    with qtbot.waitSignal(model.confidence_changed):
        model.set_confidence(_flags(1, 4))
    assert model.index(1, STATUS).data(ConfidenceRole) == _flags(1)[101]
    assert model.index(2, STATUS).data(ConfidenceRole) is None
    tip = model.index(4, STATUS).data(Qt.ItemDataRole.ToolTipRole)
    assert tip == "machine\nCheck this draft: " + _flags(4)[104].reason()
    with qtbot.assertNotEmitted(model.confidence_changed):
        model.set_confidence(_flags(1, 4))  # the same flags: nothing to repaint
    edited = replace(model.paragraph_at(1), target="Mine.", status=Status.EDITED)
    model.update_paragraphs([edited])
    assert model.index(1, STATUS).data(ConfidenceRole) is None  # before any recomputation
    assert [p.id for _, p, _ in model.flagged()] == [104]
    model.set_paragraphs(_rows())  # another reading: flags of old rows are not kept
    assert model.flagged() == []


def test_only_drafts_to_check_keeps_what_it_showed_and_adds_new_marks():
    model, proxy = _models()
    model.set_confidence(_flags(1, 4))
    proxy.set_filter("flagged")
    assert _shown(proxy) == [101, 104]
    model.update_paragraphs([replace(model.paragraph_at(1), target="Mine.", status=Status.EDITED)])
    model.set_confidence(_flags(4, 6))  # recomputed: 101 edited, 106 newly marked
    assert _shown(proxy) == [101, 104, 106]  # nothing vanishes from under the cursor
    proxy.set_filter("flagged")  # chosen again: exactly the rows marked now
    assert _shown(proxy) == [104, 106]


def test_least_sure_first_then_the_unscored_in_project_order():
    model, proxy = _models()
    proxy.set_confidence_order(True)
    assert _shown(proxy) == [104, 101, 106, 103, 107, 102, 100, 105]
    assert all(not proxy.index(r, 0).data(DocumentNameRole) for r in range(proxy.rowCount()))
    proxy.set_filter("drafts")  # a filter keeps the order
    assert _shown(proxy) == [104, 101, 106, 103, 107, 102, 100]
    proxy.set_confidence_order(False)
    assert _shown(proxy) == [100, 101, 102, 103, 104, 106, 107]
    assert proxy.index(0, 0).data(DocumentNameRole) == model.index(0, 0).data(DocumentNameRole)
