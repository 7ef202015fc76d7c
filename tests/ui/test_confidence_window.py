"""Drafts the model was least sure of, in the real window (issue 17): a project translated by
the tiny real CTranslate2 model, its flags computed by project.confidence with the project
closed, then the window opened on it: an amber "check this" mark on exactly those rows (data
and pixels), the reason as the Status cell's tooltip, "Only drafts to check", "Next draft to
check" and the sort going least sure first, and a person's edit taking the mark away."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication

from tests.fixtures.tiny_text import ARABIC_LINES
from tests.ui.conftest import WAIT, open_project, wait_saved
from workbench.core.jobs import JobContext
from workbench.core.model import Status
from workbench.project import Project, pipeline
from workbench.project.confidence import flags, sort_key
from workbench.ui.delegates.status_delegate import CHECK_COLORS
from workbench.ui.models.paragraph_model import STATUS, ConfidenceRole, ParagraphIdRole
from workbench.ui.theme import current_theme


@pytest.fixture
def translated(tmp_path, installed_tiny_model):
    """The 36 lines of the tiny text drafted by the tiny model through the pipeline; returns
    (path, the flags project.confidence gives, the paragraphs)."""
    doc = tmp_path / "lines.txt"
    doc.write_text("\n\n".join(ARABIC_LINES), encoding="utf-8")
    path = tmp_path / "drafts.wbproj"
    with Project.create(path) as p:
        p.import_document(doc)
        pipeline.translate(p, pipeline.Translator(pipeline.EngineSpec("argos", {"beam_size": 1})),
                           JobContext())
        return path, flags(p), p.paragraphs()


def marked_ids(window) -> set[int]:
    model = window.model
    return {model.paragraph_at(row).id for row in range(model.rowCount())
            if model.index(row, STATUS).data(ConfidenceRole) is not None}


def shown_ids(window) -> list[int]:
    return [window.proxy.index(r, 0).data(ParagraphIdRole) for r in range(window.proxy.rowCount())]


def amber_pixels(window, paragraph_id: int) -> int:
    """Pixels of the "check this" amber painted in the Status cell of that paragraph."""
    view = window.view
    row = window.proxy.mapFromSource(window.model.index(window.model.row_of(paragraph_id), 0)).row()
    for _ in range(2):  # measured and scrolled into view (the diamond's fill ignores selection);
        view.go_to_row(row)  # the scroll range follows new row heights on the next event turn
        QApplication.processEvents()
    rect = view.visualRect(window.proxy.index(row, STATUS))
    image = view.viewport().grab().toImage()
    amber = QColor(CHECK_COLORS[current_theme()][0])
    return sum(1 for x in range(max(rect.left(), 0), min(rect.right(), image.width() - 1) + 1)
               for y in range(max(rect.top(), 0), min(rect.bottom(), image.height() - 1) + 1)
               if image.pixelColor(x, y) == amber)


def open_with_marks(qtbot, window, path, expected) -> None:
    open_project(qtbot, window, path)
    qtbot.waitUntil(lambda: marked_ids(window) == set(expected), timeout=WAIT)


def test_marks_on_exactly_the_flagged_rows_with_the_reason(qtbot, window, translated):
    path, expected, paragraphs = translated
    assert 1 <= len(expected) < len(paragraphs)  # some marked, most not
    open_with_marks(qtbot, window, path, expected)
    row = window.model.row_of(next(iter(expected)))
    window.view.go_to_row(row)
    for pid, flag in expected.items():
        tip = window.model.index(window.model.row_of(pid), STATUS).data(Qt.ItemDataRole.ToolTipRole)
        assert tip.startswith("machine\n") and flag.reason() in tip
    unmarked = next(p.id for p in paragraphs if p.id not in expected)
    tip = window.model.index(window.model.row_of(unmarked), STATUS).data(Qt.ItemDataRole.ToolTipRole)
    assert "unsure" not in tip
    # Painted, not only in the data: the amber diamond in every marked row, none in the others.
    for p in paragraphs:
        found = amber_pixels(window, p.id)
        assert found > 20 if p.id in expected else found == 0, (p.position, found)


def test_only_drafts_to_check_then_next_goes_least_sure_first(qtbot, window, translated):
    path, expected, paragraphs = translated
    open_with_marks(qtbot, window, path, expected)
    window.filter_actions["flagged"].trigger()
    assert window.filter_actions["flagged"].isChecked()
    position = {p.id: p.position for p in paragraphs}
    assert shown_ids(window) == sorted(expected, key=position.get)  # only them, in project order
    least_sure_first = [pid for _, _, pid in sorted((f.mean, position[pid], pid)
                                                    for pid, f in expected.items())]
    visited = []
    window.activateWindow()
    window.view.setFocus()
    for _ in expected:  # the key a reviewer presses
        qtbot.keyClick(window.view, Qt.Key.Key_N,
                       Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
        visited.append(window.view.current_paragraph_id())
    assert visited == least_sure_first
    window.confidence.next_action.trigger()  # after the last: the least sure again
    assert window.view.current_paragraph_id() == least_sure_first[0]
    window.filter_actions["all"].trigger()
    assert len(shown_ids(window)) == len(paragraphs)


def test_sort_by_confidence_puts_the_least_sure_first(qtbot, window, translated):
    path, expected, paragraphs = translated
    open_with_marks(qtbot, window, path, expected)
    window.confidence.sort_action.trigger()
    assert window.confidence.sort_action.isChecked()
    order = [p.id for p in sorted(paragraphs, key=lambda p: (sort_key(p), p.position))]
    assert shown_ids(window) == order
    assert set(shown_ids(window)[:len(expected)]) == set(expected)  # the marked ones on top
    assert window.view.current_paragraph_id() == order[0]
    window.confidence.sort_action.trigger()  # off: project order again
    assert shown_ids(window) == [p.id for p in paragraphs]


def test_a_persons_edit_removes_the_mark(qtbot, window, translated):
    path, expected, paragraphs = translated
    open_with_marks(qtbot, window, path, expected)
    position = {p.id: p.position for p in paragraphs}
    order = [pid for _, _, pid in sorted((f.mean, position[pid], pid) for pid, f in expected.items())]
    window.confidence.next_action.trigger()
    pid = window.view.current_paragraph_id()
    assert pid == order[0]
    index = window.model.index(window.model.row_of(pid), STATUS)
    window.editing.edit(pid, "A reviewer's own English.")
    assert index.data(ConfidenceRole) is None  # at once, before the store answers
    wait_saved(qtbot, window)
    qtbot.waitUntil(lambda: marked_ids(window) == set(expected) - {pid}, timeout=WAIT)
    p = window.model.paragraph(pid)
    assert p.status is Status.EDITED and p.confidence == ()  # the store cleared its score
    assert "unsure" not in index.data(Qt.ItemDataRole.ToolTipRole)
    window.confidence.next_action.trigger()  # on from the one just edited, not from the start
    assert window.view.current_paragraph_id() == order[1]


def test_a_batch_in_the_window_marks_its_drafts(qtbot, window, tmp_path, installed_tiny_model):
    doc = tmp_path / "lines.txt"
    doc.write_text("\n\n".join(ARABIC_LINES), encoding="utf-8")
    path = tmp_path / "fresh.wbproj"
    with Project.create(path) as p:
        p.import_document(doc)
    open_project(qtbot, window, path)
    assert not marked_ids(window)
    with qtbot.waitSignal(window.translation.finished, timeout=WAIT * 6):
        window.actions.translate_all.trigger()
    qtbot.waitUntil(lambda: not window.confidence.pending and not window.tasks.is_busy("store")
                    and len(marked_ids(window)) > 0, timeout=WAIT)
    shown = marked_ids(window)
    window.close()
    with Project.open(path) as p:
        assert set(flags(p)) == shown  # what the project says once every draft is written
