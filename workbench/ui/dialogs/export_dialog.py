"""Export: choose a format and layout (from formats.exporters.FORMATS), a file, and whether
the paragraphs' comments go along (on by default: Word comments in DOCX, a note under the
paragraph in Markdown; plain text has no place for them)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
)


def choice_label(fmt: str, layout: str, fallback: str) -> str:
    t = QCoreApplication.translate
    labels = {
        ("docx", "table"): t("Export", "Word: bilingual table (for review in Word)"),
        ("docx", "alternate"): t("Export", "Word: Arabic paragraph, then its English"),
        ("docx", "target"): t("Export", "Word: English only"),
        ("md", "blocks"): t("Export", "Markdown: Arabic block, then its English"),
        ("md", "table"): t("Export", "Markdown: two-column table"),
        ("md", "target"): t("Export", "Markdown: English only"),
        ("txt", "target"): t("Export", "Plain text: English only"),
    }
    return labels.get((fmt, layout), fallback)


def export_choices() -> list[tuple[str, str, str, str]]:
    """(format, layout, suffix, label) for every layout of every format."""
    from workbench.formats.exporters import FORMATS

    return [(spec.name, layout, spec.suffix, choice_label(spec.name, layout,
                                                          f"{spec.description}: {text}"))
            for spec in FORMATS.values() for layout, text in spec.layouts]


class ExportDialog(QDialog):
    """Modal; after exec() read `choice()` -> (path, format, layout) and `include_comments()`."""

    def __init__(self, default_stem: Path, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export"))
        self._choices = export_choices()
        self._stem = default_stem
        self.kind = QComboBox(self)
        for fmt, layout, suffix, label in self._choices:
            self.kind.addItem(label)
        self.path = QLineEdit(self)
        browse = QPushButton(self.tr("Browse…"), self)
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        form = QFormLayout(self)
        self.comments = QCheckBox(self.tr("Include &comments"), self)
        self.comments.setChecked(True)
        form.addRow(self.tr("What:"), self.kind)
        form.addRow(self.tr("File:"), row)
        form.addRow("", self.comments)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.kind.currentIndexChanged.connect(self._suggest)
        self._suggest()
        self.resize(560, self.sizeHint().height())

    def _suggest(self) -> None:
        fmt, layout, suffix, _ = self._choices[self.kind.currentIndex()]
        self.comments.setEnabled(fmt != "txt")
        self.comments.setToolTip(self.tr("As Word comments in the margin") if fmt == "docx" else
                                 self.tr("As a note under each commented paragraph") if fmt == "md"
                                 else self.tr("Plain text holds the translation only"))
        name = f"{self._stem.name}-{layout}{suffix}" if layout != "target" else \
            f"{self._stem.name}-en{suffix}"
        self.path.setText(str(self._stem.with_name(name)))

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export to"), self.path.text())
        if path:
            self.path.setText(path)

    def choice(self) -> tuple[Path, str, str]:
        fmt, layout, _, _ = self._choices[self.kind.currentIndex()]
        return Path(self.path.text()), fmt, layout

    def include_comments(self) -> bool:
        return self.comments.isEnabled() and self.comments.isChecked()

    def select(self, fmt: str, layout: str) -> None:
        for i, (f, lay, _, _) in enumerate(self._choices):
            if (f, lay) == (fmt, layout):
                self.kind.setCurrentIndex(i)
