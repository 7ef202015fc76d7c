"""Fonts for the two sides: a good Naskh face for Arabic, the system font for English.

Arabic text set in a generic sans fallback is legible but tiring for long reading; Naskh faces
were drawn for running text. The best installed face is picked once from a preference list; a
family the user chose wins when it is installed and covers Arabic.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication

# Best first: Naskh faces made for running text, then sans faces that at least join correctly.
ARABIC_FAMILIES: tuple[str, ...] = (
    "Amiri",
    "Noto Naskh Arabic",
    "Noto Naskh Arabic UI",
    "Scheherazade New",
    "Sakkal Majalla",  # Windows Naskh
    "Noto Sans Arabic",
    "Noto Sans Arabic UI",
    "Segoe UI",  # Windows: covers Arabic
    "Geeza Pro",  # macOS
    "DejaVu Sans",
)

_installed: frozenset[str] | None = None
_arabic_capable: dict[str, bool] = {}


def installed_families() -> frozenset[str]:
    """Font families Qt can use; read once (requires a QGuiApplication)."""
    global _installed
    if _installed is None:
        if QGuiApplication.instance() is None:
            raise RuntimeError("fonts need a QGuiApplication")
        _installed = frozenset(QFontDatabase.families())
    return _installed


def covers_arabic(family: str) -> bool:
    if family not in _arabic_capable:
        systems = QFontDatabase.writingSystems(family)
        _arabic_capable[family] = QFontDatabase.WritingSystem.Arabic in systems
    return _arabic_capable[family]


def pick_family(
    installed: Iterable[str], preferences: Iterable[str] = ARABIC_FAMILIES, wanted: str | None = None
) -> str | None:
    """`wanted` when installed, else the first installed preference, else None."""
    available = set(installed)
    if wanted and wanted in available:
        return wanted
    return next((family for family in preferences if family in available), None)


def arabic_families() -> list[str]:
    """Installed families that cover Arabic, preferred ones first (for a font chooser)."""
    installed = installed_families()
    preferred = [f for f in ARABIC_FAMILIES if f in installed and covers_arabic(f)]
    others = sorted(f for f in installed if f not in preferred and covers_arabic(f))
    return preferred + others


def arabic_family(family: str | None = None) -> str:
    """The family arabic_font would use for `family` ("" or None: automatic)."""
    installed = installed_families()
    if family and family in installed and covers_arabic(family):
        return family
    return pick_family(installed) or QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont).family()


def arabic_font(size_pt: int, family: str | None = None) -> QFont:
    """A font for Arabic text at `size_pt` points, using `family` if installed and suitable."""
    font = QFont(arabic_family(family))
    font.setPointSize(size_pt)
    # Naskh joins and dots suffer from hinting at reading sizes; keep the outlines as drawn.
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    font.setStyleStrategy(QFont.StyleStrategy.PreferAntialias)
    return font


def english_font(size_pt: int) -> QFont:
    """The platform's general UI font at `size_pt` points, for the English side."""
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont)
    font.setPointSize(size_pt)
    return font
