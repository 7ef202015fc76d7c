"""The user-interface language: compiled Qt translations and the layout direction.

English is the source language of every string; `workbench_<lang>.qm` files compiled from
`translations/*.ts` (tools/i18n.py) ship in workbench/resources/i18n. Qt's own translations
(standard buttons, dialogs, context menus) come from the PySide6 installation when present.
"""

from __future__ import annotations

import importlib.resources
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, Qt, QTranslator
from PySide6.QtGui import QGuiApplication

from workbench import paths

UI_LANGUAGES = ("en", "ar")
RTL_LANGUAGES = frozenset({"ar", "fa", "he", "ur", "ps", "yi", "dv", "ckb", "ug"})
_TRANSLATOR_NAME = "workbench-translator"


def base_language(lang: str) -> str:
    """"ar_EG", "ar-SA", "AR" -> "ar"."""
    return lang.replace("-", "_").split("_")[0].lower()


def is_rtl(lang: str) -> bool:
    """True for languages written right to left (the whole UI layout mirrors for them)."""
    return base_language(lang) in RTL_LANGUAGES


def qm_file(lang: str) -> Path | None:
    """The compiled translation shipped for `lang`, as a file Qt can open, or None."""
    resource = importlib.resources.files("workbench.resources") / "i18n" / f"workbench_{lang}.qm"
    if not resource.is_file():
        return None
    if isinstance(resource, Path):
        return resource
    # Installed inside a zip: Qt needs a real file, and QTranslator.load(bytes) would keep a
    # pointer into a Python buffer it does not own.
    copy = paths.cache_dir() / "i18n" / f"workbench_{lang}.qm"
    copy.parent.mkdir(parents=True, exist_ok=True)
    copy.write_bytes(resource.read_bytes())
    return copy


def _remove_translators(app: QCoreApplication) -> None:
    for translator in app.findChildren(QTranslator, _TRANSLATOR_NAME):
        app.removeTranslator(translator)
        translator.setParent(None)
        translator.deleteLater()


def _install(app: QCoreApplication, translator: QTranslator) -> None:
    translator.setObjectName(_TRANSLATOR_NAME)
    app.installTranslator(translator)


def install_translator(app: QCoreApplication, lang: str) -> bool:
    """Make `lang` the UI language, replacing translators installed earlier.

    Returns True when the UI will appear in `lang`: always for English (the source language,
    though a shipped workbench_en.qm is still loaded for its plural forms), and for other
    languages when their workbench_<lang>.qm loaded. Otherwise the UI stays English.
    Widgets already shown re-read their texts on QEvent.LanguageChange.
    """
    lang = base_language(lang)
    _remove_translators(app)
    loaded = lang == "en"
    qm = qm_file(lang)
    if qm is not None:
        translator = QTranslator(app)
        if translator.load(str(qm)):
            _install(app, translator)
            loaded = True
        else:
            translator.deleteLater()
    if loaded and lang != "en":
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        qt_translator = QTranslator(app)
        if qt_translator.load(f"qtbase_{lang}", qt_dir):
            _install(app, qt_translator)
        else:
            qt_translator.deleteLater()
    return loaded


def apply_layout_direction(app: QGuiApplication, lang: str) -> None:
    """Right to left for an Arabic (or other RTL) UI, left to right otherwise.

    The Arabic text cells set their own direction; this flips menus, docks and toolbars.
    """
    direction = Qt.LayoutDirection.RightToLeft if is_rtl(lang) else Qt.LayoutDirection.LeftToRight
    app.setLayoutDirection(direction)


def apply_language(app: QGuiApplication, lang: str) -> bool:
    """Install the translator for `lang` and set the layout direction to match what loaded."""
    loaded = install_translator(app, lang)
    apply_layout_direction(app, lang if loaded else "en")
    return loaded
