"""Fixtures for tests that need a real (tiny, random-weight) Argos model.

- `tiny_argos_package`: path of a `.argosmodel` built once per session (code translate-ar_en,
  version 1.0, ar -> en; 2+2 layers, d_model 64, SentencePiece vocabulary 500, int8).
- `installed_tiny_model`: that package installed through `install_package` into the test
  WORKBENCH_HOME (reinstalled if a test removed it); returns the InstalledModel.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.fixtures.tiny_model import build_tiny_argos_package


@pytest.fixture(scope="session")
def tiny_argos_package(tmp_path_factory) -> Path:
    return build_tiny_argos_package(tmp_path_factory.mktemp("tiny-argos"))


@pytest.fixture
def installed_tiny_model(tiny_argos_package):
    from workbench.core.errors import ModelNotInstalled
    from workbench.mt.argos_packages import find_model, install_package

    try:
        return find_model("translate-ar_en")
    except ModelNotInstalled:
        return install_package(tiny_argos_package)
