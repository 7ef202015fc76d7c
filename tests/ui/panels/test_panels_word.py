"""The word panel with the real analyzer (BAMA) on the real nlp lane: ranked analyses, the
latest-wins click, the glossary request, and where a click lands in Arabic text."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from workbench.ui.panels.analysis_model import DIAC, GLOSS, LEMMA, POS, SEGMENTATION, AnalysisTableModel
from workbench.arabic.morphology.lookup import look_up
from workbench.arabic.chars import word_at
from workbench.ui.panels.word_panel import WordPanel
from workbench.ui.tasks import TaskManager

WAIT = 60_000  # ms: the first lookup may convert and load the lexicon; outcomes only


@pytest.fixture
def tasks(qtbot):
    manager = TaskManager()
    yield manager
    manager.shutdown()


@pytest.fixture
def panel(qtbot, tasks):
    widget = WordPanel(tasks)
    qtbot.addWidget(widget)
    widget.resize(640, 420)
    widget.show()
    return widget


def _show(qtbot, panel, word):
    with qtbot.waitSignal(panel.word_shown, timeout=WAIT) as blocker:
        panel.show_word(word)
    assert blocker.args == [word]


# -- word_at ------------------------------------------------------------------------------
SENTENCE = "قالت الحُكُومَةُ، وبالمدينـــة 25 كتاباً (Reuters)."


@pytest.mark.parametrize("inside, expected", [
    ("قالت", "قالت"),
    ("كُو", "الحُكُومَةُ"),  # diacritics belong to the word
    ("ـــ", "وبالمدينـــة"),  # so does tatweel
    ("كتاباً", "كتاباً"),
])  # fmt: skip
def test_word_at_finds_the_whole_arabic_word(inside, expected):
    at = SENTENCE.index(inside) + 1
    start, end, word = word_at(SENTENCE, at)
    assert word == expected and SENTENCE[start:end] == expected


def test_word_at_a_cursor_just_after_a_word_finds_it():
    end_of_first = SENTENCE.index(" ")
    assert word_at(SENTENCE, end_of_first) == (0, end_of_first, "قالت")


@pytest.mark.parametrize("inside", ["25", "Reuters", "،", " ("])
def test_word_at_ignores_digits_latin_and_punctuation(inside):
    at = SENTENCE.index(inside) + 1  # neither this character nor the one before is a word's
    start, end, word = word_at(SENTENCE, at)
    assert word == "" and start == end == at


def test_word_at_outside_the_text():
    assert word_at("كتب", 7) == (7, 7, "")
    assert word_at("", 0) == (0, 0, "")


# -- lookup and model ---------------------------------------------------------------------
def test_lookup_ranks_the_real_analyses_and_prepares_the_glossary_term():
    found = look_up("وبالمدينة")
    assert found.source == "bama" and found.database == "bama-1.0"
    best = found.rows[0]
    assert best.analysis.lemma == "مَدِينَة" and best.term_arabic == "مدينة"
    assert best.term_english == "city"
    assert best.analysis.segmentation.startswith("وَبِال+")
    assert best.buckwalter.startswith("wabiAl") and best.diac_plain == "وبالمدينة"
    assert len(found.rows) > 1  # the creditor/Medina readings follow


def test_an_unknown_word_still_gets_its_transliteration():
    found = look_up("زيزفونتي")
    assert found.rows == () and found.buckwalter == "zyzfwnty"
    assert found.term_arabic


def test_the_analysis_model_passes_the_model_tester(qtmodeltester):
    model = AnalysisTableModel()
    model.set_rows(look_up("كتب").rows)
    qtmodeltester.check(model)
    model.set_diacritics(False)
    qtmodeltester.check(model)
    model.set_rows(())
    qtmodeltester.check(model)


def test_the_analysis_model_reads_named_columns_without_a_view():
    model = AnalysisTableModel()
    model.set_rows(look_up("الحكومة").rows)
    assert model.rowCount() >= 1 and model.columnCount() == 5
    assert model.data(model.index(0, DIAC)) == "الحُكُومَة"
    assert model.data(model.index(0, LEMMA)) == "حُكُومَة"
    assert model.data(model.index(0, POS)) == "noun"
    assert "government" in model.data(model.index(0, GLOSS))
    assert model.data(model.index(0, SEGMENTATION)) == "ال+حُكُوم+َة"
    align = Qt.AlignmentFlag(model.data(model.index(0, DIAC), Qt.ItemDataRole.TextAlignmentRole))
    assert align & Qt.AlignmentFlag.AlignRight and align & Qt.AlignmentFlag.AlignAbsolute
    model.set_diacritics(False)
    assert model.data(model.index(0, DIAC)) == "الحكومة"
    assert model.data(model.index(0, LEMMA)) == "حكومة"
    assert model.headerData(LEMMA, Qt.Orientation.Horizontal) == "Lemma"


# -- the panel ------------------------------------------------------------------------------
def test_the_panel_shows_a_real_word_and_its_database(qtbot, panel):
    _show(qtbot, panel, "الحكومة")
    assert panel.word_label.text() == "الحكومة"
    assert panel.lemma_label.text() == "حُكُومَة"
    assert "BAMA" in panel.database_label.text()
    assert "government" in panel.gloss_label.text()
    assert "AlHukuwmap" in panel.translit_label.text()
    assert panel.word_label.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert panel.add_button.isEnabled()
    qtbot.wait(20)  # let the layout settle before the picture
    panel.grab().save("/tmp/panels/word_panel.png")


def test_fast_clicks_show_only_the_last_word(qtbot, panel):
    _show(qtbot, panel, "كتب")  # the lexicon is loaded: the next three race for real
    shown = []
    panel.word_shown.connect(shown.append)
    for word in ("الحكومة", "وبالمدينة", "محمد"):
        panel.show_word(word)
    qtbot.waitUntil(lambda: shown == ["محمد"], timeout=WAIT)
    qtbot.waitUntil(lambda: not panel._tasks.is_busy("nlp"), timeout=WAIT)
    qtbot.wait(50)  # let any stray result reach the GUI thread: none may arrive
    assert shown == ["محمد"]
    assert panel.lookup.word == "محمد" and panel.model.rowCount() >= 1


def test_add_to_glossary_sends_the_selected_lemma_and_its_first_gloss(qtbot, panel):
    _show(qtbot, panel, "كتب")
    with qtbot.waitSignal(panel.add_term_requested) as blocker:
        qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    assert blocker.args == ["كتاب", "books"]  # the best reading: the plural noun
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_Down)  # keyboard: the next reading
    with qtbot.waitSignal(panel.add_term_requested) as blocker:
        panel.request_add()
    assert blocker.args == ["كتب", "write"]


def test_the_diacritics_toggle_changes_the_lemma_shown(qtbot, panel):
    _show(qtbot, panel, "وبالمدينة")
    qtbot.wait(20)
    panel.grab().save("/tmp/panels/word_panel_madina.png")
    assert panel.lemma_label.text() == "مَدِينَة"
    panel.diacritics_box.setChecked(False)
    assert panel.lemma_label.text() == "مدينة"
    assert panel.model.data(panel.model.index(0, DIAC)) == "وبالمدينة"


def test_the_occurrence_clicked_ranks_the_readings_like_the_draft(qtbot, panel):
    context = "عدن الجنود إلى مطار عدن"
    second = context.rindex("عدن")
    with qtbot.waitSignal(panel.word_shown, timeout=WAIT):
        panel.show_word("عدن", context, second)
    assert "Aden" in panel.gloss_label.text()  # after مطار: the place first
    from workbench.mt.gloss import GlossEngine  # the draft says the same
    from workbench.core.jobs import JobContext
    from workbench.core.model import TranslationRequest

    [draft] = GlossEngine().translate([TranslationRequest(1, "هبطت الطائرة في مطار عدن")], JobContext())
    assert "Aden" in draft.text
