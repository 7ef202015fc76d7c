"""Fixtures shared by the command-line tests."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def marian_folder(tmp_path_factory):
    """A tiny real Marian (OPUS-MT shaped) model folder, built once for the CLI tests."""
    from tests.fixtures.tiny_marian import build_tiny_marian

    return build_tiny_marian(tmp_path_factory.mktemp("marian-cli"))


@pytest.fixture
def home(tmp_path, monkeypatch):
    """A throw-away WORKBENCH_HOME: the user's memory, glossary and backups stay untouched."""
    monkeypatch.setenv("WORKBENCH_HOME", str(tmp_path / "home"))
    return tmp_path / "home"
