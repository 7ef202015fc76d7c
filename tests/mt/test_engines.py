"""Choosing an engine by name."""

from __future__ import annotations

import pytest

from workbench.core.errors import ModelNotInstalled
from workbench.mt.argos_engine import ArgosEngine
from workbench.mt.engines import UnknownEngine, available_engines, get_engine


def test_argos_is_default_when_installed(installed_tiny_model):
    engine = get_engine(None)
    assert isinstance(engine, ArgosEngine)
    assert engine.model == "translate-ar_en-1.0"
    assert isinstance(get_engine("argos"), ArgosEngine)
    assert get_engine("argos:translate-ar_en", beam_size=1).beam_size == 1
    names = available_engines()
    assert names[:2] == ["argos", "argos:translate-ar_en"]


def test_unknown_names(installed_tiny_model):
    with pytest.raises(ModelNotInstalled):
        get_engine("argos:no-such-package")
    with pytest.raises(UnknownEngine):
        get_engine("google")


def test_without_models_falls_back_to_gloss_or_refuses(installed_tiny_model, monkeypatch):
    from workbench.mt import argos_packages

    monkeypatch.setattr(argos_packages, "list_models", lambda: [])
    assert "argos" not in available_engines()
    try:
        engine = get_engine(None)
    except ModelNotInstalled as exc:
        assert exc.pair == "ar-en"
        assert "gloss" not in available_engines()
    else:
        assert engine.name == "gloss"
    with pytest.raises(ModelNotInstalled):
        get_engine("argos")
