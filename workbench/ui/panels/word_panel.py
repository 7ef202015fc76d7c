"""The word panel: a clicked Arabic word, its analyses ranked, and a button to add it to the
glossary. Analysis runs on the `nlp` lane (the lexicon loads there, lazily, on first use)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from workbench.ui.delegates.text_delegate import left_to_right
from workbench.ui.display_text import ltr
from workbench.ui.panels.analysis_model import GLOSS, AnalysisTableModel
from workbench.arabic.morphology.lookup import AnalysisRow, WordLookup, look_up
from workbench.ui.tasks import TaskManager

__all__ = ["WordPanel"]

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter
GLOSS_SHARE = 0.45  # of the table's width at least: the English gloss wraps in it, never "..."


class WordPanel(QWidget):
    """Shows one word at a time. GUI thread only; owns no thread (uses the given TaskManager).

    `show_word` is latest-wins: while clicks come fast, only the last word's analyses are shown.
    `word_shown(word)` after a word's analyses are on screen; `add_term_requested(arabic,
    english)` when the user asks to add the selected analysis's lemma and first gloss.
    """

    word_shown = Signal(str)
    add_term_requested = Signal(str, str)

    def __init__(self, tasks: TaskManager, arabic_font: QFont | None = None, parent=None) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._key = f"word-panel-{id(self)}"
        self.lookup: WordLookup | None = None
        self.model = AnalysisTableModel(self)
        self.word_label = _arabic_label(self)
        self.word_label.setObjectName("wordLabel")
        self.status_label = QLabel(self.tr("Click an Arabic word to see its analyses."), self)
        self.status_label.setWordWrap(True)
        self.diacritics_box = QCheckBox(self.tr("Show &diacritics"), self)
        self.diacritics_box.setChecked(True)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(True)
        self.table.setAccessibleName(self.tr("Analyses"))
        # Column widths are set by _fit_columns: the Arabic columns as wide as their text, the
        # gloss the rest but never less than GLOSS_SHARE (the segmentation then scrolls).
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.moveSection(header.visualIndex(GLOSS), 1)  # next to the word: read first
        self.table.viewport().installEventFilter(self)
        left_to_right(self.table, GLOSS)  # English, in the Arabic interface too
        # A handful of rows: measuring them all is cheap, and Arabic marks need the height.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.lemma_label = _arabic_label(self)
        self.lemma_label.setObjectName("lemmaLabel")
        self.lemma_label.setToolTip(self.tr("Lemma of the selected analysis"))
        # Labels wrap: a long transliteration or gloss must not widen the dock (and with it
        # shrink the grid) when the analyses arrive.
        self.translit_label = QLabel(self)
        self.translit_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.gloss_label = QLabel(self)
        self.database_label = QLabel(self)
        for label in (self.translit_label, self.gloss_label, self.database_label):
            label.setWordWrap(True)
        self.add_button = QPushButton(self.tr("&Add to glossary…"), self)
        self.add_button.setEnabled(False)
        self._layout()
        self.set_arabic_font(arabic_font)
        self.diacritics_box.toggled.connect(self._on_diacritics)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_selected())
        self.add_button.clicked.connect(self.request_add)

    def _layout(self) -> None:
        # The Arabic labels take whole rows: aligned right in an English and an Arabic UI alike.
        layout = QVBoxLayout(self)
        layout.addWidget(self.word_label)
        top = QHBoxLayout()
        top.addWidget(self.status_label, 1)
        top.addWidget(self.diacritics_box)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.lemma_label)
        layout.addWidget(self.translit_label)
        layout.addWidget(self.gloss_label)
        bottom = QHBoxLayout()
        bottom.addWidget(self.database_label, 1)
        bottom.addWidget(self.add_button)
        layout.addLayout(bottom)

    def set_arabic_font(self, font: QFont | None) -> None:
        if font is None:
            from workbench.ui.fonts import arabic_font

            font = arabic_font(14)
        big = QFont(font)
        big.setPointSize(font.pointSize() + 6)
        self.word_label.setFont(big)
        self.lemma_label.setFont(big)
        self.model.set_arabic_font(font)

    def eventFilter(self, watched, event) -> bool:
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_columns()
        return super().eventFilter(watched, event)

    def _fit_columns(self) -> None:
        header, width = self.table.horizontalHeader(), self.table.viewport().width()
        others = [c for c in range(self.model.columnCount()) if c != GLOSS]
        for column in others:
            self.table.resizeColumnToContents(column)
        rest = width - sum(header.sectionSize(c) for c in others)
        header.resizeSection(GLOSS, max(rest, int(width * GLOSS_SHARE)))
        self.table.resizeRowsToContents()

    # -- requests -----------------------------------------------------------------------
    def show_word(self, word: str, context: str = "", start: int | None = None) -> None:
        """Analyze `word` on the nlp lane and show it; a newer call replaces this one. `start`
        (its offset in `context`) ranks the readings by the word before this occurrence, as
        the gloss draft does."""
        word = word.strip()
        if not word:
            return
        self.word_label.setText(word)
        self.status_label.setText(self.tr("Analyzing…"))
        self._tasks.latest("nlp", self._key, lambda ctx: look_up(word, context, ctx, start=start),
                           success=self._show, failure=self._failed)

    def warm_up(self) -> None:
        """Load the lexicon on the nlp lane now, so the first click answers at once."""
        from workbench.arabic.morphology.analyzer import default_analyzer

        self._tasks.run("nlp", lambda ctx: default_analyzer().load(),
                        success=lambda info: self._show_database(info.source),
                        failure=self._failed)

    def request_add(self) -> None:
        row = self.selected_row()
        if row is not None:
            self.add_term_requested.emit(row.term_arabic, row.term_english)
        elif self.lookup is not None and self.lookup.term_arabic:
            self.add_term_requested.emit(self.lookup.term_arabic, "")

    def selected_row(self) -> AnalysisRow | None:
        current = self.table.selectionModel().currentIndex()
        return self.model.row_at(current.row()) if current.isValid() else None

    # -- results (GUI thread) -----------------------------------------------------------
    def _show(self, lookup: WordLookup) -> None:
        self.lookup = lookup
        self.word_label.setText(lookup.word)
        self.model.set_rows(lookup.rows)
        self._fit_columns()
        self._show_database(lookup.source)
        count = len(lookup.rows)
        if count:
            self.status_label.setText(self.tr("Analyses, most likely first: {count}").format(count=count))
            self.table.selectionModel().setCurrentIndex(
                self.model.index(0, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        else:
            self.status_label.setText(self.tr("Not in the dictionary (a name or a rare word?)"))
        self._show_selected()
        self.add_button.setEnabled(bool(count or lookup.term_arabic))
        self.word_shown.emit(lookup.word)

    def _show_selected(self) -> None:
        row = self.selected_row()
        lookup = self.lookup
        if row is None:
            self.lemma_label.setText("")
            self.gloss_label.setText("")
            if lookup is not None:
                self.translit_label.setText(self._translit(lookup.buckwalter, lookup.readable))
            return
        a = row.analysis
        self.lemma_label.setText(a.lemma if self.model.diacritics else row.lemma_plain)
        self.translit_label.setText(self._translit(row.buckwalter, row.readable))
        self.gloss_label.setText(self.tr("Gloss: {gloss}").format(gloss=ltr(a.gloss)))

    def _translit(self, buckwalter: str, readable: str) -> str:
        # Isolated left-to-right runs: in the Arabic interface "~" (shadda) and ">" would
        # otherwise be moved to the wrong end of the transliteration.
        return self.tr("Buckwalter: {bw} · Readable: {readable}").format(
            bw=ltr(buckwalter), readable=ltr(readable))

    def _show_database(self, source: str) -> None:
        name = (self.tr("CALIMA MSA r13 (CAMeL Tools)") if source == "calima"
                else self.tr("BAMA 1.0 (Buckwalter, built in)"))
        self.database_label.setText(self.tr("Dictionary: {name}").format(name=name))

    def _failed(self, exc: BaseException) -> None:
        from workbench.core.errors import Cancelled

        if not isinstance(exc, Cancelled):
            self.status_label.setText(self.tr("Analysis failed: {error}").format(error=exc))

    def _on_diacritics(self, shown: bool) -> None:
        self.model.set_diacritics(shown)
        self._show_selected()


def _arabic_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    label.setAlignment(_RIGHT)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label

