"""Export: choose a format and layout (from formats.exporters.FORMATS), a file, and whether
the paragraphs' comments go along (on by default: Word comments in DOCX, a note under the
paragraph in Markdown; plain text has no place for them). The review DOCX (a file a reviewer
edits in Word and sends back) has its comments in a column, and exports the statuses ticked.
The file name always ends in an extension of the chosen format (the export refuses one that
contradicts it): suggested from the format, and put right in `choice()` after Browse or typing."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
)

from workbench.core.model import Document

translate = QCoreApplication.translate  # a name lupdate reads


def choice_label(fmt: str, layout: str, fallback: str) -> str:
    labels = {
        ("docx", "table"): translate("Export", "Word: bilingual table (for review in Word)"),
        ("docx", "alternate"): translate("Export", "Word: Arabic paragraph, then its English"),
        ("docx", "target"): translate("Export", "Word: English only"),
        ("docx", "translated"): translate("Export", "Word: the source document itself, in English"),
        ("odt", "translated"): translate("Export", "OpenDocument: the source document itself, in English"),
        ("html", "translated"): translate("Export", "Web page: the article, in English"),
        ("md", "translated"): translate("Export", "Markdown: the source document itself, in English"),
        ("md", "blocks"): translate("Export", "Markdown: Arabic block, then its English"),
        ("md", "table"): translate("Export", "Markdown: two-column table"),
        ("md", "target"): translate("Export", "Markdown: English only"),
        ("txt", "target"): translate("Export", "Plain text: English only"),
        ("review", "rows"): translate("Export", "Review (DOCX, edit the English)"),
        ("tmx", "paragraphs"): translate("Export", "TMX: the paragraphs a person confirmed"),
        ("xliff", "units"): translate("Export", "XLIFF 1.2 for another CAT tool"),
        ("xliff2", "units"): translate("Export", "XLIFF 2.0 for another CAT tool"),
    }
    return labels.get((fmt, layout), fallback)


def export_choices(document_formats: Iterable[str] | None = None) -> list[tuple[str, str, str, str]]:
    """(format, layout, suffix, label) for every layout of every format; a translated layout
    only where a document of the project came in that format (None: every one)."""
    from workbench.formats.exporters import FORMATS, PROJECT_LAYOUTS
    from workbench.project.translated import translated_format

    wanted = None if document_formats is None else {translated_format(f) for f in document_formats}
    return [(spec.name, layout, spec.suffix, choice_label(spec.name, layout,
                                                          f"{spec.description}: {text}"))
            for spec in FORMATS.values() for layout, text in spec.layouts
            if wanted is None or (spec.name, layout) not in PROJECT_LAYOUTS or spec.name in wanted]


class ExportDialog(QDialog):
    """Modal; after exec() read `choice()` -> (path, format, layout), `include_comments()` and
    `statuses()` (the review format's status choice)."""

    def __init__(self, default_stem: Path, parent=None, documents: Sequence[Document] | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export"))
        self._documents = list(documents or [])
        self._choices = export_choices([d.format for d in self._documents] if documents is not None else None)
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
        self.document = QComboBox(self)  # which document: all (marked where each begins) or one
        form.addRow(self.tr("What:"), self.kind)
        form.addRow(self.tr("Document:"), self.document)
        form.addRow(self.tr("File:"), row)
        form.addRow("", self.comments)
        self.keep_bidi = QCheckBox(self.tr("Keep &bidi control characters"), self)
        self.keep_bidi.setToolTip(self.tr("Embeddings, overrides and isolates (U+202A-E, U+2066-9) "
                                          "can reorder what a reader sees; by default they are "
                                          "taken out of the exported text"))
        form.addRow("", self.keep_bidi)
        form.addRow(self.tr("Statuses:"), self._status_boxes())
        self.buttons = buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                                  | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.kind.currentIndexChanged.connect(self._suggest)
        self._suggest()
        self.resize(560, self.sizeHint().height())

    def _fill_documents(self, fmt: str, layout: str) -> None:
        """All documents or one; the translated layout rebuilds one document of its own format."""
        from workbench.formats.exporters import PROJECT_LAYOUTS
        from workbench.project.translated import translated_format

        translated = (fmt, layout) in PROJECT_LAYOUTS
        wanted = [d for d in self._documents if not translated or translated_format(d.format) == fmt]
        before = self.document.currentData()
        self.document.blockSignals(True)
        self.document.clear()
        if not translated and len(self._documents) > 1:
            self.document.addItem(self.tr("All documents (each one's start marked)"), None)
        for doc in wanted:
            self.document.addItem(doc.name, f"#{doc.id}")
        at = self.document.findData(before)
        self.document.setCurrentIndex(at if at >= 0 else 0)
        self.document.blockSignals(False)
        self.document.setEnabled(self.document.count() > 1)

    def chosen_document(self) -> str | None:
        """"#id" of the one document to export; None for all of them."""
        return self.document.currentData() if self.document.count() else None

    def _suggest(self) -> None:
        from workbench.formats.exporters import PROJECT_LAYOUTS

        fmt, layout, suffix, _ = self._choices[self.kind.currentIndex()]
        review = fmt == "review"
        self._fill_documents(fmt, layout)
        self.comments.setEnabled(fmt not in ("txt", "review") and (fmt, layout) not in PROJECT_LAYOUTS)
        self.comments.setToolTip(self.tr("As Word comments in the margin") if fmt == "docx" else
                                 self.tr("As a note under each commented paragraph") if fmt == "md"
                                 else self.tr("In a column of their own") if review
                                 else self.tr("Plain text holds the translation only"))
        for box in self.status_boxes.values():
            box.setEnabled(review)
        name = f"{self._stem.name}-{layout}{suffix}" if layout != "target" else \
            f"{self._stem.name}-en{suffix}"
        if review:
            name = f"{self._stem.name}-review{suffix}"
        self.path.setText(str(self._stem.with_name(name)))
        self._check_ok()

    def _browse(self) -> None:
        suffix = self._choices[self.kind.currentIndex()][2]
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export to"), self.path.text(),
                                              f"*{suffix}")
        if path:
            self.path.setText(str(self._fitting(Path(path))))

    def choice(self) -> tuple[Path, str, str]:
        """(path, format, layout); the path has an extension of the format ("a.txt" chosen
        for Markdown becomes "a.md", a name without one gets the format's)."""
        fmt, layout, _, _ = self._choices[self.kind.currentIndex()]
        return self._fitting(Path(self.path.text())), fmt, layout

    def _fitting(self, path: Path) -> Path:
        from workbench.formats.exporters import fitting_name

        return fitting_name(path, self._choices[self.kind.currentIndex()][0])

    def keep_bidi_controls(self) -> bool:
        return self.keep_bidi.isChecked()

    def include_comments(self) -> bool:
        return self.comments.isEnabled() and self.comments.isChecked()

    def statuses(self) -> list[str] | None:
        """The statuses ticked for a review file, in Status order; None when every status is
        ticked or the format is not the review DOCX (the export's default: everything)."""
        if self.choice()[1] != "review":
            return None
        ticked = [status.value for status, box in self.status_boxes.items() if box.isChecked()]
        return None if len(ticked) == len(self.status_boxes) else ticked

    def _status_boxes(self) -> QGridLayout:
        """One check box per status (all ticked), for the review format only."""
        from workbench.core.model import Status
        from workbench.ui.labels import status_label

        grid = QGridLayout()
        self.status_boxes: dict[Status, QCheckBox] = {}
        for index, status in enumerate(Status):
            box = QCheckBox(status_label(status), self)
            box.setChecked(True)
            box.toggled.connect(self._check_ok)
            self.status_boxes[status] = box
            grid.addWidget(box, index // 4, index % 4)
        return grid

    def _check_ok(self) -> None:
        """A review file with no status ticked would be empty: OK waits for one."""
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(any(box.isChecked() for box in self.status_boxes.values())
                      or self.choice()[1] != "review")

    def select(self, fmt: str, layout: str) -> None:
        for i, (f, lay, _, _) in enumerate(self._choices):
            if (f, lay) == (fmt, layout):
                self.kind.setCurrentIndex(i)
