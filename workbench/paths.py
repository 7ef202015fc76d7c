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


def _dir(kind: str) -> Path:
    home = _home()
    path = home / kind if home else _platform_dir(kind)
    path.mkdir(parents=True, exist_ok=True)
    return path


def data_dir() -> Path:
    return _dir("data")


def config_dir() -> Path:
    return _dir("config")


def cache_dir() -> Path:
    return _dir("cache")


def models_dir() -> Path:
    """Installed translation models (Argos packages and converted models)."""
    path = data_dir() / "models"
    path.mkdir(parents=True, exist_ok=True)
    return path


def projects_dir() -> Path:
    """Default folder for new projects (the demo project lives here)."""
    path = data_dir() / "projects"
    path.mkdir(parents=True, exist_ok=True)
    return path


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
