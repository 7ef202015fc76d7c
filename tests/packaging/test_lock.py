"""requirements/lock.txt is the one list of versions: `make install` (so `make run`, `make test`
and CI) installs under it, and the bundle takes its pins from it. These tests hold because of
how the environment is built, and fail the day something is installed around the lock."""

from __future__ import annotations

import importlib.metadata as md
import re
import tomllib
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parents[2]
LOCK = ROOT / "requirements" / "lock.txt"
BUNDLE = ROOT / "packaging" / "bundle-requirements.txt"
PROJECT = "arabic-workbench"
NEVER = {"torch", "torchvision", "torchaudio", "transformers", "tokenizers", "stanza", "spacy",
         "thinc", "scikit-learn", "scipy", "pandas", "camel-kenlm", "sacremoses", "minisbd"}


def _lines(path: Path) -> list[str]:
    return [s for s in (line.split("#", 1)[0].strip() for line in path.read_text("utf-8").splitlines()) if s]


def _lock() -> dict[str, str]:
    pins = {}
    for line in _lines(LOCK):
        match = re.fullmatch(r"([A-Za-z0-9._-]+)==(\S+)", line)
        assert match, f"{LOCK.name}: not an exact pin: {line!r}"
        name = canonicalize_name(match[1])
        assert name not in pins, f"{LOCK.name}: {name} pinned twice"
        pins[name] = match[2]
    return pins


def _bundle() -> list[str]:
    names = [canonicalize_name(line) for line in _lines(BUNDLE)]
    assert all(re.fullmatch(r"[a-z0-9-]+", n) for n in names), "bundle list: names only, no versions"
    return names


def _project() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]


def test_the_lock_pins_every_dependency_at_an_accepted_version():
    pins = _lock()
    project = _project()
    declared = [*project["dependencies"], *(d for extra in project["optional-dependencies"].values() for d in extra)]
    for spec in declared:
        req = Requirement(spec)
        name = canonicalize_name(req.name)
        assert name in pins, f"{req.name} is declared in pyproject.toml but not in the lock: run make lock"
        assert req.specifier.contains(pins[name], prereleases=True), f"{req.name}=={pins[name]} vs {req.specifier}"
    assert pins["torch"].startswith("2.13.0"), "the CPU torch on this machine's disk"
    assert canonicalize_name(PROJECT) not in pins


def test_installed_versions_are_the_locked_ones():
    """The environment these tests run in is the lock, exactly: nothing at another version and
    nothing that the lock does not name (a leftover of an older lock, a manual install)."""
    pins = _lock()
    mismatched, unlocked = {}, []
    for dist in md.distributions():
        name = canonicalize_name(dist.metadata["Name"])
        if name == canonicalize_name(PROJECT):
            continue
        if name not in pins:
            unlocked.append(f"{name}=={dist.version}")
        elif dist.version != pins[name]:
            mismatched[name] = (pins[name], dist.version)
    assert mismatched == {}, f"locked vs installed: {mismatched}"
    assert unlocked == [], f"installed but not in {LOCK.name}: {sorted(unlocked)}"


def test_every_install_goes_through_the_lock():
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    recipe = makefile.split("$(STAMP):", 1)[1].split("\n\n", 1)[0]
    installs = [line for line in recipe.splitlines() if "pip install" in line or "$(PIP) install" in line]
    assert len(installs) == 3, recipe  # pip itself, torch, the project
    assert all("-c $(LOCK)" in line or "$(PINNED)" in line for line in installs), recipe
    assert "PINNED := -c $(LOCK) --build-constraint $(LOCK)" in makefile  # sdists' build tools too
    assert "lock:\n\tsh tools/lock.sh" in makefile
    script = (ROOT / "packaging" / "build_bundle.sh").read_text(encoding="utf-8")
    assert '--no-deps -c "$lock" --build-constraint "$lock" -r "$reqs"' in script


def test_the_bundle_is_the_locked_run_time_minus_the_heavy_libraries():
    pins, bundle = _lock(), _bundle()
    assert len(bundle) == len(set(bundle)), "bundle list: a name twice"
    assert not NEVER & set(bundle)
    missing = [name for name in bundle if name not in pins]
    assert missing == [], f"bundle names not in the lock: {missing}"
    for spec in _project()["dependencies"]:
        assert canonicalize_name(Requirement(spec).name) in bundle, f"{spec} is a dependency but not bundled"
    assert "pyinstaller" in bundle
