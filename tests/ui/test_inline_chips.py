"""Inline tags in the window (issue 15): chips in the grid and in the editor, whole-tag deletion,
"Insert next tag", "Copy source to target", and what a row with tags saves. Real window, real
project file (marks set through SQL on the file, as an importer stores them), real keys."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QColor, QHelpEvent, QTextCursor
from PySide6.QtWidgets import QApplication, QToolTip

from tests.ui.conftest import WAIT, open_project, wait_saved
from workbench.core import inline
from workbench.core.model import Status
from workbench.project import Project
from workbench.ui import tag_chips
from workbench.ui.delegates.target_editor import OBJECT
from workbench.ui.display_text import ShownText
from workbench.ui.inline_text import TaggedText, tagged_text
from workbench.ui.models.paragraph_model import SOURCE, TARGET
from workbench.ui.tag_commands import missing_tags

ARABIC = ("أعلنت البلدية أن الحديقة العامة ستفتح أبوابها في الصيف، "
          "وأن جدول الزيارات متاح على صفحتها الرسمية.")
o, c, s = inline.open_tag, inline.close_tag, inline.solo_tag
# The English as the translator left it: every tag of the source in place.
ENGLISH = (f"The municipality announced that {o(1)}the public park{c(1)} will open in "
           f"summer{s(2)}, and that the visiting hours are on {o(3)}its official page{c(3)}.")


def _marks():
    bold = ARABIC.index("الحديقة العامة")
    link = ARABIC.index("صفحتها الرسمية")
    note = ARABIC.index("،") + 1
    return inline.renumber([
        inline.Mark(0, "b", bold, bold + len("الحديقة العامة")),
        inline.Mark(0, "link", link, link + len("صفحتها الرسمية"), "https://example.org/park"),
        inline.Mark(0, "note", note, note, "footnote:1", "1"),
    ])


@pytest.fixture
def tagged_project(tmp_path):
    """Row 0 plain, row 1 with marks and the tagged ENGLISH, row 2 with marks and no English."""
    document = tmp_path / "بلدية.txt"
    document.write_text(f"خبر قصير عن المدينة\n\n{ARABIC}\n\n{ARABIC} مرة أخرى\n", encoding="utf-8")
    path = tmp_path / "tags.wbproj"
    with Project.create(path) as project:
        project.import_document(document)
    marks = _marks()
    with sqlite3.connect(path) as con:  # the column an importer fills: paragraphs.marks
        con.execute("UPDATE paragraphs SET marks = ? WHERE source = ?", (inline.to_json(marks), ARABIC))
        con.execute("UPDATE paragraphs SET marks = ? WHERE source = ?",
                    (inline.to_json(marks), f"{ARABIC} مرة أخرى"))
    con.close()
    with Project.open(path) as project:
        pid = project.paragraphs()[1].id
        project.save_target(pid, ENGLISH, Status.EDITED)
    return path


def _stored(path, row: int) -> str:
    with Project.open(path) as project:
        return project.paragraphs()[row].target


def _editor(qtbot, window, row: int):
    window.activateWindow()
    window.view.go_to_row(row)
    window.view.edit(window.proxy.index(row, TARGET))
    qtbot.waitUntil(lambda: window.view.target_delegate.editor() is not None, timeout=WAIT)
    editor = window.view.target_delegate.editor()
    editor.setFocus()
    return editor


def _commit(qtbot, window) -> None:
    window.view.target_delegate.commit_and_close()
    wait_saved(qtbot, window)


def _has_chip_colour(image) -> bool:
    fill = QColor(tag_chips.FILL)
    return any(image.pixelColor(x, y) == fill
               for x in range(0, image.width(), 2) for y in range(0, image.height(), 2))


# -- the grid ---------------------------------------------------------------------------------

def test_source_shown_with_a_chip_at_each_mark_edge_and_offsets_kept():
    marks = _marks()
    shown = tagged_text(ARABIC, marks, source=True)
    assert [chip.label for chip in shown.chips] == ["1", "/1", "2/", "3", "/3"]
    assert inline.plain(shown.text.replace("\u00a0", "")) == ARABIC.replace("\u00a0", "")
    bold = marks[0]
    # A stored span still lands on its words: after the opening chip, before the closing one.
    start, end = shown.span(bold.start, bold.end)
    assert shown.text[start:end] == "الحديقة العامة"
    assert shown.to_original(start) == bold.start
    assert [(sp.styles, sp.href) for sp in shown.spans] == [
        (frozenset({"b"}), ""), (frozenset(), "https://example.org/park")]


def test_a_target_keeps_its_offsets_and_shows_its_tags_as_chips():
    shown = tagged_text(ENGLISH, _marks(), source=False)
    assert shown.identity and len(shown.text) == len(ENGLISH)
    assert [chip.char for chip in shown.chips] == [o(1), c(1), s(2), o(3), c(3)]
    assert shown.text[ENGLISH.index(o(1)) + 1:ENGLISH.index(c(1))] == "the public park"


def test_grid_cells_paint_chips_and_plain_rows_stay_plain(qtbot, window, tagged_project):
    open_project(qtbot, window, tagged_project)
    view = window.view
    plain_source = window.proxy.index(0, SOURCE)
    shown, layout = view.source_delegate.cell(plain_source, 300)
    assert type(shown) is ShownText  # no marks: the plain path, its layout cached as before
    assert layout is view.source_delegate.layout(plain_source.data(), 300,
                                                 view.source_delegate.style_of(plain_source))
    source, target = window.proxy.index(1, SOURCE), window.proxy.index(1, TARGET)
    shown, layout = view.source_delegate.cell(source, 300)
    assert isinstance(shown, TaggedText) and len(shown.chips) == 5
    assert any(r.format.fontWeight() > 500 for r in layout.formats())  # the bold words
    # Each chip has room: its place is as wide as the chip, not as a space.
    chip = shown.chips[0]
    line = layout.lineForTextPosition(chip.index)
    width = abs(line.cursorToX(chip.index + 1)[0] - line.cursorToX(chip.index)[0])
    assert width == pytest.approx(tag_chips.chip_width(view.source_delegate.font(), "1"), abs=1)
    qtbot.waitUntil(lambda: view.rowHeight(1) > view.rowHeight(0), timeout=WAIT)
    grid = view.viewport().grab()
    cell = lambda index: grid.copy(view.visualRect(index)).toImage()  # noqa: E731
    assert _has_chip_colour(cell(source)) and _has_chip_colour(cell(target))
    assert not _has_chip_colour(cell(plain_source))


# -- the editor -------------------------------------------------------------------------------

def test_editor_holds_one_object_per_tag_and_gives_the_tags_back(qtbot, window, tagged_project):
    open_project(qtbot, window, tagged_project)
    editor = _editor(qtbot, window, 1)
    document_text = editor.document().toPlainText()
    assert [i for i, ch in enumerate(document_text) if ch == OBJECT] == [
        i for i, _role, _n in inline.tags_in(ENGLISH)]
    assert editor.toPlainText() == ENGLISH
    assert not editor.document().isModified() and not editor.document().isUndoAvailable()
    # The chip's tooltip names what the tag stands for.
    at = ENGLISH.index(o(3))
    cursor = QTextCursor(editor.document())
    cursor.setPosition(at)
    left = editor.cursorRect(cursor)
    inside = editor.viewport().mapTo(editor, QPoint(left.left() + 4, left.center().y()))
    QApplication.sendEvent(editor, QHelpEvent(QEvent.Type.ToolTip, inside, editor.mapToGlobal(inside)))
    assert QToolTip.text() == "link to https://example.org/park"
    QToolTip.hideText()


def test_backspace_removes_a_whole_tag_and_the_row_saves_what_was_done(qtbot, window, tagged_project):
    open_project(qtbot, window, tagged_project)
    editor = _editor(qtbot, window, 1)
    cursor = editor.textCursor()
    cursor.setPosition(ENGLISH.index(c(1)) + 1)  # just after the chip "/1"
    editor.setTextCursor(cursor)
    qtbot.keyClick(editor, Qt.Key.Key_Backspace)
    expected = ENGLISH.replace(c(1), "")
    assert editor.toPlainText() == expected
    qtbot.keyClicks(editor, "s")  # typed after where the chip was: plain text
    expected = expected.replace("park will", "parks will")
    cursor = editor.textCursor()
    cursor.setPosition(expected.index(s(2)))  # before the chip "2/": Delete takes all of it
    editor.setTextCursor(cursor)
    qtbot.keyClick(editor, Qt.Key.Key_Delete)
    expected = expected.replace(s(2), "")
    assert editor.toPlainText() == expected
    _commit(qtbot, window)
    assert window.model.paragraph_at(1).target == expected
    window.close()
    assert _stored(tagged_project, 1) == expected


def test_copy_and_paste_inside_the_editor_keep_the_chips(qtbot, window, tagged_project):
    open_project(qtbot, window, tagged_project)
    editor = _editor(qtbot, window, 1)
    start, end = ENGLISH.index(o(1)), ENGLISH.index(c(1)) + 1
    cursor = editor.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    editor.setTextCursor(cursor)
    mime = editor.createMimeDataFromSelection()
    assert mime.text() == "the public park"  # other programs get the words, no tag characters
    editor.copy()
    editor.moveCursor(QTextCursor.MoveOperation.End)
    editor.paste()
    assert editor.toPlainText() == ENGLISH + ENGLISH[start:end]
    assert editor.document().toPlainText().count(OBJECT) == 7  # two more chips, not text


def test_insert_next_tag_fills_the_missing_tags_in_source_order(qtbot, window, tagged_project):
    open_project(qtbot, window, tagged_project)
    editor = _editor(qtbot, window, 2)  # marks, no English yet
    typed = "The park opens in summer, hours on its page."
    qtbot.keyClicks(editor, typed)
    cursor = editor.textCursor()
    cursor.setPosition(typed.index("The park"))
    editor.setTextCursor(cursor)
    qtbot.waitUntil(window.isActiveWindow, timeout=WAIT)
    qtbot.keyClick(editor, Qt.Key.Key_F9)  # {1} at the cursor: nothing selected
    text = editor.toPlainText()
    assert text == o(1) + typed
    cursor.setPosition(text.index(" opens"))
    editor.setTextCursor(cursor)
    window.actions.insert_next_tag.trigger()  # {/1}
    window.actions.insert_next_tag.trigger()  # {2/} at the cursor, after {/1}
    text = editor.toPlainText()
    page = text.index("its page")
    cursor.setPosition(page)
    cursor.setPosition(page + len("its page"), QTextCursor.MoveMode.KeepAnchor)
    editor.setTextCursor(cursor)
    window.actions.insert_next_tag.trigger()  # {3}...{/3} around the selected words
    expected = f"{o(1)}The park{c(1)}{s(2)} opens in summer, hours on {o(3)}its page{c(3)}."
    assert editor.toPlainText() == expected
    assert not inline.problems(_marks(), expected)
    window.actions.insert_next_tag.trigger()  # nothing missing: a message, no change
    assert editor.toPlainText() == expected
    assert "Every tag" in window.statusBar().currentMessage()
    _commit(qtbot, window)
    window.close()
    assert _stored(tagged_project, 2) == expected


def test_copy_source_to_target_brings_the_tags(qtbot, window, tagged_project):
    open_project(qtbot, window, tagged_project)
    window.view.go_to_row(2)
    window.actions.copy_source.trigger()  # opens the editor on the current row
    editor = window.view.target_delegate.editor()
    assert editor is not None
    assert editor.toPlainText() == inline.tagged(ARABIC + " مرة أخرى", _marks())
    qtbot.keyClick(editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # one undo step
    assert editor.toPlainText() == ""


def test_missing_tags_follow_the_source_order():
    marks = _marks()
    assert missing_tags(ARABIC, marks, "") == [o(1), c(1), s(2), o(3), c(3)]
    assert missing_tags(ARABIC, marks, f"x{o(3)}y{c(1)}") == [o(1), s(2), c(3)]
    assert missing_tags(ARABIC, (), "text") == []


def test_a_plain_row_edits_and_saves_as_before(qtbot, window, tagged_project):
    open_project(qtbot, window, tagged_project)
    editor = _editor(qtbot, window, 0)
    qtbot.keyClicks(editor, "A short news item")
    assert OBJECT not in editor.document().toPlainText()
    _commit(qtbot, window)
    window.close()
    assert _stored(tagged_project, 0) == "A short news item"


def test_the_reading_layout_shows_no_tag_characters(qtbot, window, tagged_project):
    open_project(qtbot, window, tagged_project)
    reading = window.display.reading_view
    reading.ensure_built()
    shown = reading.english.text_at(1)
    assert not inline.RESERVED.search(shown)
    assert len(shown) == len(ENGLISH)  # the same offsets as the stored text
    assert shown.replace("\u2060", "") == inline.plain(ENGLISH)


def test_the_word_under_the_pointer_is_found_in_a_row_with_chips(qtbot, window, tagged_project):
    from workbench.ui.delegates.text_delegate import PAD_X, PAD_Y

    open_project(qtbot, window, tagged_project)
    view = window.view
    index = window.proxy.index(1, SOURCE)
    rect = view.visualRect(index)
    shown, layout = view.source_delegate.cell(index, rect.width())
    word = ARABIC.index("صفحتها")  # inside the link, after its opening chip
    at = shown.to_shown(word) + 2
    line = layout.lineForTextPosition(at)
    x = line.cursorToX(at)[0]
    pos = QPoint(round(rect.left() + PAD_X + x), round(rect.top() + PAD_Y + line.y() + line.height() / 2))
    found = window.reading.pointer.word_at(pos)
    assert found is not None and found[3] == "صفحتها"
    assert ARABIC[found[1]:found[2]] == "صفحتها"
