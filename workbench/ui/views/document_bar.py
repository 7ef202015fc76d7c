"""The line above the grid that names the document the cursor is in and jumps to another.

A project holds several documents (an import each) in one grid; the bands in the grid show where
each begins (delegates.document_band) and this list moves between them without scrolling.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSizePolicy, QWidget

from workbench.core.model import Document
from workbench.ui.models.paragraph_model import ParagraphTableModel
from workbench.ui.views.paragraph_view import ParagraphView


class DocumentBar(QWidget):
    """A "Document:" list over the grid. GUI thread only; reads only the paragraph model, and the
    documents arrive with the project's snapshots (`show_documents`), so it never reads the file.

    Choosing a document moves the cursor to its first paragraph the grid shows (the filter may
    hide some); moving the cursor in the grid selects its document here.
    """

    def __init__(self, model: ParagraphTableModel, view: ParagraphView, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("documentBar")
        self.model, self.view = model, view
        self._documents: list[Document] = []
        self._pending: int | None = None  # a document chosen before its rows were loaded
        self.label = QLabel(self.tr("&Document:"), self)
        self.combo = QComboBox(self)
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.combo.setMinimumContentsLength(24)
        self.combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.label.setBuddy(self.combo)
        self.note = QLabel(self)  # says why a jump did not move (every row filtered out)
        self.note.setObjectName("documentBarNote")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 2, 6, 2)
        layout.addWidget(self.label)
        layout.addWidget(self.combo, 1)
        layout.addWidget(self.note)
        layout.addStretch(1)
        self.combo.activated.connect(self.go_to_document)
        view.current_paragraph_changed.connect(self._follow)
        model.rowsInserted.connect(self._on_rows_inserted)
        shown = view.model()
        if shown is not None and shown is not model:
            # A filter that shows rows again makes "the filter hides every paragraph" stale.
            for signal in (shown.rowsInserted, shown.layoutChanged, shown.modelReset):
                signal.connect(self.note.clear)
        self.show_documents([])

    def show_documents(self, documents) -> None:
        """The documents of the project shown (a Snapshot's `documents`), in project order;
        a Snapshot itself is accepted too."""
        documents = list(getattr(documents, "documents", documents))
        self._documents = documents
        self._pending = None
        self.model.set_documents(documents)
        self.combo.clear()
        for number, doc in enumerate(documents, start=1):
            self.combo.addItem(f"{number}. {doc.name}", doc.id)
            self.combo.setItemData(number - 1, self.tr("{count} paragraphs").format(
                count=doc.paragraph_count), Qt.ItemDataRole.ToolTipRole)
        self.combo.setEnabled(bool(documents))
        self.note.clear()
        self._follow(self.view.current_paragraph_id() or -1)

    def go_to_document(self, position: int) -> None:
        """Move the cursor to the first shown paragraph of the document at `position`."""
        if not 0 <= position < len(self._documents):
            return
        self.note.clear()
        doc_id = self._documents[position].id
        first = self._first_row(position)
        if first is None:  # its rows are still being read: go there when they arrive
            self._pending = position
            return
        self._pending = None
        self.view.target_delegate.commit_and_close()  # what was typed is saved before moving
        proxy = self.view.model()
        for row in range(first, self.model.rowCount()):
            if self.model.paragraph_at(row).document_id != doc_id:
                break
            shown = proxy.mapFromSource(self.model.index(row, 0)) if proxy is not self.model \
                else self.model.index(row, 0)
            if shown.isValid():
                self.view.go_to_row(shown.row())
                self.view.setFocus()
                return
        self.note.setText(self.tr("The filter hides every paragraph of this document."))

    def _first_row(self, position: int) -> int | None:
        """The model row of the document's first paragraph, None while it is not loaded."""
        # Documents are stored one after another in import order: the counts before it say
        # where it starts; a scan is the fallback should that ever not hold.
        doc_id = self._documents[position].id
        guess = sum(doc.paragraph_count for doc in self._documents[:position])
        rows = self.model.rowCount()
        if guess < rows and self.model.paragraph_at(guess).document_id == doc_id and (
                guess == 0 or self.model.paragraph_at(guess - 1).document_id != doc_id):
            return guess
        return next((row for row in range(rows)
                     if self.model.paragraph_at(row).document_id == doc_id), None)

    def _on_rows_inserted(self, parent: QModelIndex, first: int, last: int) -> None:
        if self._pending is not None:
            self.go_to_document(self._pending)

    def _follow(self, paragraph_id: int) -> None:
        p = self.model.paragraph(paragraph_id) if paragraph_id >= 0 else None
        if p is None:
            return
        index = self.combo.findData(p.document_id)
        if index >= 0 and index != self.combo.currentIndex():
            self.combo.setCurrentIndex(index)  # `activated` is for the user's choices only
