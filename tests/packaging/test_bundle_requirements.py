"""packaging/bundle-requirements.txt, the bundle's pinned build environment, keeps up with the
project: every dependency is pinned at a version pyproject accepts and the test suite runs with,
and the heavy libraries the app never imports cannot get in."""

from __future__ import annotations

import importlib.metadata as md
import tomllib
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parents[2]
REQS = ROOT / "packaging" / "bundle-requirements.txt"
NEVER = {"torch", "torchvision", "torchaudio", "transformers", "tokenizers", "stanza", "spacy",
         "thinc", "scikit-learn", "scipy", "pandas", "camel-kenlm", "sacremoses", "minisbd"}


def _pins() -> dict[str, str]:
    pins = {}
    for line in REQS.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            name, sep, version = line.partition("==")
            assert sep, f"not pinned: {line}"
            pins[canonicalize_name(name)] = version
    return pins


def _declared() -> list[Requirement]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return [Requirement(d) for d in project["dependencies"]]


def test_every_dependency_is_pinned_at_an_accepted_version():
    pins = _pins()
    for req in _declared():
        name = canonicalize_name(req.name)
        assert name in pins, f"{req.name} is a dependency but not in {REQS.name}"
        assert req.specifier.contains(pins[name], prereleases=True), f"{req.name}=={pins[name]} vs {req.specifier}"


def test_pins_are_the_versions_the_tests_run_with():
    mismatched = {}
    for name, version in _pins().items():
        try:
            installed = md.version(name)
        except md.PackageNotFoundError:
            continue  # the build tool (PyInstaller) is only in the build venv
        if installed != version:
            mismatched[name] = (version, installed)
    assert mismatched == {}, f"pinned vs installed: {mismatched}"


def test_heavy_libraries_cannot_enter_the_build_environment():
    assert not NEVER & set(_pins())
    # --no-deps is what keeps argostranslate's and camel-tools' declared torch/stanza out.
    script = (ROOT / "packaging" / "build_bundle.sh").read_text(encoding="utf-8")
    assert '--no-deps -r "$reqs"' in script
