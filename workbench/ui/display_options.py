"""How the document is shown: diacritics on or off, hover analysis, the reading layout dock.

Each toggle is a checkable View-menu action bound to a Settings value (`show_diacritics`,
`hover_gloss`), so the choice survives a restart; the reading layout is a dock, remembered with
the window state like the other docks.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import QDockWidget, QMainWindow

from workbench.ui.settings import Settings
from workbench.ui.views.reading_view import ReadingView

_FONT_KEYS = ("arabic_font_size", "english_font_size", "arabic_font_family")


class DisplayOptions(QObject):
    """Owns the toggles and the reading dock of one main window. GUI thread only.

    `view` is the grid (a ParagraphView), `pointer` its SourcePointer, `fonts()` gives the
    current (arabic, english) fonts, `go_to_paragraph(id)` selects a paragraph's grid row.
    """

    def __init__(self, window: QMainWindow, settings: Settings, view, pointer, model,
                 fonts: Callable[[], tuple[QFont, QFont]],
                 go_to_paragraph: Callable[[int], None]) -> None:
        super().__init__(window)
        self.settings, self.view, self.pointer, self._fonts = settings, view, pointer, fonts
        self.show_diacritics = self._toggle(window, self.tr("Show &diacritics"), "Ctrl+Shift+D",
                                            self.tr("Show the Arabic with its vowel marks "
                                                    "(the text itself is never changed)"))
        self.hover = self._toggle(window, self.tr("Analyze word under the &mouse"), None,
                                  self.tr("The word panel follows the pointer over the Arabic "
                                          "instead of waiting for a click"))
        self.reading_view = ReadingView(model, *fonts(), parent=None)
        self.reading_dock = QDockWidget(self.tr("Reading layout"), window)
        self.reading_dock.setObjectName("readingDock")  # saveState/restoreState find it by name
        self.reading_dock.setWidget(self.reading_view)
        window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.reading_dock)
        self.reading_dock.hide()  # built only when first shown: a book costs nothing until then
        self.reading_action = self.reading_dock.toggleViewAction()
        self.reading_action.setText(self.tr("&Reading layout"))
        self.reading_action.setShortcut(QKeySequence("F6"))
        self.reading_action.setStatusTip(self.tr("The Arabic and the English as two columns of "
                                                 "flowing text that scroll together"))
        self._apply()
        self.show_diacritics.toggled.connect(
            lambda on: setattr(self.settings, "show_diacritics", on))
        self.hover.toggled.connect(lambda on: setattr(self.settings, "hover_gloss", on))
        settings.changed.connect(self._on_setting_changed)
        self.reading_view.paragraph_clicked.connect(go_to_paragraph)
        view.current_paragraph_changed.connect(
            lambda pid: self.reading_view.show_paragraph(pid if pid >= 0 else None))

    @staticmethod
    def _toggle(window: QMainWindow, text: str, key: str | None, tip: str) -> QAction:
        action = QAction(text, window)
        action.setCheckable(True)
        action.setStatusTip(tip)
        if key:
            action.setShortcut(QKeySequence(key))
            window.addAction(action)  # the shortcut works with the menu bar hidden too
        return action

    def actions(self) -> list[QAction]:
        """For the View menu, in menu order."""
        return [self.reading_action, self.show_diacritics, self.hover]

    # -- applying -------------------------------------------------------------------------
    def _apply(self) -> None:
        show = self.settings.show_diacritics
        self.show_diacritics.setChecked(show)
        self.hover.setChecked(self.settings.hover_gloss)
        self.pointer.set_hover(self.settings.hover_gloss)
        delegate = self.view.source_delegate
        if delegate.hides_diacritics == show:  # i.e. it differs from what is wanted
            delegate.set_hide_diacritics(not show)
            self.view.fit_visible_rows()  # shorter text can take fewer lines
            self.view.viewport().update()
        self.reading_view.set_hide_diacritics(not show)

    def _on_setting_changed(self, key: str) -> None:
        if key in ("show_diacritics", "hover_gloss"):
            self._apply()
        elif key in _FONT_KEYS:
            self.reading_view.set_fonts(*self._fonts())
