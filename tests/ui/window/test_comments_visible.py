"""Comments you can see in the real window (issue 11): a marker in the # cell of a paragraph
with a comment (pixels of a grab), an "Only commented" filter that shows exactly those
paragraphs, and a marker that comes and goes as a comment is written or cleared in the
comment dock."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.conftest import WAIT, open_project, wait_saved
from tests.ui.window.test_documents_visible import make_three_documents
from workbench.ui.delegates.document_band import comment_color
from workbench.ui.models.paragraph_model import ID

COMMENTED = {1: "هل المقصود الفجر أم الصباح؟", 6: "راجع الفعل", 9: "السوق القديم؟"}


def marker_pixels(window, row: int) -> int:
    """Pixels of the comment colour painted in the # cell of grid row `row`."""
    view = window.view
    view.fit_visible_rows()
    rect = view.visualRect(window.proxy.index(row, ID))
    image = view.viewport().grab().toImage()
    color = comment_color()
    return sum(1 for x in range(rect.left(), rect.right() + 1)
               for y in range(rect.top(), rect.bottom() + 1)
               if image.pixelColor(x, y) == color)


def shown_numbers(window) -> list[str]:
    return [window.proxy.index(r, ID).data() for r in range(window.proxy.rowCount())]


def test_a_commented_paragraph_has_a_marker_and_the_others_none(qtbot, window, tmp_path):
    open_project(qtbot, window, make_three_documents(tmp_path, COMMENTED))
    window.view.go_to_row(10)  # the selection's colour is not under any marker
    window.view.scrollToTop()
    for row in range(window.proxy.rowCount()):
        found = marker_pixels(window, row)
        assert (found > 30) if row in COMMENTED else (found == 0), (row, found)
    # the comment is the # cell's tooltip
    assert window.proxy.index(6, ID).data(Qt.ItemDataRole.ToolTipRole) == COMMENTED[6]


def test_only_commented_shows_exactly_the_commented_paragraphs(qtbot, window, tmp_path):
    open_project(qtbot, window, make_three_documents(tmp_path, COMMENTED))
    assert window.proxy.rowCount() == 11
    window.filter_actions["commented"].trigger()
    assert shown_numbers(window) == [str(row + 1) for row in sorted(COMMENTED)]
    assert window.filter_actions["commented"].isChecked()
    for row in range(window.proxy.rowCount()):
        assert marker_pixels(window, row) > 30
    window.filter_actions["all"].trigger()
    assert window.proxy.rowCount() == 11


def test_the_marker_follows_the_comment_dock(qtbot, window, tmp_path):
    open_project(qtbot, window, make_three_documents(tmp_path))
    view, dock = window.view, window.comment_dock
    view.go_to_row(4)
    view.scrollToTop()
    assert marker_pixels(window, 3) == 0
    view.go_to_row(3)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=WAIT)
    window.actions.comment.trigger()  # Ctrl+M: the keyboard goes into the comment
    assert dock.isVisible()
    assert dock.editor.hasFocus()
    dock.editor.insertPlainText("الصخور أم الحجارة؟")  # (QTest types Latin keys only)
    dock.save_button.click()
    wait_saved(qtbot, window)
    qtbot.waitUntil(lambda: window.model.paragraph_at(3).comment == "الصخور أم الحجارة؟",
                    timeout=WAIT)
    view.go_to_row(4)  # off the row, so the selection does not cover the marker
    view.scrollToTop()
    assert marker_pixels(window, 3) > 30
    window.filter_actions["commented"].trigger()
    assert shown_numbers(window) == ["4"]
    window.filter_actions["all"].trigger()
    view.go_to_row(3)
    dock.editor.clear()  # the comment is removed
    dock.save_button.click()
    wait_saved(qtbot, window)
    qtbot.waitUntil(lambda: window.model.paragraph_at(3).comment == "", timeout=WAIT)
    view.go_to_row(4)
    view.scrollToTop()
    assert marker_pixels(window, 3) == 0
    window.filter_actions["commented"].trigger()
    assert shown_numbers(window) == []
