"""How the window looks: text sizes and fonts, theme, interface language, and the role menu.

Each choice is a Settings value, so it survives a restart; the View menu's check marks follow
the settings, whichever way they were changed (menu, Preferences, another window's keys).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QStatusBar

from workbench.ui.actions import Actions, paint_arrow_icons
from workbench.ui.fonts import arabic_font
from workbench.ui.panels.docks import ReadingDocks
from workbench.ui.settings import Settings
from workbench.ui.views.paragraph_view import ParagraphView

_FONT_KEYS = ("arabic_font_size", "english_font_size", "arabic_font_family")


def grid_fonts(settings: Settings) -> tuple[QFont, QFont]:
    """The (Arabic, English) fonts the settings ask for."""
    english = QFont(QApplication.font())
    english.setPointSize(settings.english_font_size)
    return arabic_font(settings.arabic_font_size, settings.arabic_font_family or None), english


class Appearance(QObject):
    """Applies the look settings to the grid and the reading docks, and keeps the View menu's
    theme, language and role choices checked as the settings say. GUI thread only.

    Its strings keep the "MainWindow" context they were first translated under.
    """

    def __init__(self, settings: Settings, actions: Actions, view: ParagraphView,
                 reading: ReadingDocks, status_bar: QStatusBar,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.settings, self.actions, self.view = settings, actions, view
        self.reading, self.status_bar = reading, status_bar
        a = actions
        a.bigger_text.triggered.connect(lambda: self.change_text_size(1))
        a.smaller_text.triggered.connect(lambda: self.change_text_size(-1))
        a.role_translator.triggered.connect(lambda: setattr(self.settings, "role", "translator"))
        a.role_editor.triggered.connect(lambda: setattr(self.settings, "role", "editor"))
        a.theme_light.triggered.connect(lambda: self.set_theme("light"))
        a.theme_dark.triggered.connect(lambda: self.set_theme("dark"))
        a.language_en.triggered.connect(lambda: self.set_language("en"))
        a.language_ar.triggered.connect(lambda: self.set_language("ar"))
        settings.changed.connect(self._on_setting_changed)
        self.sync_checks()

    def fonts(self) -> tuple[QFont, QFont]:
        return grid_fonts(self.settings)

    def change_text_size(self, step: int) -> None:
        self.settings.arabic_font_size = max(8, min(48, self.settings.arabic_font_size + step))
        self.settings.english_font_size = max(7, min(40, self.settings.english_font_size + step))

    def set_theme(self, name: str) -> None:
        from workbench.ui.theme import apply_theme

        self.settings.theme = name
        app = QApplication.instance()
        apply_theme(app, name)
        paint_arrow_icons(self.actions, app.palette(), app.layoutDirection())
        self.view.viewport().update()

    def set_language(self, lang: str) -> None:
        # The language is installed at start-up (ui.app): a change waits for the next start.
        if lang != self.settings.ui_language:
            self.settings.ui_language = lang
            self.status_bar.showMessage(QCoreApplication.translate(
                "MainWindow", "The new language is used the next time the workbench starts."),
                10000)

    def sync_checks(self) -> None:
        a = self.actions
        a.role_editor.setChecked(self.settings.role == "editor")
        a.role_translator.setChecked(self.settings.role != "editor")
        a.theme_dark.setChecked(self.settings.theme == "dark")
        a.theme_light.setChecked(self.settings.theme != "dark")
        a.language_ar.setChecked(self.settings.ui_language == "ar")
        a.language_en.setChecked(self.settings.ui_language != "ar")

    def _on_setting_changed(self, key: str) -> None:
        if key in _FONT_KEYS:
            self.view.set_fonts(*self.fonts())
            self.reading.set_arabic_font(self.fonts()[0])
        self.sync_checks()
