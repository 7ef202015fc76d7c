"""The word panel's table: the analyses of one word, most likely first."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from workbench.ui.display_text import ltr
from workbench.ui.models.titled_model import TitledTableModel
from workbench.arabic.morphology.lookup import AnalysisRow

DIAC, LEMMA, POS, GLOSS, SEGMENTATION = range(5)
COLUMN_COUNT = 5
ARABIC_COLUMNS = (DIAC, LEMMA, SEGMENTATION)

AnalysisRowRole = Qt.ItemDataRole.UserRole + 1  # the AnalysisRow
PosCodeRole = Qt.ItemDataRole.UserRole + 2  # "noun", "verb", ... as the database gives it

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter

Index = QModelIndex | QPersistentModelIndex


class AnalysisTableModel(TitledTableModel):
    """Rows are AnalysisRow (ranked by the analyzer); columns DIAC, LEMMA, POS, GLOSS,
    SEGMENTATION. GUI thread only; `data()` reads strings computed on the nlp lane.

    `set_diacritics(False)` shows the Arabic columns without diacritics (segmentation keeps
    them: without marks its pieces would not add up to the word).
    """

    column_count = COLUMN_COUNT

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: tuple[AnalysisRow, ...] = ()
        self._diacritics = True
        self._arabic_font = None

    def set_rows(self, rows) -> None:
        self.beginResetModel()
        self._rows = tuple(rows)
        self.endResetModel()

    def row_at(self, row: int) -> AnalysisRow:
        return self._rows[row]

    def set_diacritics(self, shown: bool) -> None:
        if shown == self._diacritics:
            return
        self._diacritics = shown
        if self._rows:
            self.dataChanged.emit(self.index(0, DIAC), self.index(len(self._rows) - 1, LEMMA))

    def set_arabic_font(self, font) -> None:
        self._arabic_font = font
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, COLUMN_COUNT - 1),
                                  [Qt.ItemDataRole.FontRole])

    @property
    def diacritics(self) -> bool:
        return self._diacritics

    def pos_label(self, code: str) -> str:
        labels = {
            "noun": self.tr("noun"),
            "noun_prop": self.tr("proper noun"),
            "noun_num": self.tr("number"),
            "adj": self.tr("adjective"),
            "adv": self.tr("adverb"),
            "verb": self.tr("verb"),
            "prep": self.tr("preposition"),
            "conj": self.tr("conjunction"),
            "pron": self.tr("pronoun"),
            "pron_rel": self.tr("relative pronoun"),
            "pron_dem": self.tr("demonstrative"),
            "abbrev": self.tr("abbreviation"),
            "interj": self.tr("interjection"),
        }
        return labels.get(code, self.tr("particle") if code.startswith("part") else code)

    # -- Qt model API -------------------------------------------------------------------
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        a = row.analysis
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == DIAC:
                return a.diac if self._diacritics else row.diac_plain
            if column == LEMMA:
                return a.lemma if self._diacritics else row.lemma_plain
            if column == POS:
                return self.pos_label(a.pos)
            if column == GLOSS:
                return a.gloss
            if column == SEGMENTATION:
                return a.segmentation
        elif role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if column in ARABIC_COLUMNS else _LEFT
        elif role == Qt.ItemDataRole.FontRole:
            return self._arabic_font if column in ARABIC_COLUMNS else None
        elif role == Qt.ItemDataRole.ToolTipRole:
            if column == DIAC:
                return f"{ltr(row.buckwalter)} · {ltr(row.readable)}"
            if column == GLOSS:
                return a.gloss
            if column == POS:
                return a.pos
        elif role == AnalysisRowRole:
            return row
        elif role == PosCodeRole:
            return a.pos
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Vertical:  # readings are numbered, best first
            if role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self._rows):
                return str(section + 1)
            return None
        return super().headerData(section, orientation, role)

    def titles(self) -> dict[int, str]:
        return {
            DIAC: self.tr("Diacritized"),
            LEMMA: self.tr("Lemma"),
            POS: self.tr("Part of speech"),
            GLOSS: self.tr("Gloss"),
            SEGMENTATION: self.tr("Segmentation"),
        }

