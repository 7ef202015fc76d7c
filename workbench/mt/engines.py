"""Engine choice by name, and the engine options that change speed.

Names: "argos" (the best installed Argos ar->en package), "argos:<name>", "marian" (the best
imported OPUS-MT/Marian ar->en model), "marian:<name>", "gloss" (word-by-word dictionary
drafts), or an installed model's bare name as `workbench models list` prints it (e.g.
"opus-mt-ar-en"; the kind is the model's own, and the words above win over a model so named).
None picks the best installed model for ar->en by its public quality figure
(model_quality.rank: opus-mt-tc-big > opus-mt > Argos 1.0 > models without a figure, Argos
before Marian on a tie, then the highest version), else gloss.

Options (keyword arguments of get_engine; the window's preferences store the same names):
  beam_size: int      beam width; 1 is the greedy "fast draft" (default 4)
  compute_type: str   "int8", "float32" or "auto" (CTranslate2's choice; default)
  threads: int        total CPU threads (default: all cores), split into parallel workers
  inter_threads, intra_threads: int   the explicit split, overriding `threads`
An option given as None keeps its default. Gloss takes no options and ignores them.
"""

from __future__ import annotations

from workbench.core.errors import ModelNotInstalled, WorkbenchError
from workbench.mt import argos_packages
from workbench.mt.engine import Engine

SOURCE, TARGET = "ar", "en"
OPTION_NAMES = ("beam_size", "compute_type", "threads", "inter_threads", "intra_threads")
KINDS = ("argos", "marian")


class UnknownEngine(WorkbenchError):
    """An engine name that is neither argos[:<name>], marian[:<name>], gloss nor the name of an
    installed model."""

    def __init__(self, name: str):
        super().__init__(
            f"unknown engine {name!r} (use a NAME from 'workbench models list', argos, "
            "argos:<model name>, marian, marian:<model name> or gloss)"
        )
        self.name = name


class InvalidEngineOption(WorkbenchError):
    """An engine option with a name or value the engines do not accept."""


def available_engines() -> list[str]:
    """Engine names that would work now: the kind of the default model first ("argos" or
    "marian", then each of its models by name), the other kind, then gloss."""
    names = []
    best = argos_packages.default_model(SOURCE, TARGET, kind=None)
    kinds = sorted(KINDS, key=lambda kind: best is None or kind != best.kind)
    pair = [m for m in argos_packages.list_models() if (m.from_code, m.to_code) == (SOURCE, TARGET)]
    for kind in kinds:
        models = [m for m in pair if m.kind == kind]
        if models:
            names.append(kind)
            names.extend(f"{kind}:{m.name}" for m in models)
    if _gloss_class() is not None:
        names.append("gloss")
    return names


def get_engine(name: str | None = None, **options) -> Engine:
    """The engine called `name`; None means the best available (see the module docstring).

    `options` are the speed options above. Raises ModelNotInstalled when the named model (or,
    for None, anything that translates Arabic to English) is missing, UnknownEngine for a name
    that is neither a kind, gloss nor an installed model's name, InvalidEngineOption for a bad
    option.
    """
    check_options(options)
    if name is None:
        model = argos_packages.default_model(SOURCE, TARGET, kind=None)
        if model is not None:
            return engine_for(model, **options)
        gloss = _gloss_class()
        if gloss is not None:
            return gloss()
        raise ModelNotInstalled(f"{SOURCE}-{TARGET}")
    if name in KINDS:
        model = argos_packages.default_model(SOURCE, TARGET, kind=name)
        if model is None:
            raise ModelNotInstalled(f"{SOURCE}-{TARGET}", name=name)
        return engine_for(model, **options)
    kind, _, model_name = name.partition(":")
    if kind in KINDS and model_name:
        model = argos_packages.find_model(model_name)
        if model.kind != kind:
            raise ModelNotInstalled(name=name)
        return engine_for(model, **options)
    if name == "gloss":
        gloss = _gloss_class()
        if gloss is None:
            raise ModelNotInstalled(f"{SOURCE}-{TARGET}", name="gloss")
        return gloss()
    if name == "libretranslate":  # a remote server: used only when chosen by name
        from workbench.mt.libretranslate import engine_from_settings

        return engine_from_settings(**options)
    # Last, so the words above keep their meaning even if a model happens to share one.
    model = next((m for m in argos_packages.list_models() if m.name == name), None)
    if model is not None:
        return engine_for(model, **options)
    raise UnknownEngine(name)


def engine_for(model: argos_packages.InstalledModel, **options) -> Engine:
    """The engine for one installed model (Argos or Marian), with speed options."""
    check_options(options)
    options = {key: value for key, value in options.items() if value is not None}
    if model.kind == "marian":
        from workbench.mt.marian_engine import MarianEngine as cls
    else:
        from workbench.mt.argos_engine import ArgosEngine as cls
    return cls(model, **options)


def check_options(options: dict) -> None:
    from workbench.mt.ct2_engine import COMPUTE_TYPES

    # max_batch_size etc. stay allowed for the benchmark and tests: only values are checked.
    for key in ("beam_size", "threads", "inter_threads", "intra_threads"):
        value = options.get(key)
        if value is not None and (not isinstance(value, int) or value < 1):
            raise InvalidEngineOption(f"{key} must be a whole number of at least 1, not {value!r}")
    compute = options.get("compute_type")
    if compute is not None and compute not in COMPUTE_TYPES:
        raise InvalidEngineOption(f"compute type {compute!r} is not one of {', '.join(COMPUTE_TYPES)}")


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
