"""Test-wide set-up: every data directory points at a temporary folder before argostranslate or
camel-tools can be imported, and Qt runs offscreen."""

from __future__ import annotations

import os
import socket
import tempfile
from pathlib import Path

import pytest

_HOME = Path(tempfile.mkdtemp(prefix="workbench-test-home-"))
os.environ["WORKBENCH_HOME"] = str(_HOME)
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
for _var in ("ARGOS_PACKAGES_DIR", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "CAMELTOOLS_DATA"):
    os.environ.pop(_var, None)

from workbench import paths  # noqa: E402

paths.configure_environment()


@pytest.fixture(autouse=True)
def _fresh_translation_memory():
    """Every confirmed edit feeds the user's translation memory (project.memory): each test
    starts with none, so no test sees the units another one confirmed."""
    import shutil

    shutil.rmtree(paths.data_dir() / "memory", ignore_errors=True)
    yield


@pytest.fixture
def no_network(monkeypatch):
    """Any attempt to open a network connection fails the test loudly."""

    def guard(*args, **kwargs):
        raise AssertionError(f"network access attempted: {args!r}")

    monkeypatch.setattr(socket.socket, "connect", guard)
    monkeypatch.setattr(socket.socket, "connect_ex", guard)
    monkeypatch.setattr(socket, "create_connection", guard)
    monkeypatch.setattr(socket, "getaddrinfo", guard)
    yield


@pytest.fixture(scope="session")
def tiny_argos_package(tmp_path_factory):
    """A real `.argosmodel` (random-weight CTranslate2 Transformer + SentencePiece), built once."""
    from tests.fixtures.tiny_model import build_tiny_argos_package

    return build_tiny_argos_package(tmp_path_factory.mktemp("tiny-argos"))


@pytest.fixture
def installed_tiny_model(tiny_argos_package):
    """The tiny package installed through the users' install path; removed after the test so
    tests that need 'no model installed' never depend on test order."""
    from workbench.core.errors import ModelNotInstalled
    from workbench.mt.argos_packages import find_model, install_package, remove_model

    try:
        model = find_model("translate-ar_en")
        installed_here = False
    except ModelNotInstalled:
        model = install_package(tiny_argos_package)
        installed_here = True
    yield model
    if installed_here:
        remove_model(model.name)
