"""Words and sentences linked both ways in the grid: hovering a word of either cell highlights
its partner(s) in the other cell of the row; the work runs on the nlp lane, never on the GUI
thread; an answer nobody waits for any more is never painted."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt

from tests.ui.alignment_text import make_project, word_point
from tests.ui.conftest import WAIT, open_project
from workbench.ui.models.paragraph_model import SOURCE, TARGET


@pytest.fixture
def glue(qtbot, window, tmp_path):
    open_project(qtbot, window, make_project(tmp_path))
    return window.alignment  # installed by MainWindow itself


def hover(qtbot, glue, row, column, word):
    qtbot.mouseMove(glue.view.viewport(), word_point(glue, row, column, word))


def pid(window, row):
    return window.model.paragraph_at(row).id


def test_an_english_word_lights_its_arabic_and_the_sentence_pair(qtbot, window, glue):
    hover(qtbot, glue, 0, TARGET, 5)  # "library"
    qtbot.waitUntil(lambda: glue.source_words == [3], timeout=WAIT)  # المكتبة
    assert glue.paragraph_id == pid(window, 0)
    assert glue.target_words == [5]
    assert (glue.source_sentences, glue.target_sentences) == ([0], [0])


def test_an_arabic_word_lights_its_english(qtbot, window, glue):
    hover(qtbot, glue, 1, SOURCE, 8)  # السكان, in the second sentence
    qtbot.waitUntil(lambda: glue.target_words == [10, 11], timeout=WAIT)  # The residents
    assert glue.paragraph_id == pid(window, 1)
    assert glue.source_words == [8]
    assert (glue.source_sentences, glue.target_sentences) == ([1], [1])
    hover(qtbot, glue, 1, TARGET, 2)  # back in the first sentence: "planted"
    qtbot.waitUntil(lambda: glue.source_words == [0], timeout=WAIT)  # زرعت
    assert (glue.source_sentences, glue.target_sentences) == ([0], [0])


def test_leaving_the_words_clears_and_row_heights_stay(qtbot, window, glue):
    view = glue.view
    heights = [view.rowHeight(r) for r in range(3)]
    hover(qtbot, glue, 2, TARGET, 0)
    qtbot.waitUntil(lambda: glue.source_words == [2], timeout=WAIT)
    view.viewport().repaint()
    assert [view.rowHeight(r) for r in range(3)] == heights
    qtbot.mouseMove(view.viewport(), view.viewport().rect().bottomRight() - view.rect().topLeft())
    qtbot.waitUntil(lambda: glue.marks is None, timeout=WAIT)


def test_a_click_on_an_arabic_word_still_opens_the_word_panel(qtbot, window, glue):
    pos = word_point(glue, 0, SOURCE, 3)
    qtbot.mouseClick(glue.view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    qtbot.waitUntil(lambda: window.reading.last_word == "المكتبة", timeout=WAIT)


def test_the_gui_thread_never_aligns(qtbot, window, glue, monkeypatch):
    from workbench.mt import align as align_module

    threads, real = [], align_module.align

    def recording(*args, **kwargs):
        threads.append(threading.current_thread())
        assert kwargs.get("engine") is None  # the lexicon only: a hover never waits for mt
        return real(*args, **kwargs)

    monkeypatch.setattr(align_module, "align", recording)
    for row, column, word in ((0, TARGET, 1), (1, SOURCE, 3), (2, TARGET, 2), (0, SOURCE, 6)):
        hover(qtbot, glue, row, column, word)
        qtbot.waitUntil(lambda r=row: glue.paragraph_id == pid(window, r), timeout=WAIT)
    assert threads and threading.main_thread() not in threads
    before = len(threads)
    hover(qtbot, glue, 0, TARGET, 5)  # cached by its texts: no new work
    qtbot.waitUntil(lambda: glue.source_words == [3], timeout=WAIT)
    assert len(threads) == before


def test_a_stale_answer_is_never_painted(qtbot, window, glue):
    gate = threading.Event()
    window.tasks.run("nlp", lambda ctx: gate.wait(WAIT / 1000))  # the lane is busy
    seen = []
    glue.marks_changed.connect(lambda marks: seen.append(marks and marks.paragraph_id))
    hover(qtbot, glue, 0, TARGET, 5)
    hover(qtbot, glue, 1, TARGET, 1)  # the pointer moved on before the first answer
    gate.set()
    qtbot.waitUntil(lambda: glue.paragraph_id == pid(window, 1), timeout=WAIT)
    qtbot.wait(200)
    assert pid(window, 0) not in seen
    assert glue.source_words == [1]


def test_marks_for_text_that_changed_are_not_painted(qtbot, window, glue):
    hover(qtbot, glue, 2, SOURCE, 2)  # الخبز -> Bread
    qtbot.waitUntil(lambda: glue.target_words == [0], timeout=WAIT)
    marks = glue.marks
    index = glue.view.model().index(2, TARGET)
    painted = []

    class Spy:
        def drawRoundedRect(self, *args):
            painted.append(args)

        def __getattr__(self, name):
            return lambda *a, **k: None

    delegate, rect = glue.view.target_delegate, glue.view.visualRect(index)
    for text in ("Loaves cost more now.", marks.aligned.target):  # a new draft, then the old
        shown = delegate.shown_text(text)
        layout = delegate.layout(shown.text, rect.width())
        glue.painter.paint(delegate, Spy(), index, shown, layout, rect)
        assert bool(painted) == (text == marks.aligned.target)
    assert glue.marks is marks
