"""The document grid: Arabic beside English, one row per paragraph, heights following the text.

Row heights are measured only for rows that are on screen (after scrolling, resizing, or a
change of content or font); every other row keeps the default height until it is shown. Qt's
ResizeToContents would measure all 15,000 rows on every change, which freezes the window.
A change of content re-fits only when it touches a row on screen, and any number of changes
before the next event-loop turn cost one fit.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from workbench.core.model import Status
from workbench.ui.delegates.document_band import (
    BUBBLE_W,
    BandedDelegate,
    NumberDelegate,
    band_at,
    paint_bands,
)
from workbench.ui.delegates.status_delegate import MARKER, WARNING, StatusDelegate
from workbench.ui.delegates.target_delegate import TargetDelegate
from workbench.ui.delegates.text_delegate import PAD_Y, WrappedTextDelegate
from workbench.ui.labels import status_label
from workbench.ui.models.paragraph_model import (
    ENGINE,
    ID,
    SOURCE,
    STATUS,
    TARGET,
    ParagraphIdRole,
)

# Rows measured beyond the bottom edge, so a Ctrl+Down lands on an already-fitted row.
LOOKAHEAD_ROWS = 3
FOCUS_BELOW = 3  # rows below the screen a batch drafts with it


class ParagraphView(QTableView):
    """Table view of a ParagraphTableModel (possibly behind a proxy). GUI thread only.

    `current_paragraph_changed(paragraph_id)` follows the cursor (-1 when there is none).
    """

    current_paragraph_changed = Signal(int)

    def __init__(self, arabic_font: QFont, english_font: QFont, parent=None) -> None:
        super().__init__(parent)
        self.source_delegate = WrappedTextDelegate(arabic_font, rtl=True, parent=self)
        self.target_delegate = TargetDelegate(english_font, parent=self)
        self.status_delegate = StatusDelegate(self)
        self.number_delegate = NumberDelegate(self)  # with the comment marker
        self.engine_delegate = BandedDelegate(self)
        self.setItemDelegateForColumn(ID, self.number_delegate)
        self.setItemDelegateForColumn(ENGINE, self.engine_delegate)
        self.setItemDelegateForColumn(SOURCE, self.source_delegate)
        self.setItemDelegateForColumn(TARGET, self.target_delegate)
        self.setItemDelegateForColumn(STATUS, self.status_delegate)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed
                             | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWordWrap(True)
        self.setAlternatingRowColors(True)
        self.setShowGrid(True)
        self.setTabKeyNavigation(False)
        vertical = self.verticalHeader()
        vertical.setVisible(False)
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        horizontal = self.horizontalHeader()
        horizontal.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        horizontal.setStretchLastSection(False)
        horizontal.sectionResized.connect(self._on_section_resized)
        self.verticalScrollBar().valueChanged.connect(self.schedule_fit)
        self._fit_timer = QTimer(self)
        self._fit_timer.setSingleShot(True)
        self._fit_timer.setInterval(0)
        self._fit_timer.timeout.connect(self.fit_visible_rows)
        self._update_default_height()

    # -- model wiring -------------------------------------------------------------------
    def setModel(self, model) -> None:
        super().setModel(model)
        for signal in (model.modelReset, model.layoutChanged, model.rowsInserted,
                       model.rowsRemoved):
            signal.connect(self.schedule_fit)
        model.dataChanged.connect(self._on_data_changed)
        self.selectionModel().currentRowChanged.connect(self._on_current_row)
        header = self.horizontalHeader()
        header.setSectionResizeMode(SOURCE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(TARGET, QHeaderView.ResizeMode.Stretch)
        metrics = self.fontMetrics()
        widths = {
            # five digits and the comment marker beside them
            ID: metrics.horizontalAdvance("99999") + BUBBLE_W + 20,
            # the longest status name ("untranslated", or its translation) after its marker,
            # and the warning sign of a terminology problem
            STATUS: max(metrics.horizontalAdvance(status_label(s)) for s in Status)
            + MARKER + metrics.horizontalAdvance(WARNING) + 28,
            ENGINE: metrics.averageCharWidth() * 9 + 24,
        }
        for column, width in widths.items():
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.setColumnWidth(column, width)
        self.schedule_fit()

    def set_fonts(self, arabic_font: QFont, english_font: QFont) -> None:
        self.source_delegate.set_font(arabic_font)
        self.target_delegate.set_font(english_font)
        self._update_default_height()
        self.fit_visible_rows()
        self.viewport().update()

    def _update_default_height(self) -> None:
        line = max(self.source_delegate.line_height(), self.target_delegate.line_height())
        self.verticalHeader().setDefaultSectionSize(line + 2 * PAD_Y)
        self.verticalHeader().setMinimumSectionSize(line + 2 * PAD_Y)

    # -- lazy row heights ---------------------------------------------------------------
    def schedule_fit(self, *args) -> None:
        self._fit_timer.start()

    def _on_data_changed(self, top: QModelIndex, bottom: QModelIndex, roles=()) -> None:
        # Drafts land all over the document while a batch runs: rows off screen keep their
        # height until they are scrolled to (the fit after scrolling measures them then).
        if self._fit_timer.isActive():
            return
        first = max(self.rowAt(0), 0)
        last = self.rowAt(self.viewport().height() - 1)
        if last < 0:
            last = self.model().rowCount() - 1
        if bottom.row() >= first and top.row() <= last + LOOKAHEAD_ROWS:
            self.schedule_fit()

    def _on_section_resized(self, column: int, old: int, new: int) -> None:
        if column in (SOURCE, TARGET):
            self.schedule_fit()

    def row_height_for(self, row: int) -> int:
        """The height `row` needs at the current column widths (cached by the delegates)."""
        model = self.model()
        # QTableView paints a cell one pixel narrower and shorter than its section when the grid
        # is shown: measure at the painted width, so the layout measured is the one painted.
        grid = 1 if self.showGrid() else 0
        source = self.source_delegate.height_for(model.index(row, SOURCE),
                                                 self.columnWidth(SOURCE) - grid)
        target = self.target_delegate.height_for(model.index(row, TARGET),
                                                 self.columnWidth(TARGET) - grid)
        return max(source, target) + grid + band_at(model.index(row, 0), self)

    def fit_visible_rows(self) -> int:
        """Set the height of every row on screen (plus a few below). Returns rows changed."""
        model = self.model()
        if model is None or model.rowCount() == 0:
            return 0
        first = self.rowAt(0)
        if first < 0:
            first = 0
        bottom = self.viewport().height()
        rows = model.rowCount()
        changed, row, extra = 0, first, 0
        while row < rows and extra <= LOOKAHEAD_ROWS:
            height = self.row_height_for(row)
            if self.rowHeight(row) != height:
                self.setRowHeight(row, height)
                changed += 1
            if self.rowViewportPosition(row) + height > bottom:
                extra += 1
            row += 1
        return changed

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.schedule_fit()

    # -- document bands (delegates.document_band) -------------------------------------------
    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        paint_bands(self)

    def visualRect(self, index: QModelIndex) -> QRect:
        # A cell's content starts below its row's band: hit-testing (source_pointer) and the
        # editor's geometry use this rectangle, so they match what the delegates paint.
        rect = super().visualRect(index)
        band = band_at(index, self) if index.isValid() else 0
        return rect.adjusted(0, band, 0, 0) if band else rect

    # -- cursor -------------------------------------------------------------------------
    def _on_current_row(self, current: QModelIndex, previous: QModelIndex) -> None:
        pid = current.data(ParagraphIdRole) if current.isValid() else None
        self.current_paragraph_changed.emit(pid if pid is not None else -1)

    def current_paragraph_id(self) -> int | None:
        index = self.currentIndex()
        return index.data(ParagraphIdRole) if index.isValid() else None

    def focus_paragraph_ids(self) -> tuple[list[int], list[int]]:
        """What a batch translates first, in two tiers: the paragraph being edited (or at the
        cursor) and the rows on screen top to bottom; then FOCUS_BELOW rows below them (rows
        not measured yet may still move onto the screen). The batch goes on below those."""
        model = self.model()
        if model is None or model.rowCount() == 0:
            return [], []
        first = max(self.rowAt(0), 0)
        last = self.rowAt(self.viewport().height() - 1)
        last = model.rowCount() - 1 if last < 0 else last
        below = min(model.rowCount() - 1, last + FOCUS_BELOW)
        ids = [model.index(row, 0).data(ParagraphIdRole) for row in range(first, last + 1)]
        near = [model.index(row, 0).data(ParagraphIdRole) for row in range(last + 1, below + 1)]
        current = self.current_paragraph_id()
        if current is not None:
            ids = [current] + [pid for pid in ids if pid != current]
        return [p for p in ids if p is not None], [p for p in near if p is not None and p != current]

    def selected_paragraph_ids(self) -> list[int]:
        rows = sorted({index.row() for index in self.selectionModel().selectedRows()})
        model = self.model()
        return [model.index(row, 0).data(ParagraphIdRole) for row in rows]

    def go_to_row(self, row: int) -> None:
        """Make `row` current (target column), selected, and visible."""
        model = self.model()
        if model is None or not 0 <= row < model.rowCount():
            return
        index = model.index(row, TARGET)
        self.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        # Rows around the target may still have their default height: measure, scroll, and
        # repeat while fitting moves things (a couple of passes at most).
        self.setRowHeight(row, self.row_height_for(row))
        for _ in range(4):
            self.scrollTo(index)
            if not self.fit_visible_rows():
                break

    def move(self, step: int) -> None:
        row = self.currentIndex().row() if self.currentIndex().isValid() else -1
        self.go_to_row(max(0, min(self.model().rowCount() - 1, row + step)))

    def edit_current(self) -> None:
        index = self.currentIndex()
        if index.isValid():
            self.edit(index.siblingAtColumn(TARGET))

    def keyPressEvent(self, event) -> None:
        # Enter on a row opens its English cell (Enter inside the editor is a new line).
        if (event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and event.modifiers() == Qt.KeyboardModifier.NoModifier
                and self.state() != QAbstractItemView.State.EditingState):
            self.edit_current()
            return
        super().keyPressEvent(event)
