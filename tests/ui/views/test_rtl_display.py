"""The Arabic interface keeps Latin text in its own order: Buckwalter transliterations and key
sequences are isolated left-to-right runs, and English cells of the docks' tables are laid out
left to right (start visible, elided at their end) inside the right-to-left tables."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStyleOptionViewItem

from tests.ui.window.test_small_screens import long_lookup
from workbench.ui.i18n import apply_language
from workbench.ui.panels import glossary_model, issues_model
from workbench.ui.panels.analysis_model import DIAC, GLOSS

LRI, PDI = "\u2066", "\u2069"


@pytest.fixture
def arabic_window(qtbot, qapp, settings):
    from workbench.ui.main_window import MainWindow

    assert apply_language(qapp, "ar")
    win = MainWindow(settings)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    yield win
    if win.isVisible():
        win.close()
    apply_language(qapp, "en")  # the application is shared by every UI test


def test_transliterations_are_isolated_left_to_right(arabic_window):
    panel = arabic_window.reading.word_panel
    lookup = long_lookup()
    panel._show(lookup)
    row = lookup.rows[0]
    text = panel.translit_label.text()
    assert f"{LRI}{row.buckwalter}{PDI}" in text and f"{LRI}{row.readable}{PDI}" in text
    assert f"{LRI}{row.analysis.gloss}{PDI}" in panel.gloss_label.text()
    tip = panel.model.index(0, DIAC).data(Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith(f"{LRI}{row.buckwalter}{PDI}")


def test_key_sequences_keep_their_order(qtbot, arabic_window):
    from workbench.ui.dialogs.shortcuts_dialog import ShortcutsDialog

    window = arabic_window
    larger = window.actions.bigger_text
    dialog = ShortcutsDialog(window.actions.all(), window)
    qtbot.addWidget(dialog)
    keys = dict(dialog.rows())[larger.text().split("\t")[0].replace("&", "")]
    assert keys.startswith(f"{LRI}Ctrl++{PDI}"), keys
    # A menu shows what follows the tab as the entry's keys: isolated too, the text unchanged.
    label, _, shown = larger.text().partition("\t")
    assert shown.startswith(f"{LRI}Ctrl++{PDI}") and label and LRI not in label
    assert LRI not in larger.iconText()  # the toolbar shows no keys


def test_english_cells_are_laid_out_left_to_right(arabic_window):
    from workbench.ui.delegates.text_delegate import LeftToRightDelegate

    reading = arabic_window.reading
    panel = reading.word_panel
    panel._show(long_lookup())
    table = panel.table
    assert table.layoutDirection() == Qt.LayoutDirection.RightToLeft
    option = QStyleOptionViewItem()
    option.initFrom(table)
    table.itemDelegateForColumn(GLOSS).initStyleOption(option, panel.model.index(0, GLOSS))
    assert option.direction == Qt.LayoutDirection.LeftToRight
    for view, column in ((reading.glossary_panel.table, glossary_model.ENGLISH),
                         (reading.issues_panel.table, issues_model.ENGLISH)):
        assert isinstance(view.itemDelegateForColumn(column), LeftToRightDelegate)
