"""The Matches dock: up to five translation-memory matches for the current paragraph.

Each match shows its percent (and the score on the words as written when it differs), the
match's Arabic with the words that differ from the current Arabic marked, its English, and where
it came from. Ctrl+1..Ctrl+5 (the window's actions) insert one; the panel only shows them.
"""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QDockWidget, QLabel, QTextBrowser, QVBoxLayout, QWidget

from workbench.ui.panels.matches_model import MatchRow, rows_html


class MatchesPanel(QWidget):
    """Shows MatchRow values; `rows` holds what is shown. GUI thread only."""

    def __init__(self, arabic_font: QFont | None = None, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[MatchRow] = []
        self.paragraph_id: int | None = None
        self._family = arabic_font.family() if arabic_font is not None else ""
        # the grid's Arabic size would crowd a side panel: a little larger than the English
        self._points = self.font().pointSizeF() * 1.3
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.browser = QTextBrowser(self)
        self.browser.setOpenLinks(False)
        layout.addWidget(self.status)
        layout.addWidget(self.browser, 1)
        self.show_nothing()

    def show_nothing(self) -> None:
        self.paragraph_id, self.rows = None, []
        self.status.setText(self.tr("Matches from the translation memory appear here for the "
                                    "current paragraph."))
        self.browser.clear()
        self.browser.setToolTip("")

    def show_looking(self, paragraph_id: int) -> None:
        """A look-up for `paragraph_id` is on its way: what is shown belongs to another one."""
        self.paragraph_id, self.rows = paragraph_id, []
        self.status.setText(self.tr("Looking in the translation memory…"))
        self.browser.clear()
        self.browser.setToolTip("")

    def show_rows(self, paragraph_id: int, rows: list[MatchRow]) -> None:
        self.paragraph_id, self.rows = paragraph_id, list(rows)
        if not rows:
            self.status.setText(self.tr("No match of 50% or more in the translation memory."))
            self.browser.clear()
            self.browser.setToolTip("")
            return
        self.status.setText(self.tr("{count} matches: Ctrl+1 to Ctrl+{count} inserts one.")
                            .format(count=len(rows)) if len(rows) > 1 else
                            self.tr("1 match: Ctrl+1 inserts it."))
        self.browser.setHtml(rows_html(rows, self._family, self._points))
        self.browser.setToolTip("\n\n".join(f"{row.number}. {row.tooltip}" for row in rows))

    def show_failure(self, text: str) -> None:
        self.rows = []
        self.status.setText(self.tr("The translation memory could not be read: {why}").format(why=text))
        self.browser.clear()


class MatchesDock(QDockWidget):
    def __init__(self, arabic_font: QFont | None = None, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Matches"))
        self.setObjectName("matchesDock")  # saveState/restoreState find it by name
        self.panel = MatchesPanel(arabic_font, self)
        self.setWidget(self.panel)
