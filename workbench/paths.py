"""The only module that knows directories.

WORKBENCH_HOME (tests, portable installs) puts every directory under one folder. Otherwise
platformdirs gives the per-platform user directories. `configure_environment()` must run before
argostranslate or camel_tools is imported: both read environment variables at import time and
argostranslate creates its folders then.
"""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "arabic-workbench"
PROJECT_SUFFIX = ".wbproj"


def _home() -> Path | None:
    value = os.environ.get("WORKBENCH_HOME")
    return Path(value).expanduser().resolve() if value else None


def _platform_dir(kind: str) -> Path:
    import platformdirs

    fn = {
        "data": platformdirs.user_data_dir,
        "config": platformdirs.user_config_dir,
        "cache": platformdirs.user_cache_dir,
    }[kind]
    return Path(fn(APP_NAME, appauthor=False))


# Folders that could not be made or written, with why: the workbench still starts (a project
# opens, read-only if need be); what needs them (backups, models, preferences) says so itself.
_PROBLEMS: dict[Path, str] = {}


def _ensure(path: Path) -> Path:
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        _PROBLEMS.setdefault(path, exc.strerror or str(exc))
    else:
        if not os.access(path, os.W_OK | os.X_OK):
            _PROBLEMS.setdefault(path, "it cannot be written")
    return path


def unusable_folders() -> list[tuple[Path, str]]:
    """The workbench's own folders that could not be made or written, as (folder, why)."""
    return list(_PROBLEMS.items())


def _dir(kind: str) -> Path:
    home = _home()
    return _ensure(home / kind if home else _platform_dir(kind))


def data_dir() -> Path:
    return _dir("data")


def config_dir() -> Path:
    return _dir("config")


def cache_dir() -> Path:
    return _dir("cache")


def models_dir() -> Path:
    """Installed translation models (Argos packages and converted models)."""
    return _ensure(data_dir() / "models")


def projects_dir() -> Path:
    """Default folder for new projects (the demo project lives here)."""
    return _ensure(data_dir() / "projects")


def configure_environment() -> None:
    """Point argostranslate and camel-tools at our folders, never at the network.

    Idempotent; values the user already set are kept.
    """
    data, config, cache = data_dir(), config_dir(), cache_dir()
    os.environ.setdefault("ARGOS_PACKAGES_DIR", str(models_dir()))
    os.environ.setdefault("ARGOS_DEVICE_TYPE", "cpu")
    os.environ.setdefault("CAMELTOOLS_DATA", str(data / "camel_tools"))
    # Hugging Face libraries pulled in by stanza/camel-tools must never reach a hub.
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    if _home() is not None:
        # argostranslate derives its settings/cache folders from XDG_*: keep them inside
        # WORKBENCH_HOME so a test run never writes to the real home directory.
        os.environ.setdefault("XDG_DATA_HOME", str(data / "xdg"))
        os.environ.setdefault("XDG_CONFIG_HOME", str(config / "xdg"))
        os.environ.setdefault("XDG_CACHE_HOME", str(cache / "xdg"))
