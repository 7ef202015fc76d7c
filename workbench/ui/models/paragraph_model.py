"""The document grid's model: a list of Paragraph held in memory.

`data()` only reads that list (never the project file), so 15,000 rows scroll without I/O.
Whole content is replaced with a model reset; one paragraph changes with `dataChanged`.
Edits made in a view are not applied here: `setData` emits `edit_requested` and the window
saves through the store lane, then calls `update_paragraphs` with what the store committed.
Document names (for the bands where documents begin) come with `set_documents`, from the
same snapshots the rows come from.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from workbench.core.model import Document, Kind, Paragraph
from workbench.project.confidence import scored
from workbench.ui.labels import status_label
from workbench.ui.models.titled_model import TitledTableModel

ID, SOURCE, TARGET, STATUS, ENGINE = range(5)
COLUMN_COUNT = 5

ParagraphRole = Qt.ItemDataRole.UserRole + 1  # the Paragraph dataclass itself
StatusRole = Qt.ItemDataRole.UserRole + 2  # Status
ParagraphIdRole = Qt.ItemDataRole.UserRole + 3  # int
KindRole = Qt.ItemDataRole.UserRole + 4  # Kind
ProblemRole = Qt.ItemDataRole.UserRole + 5  # tuple of terminology problems (empty: none)
DocumentIdRole = Qt.ItemDataRole.UserRole + 6  # int
DocumentNameRole = Qt.ItemDataRole.UserRole + 7  # str ("" until set_documents names it)
CommentRole = Qt.ItemDataRole.UserRole + 8  # str, the paragraph's comment ("" when none)
LevelRole = Qt.ItemDataRole.UserRole + 9  # int, heading level (list depth for list items)
MarksRole = Qt.ItemDataRole.UserRole + 10  # tuple of core.inline.Mark over the source (often ())
ConfidenceRole = Qt.ItemDataRole.UserRole + 11  # project.confidence.ConfidenceFlag, or None

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignTop
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignTop
_LEADING = Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignTop  # follows the UI direction

Index = QModelIndex | QPersistentModelIndex


def problem_text(problem) -> str:
    if problem.kind not in ("term-missing", "term-forbidden") and getattr(problem, "message", ""):
        return problem.message  # a QA finding (qa.Issue) of another kind says what it found
    if problem.kind == "term-forbidden":
        return QCoreApplication.translate(
            "ParagraphModel", "Glossary: \u201c{found}\u201d is a forbidden rendering of {term}"
        ).format(found=problem.detail, term=problem.term)
    return QCoreApplication.translate(
        "ParagraphModel", "Glossary: {term} should appear as \u201c{english}\u201d"
    ).format(term=problem.term, english=problem.english)


def confidence_text(flag) -> str:
    """A "check this" flag for people: ConfidenceFlag.reason()'s words, translatable."""
    return QCoreApplication.translate(
        "ParagraphModel", "Check this draft: the model was unsure of sentence {sentence}: mean "
        "log-probability {mean}, lower than {share}% of its sentences in this project"
    ).format(sentence=flag.sentence + 1, mean=f"{flag.mean:.2f}",
             share=f"{100 - flag.percentile:.0f}")


