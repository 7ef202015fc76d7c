"""The installed translation models as a table: one row per model, named columns."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

COLUMNS = ("name", "pair", "kind", "version", "size", "quality")


def size_text(size_bytes: int) -> str:
    if size_bytes >= 1024**3:
        return f"{size_bytes / 1024**3:.1f} GB"
    if size_bytes >= 1024**2:
        return f"{size_bytes / 1024**2:.1f} MB"
    return f"{max(1, round(size_bytes / 1024))} KB"


def quality_text(model) -> str:
    """The public quality figure of a model, when the listing carries one."""
    for attribute in ("quality_label", "quality"):
        value = getattr(model, attribute, None)
        if value:
            return str(value)
    return ""


class InstalledModelsModel(QAbstractTableModel):
    """Rows of plain InstalledModel values (from any thread's listing). GUI thread only."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._models: list = []

    def set_models(self, models) -> None:
        self.beginResetModel()
        self._models = list(models)
        self.endResetModel()

    def model_at(self, row: int):
        return self._models[row] if 0 <= row < len(self._models) else None

    def names(self) -> list[str]:
        return [m.name for m in self._models]

    def column(self, name: str) -> int:
        return COLUMNS.index(name)

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 (Qt's naming)
        return 0 if parent.isValid() else len(self._models)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return section + 1
        headers = (self.tr("Name"), self.tr("Languages"), self.tr("Kind"), self.tr("Version"),
                   self.tr("Size on disk"), self.tr("Quality"))
        return headers[section] if 0 <= section < len(headers) else None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._models)):
            return None
        model = self._models[index.row()]
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(model, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == "quality":
            return quality_text(model) or None
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "size":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return model.name
        return None

    def _display(self, model, column: str) -> str:
        if column == "name":
            return model.name
        if column == "pair":
            return f"{model.from_code} → {model.to_code}"
        if column == "kind":
            kind = getattr(model, "kind", "argos")
            if kind == "argos":
                return self.tr("Argos package")
            if kind == "marian":
                return self.tr("OPUS-MT (Marian)")
            return kind
        if column == "version":
            return model.version
        if column == "size":  # isolated: "791 KB" must not turn into "KB 791" in Arabic
            return "\u2066" + size_text(model.size_bytes) + "\u2069"
        return quality_text(model)
