"""Light and dark themes, and the status colours both themes share the meaning of.

Dark is qdarkstyle's stylesheet plus a matching QPalette: delegates and custom painting read the
palette, not the stylesheet, so both must agree. Light is the Fusion style's own palette, so the
window looks the same on every platform.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

from workbench.core.model import Status

THEMES = ("light", "dark")
_THEME_PROPERTY = "workbench_theme"

# Meaning by hue, lightness by theme: the dark variants are lighter so they stand out on
# qdarkstyle's #19232D background; every pair keeps the same order of "doneness". Reviewed and
# approved differ in hue (cyan, green) AND in lightness, so a colour-blind reader (deuteranopia
# turns green and cyan alike) still tells them apart; the status name is written beside it too.
_STATUS_COLORS: dict[str, dict[Status, str]] = {
    "light": {
        Status.UNTRANSLATED: "#9aa0a6",  # grey: nothing yet
        Status.MACHINE: "#1a73e8",  # blue: an engine's draft
        Status.GLOSS: "#8e44ad",  # purple: word-by-word gloss, shown in italics
        Status.MEMORY: "#00897b",  # teal: from the translation memory, a person's earlier words
        Status.EDITED: "#d68a00",  # amber: a person changed it
        Status.REVIEWED: "#00acc1",  # light cyan: an editor read it
        Status.APPROVED: "#0b6623",  # dark green: final
    },
    "dark": {
        Status.UNTRANSLATED: "#7d8791",
        Status.MACHINE: "#5aa9ff",
        Status.GLOSS: "#c39bd3",
        Status.MEMORY: "#4db6ac",
        Status.EDITED: "#ffc145",
        Status.REVIEWED: "#4dd0e1",
        Status.APPROVED: "#279446",
    },
}


def status_color(status: Status | str, theme: str) -> QColor:
    """The marker colour of a paragraph status in `theme` ("light" or "dark")."""
    colors = _STATUS_COLORS.get(theme, _STATUS_COLORS["light"])
    return QColor(colors[Status(status)])


def status_italic(status: Status | str) -> bool:
    """Gloss drafts are shown in italics: word-by-word English is a hint, not a translation."""
    return Status(status) is Status.GLOSS


def current_theme(app: QApplication | None = None) -> str:
    """The theme last applied with apply_theme ("light" before any)."""
    app = app or QApplication.instance()
    value = app.property(_THEME_PROPERTY) if app is not None else None
    return value if value in THEMES else "light"


@cache
def _dark_stylesheet() -> str:
    import qdarkstyle  # imports qtpy and the compiled resources: only when dark is wanted

    return qdarkstyle.load_stylesheet(qt_api="pyside6")


def _dark_palette() -> QPalette:
    from qdarkstyle.dark.palette import DarkPalette as Dark

    palette = QPalette()
    roles = {
        QPalette.ColorRole.Window: Dark.COLOR_BACKGROUND_1,
        QPalette.ColorRole.WindowText: Dark.COLOR_TEXT_1,
        QPalette.ColorRole.Base: Dark.COLOR_BACKGROUND_1,
        QPalette.ColorRole.AlternateBase: Dark.COLOR_BACKGROUND_2,
        QPalette.ColorRole.ToolTipBase: Dark.COLOR_ACCENT_2,
        QPalette.ColorRole.ToolTipText: Dark.COLOR_TEXT_1,
        QPalette.ColorRole.PlaceholderText: Dark.COLOR_TEXT_4,
        QPalette.ColorRole.Text: Dark.COLOR_TEXT_1,
        QPalette.ColorRole.Button: Dark.COLOR_BACKGROUND_3,
        QPalette.ColorRole.ButtonText: Dark.COLOR_TEXT_1,
        QPalette.ColorRole.BrightText: "#ffffff",
        QPalette.ColorRole.Light: Dark.COLOR_BACKGROUND_4,
        QPalette.ColorRole.Midlight: Dark.COLOR_BACKGROUND_3,
        QPalette.ColorRole.Mid: Dark.COLOR_BACKGROUND_2,
        QPalette.ColorRole.Dark: Dark.COLOR_BACKGROUND_1,
        QPalette.ColorRole.Shadow: "#000000",
        QPalette.ColorRole.Highlight: Dark.COLOR_ACCENT_2,
        QPalette.ColorRole.HighlightedText: Dark.COLOR_TEXT_1,
        QPalette.ColorRole.Link: Dark.COLOR_ACCENT_4,
        QPalette.ColorRole.LinkVisited: Dark.COLOR_ACCENT_3,
    }
    for role, color in roles.items():
        palette.setColor(role, QColor(color))
    disabled = QColor(Dark.COLOR_DISABLED)
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText, QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return palette


def _set_color_scheme(scheme: Qt.ColorScheme) -> None:
    # Qt >= 6.8: tells the platform (title bars, native dialogs) which scheme we show.
    hints = QGuiApplication.styleHints()
    if hasattr(hints, "setColorScheme"):
        hints.setColorScheme(scheme)


def apply_theme(app: QApplication, name: str) -> None:
    """Apply "light" or "dark" to the whole application; anything else means "light"."""
    name = name if name in THEMES else "light"
    app.setStyle(QStyleFactory.create("Fusion"))
    if name == "dark":
        _set_color_scheme(Qt.ColorScheme.Dark)
        app.setPalette(_dark_palette())
        app.setStyleSheet(_dark_stylesheet())
    else:
        _set_color_scheme(Qt.ColorScheme.Light)
        app.setStyleSheet("")
        app.setPalette(app.style().standardPalette())
        _release_palettes(app)
    app.setProperty(_THEME_PROPERTY, name)


def _release_palettes(app: QApplication) -> None:
    # Removing qdarkstyle's style sheet leaves the dark palettes it resolved on widgets (menu bar,
    # docks, tables, labels) in place, and the new application palette does not reach them: each
    # widget is told to inherit again. No widget of the window sets a palette of its own.
    empty = QPalette()
    for widget in app.allWidgets():
        widget.setPalette(empty)
