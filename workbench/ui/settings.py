"""Typed application preferences over QSettings.

App preferences (theme, language, fonts, recent projects, window layout) live here; facts about
a project live in the project's own SQLite file.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QByteArray, QLocale, QObject, QSettings, Signal

from workbench import paths

THEMES = ("light", "dark")
LANGUAGES = ("en", "ar")
ROLES = ("translator", "editor")
MAX_RECENT = 10
FONT_SIZE_RANGE = (6, 72)
COMPUTE_TYPES = ("auto", "int8", "float32")
BEAM_RANGE = (1, 8)
THREADS_RANGE = (0, 64)  # 0: let the engine choose
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


def _choice(options: tuple[str, ...]) -> Callable[[Any], str | None]:
    return lambda raw: raw if isinstance(raw, str) and raw in options else None


def _font_size(raw: Any) -> int | None:
    try:
        value = int(str(raw).strip())
    except ValueError:
        return None
    low, high = FONT_SIZE_RANGE
    return value if low <= value <= high else None


def _boolean(raw: Any) -> bool | None:
    if isinstance(raw, bool):
        return raw
    # INI files give every value back as a string.
    return {"true": True, "false": False, "1": True, "0": False}.get(str(raw).strip().lower())


def _int_range(low: int, high: int) -> Callable[[Any], int | None]:
    def parse(raw: Any) -> int | None:
        try:
            value = int(str(raw).strip())
        except ValueError:
            return None
        return value if low <= value <= high else None

    return parse


def _default_index_url() -> str:
    from workbench.mt.model_index import DEFAULT_INDEX_URL  # stdlib only: cheap

    return DEFAULT_INDEX_URL


def _text(raw: Any) -> str | None:
    return raw if isinstance(raw, str) else None


def _bytes(raw: Any) -> QByteArray | None:
    return QByteArray(raw) if isinstance(raw, (QByteArray, bytes)) else None


def _path_list(raw: Any) -> list[str] | None:
    # Stored as JSON text: QSettings turns a one-element list into a plain string in INI files.
    try:
        value = json.loads(raw) if isinstance(raw, str) else None
    except json.JSONDecodeError:
        return None
    if not isinstance(value, list):
        return None
    return [item for item in value if isinstance(item, str) and item][:MAX_RECENT]


class Settings(QObject):
    """The user's preferences, typed, with defaults for anything missing or invalid.

    Owned by the GUI thread. Each setter writes through to QSettings at once and emits
    `changed(key)` when the value actually changed. Reading never raises: a stored value of the
    wrong type or out of range reads as the default.
    """

    changed = Signal(str)

    def __init__(self, store: QSettings | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store if store is not None else _open_store()
        self._defaults: dict[str, Callable[[], Any]] = {
            "theme": lambda: "light",
            "ui_language": system_ui_language,
            "arabic_font_family": lambda: "",
            "arabic_font_size": lambda: 16,
            "english_font_size": lambda: 11,
            "role": lambda: "translator",
            "recent_projects": list,
            "hover_gloss": lambda: False,  # analysing on click is the default; hover is opt-in
            "show_diacritics": lambda: True,
            "window_geometry": QByteArray,
            "window_state": QByteArray,
            "engine_threads": lambda: 0,
            "compute_type": lambda: "auto",
            "beam_size": lambda: 4,
            "model_index_url": _default_index_url,
            "libretranslate_url": lambda: "",
            "libretranslate_key": lambda: "",
            "preferred_engine": lambda: "",
        }

    # -- plumbing ---------------------------------------------------------------------------
    def _get(self, key: str) -> Any:
        raw = self._store.value(key)
        value = _PARSERS[key](raw) if raw is not None else None
        return self._defaults[key]() if value is None else value

    def _set(self, key: str, value: Any, stored: Any = None) -> None:
        stored = value if stored is None else stored
        if _PARSERS[key](stored) is None:
            raise ValueError(f"invalid value for setting {key!r}: {value!r}")
        # Written even when equal to the default: an explicit choice must survive a change of
        # the default (the UI language follows the system locale until the user picks one).
        old = self._get(key)
        self._store.setValue(key, stored)
        if old != value:
            self.changed.emit(key)

    def sync(self) -> None:
        """Flush to disk now (QSettings also flushes on its own and at exit)."""
        self._store.sync()

    def file_name(self) -> str:
        return self._store.fileName()

    # -- look and language --------------------------------------------------------------------
    @property
    def theme(self) -> str:
        return self._get("theme")

    @theme.setter
    def theme(self, value: str) -> None:
        self._set("theme", value)

    @property
    def ui_language(self) -> str:
        return self._get("ui_language")

    @ui_language.setter
    def ui_language(self, value: str) -> None:
        self._set("ui_language", value)

    @property
    def arabic_font_family(self) -> str:
        """The chosen Arabic font family; "" lets fonts.arabic_font pick the best installed."""
        return self._get("arabic_font_family")

    @arabic_font_family.setter
    def arabic_font_family(self, value: str) -> None:
        self._set("arabic_font_family", value)

    @property
    def arabic_font_size(self) -> int:
        return self._get("arabic_font_size")

    @arabic_font_size.setter
    def arabic_font_size(self, value: int) -> None:
        self._set("arabic_font_size", int(value))

    @property
    def english_font_size(self) -> int:
        return self._get("english_font_size")

    @english_font_size.setter
    def english_font_size(self, value: int) -> None:
        self._set("english_font_size", int(value))

    @property
    def show_diacritics(self) -> bool:
        return self._get("show_diacritics")

    @show_diacritics.setter
    def show_diacritics(self, value: bool) -> None:
        self._set("show_diacritics", bool(value))

    @property
    def hover_gloss(self) -> bool:
        return self._get("hover_gloss")

    @hover_gloss.setter
    def hover_gloss(self, value: bool) -> None:
        self._set("hover_gloss", bool(value))

    # -- work -------------------------------------------------------------------------------
    @property
    def role(self) -> str:
        """"translator" (Ctrl+Enter marks edited) or "editor" (marks reviewed)."""
        return self._get("role")

    @role.setter
    def role(self, value: str) -> None:
        self._set("role", value)

    @property
    def recent_projects(self) -> list[str]:
        """Most recent first. Paths that no longer exist are kept: the menu greys them out."""
        return self._get("recent_projects")

    @recent_projects.setter
    def recent_projects(self, value: list[str]) -> None:
        unique = list(dict.fromkeys(str(item) for item in value if item))[:MAX_RECENT]
        self._set("recent_projects", unique, stored=json.dumps(unique, ensure_ascii=False))

    def add_recent(self, path: str | os.PathLike[str]) -> None:
        """Put `path` first, removing an older entry for it; keep at most MAX_RECENT."""
        text = os.fspath(path)
        self.recent_projects = [text, *(p for p in self.recent_projects if p != text)]

    def remove_recent(self, path: str | os.PathLike[str]) -> None:
        text = os.fspath(path)
        self.recent_projects = [p for p in self.recent_projects if p != text]

    # -- translation engine ---------------------------------------------------------------
    @property
    def engine_threads(self) -> int:
        """CPU threads for the local engine; 0 lets the engine choose."""
        return self._get("engine_threads")

    @engine_threads.setter
    def engine_threads(self, value: int) -> None:
        self._set("engine_threads", int(value))

    @property
    def compute_type(self) -> str:
        """CTranslate2 compute type: "auto", "int8" or "float32"."""
        return self._get("compute_type")

    @compute_type.setter
    def compute_type(self, value: str) -> None:
        self._set("compute_type", value)

    @property
    def beam_size(self) -> int:
        """1 is greedy decoding (the "fast draft"); 4 is what Argos uses."""
        return self._get("beam_size")

    @beam_size.setter
    def beam_size(self, value: int) -> None:
        self._set("beam_size", int(value))

    @property
    def model_index_url(self) -> str:
        """Where model downloads look for the package index."""
        return self._get("model_index_url")

    @model_index_url.setter
    def model_index_url(self, value: str) -> None:
        self._set("model_index_url", value.strip() or _default_index_url())

    @property
    def libretranslate_url(self) -> str:
        return self._get("libretranslate_url")

    @libretranslate_url.setter
    def libretranslate_url(self, value: str) -> None:
        self._set("libretranslate_url", value.strip())

    @property
    def libretranslate_key(self) -> str:
        return self._get("libretranslate_key")

    @libretranslate_key.setter
    def libretranslate_key(self, value: str) -> None:
        self._set("libretranslate_key", value.strip())

    @property
    def preferred_engine(self) -> str:
        """An engine name for get_engine ("argos:<name>", "gloss", "libretranslate"...);
        "" means the best installed model."""
        return self._get("preferred_engine")

    @preferred_engine.setter
    def preferred_engine(self, value: str) -> None:
        self._set("preferred_engine", value.strip())

    # -- window -----------------------------------------------------------------------------
    @property
    def window_geometry(self) -> QByteArray:
        return self._get("window_geometry")

    @window_geometry.setter
    def window_geometry(self, value: QByteArray) -> None:
        self._set("window_geometry", QByteArray(value))

    @property
    def window_state(self) -> QByteArray:
        return self._get("window_state")

    @window_state.setter
    def window_state(self, value: QByteArray) -> None:
        self._set("window_state", QByteArray(value))


_PARSERS: dict[str, Callable[[Any], Any]] = {
    "theme": _choice(THEMES),
    "ui_language": _choice(LANGUAGES),
    "arabic_font_family": _text,
    "arabic_font_size": _font_size,
    "english_font_size": _font_size,
    "role": _choice(ROLES),
    "recent_projects": _path_list,
    "hover_gloss": _boolean,
    "show_diacritics": _boolean,
    "window_geometry": _bytes,
    "window_state": _bytes,
    "engine_threads": _int_range(*THREADS_RANGE),
    "compute_type": _choice(COMPUTE_TYPES),
    "beam_size": _int_range(*BEAM_RANGE),
    "model_index_url": _text,
    "libretranslate_url": _text,
    "libretranslate_key": _text,
    "preferred_engine": _text,
}
