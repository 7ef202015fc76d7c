"""What the Quality panel calls each check kind, and the severity marks it draws.

The kinds and their order come from workbench.qa (KINDS); the words a person reads are here,
as literals lupdate finds (context "QualityKinds"). A kind the UI does not know yet is shown
by its own name (dashes as spaces) rather than dropped; a test lists any such kind. GUI thread
only (the icons are pixmaps).
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

from workbench.qa.issue import KINDS

# Red and amber read as "must fix" and "have a look" on both the light and the dark theme.
SEVERITY_COLORS = {"error": "#d32f2f", "warning": "#e69b00"}


# Literal contexts (as in ui/actions.py): lupdate reads translate("Context", "text") calls.
translate = QCoreApplication.translate


def kind_label(kind: str) -> str:
    """The short name of a kind, as the panel's filter and rows show it."""
    return labels().get(kind, kind.replace("-", " "))


def labels() -> dict[str, str]:
    """Kind -> its translated short name, for every kind the window knows."""
    return {
        "term-missing": translate("QualityKinds", "term missing"),
        "term-forbidden": translate("QualityKinds", "forbidden rendering"),
        "number-missing": translate("QualityKinds", "number missing"),
        "number-extra": translate("QualityKinds", "extra number"),
        "date-mismatch": translate("QualityKinds", "date or month differs"),
        "untranslated": translate("QualityKinds", "untranslated"),
        "copied-source": translate("QualityKinds", "Arabic copied"),
        "arabic-in-english": translate("QualityKinds", "Arabic left in English"),
        "sentence-count": translate("QualityKinds", "sentence dropped?"),
        "repeated-phrase": translate("QualityKinds", "repeated phrase"),
        "length-ratio": translate("QualityKinds", "unusual length"),
        "punctuation": translate("QualityKinds", "punctuation"),
        "leftover-marker": translate("QualityKinds", "leftover marker"),
        "double-space": translate("QualityKinds", "double space"),
        "spelling": translate("QualityKinds", "spelling"),
        "tags": translate("QualityKinds", "inline tags"),
        "bidi-control": translate("QualityKinds", "hidden bidi characters"),
        "inconsistent-translation": translate("QualityKinds", "translated differently"),
        "same-english": translate("QualityKinds", "same English, other Arabic"),
        "name-variant": translate("QualityKinds", "name spelled two ways"),
    }


def severity_label(severity: str) -> str:
    return {"error": translate("QualityKinds", "error"),
            "warning": translate("QualityKinds", "warning"),
            "info": translate("QualityKinds", "note")}.get(severity, severity)


def kind_description(kind: str) -> str:
    """The catalogue's one-line description (English: the core's text; a tooltip)."""
    return KINDS.get(kind, "")


@lru_cache(maxsize=4)
def severity_icon(severity: str) -> QIcon:
    """A filled dot in the severity's colour (no icon for "info")."""
    color = SEVERITY_COLORS.get(severity)
    if color is None:
        return QIcon()
    icon = QIcon()
    for size in (12, 16, 24):
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QColor(color).darker(130))
        painter.setBrush(QColor(color))
        margin = size / 6
        painter.drawEllipse(QRectF(margin, margin, size - 2 * margin, size - 2 * margin))
        painter.end()
        icon.addPixmap(pixmap)
    return icon
