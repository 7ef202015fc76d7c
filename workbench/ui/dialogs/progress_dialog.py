"""Project > Progress…: per document, how much is translated, edited, reviewed and approved,
counted in Arabic words (a clitic-bearing word is one word) and characters as well as in
paragraphs (project.progress). Read on the store lane; the dialog only shows the answer."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QHeaderView, QLabel, QTableWidget,
                               QTableWidgetItem, QVBoxLayout)

from workbench.core.model import DRAFT_STATUSES, Status
from workbench.ui.labels import status_label

GROUPS = (("todo", DRAFT_STATUSES), ("edited", (Status.EDITED,)),
          ("reviewed", (Status.REVIEWED,)), ("approved", (Status.APPROVED,)))


class ProgressDialog(QDialog):
    """GUI thread. `show_tallies(documents, whole)` fills it (project.progress's answer)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Progress"))
        self.note = QLabel(self.tr("Arabic words: a word with its attached prefixes and pronouns "
                                   "counts once. Characters leave out spaces and diacritics."), self)
        self.note.setWordWrap(True)
        self.table = QTableWidget(0, 9, self)
        self.table.setHorizontalHeaderLabels([
            self.tr("Document"), self.tr("Paragraphs"), self.tr("Words"), self.tr("Characters"),
            self.tr("To do (words)"), self.tr("Edited (words)"), self.tr("Reviewed (words)"),
            self.tr("Approved (words)"), self.tr("Reviewed or approved")])
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, 9):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(900, 360)

    def show_tallies(self, documents, whole) -> None:
        rows = [*documents, whole] if len(documents) != 1 else list(documents)
        self.table.setRowCount(len(rows))
        for r, tally in enumerate(rows):
            name = tally.name if tally is not whole else self.tr("All documents")
            words = tally.total()
            done = tally.done()
            values = [name, tally.total("paragraphs"), words, tally.total("chars")]
            values += [sum(tally.words[s] for s in statuses) for _key, statuses in GROUPS]
            values.append(f"{100 * done / words:.0f}%" if words else "-")
            for c, value in enumerate(values):
                item = QTableWidgetItem(f"{value:,}" if isinstance(value, int) else str(value))
                if c:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                item.setToolTip(self._details(tally))
                if tally is whole:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.table.setItem(r, c, item)

    def _details(self, tally) -> str:
        return "\n".join(
            self.tr("{status}: {paragraphs} paragraphs, {words} words, {chars} characters").format(
                status=status_label(s), paragraphs=tally.paragraphs[s], words=tally.words[s],
                chars=tally.chars[s])
            for s in Status if tally.paragraphs[s])
