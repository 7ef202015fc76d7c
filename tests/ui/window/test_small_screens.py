"""The window fits a small laptop screen (1024x700, and 1366x768): nothing forces it larger,
the grid keeps most of the width, every toolbar command is on screen; the docks keep the width
they have when a long word analysis arrives, and the gloss column gets room to wrap."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QToolBar, QToolButton

from tests.ui.conftest import shown_window
from workbench.arabic.morphology.analysis import Analysis
from workbench.arabic.morphology.lookup import AnalysisRow, WordLookup
from workbench.ui.panels.analysis_model import GLOSS

LONG_GLOSS = ("the + international;worldwide;global;intergovernmental + [feminine plural "
              "adjective of relation, as in international organizations and conventions]")


def long_lookup() -> WordLookup:
    """A word with a long gloss and transliteration, as the dictionary gives some."""
    analysis = Analysis(
        word="الدولية", diac="الدَّوْلِيَّةُ", lemma="دَوْلِيّ", pos="adj", gloss=LONG_GLOSS,
        stem_gloss="international;worldwide", prefix="ال", stem="دَوْلِيّ", suffix="َةُ",
        prefix_gloss="the", suffix_gloss="[fem.sg.]", bw="Al/DET+dawoliy~/ADJ+ap/NSUFF_FEM_SG",
        prefix_bw="Al/DET", suffix_bw="ap/NSUFF_FEM_SG", source="bama")
    row = AnalysisRow(analysis, "الدولية", "دولي", "Ald~awoliy~apu" * 3,
                      "al-dawliyyatu al-dawliyyatu al-dawliyyatu", "دولي", "international")
    return WordLookup("الدولية", "", (row,) * 3, "Aldwlyp", "al-dwlyh", "bama-1.0", "bama",
                      "دولي")


@pytest.fixture(params=["en", "ar"])
def small_window(request, qtbot, qapp, settings, project_path):
    with shown_window(qtbot, qapp, settings, project_path, request.param, (1024, 700)) as win:
        yield win


def _everything_shown(qtbot, window, reading: bool) -> None:
    """What a working session shows at once: the first-run banner, a comment, a word's
    analyses, and (in the reading layout) the two flowing columns."""
    window.banner.show()
    window.comment_dock.focus_editor()  # as Ctrl+M does
    if reading:
        window.display.reading_action.trigger()  # as F6 does
    window.reading.word_panel._show(long_lookup())
    qtbot.waitUntil(lambda: window.comment_dock.isVisible()
                    and window.display.reading_dock.isVisible() == reading)


@pytest.mark.parametrize("reading", [False, True], ids=["grid", "reading-layout"])
def test_the_window_fits_1024x700(qtbot, small_window, reading):
    window = small_window
    _everything_shown(qtbot, window, reading)
    window.resize(1024, 700)
    qtbot.waitUntil(lambda: window.size().toTuple() == (1024, 700))
    for size in (window.minimumSizeHint(), window.minimumSize()):
        assert size.width() <= 1024 and size.height() <= 700, size
    assert window.view.width() >= 0.6 * window.width(), window.view.width()
    bars = window.findChildren(QToolBar)
    commands = [a for bar in bars for a in bar.actions() if not a.isSeparator()]
    assert window.actions.mark_approved in commands and window.actions.find in commands
    for bar in bars:
        for action in bar.actions():
            if not action.isSeparator():
                assert bar.widgetForAction(action).isVisible(), action.text()
        overflow = bar.findChild(QToolButton, "qt_toolbar_ext_button")
        assert overflow is None or not overflow.isVisible()


def test_a_wide_window_keeps_one_toolbar_row(qtbot, small_window):
    window = small_window
    window.resize(1800, 900)
    qtbot.waitUntil(lambda: window.toolbar.y() == window.paragraph_toolbar.y())
    window.resize(1024, 700)
    qtbot.waitUntil(lambda: window.paragraph_toolbar.y() > window.toolbar.y())


def test_docks_keep_their_width_when_a_long_analysis_arrives(qtbot, small_window):
    window = small_window
    window.resize(1366, 768)
    qtbot.waitUntil(lambda: window.size().toTuple() == (1366, 768))
    dock, grid = window.reading.word_dock, window.view.width()
    width = dock.width()
    window.reading.word_panel._show(long_lookup())
    qtbot.waitUntil(lambda: window.reading.word_panel.model.rowCount() == 3)
    for _ in range(3):  # layout requests are posted events: let them all run
        QApplication.processEvents()
    assert dock.width() == width
    assert window.view.width() == grid


def test_the_gloss_column_gets_room_to_wrap(qtbot, small_window):
    panel = small_window.reading.word_panel
    panel._show(long_lookup())
    table = panel.table
    qtbot.waitUntil(lambda: panel.model.rowCount() == 3)
    width = table.viewport().width()
    assert table.columnWidth(GLOSS) >= 0.4 * width
    start = table.columnViewportPosition(GLOSS)  # on screen without scrolling sideways
    assert start >= 0 and start + table.columnWidth(GLOSS) <= width
    # Wrapped, not cut: the row is as tall as the wrapped gloss needs.
    assert table.rowHeight(0) >= 2 * table.fontMetrics().lineSpacing()
