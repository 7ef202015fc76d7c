"""Sentence links from the English editor's text cursor to the Arabic cell, in the reading
layout both ways, and hovering over a 15,000-paragraph grid."""

from __future__ import annotations

import threading
from dataclasses import replace

from tests.ui.alignment_text import PAIRS, make_project, word_point
from tests.ui.conftest import WAIT, open_project
from tests.ui.sample_text import paragraphs
from workbench.arabic.normalize import strip_diacritics
from workbench.core.model import Kind
from workbench.ui.models.paragraph_model import SOURCE, TARGET


def _cursor_to(widget, position: int) -> None:
    cursor = widget.textCursor()
    cursor.setPosition(position)
    widget.setTextCursor(cursor)


def test_the_editor_cursor_lights_the_partner_arabic_sentence(qtbot, window, tmp_path):
    open_project(qtbot, window, make_project(tmp_path))
    glue = window.alignment  # installed by MainWindow itself
    window.view.go_to_row(0)
    window.view.edit_current()
    editor = window.view.target_delegate.editor()
    assert editor is not None
    pid = window.model.paragraph_at(0).id
    _cursor_to(editor, PAIRS[0][1].index("Then") + 2)
    qtbot.waitUntil(lambda: glue.paragraph_id == pid and glue.source_sentences == [1],
                    timeout=WAIT)
    assert glue.source_words == [] and glue.target_words == []
    _cursor_to(editor, 3)
    qtbot.waitUntil(lambda: glue.source_sentences == [0], timeout=WAIT)
    # typing a third sentence: the text being typed is aligned, not the stored one
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    editor.insertPlainText(" He liked it.")
    qtbot.waitUntil(lambda: glue.marks is not None
                    and glue.marks.aligned.target == editor.toPlainText(), timeout=WAIT)
    window.view.target_delegate.commit_and_close()
    qtbot.waitUntil(lambda: glue.marks is None, timeout=WAIT)


def _extra_texts(column) -> list[str]:
    return [s.cursor.selectedText() for s in column.extraSelections()]


def test_reading_layout_links_sentences_both_ways(qtbot, window, tmp_path):
    open_project(qtbot, window, make_project(tmp_path))
    glue = window.alignment  # installed by MainWindow itself
    window.display.reading_action.trigger()
    reading = window.display.reading_view
    qtbot.waitUntil(reading.isVisible, timeout=WAIT)
    english, arabic = reading.english, reading.arabic
    block = english.document().findBlockByNumber(1)
    _cursor_to(english, block.position() + PAIRS[1][1].index("residents"))
    qtbot.waitUntil(lambda: glue.reading.row == 1, timeout=WAIT)
    assert glue.reading.marks.source_sentences == {1}
    assert _extra_texts(arabic) == ["فرح السكان بالحديقة الجديدة."]
    assert _extra_texts(english) == ["The residents were happy with the new garden."]
    # the pointer over the first Arabic sentence of the first paragraph
    first = arabic.document().findBlockByNumber(0)
    cursor = arabic.textCursor()
    cursor.setPosition(first.position() + 6)
    qtbot.mouseMove(arabic.viewport(), arabic.cursorRect(cursor).center())
    qtbot.waitUntil(lambda: glue.reading.row == 0, timeout=WAIT)
    assert glue.reading.marks.target_sentences == {0}
    assert _extra_texts(english) == ["The student went to the library in the morning."]
    # diacritics hidden: the Arabic column's offsets are mapped to the shown text
    window.display.show_diacritics.setChecked(False)
    _cursor_to(english, english.document().findBlockByNumber(0).position() + 60)
    qtbot.waitUntil(lambda: _extra_texts(arabic) == [strip_diacritics("ثم قرأ كتابًا عن تاريخ المدينة.")],
                    timeout=WAIT)
    window.display.show_diacritics.setChecked(True)


def test_hovering_a_15000_paragraph_grid(qtbot, window, monkeypatch):
    from workbench.mt import align as align_module

    rows = []
    for i, p in enumerate(paragraphs(15_000)):
        source, target = PAIRS[i % len(PAIRS)]
        rows.append(replace(p, id=1 + i, position=i, kind=Kind.PARAGRAPH, source=source,
                            target=f"{target} ({i})"))  # every paragraph its own alignment
    window.model.set_paragraphs(rows)
    glue = window.alignment  # installed by MainWindow itself
    threads, real = [], align_module.align
    monkeypatch.setattr(align_module, "align", lambda *a, **k: (
        threads.append(threading.current_thread()), real(*a, **k))[1])
    view = window.view
    for row in (0, 7_000, 14_990):
        view.go_to_row(row)
        first = view.rowAt(0)
        for offset in range(4):  # the pointer sweeps rows faster than answers come
            qtbot.mouseMove(view.viewport(), word_point(glue, first + offset, TARGET, 1))
            qtbot.mouseMove(view.viewport(), word_point(glue, first + offset, SOURCE, 1))
        last = window.model.paragraph_at(view.model().mapToSource(
            view.model().index(first + 3, 0)).row()).id
        qtbot.waitUntil(lambda: glue.paragraph_id == last and bool(glue.target_words), timeout=WAIT)
    assert threads and threading.main_thread() not in threads
    assert glue.cache.requests <= 3 * 8