class ParagraphTableModel(TitledTableModel):
    """Rows are paragraphs in project order; columns ID, SOURCE, TARGET, STATUS, ENGINE.

    Lives on the GUI thread. `edit_requested(paragraph_id, text)` asks the window to save a new
    target; the model itself changes only through set_paragraphs / update_paragraphs.
    """

    column_count = COLUMN_COUNT

    edit_requested = Signal(int, str)
    confidence_changed = Signal()  # set_confidence changed which drafts are marked

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[Paragraph] = []
        self._row_of: dict[int, int] = {}
        self._problems: dict[int, tuple] = {}  # paragraph id -> its terminology problems
        self._documents: dict[int, str] = {}  # document id -> name
        self._confidence: dict[int, object] = {}  # paragraph id -> ConfidenceFlag ("check this")

    # -- content ------------------------------------------------------------------------
    # Why the open project cannot be saved ("" when it can): no cell is editable then, so no
    # typing is ever started that could not be kept (the row loader sets it per snapshot).
    read_only = ""

    def set_paragraphs(self, paragraphs: Iterable[Paragraph]) -> None:
        self.beginResetModel()
        self._rows = list(paragraphs)
        self._row_of = {p.id: row for row, p in enumerate(self._rows)}
        # Flags name paragraph ids: after a reset they may be another project's (recomputed).
        self._confidence = {}
        self.endResetModel()

    def append_paragraphs(self, paragraphs: Iterable[Paragraph]) -> None:
        """Add rows at the end (the next page of a project being loaded)."""
        new = [p for p in paragraphs if p.id not in self._row_of]
        if not new:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(new) - 1)
        self._rows.extend(new)
        for row, p in enumerate(new, start=first):
            self._row_of[p.id] = row
        self.endInsertRows()

    def update_paragraphs(self, paragraphs: Iterable[Paragraph]) -> list[int]:
        """Replace the stored copies of these paragraphs; returns the rows that changed."""
        rows = []
        for paragraph in paragraphs:
            row = self._row_of.get(paragraph.id)
            if row is None or self._rows[row] == paragraph:
                continue
            self._rows[row] = paragraph
            rows.append(row)
        for start, end in _runs(sorted(rows)):
            self.dataChanged.emit(self.index(start, 0), self.index(end, COLUMN_COUNT - 1))
        return rows

    def set_problems(self, problems: Iterable) -> None:
        """Terminology problems (objects with paragraph_id, kind, term, english, detail) to mark
        in the STATUS column; only rows whose marks change are signalled."""
        grouped: dict[int, list] = {}
        for problem in problems:
            grouped.setdefault(problem.paragraph_id, []).append(problem)
        new = {pid: tuple(found) for pid, found in grouped.items()}
        changed = {pid for pid in new.keys() | self._problems.keys()
                   if new.get(pid) != self._problems.get(pid)}
        self._problems = new
        rows = sorted(r for r in (self._row_of.get(pid) for pid in changed) if r is not None)
        for start, end in _runs(rows):
            self.dataChanged.emit(self.index(start, STATUS), self.index(end, STATUS), [ProblemRole])

    def set_confidence(self, flags: dict) -> None:
        """The machine drafts to check (paragraph id -> project.confidence.ConfidenceFlag),
        computed on the store lane; only rows whose mark changes are signalled."""
        new = dict(flags)
        changed = {pid for pid in new.keys() | self._confidence.keys()
                   if new.get(pid) != self._confidence.get(pid)}
        self._confidence = new
        rows = sorted(r for r in (self._row_of.get(pid) for pid in changed) if r is not None)
        for start, end in _runs(rows):
            self.dataChanged.emit(self.index(start, STATUS), self.index(end, STATUS),
                                  [ConfidenceRole, Qt.ItemDataRole.ToolTipRole])
        if changed:
            self.confidence_changed.emit()

    def confidence_flag(self, row: int):
        """The row's "check this" flag while its text is still the scored machine draft (a
        person's edit ends it at once, before the flags are recomputed); else None."""
        p = self._rows[row]
        flag = self._confidence.get(p.id)
        return flag if flag is not None and scored(p) else None

    def flagged(self) -> list[tuple[int, Paragraph, object]]:
        """(row, paragraph, flag) of every row marked "check this" now, in row order."""
        found = []
        for pid, flag in self._confidence.items():
            row = self._row_of.get(pid)
            if row is not None and scored(self._rows[row]):
                found.append((row, self._rows[row], flag))
        return sorted(found, key=lambda item: item[0])

    def set_documents(self, documents: Iterable[Document]) -> None:
        """Name the documents the rows belong to (a project's Snapshot.documents)."""
        documents = list(documents)
        self._document_list = documents  # for the export dialog: names and formats
        names = {doc.id: doc.name for doc in documents}
        if names == self._documents:
            return
        self._documents = names
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, COLUMN_COUNT - 1),
                                  [DocumentNameRole])

    def documents(self) -> list[Document]:
        """The open project's documents, in import order."""
        return list(getattr(self, "_document_list", []))

    def document_name(self, document_id: int) -> str:
        return self._documents.get(document_id, "")

    def paragraphs(self) -> list[Paragraph]:
        return list(self._rows)

    def paragraph_at(self, row: int) -> Paragraph:
        return self._rows[row]

    def row_of(self, paragraph_id: int) -> int | None:
        return self._row_of.get(paragraph_id)

    def paragraph(self, paragraph_id: int) -> Paragraph | None:
        row = self._row_of.get(paragraph_id)
        return None if row is None else self._rows[row]

    def status_counts(self) -> Counter:
        """Counts by Status of translatable paragraphs, from memory."""
        return Counter(p.status for p in self._rows if p.translatable)

    # -- Qt model API -------------------------------------------------------------------
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        p = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == ID:
                return str(p.position + 1)
            if column == SOURCE:
                return p.source
            if column == TARGET:
                return p.target
            if column == STATUS:
                return status_label(p.status)
            if column == ENGINE:
                return self.tr("person") if written_by_person(p) else self._engine_label(p)
        elif role == Qt.ItemDataRole.TextAlignmentRole:
            # Arabic always right, English always left; the rest follows the UI language.
            return {SOURCE: _RIGHT, TARGET: _LEFT}.get(column, _LEADING)
        elif role == Qt.ItemDataRole.ToolTipRole:
            if column == STATUS:
                flag = self.confidence_flag(index.row())
                return "\n".join([status_label(p.status), *map(problem_text, self._problems.get(p.id, ())),
                                  *([confidence_text(flag)] if flag is not None else [])])
            if column == ENGINE and written_by_person(p):
                return self.tr("A person rewrote the machine draft (see the history)")
            if column == ENGINE and p.engine == REPEAT_ENGINE:
                origin = self.paragraph(int(p.model)) if p.model.isdigit() else None
                return self.tr("Copied from paragraph {row}, which a person confirmed: the same "
                               "Arabic").format(row=origin.position + 1 if origin else "?")
            if column == ENGINE and p.engine == MEMORY_ENGINE and p.model == "exact":
                return self.tr("From the translation memory: an exact match")
            if column == ENGINE and p.engine == MEMORY_ENGINE and p.model == "exact sentences":
                return self.tr("From the translation memory: each sentence matched exactly, "
                               "their translations joined")
            if column == ENGINE and p.engine == MEMORY_ENGINE:
                return self.tr("From the translation memory: a {percent} match (check what "
                               "differs)").format(percent=p.model)
            if column == ENGINE and p.model:
                return f"{p.engine} ({p.model})"
            if column in (ID, SOURCE, TARGET) and p.comment:
                return p.comment
        elif role == ParagraphRole:
            return p
        elif role == StatusRole:
            return p.status
        elif role == ParagraphIdRole:
            return p.id
        elif role == KindRole:
            return p.kind
        elif role == ProblemRole:
            return self._problems.get(p.id, ())
        elif role == DocumentIdRole:
            return p.document_id
        elif role == DocumentNameRole:
            return self._documents.get(p.document_id, "")
        elif role == CommentRole:
            return p.comment
        elif role == LevelRole:
            return p.level
        elif role == MarksRole:
            return p.marks
        elif role == ConfidenceRole:
            return self.confidence_flag(index.row())
        return None

    def _engine_label(self, p: Paragraph) -> str:
        """The engine column: who made a draft; a memory draft says which kind (the marker of
        a filled repeat is the word "repeat")."""
        if p.engine == REPEAT_ENGINE:
            return self.tr("repeat")
        if p.engine == MEMORY_ENGINE and p.model == "exact":
            return self.tr("memory, exact")
        if p.engine == MEMORY_ENGINE and p.model == "exact sentences":
            return self.tr("memory, sentences")
        if p.engine == MEMORY_ENGINE:
            return self.tr("memory {percent}").format(percent=p.model)
        return p.engine

    def titles(self) -> dict[int, str]:
        return {
            ID: self.tr("#"),
            SOURCE: self.tr("Arabic"),
            TARGET: self.tr("English"),
            STATUS: self.tr("Status"),
            ENGINE: self.tr("Engine"),
        }

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        p = self._rows[index.row()]
        if index.column() == TARGET and p.translatable and p.kind is not Kind.CODE and not self.read_only:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or index.column() != TARGET:
            return False
        if not self.flags(index) & Qt.ItemFlag.ItemIsEditable:
            return False
        p = self._rows[index.row()]
        text = str(value)
        if text == p.target:
            return False
        self.edit_requested.emit(p.id, text)
        return True


REPEAT_ENGINE, MEMORY_ENGINE = "repeat", "memory"  # store.repeats_store, project.pretranslate


def written_by_person(p: Paragraph) -> bool:
    """A person's text, not an engine's: marked edited or later, and no engine named (the store
    clears the engine when a person's text differs from the latest draft)."""
    return not p.status.is_draft and not p.engine


def _runs(rows: list[int]) -> list[tuple[int, int]]:
    """Sorted row numbers grouped into contiguous (first, last) runs."""
    runs: list[tuple[int, int]] = []
    for row in rows:
        if runs and runs[-1][1] == row - 1:
            runs[-1] = (runs[-1][0], row)
        else:
            runs.append((row, row))
    return runs

