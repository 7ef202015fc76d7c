"""Project > Merge review or XLIFF…: the preview of a merge (a dry run: nothing written yet), row
by row, with the reviewer's and the project's text side by side for conflicts, then Merge.

The dialog only shows a MergeReport (project.merge) and asks; MergeGlue runs the dry run and
the merge on the store lane.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHeaderView,
                               QLabel, QLineEdit, QTableWidget, QTableWidgetItem, QVBoxLayout)

from workbench.ui.labels import status_label

translate = QCoreApplication.translate


def outcome_label(outcome: str) -> str:
    return {
        "applied": translate("MergeDialog", "changed"),
        "unchanged": translate("MergeDialog", "unchanged"),
        "empty": translate("MergeDialog", "empty"),
        "skipped": translate("MergeDialog", "skipped"),
        "conflict": translate("MergeDialog", "conflict"),
        "unknown": translate("MergeDialog", "unknown id"),
        "other-project": translate("MergeDialog", "another project"),
        "source-differs": translate("MergeDialog", "Arabic differs"),
        "invalid": translate("MergeDialog", "damaged row"),
        "missing": translate("MergeDialog", "row deleted"),
    }.get(outcome, outcome)


class MergeDialog(QDialog):
    """GUI thread. `merge_requested(status, author)` when the person chooses Merge."""

    merge_requested = Signal(str, str)

    def __init__(self, path: str, review: bool, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Merge {name}").format(name=path.rsplit("/", 1)[-1]))
        self.summary = QLabel(self.tr("Reading the file…"), self)
        self.summary.setWordWrap(True)
        options = QFormLayout()
        self.status = QComboBox(self)
        self.status.addItem(status_label("reviewed"), "reviewed")
        self.status.addItem(status_label("edited"), "edited")
        self.author = QLineEdit(self)
        self.author.setPlaceholderText(self.tr("Where the file's tracked changes name nobody"))
        if review:
            options.addRow(self.tr("Changed paragraphs become:"), self.status)
            options.addRow(self.tr("Reviewer:"), self.author)
        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels([self.tr("Paragraph id"), self.tr("Outcome"),
                                              self.tr("In the project"), self.tr("In the file")])
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for column, mode in enumerate((QHeaderView.ResizeMode.ResizeToContents,
                                       QHeaderView.ResizeMode.ResizeToContents,
                                       QHeaderView.ResizeMode.Stretch, QHeaderView.ResizeMode.Stretch)):
            header.setSectionResizeMode(column, mode)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.merge_button = self.buttons.addButton(self.tr("&Merge"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.merge_button.setEnabled(False)
        self.buttons.rejected.connect(self.reject)
        self.merge_button.clicked.connect(
            lambda: self.merge_requested.emit(self.status.currentData(), self.author.text().strip()))
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(options)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        self.resize(860, 480)

    def show_preview(self, report) -> None:
        """The dry run's report: every row that needs a look (all but unchanged), and counts."""
        counts = report.as_dict()["counts"]
        shown = [r for r in report.results if r.outcome.value != "unchanged"]
        parts = [f"{outcome_label(k)}: {v}" for k, v in counts.items() if v and k != "comments"]
        if report.comments:
            parts.append(self.tr("comments: {n}").format(n=report.comments))
        self.summary.setText("\n".join([self.tr("Nothing is written until you choose Merge."),
                                        " · ".join(parts), *report.warnings]))
        self.table.setRowCount(len(shown))
        for row, result in enumerate(shown):
            values = (result.unit_id, outcome_label(result.outcome.value) +
                      (f" ({result.detail})" if result.detail else ""),
                      result.project_target or "", result.file_target or "")
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if column >= 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
                self.table.setItem(row, column, item)
        self.table.resizeRowsToContents()
        self.merge_button.setEnabled(counts.get("applied", 0) + counts.get("conflict", 0)
                                     + report.comments > 0)

    def show_failure(self, text: str) -> None:
        self.summary.setText(text)
        self.merge_button.setEnabled(False)
