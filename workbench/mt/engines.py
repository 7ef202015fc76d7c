"""Engine choice by name: "argos" (the installed ar->en package), "argos:<package name>",
"gloss" (word-by-word dictionary drafts). None picks the best one available."""

from __future__ import annotations

from workbench.core.errors import ModelNotInstalled, WorkbenchError
from workbench.mt import argos_packages
from workbench.mt.engine import Engine

SOURCE, TARGET = "ar", "en"


class UnknownEngine(WorkbenchError):
    """An engine name that is neither argos, argos:<name> nor gloss."""

    def __init__(self, name: str):
        super().__init__(f"unknown engine {name!r} (use argos, argos:<model name> or gloss)")
        self.name = name


def available_engines() -> list[str]:
    """Engine names that would work now, best first."""
    names = []
    pair_models = [
        m for m in argos_packages.list_models() if (m.from_code, m.to_code) == (SOURCE, TARGET)
    ]
    if pair_models:
        names.append("argos")
        names.extend(f"argos:{m.name}" for m in pair_models)
    if _gloss_class() is not None:
        names.append("gloss")
    return names


def get_engine(name: str | None = None, **options) -> Engine:
    """The engine called `name`; None means the best available (Argos, else gloss).

    `options` go to the Argos engine's constructor (e.g. beam_size); gloss takes none.
    Raises ModelNotInstalled when nothing can translate Arabic to English.
    """
    if name is None:
        package = argos_packages.default_model(SOURCE, TARGET)
        if package is not None:
            return _argos(package, options)
        gloss = _gloss_class()
        if gloss is not None:
            return gloss()
        raise ModelNotInstalled(f"{SOURCE}-{TARGET}")
    if name == "argos":
        package = argos_packages.default_model(SOURCE, TARGET)
        if package is None:
            raise ModelNotInstalled(f"{SOURCE}-{TARGET}")
        return _argos(package, options)
    if name.startswith("argos:"):
        return _argos(argos_packages.find_model(name.removeprefix("argos:")), options)
    if name == "gloss":
        gloss = _gloss_class()
        if gloss is None:
            raise ModelNotInstalled(f"{SOURCE}-{TARGET}", name="gloss")
        return gloss()
    raise UnknownEngine(name)


def _argos(package: argos_packages.InstalledModel, options: dict) -> Engine:
    from workbench.mt.argos_engine import ArgosEngine

    return ArgosEngine(package, **options)


def _gloss_class():
    try:
        from workbench.mt.gloss import GlossEngine
    except ModuleNotFoundError as exc:
        if exc.name not in ("workbench.mt.gloss",):
            raise
        return None
    except ImportError:  # gloss.py exists but does not define GlossEngine (yet)
        return None
    return GlossEngine
