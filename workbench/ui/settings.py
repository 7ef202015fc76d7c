"""Typed application preferences over QSettings.

App preferences (theme, language, fonts, recent projects, window layout) live here; facts about
a project live in the project's own SQLite file. Each preference is one `Setting` line: its
QSettings key (the attribute's name), its default, how a stored value is read back and how a
value being set is cleaned.
"""

from __future__ import annotations

import json
import os

from PySide6.QtCore import QByteArray, QLocale, QObject, QSettings, Signal

from workbench import paths
from workbench.project.authors import account_name, clean_author
from workbench.ui.setting_types import (
    Setting,
    boolean,
    byte_array,
    choice,
    int_range,
    path_list,
    text,
)

THEMES = ("light", "dark")
LANGUAGES = ("en", "ar")
ROLES = ("translator", "editor")
MAX_RECENT = 10
FONT_SIZE_RANGE = (6, 72)
COMPUTE_TYPES = ("auto", "int8", "float32")
BEAM_RANGE = (1, 8)
THREADS_RANGE = (0, 64)  # 0: let the engine choose
MEMORY_THRESHOLD_RANGE = (50, 100)  # percent; 100: exact matches only
COMPLETION_PAUSE_RANGE = (0, 5000)  # ms; 0: completion only when Tab asks
# Settings that change how the engine is built: the window recreates it when one changes.
ENGINE_KEYS = ("engine_threads", "compute_type", "beam_size", "libretranslate_url",
               "libretranslate_key", "preferred_engine")

SETTINGS_FILE = "settings.ini"


def system_ui_language() -> str:
    """"ar" when the system locale is Arabic, otherwise "en" (the only other UI language)."""
    return "ar" if QLocale.system().language() == QLocale.Language.Arabic else "en"


def _open_store() -> QSettings:
    # Tests and portable installs set WORKBENCH_HOME: keep their preferences in an INI file
    # there so a test run never reads or writes the user's real settings.
    if os.environ.get("WORKBENCH_HOME"):
        return QSettings(str(paths.config_dir() / SETTINGS_FILE), QSettings.Format.IniFormat)
    return QSettings(paths.APP_NAME, paths.APP_NAME)


def _unique_paths(value: list[str]) -> list[str]:
    return list(dict.fromkeys(str(item) for item in value if item))[:MAX_RECENT]


def _json(value: list[str]) -> str:
    return json.dumps(value, ensure_ascii=False)


def _strip(value: str) -> str:
    return value.strip()


def _default_index_url() -> str:
    from workbench.mt.model_index import DEFAULT_INDEX_URL  # stdlib only: cheap

    return DEFAULT_INDEX_URL


class Settings(QObject):
    """The user's preferences, typed, with defaults for anything missing or invalid.

    Owned by the GUI thread. Each setter writes through to QSettings at once and emits
    `changed(key)` when the value actually changed. Reading never raises: a stored value of the
    wrong type or out of range reads as the default. Setting an invalid value raises ValueError.
    """

    changed = Signal(str)

    # -- look and language: the Arabic family "" lets fonts.arabic_font pick the best installed
    theme = Setting(choice(THEMES), "light")
    ui_language = Setting(choice(LANGUAGES), system_ui_language)
    arabic_font_family = Setting(text, "")
    arabic_font_size = Setting(int_range(*FONT_SIZE_RANGE), 16, int)
    english_font_size = Setting(int_range(*FONT_SIZE_RANGE), 11, int)
    show_diacritics = Setting(boolean, True, bool)
    hover_gloss = Setting(boolean, False, bool)  # analysing on click is the default; hover opts in
    # -- work: "translator" (Ctrl+Enter marks edited) or "editor" (marks reviewed); recent
    # projects most recent first, missing ones kept (the menu greys them out)
    role = Setting(choice(ROLES), "translator")
    recent_projects = Setting(path_list(MAX_RECENT), list, _unique_paths, _json)
    author_name = Setting(text, account_name, lambda v: clean_author(v) or account_name())
    lock_reviewed = Setting(boolean, True, bool)  # Replace all leaves reviewed rows alone too
    # -- translation memory: fill from it before any engine (and after an import), from this
    # percent; a confirmed paragraph fills the drafts repeating its source
    memory_first = Setting(boolean, True, bool)
    memory_threshold = Setting(int_range(*MEMORY_THRESHOLD_RANGE), 100, int)
    propagate_repeats = Setting(boolean, True, bool)
    # completion while typing: the model is asked after this pause without typing (0: on Tab only)
    completion_pause_ms = Setting(int_range(*COMPLETION_PAUSE_RANGE), 0, int)
    # -- translation engine: threads 0 lets the engine choose; beam 1 is greedy (the "fast
    # draft"), 4 is Argos' own; preferred_engine is a get_engine name, "" the best installed
    engine_threads = Setting(int_range(*THREADS_RANGE), 0, int)
    compute_type = Setting(choice(COMPUTE_TYPES), "auto")
    beam_size = Setting(int_range(*BEAM_RANGE), 4, int)
    model_index_url = Setting(text, _default_index_url, lambda v: v.strip() or _default_index_url())
    libretranslate_url = Setting(text, "", _strip)
    libretranslate_key = Setting(text, "", _strip)
    preferred_engine = Setting(text, "", _strip)
    # -- window
    window_geometry = Setting(byte_array, QByteArray, QByteArray)
    window_state = Setting(byte_array, QByteArray, QByteArray)

    def __init__(self, store: QSettings | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store if store is not None else _open_store()

    @classmethod
    def fields(cls) -> dict[str, Setting]:
        """Every preference by key, in declaration order."""
        return {k: v for k, v in vars(cls).items() if isinstance(v, Setting)}

    def sync(self) -> None:
        """Flush to disk now (QSettings also flushes on its own and at exit)."""
        self._store.sync()

    def file_name(self) -> str:
        return self._store.fileName()

    def add_recent(self, path: str | os.PathLike[str]) -> None:
        """Put `path` first, removing an older entry for it; keep at most MAX_RECENT."""
        entry = os.fspath(path)
        self.recent_projects = [entry, *(p for p in self.recent_projects if p != entry)]

    def remove_recent(self, path: str | os.PathLike[str]) -> None:
        entry = os.fspath(path)
        self.recent_projects = [p for p in self.recent_projects if p != entry]
