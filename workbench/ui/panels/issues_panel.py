"""The Quality panel: every QA finding of the project to click through, filtered by kind.

Above the table: the counts (errors, warnings), a kind filter whose entries carry their counts,
the Checks menu that switches a kind off for the project, and the notes about the check itself
(no spelling dictionary installed) - notes are never rows. Below it: the other paragraphs a
consistency finding names, as links.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from workbench.qa.issue import KINDS, kind_order, severity
from workbench.ui.panels.issues_model import DETAIL, IssuesTableModel, ParagraphIdRole, RelatedRole
from workbench.ui.panels.qa_kinds import kind_description, kind_label

DETAIL_WIDTH = 320  # px at most for the finding's words


class IssuesPanel(QWidget):
    """Shows what the window's QA check found (run on the store lane). GUI thread only.

    `paragraph_activated(paragraph_id)` when the user clicks a finding, presses Enter on it, or
    steps to it with `next_issue` / `previous_issue`; `number_activated(number)` for a related
    paragraph's link (the grid's 1-based number); `check_requested()` asks for a new check;
    `kind_toggled(kind, enabled)` switches a kind for the project; `export_requested()` asks
    for the QA report.
    """

    paragraph_activated = Signal(int)
    number_activated = Signal(int)
    check_requested = Signal()
    kind_toggled = Signal(str, bool)
    export_requested = Signal()

    def __init__(self, arabic_font: QFont | None = None, parent=None) -> None:
        super().__init__(parent)
        self.model = IssuesTableModel(self)
        self.notes: list = []
        self.header_label = QLabel(self)
        self.header_label.setObjectName("issuesHeader")
        # Small buttons and a combo that may shrink: the dock shares the width with the grid,
        # which must keep its room on a 1024 px screen.
        self.check_button = QToolButton(self)
        self.check_button.setText(self.tr("&Check"))
        self.check_button.setToolTip(self.tr("Run every enabled quality check again"))
        self.kind_filter = QComboBox(self)
        self.kind_filter.setAccessibleName(self.tr("Show the problems of one kind"))
        self.kind_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.kind_filter.setMinimumContentsLength(4)
        self.kinds_button = QToolButton(self)
        self.kinds_button.setText(self.tr("Checks"))
        self.kinds_button.setToolTip(self.tr("Switch checks on or off for this project"))
        self.kinds_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.kinds_menu = QMenu(self.kinds_button)
        self.kind_actions = {}
        for kind in KINDS:
            action = self.kinds_menu.addAction(kind_label(kind))
            action.setCheckable(True)
            action.setChecked(True)
            action.setToolTip(kind_description(kind))
            action.toggled.connect(lambda on, k=kind: self.kind_toggled.emit(k, on))
            self.kind_actions[kind] = action
        self.kinds_menu.setToolTipsVisible(True)
        self.kinds_button.setMenu(self.kinds_menu)
        self.export_button = QToolButton(self)
        self.export_button.setText(self.tr("Report…"))
        self.export_button.setToolTip(self.tr("Export the QA report (HTML or CSV)"))
        self.notes_label = QLabel(self)
        self.notes_label.setObjectName("issuesNotes")
        self.notes_label.setWordWrap(True)
        self.notes_label.hide()
        self.related_label = QLabel(self)
        self.related_label.setObjectName("issuesRelated")
        self.related_label.hide()
        self.table = QTableView(self)
        self._build_table()
        # One row of controls and one of counts: the dock shares its height with others.
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(4)
        top = QHBoxLayout()
        for widget, stretch in ((self.kind_filter, 1), (self.kinds_button, 0),
                                (self.export_button, 0), (self.check_button, 0)):
            top.addWidget(widget, stretch)
        bottom = QHBoxLayout()
        bottom.addWidget(self.header_label, 1)
        bottom.addWidget(self.related_label)
        layout.addLayout(top)
        layout.addWidget(self.notes_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self.set_arabic_font(arabic_font)
        self.check_button.clicked.connect(self.check_requested)
        self.export_button.clicked.connect(self.export_requested)
        self.kind_filter.currentIndexChanged.connect(lambda _i: self._apply_filter())
        self.related_label.linkActivated.connect(lambda link: self.number_activated.emit(int(link)))
        self.table.clicked.connect(lambda index: self._activate(index.row()))
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shortcut = QShortcut(QKeySequence(key), self.table)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(lambda: self._activate(self.table.currentIndex().row()))
        self._update_header()

    def _build_table(self) -> None:
        table = self.table
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setTabKeyNavigation(False)
        table.setWordWrap(False)
        table.setAccessibleName(self.tr("Quality problems"))
        table.verticalHeader().setVisible(False)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # What was found comes third and is cut at DETAIL_WIDTH (the tooltip has it all), so
        # the columns after it stay in reach of a narrow dock.
        header.setSectionResizeMode(DETAIL, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
        table.selectionModel().currentRowChanged.connect(lambda current, _p: self._show_related(current.row()))

    def set_arabic_font(self, font: QFont | None) -> None:
        if font is None:
            from workbench.ui.fonts import arabic_font

            font = arabic_font(13)
        self.model.set_arabic_font(font)

    def set_problems(self, problems: Iterable) -> None:
        """Show these findings (in project order, as run_checks returns them); notes about the
        check itself go above the table."""
        found = list(problems)
        self.notes = [f for f in found if severity(f) == "info"]
        self.model.set_problems([f for f in found if severity(f) != "info"])
        self.notes_label.setText("\n".join(getattr(n, "message", "") for n in self.notes))
        self.notes_label.setVisible(bool(self.notes))
        self._fill_filter()
        self._update_header()
        self._show_related(-1)
        self.table.resizeColumnToContents(DETAIL)
        self.table.setColumnWidth(DETAIL, min(self.table.columnWidth(DETAIL), DETAIL_WIDTH))

    def set_disabled_kinds(self, kinds: Iterable[str]) -> None:
        """Tick the kinds that are on (the project's setting); no kind_toggled is emitted."""
        off = set(kinds)
        for kind, action in self.kind_actions.items():
            action.blockSignals(True)
            action.setChecked(kind not in off)
            action.blockSignals(False)

    def shown_kind(self) -> str | None:
        """The kind the filter shows, or None for all."""
        return self.kind_filter.currentData()

    def show_kind(self, kind: str | None) -> None:
        at = self.kind_filter.findData(kind)
        self.kind_filter.setCurrentIndex(max(at, 0))

    def next_issue(self) -> None:
        self._step(1)

    def previous_issue(self) -> None:
        self._step(-1)

    # -- inside -------------------------------------------------------------------------
    def _fill_filter(self) -> None:
        keep = self.kind_filter.currentData()
        counts = self.model.counts()
        self.kind_filter.blockSignals(True)
        self.kind_filter.clear()
        total = sum(counts.values())
        self.kind_filter.addItem(self.tr("All kinds ({count})").format(count=total), None)
        for kind in sorted(counts, key=kind_order):
            self.kind_filter.addItem(f"{kind_label(kind)} ({counts[kind]})", kind)
            self.kind_filter.setItemData(self.kind_filter.count() - 1, kind_description(kind),
                                         Qt.ItemDataRole.ToolTipRole)
        self.kind_filter.setCurrentIndex(max(self.kind_filter.findData(keep), 0))
        self.kind_filter.blockSignals(False)
        self._apply_filter()

    def _apply_filter(self) -> None:
        kind = self.kind_filter.currentData()
        for row in range(self.model.rowCount()):
            self.table.setRowHidden(row, kind is not None and self.model.problem_at(row).kind != kind)

    def _visible_rows(self) -> list[int]:
        return [r for r in range(self.model.rowCount()) if not self.table.isRowHidden(r)]

    def _step(self, step: int) -> None:
        rows = self._visible_rows()
        if not rows:
            return
        current = self.table.currentIndex().row()
        if current in rows:
            row = rows[(rows.index(current) + step) % len(rows)]
        else:
            row = rows[0] if step > 0 else rows[-1]
        self._activate(row)

    def _activate(self, row: int) -> None:
        if not 0 <= row < self.model.rowCount():
            return
        index = self.model.index(row, 0)
        if self.table.currentIndex().row() != row:
            self.table.setCurrentIndex(index)
        self.table.scrollTo(index)
        paragraph_id = index.data(ParagraphIdRole)
        if paragraph_id:  # 0: a glossary entry, not a paragraph
            self.paragraph_activated.emit(paragraph_id)

    def _show_related(self, row: int) -> None:
        related = self.model.index(row, 0).data(RelatedRole) if row >= 0 else ()
        if not related:
            self.related_label.hide()
            return
        links = ", ".join(f'<a href="{n}">¶ {n}</a>' for n in related)
        self.related_label.setText(self.tr("Also in: {links}").format(links=links))
        self.related_label.show()

    def _update_header(self) -> None:
        levels = Counter(severity(p) for p in self.model.problems())
        total = sum(levels.values())
        if not total:
            self.header_label.setText(self.tr("No problems found"))
            return
        self.header_label.setText(self.tr("Problems: {total} · errors: {errors} · warnings: {warnings}").format(
            total=total, errors=levels.get("error", 0), warnings=levels.get("warning", 0)))
