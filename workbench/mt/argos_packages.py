"""Installed Argos Translate packages in `paths.models_dir()`: list, install, remove. No network.

Each package lives in `models_dir/<name>` where name is the package code (e.g.
`translate-ar_en`); installing a package with the same code replaces the old one. An install
checks everything first (package_check), unpacks into a hidden `.tmp-*` folder inside the models
folder and renames it into place, so a failure at any point leaves the models folder as it was.
Not thread-safe: call from one thread at a time (the CLI, or the UI's io lane).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
import time
import zipfile
from dataclasses import dataclass
from pathlib import Path

from workbench import paths
from workbench.core.errors import InvalidModelPackage, ModelNotInstalled
from workbench.mt import package_check

_TMP_PREFIX = ".tmp-"
_STALE_SECONDS = 3600


@dataclass(frozen=True, slots=True)
class InstalledModel:
    """An installed package. Plain data: safe to pass between threads."""

    name: str
    from_code: str
    to_code: str
    version: str
    path: Path
    size_bytes: int
    kind: str = "argos"
    target_prefix: str = ""

    @property
    def pair(self) -> str:
        return f"{self.from_code}-{self.to_code}"

    @property
    def quality_label(self) -> str | None:
        """A public quality figure with its source, e.g. "FLORES devtest BLEU 29.5 ...", or
        None when no public figure exists for this model (model_quality.py)."""
        from workbench.mt.model_quality import quality

        found = quality(self)
        return found.label if found else None

    @property
    def model_id(self) -> str:
        """What drafts record as their model, e.g. `translate-ar_en-1.0`."""
        return f"{self.name}-{self.version}"


def list_models() -> list[InstalledModel]:
    """Installed packages sorted by name; folders that are not valid packages are skipped."""
    models = []
    for folder in sorted(paths.models_dir().iterdir()):
        if folder.name.startswith(".") or not folder.is_dir():
            continue
        with contextlib.suppress(InvalidModelPackage, OSError):
            models.append(_load(folder))
    return models


def find_model(name: str) -> InstalledModel:
    for model in list_models():
        if model.name == name:
            return model
    raise ModelNotInstalled(name=name)


def default_model(
    from_code: str = "ar", to_code: str = "en", kind: str | None = None
) -> InstalledModel | None:
    """The best installed model for the pair, or None: the highest public quality figure
    first (model_quality.rank), then Argos before Marian, then the highest version. `kind`
    limits the choice to one kind (None: any kind)."""
    from workbench.mt.model_quality import rank

    found = [
        m
        for m in list_models()
        if (m.from_code, m.to_code) == (from_code, to_code) and kind in (None, m.kind)
    ]
    return max(
        found,
        key=lambda m: (rank(m), m.kind == "argos", package_check.version_key(m.version), m.name),
        default=None,
    )


def install_package(path: Path) -> InstalledModel:
    """Install a `.argosmodel` file or an unpacked package folder; return what was installed.

    Raises InvalidModelPackage (nothing written) if the package is refused.
    """
    path = Path(path)
    if path.is_dir():
        meta = _check_folder(path)
        return install_filled(path, meta, lambda dest: _copy_folder(path, dest))
    if not path.is_file():
        raise InvalidModelPackage(path, "no such file or folder")
    try:
        zf = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise InvalidModelPackage(path, f"not a valid .argosmodel zip archive ({exc})") from None
    with zf:
        top, meta = package_check.check_zip(zf, path)
        return install_filled(path, meta, lambda dest: package_check.extract_zip(zf, top, dest, path))


def remove_model(name: str) -> None:
    model = find_model(name)
    trash = Path(tempfile.mkdtemp(prefix=_TMP_PREFIX + "remove-", dir=paths.models_dir()))
    os.replace(model.path, trash / "old")
    shutil.rmtree(trash, ignore_errors=True)


def install_filled(source: Path, meta: dict, fill) -> InstalledModel:
    """Install a package that `fill(folder)` writes into an empty staging folder (the
    metadata `meta` names it); the result must read back as a package before it is renamed
    into place. Used by install_package and marian_import."""
    root = paths.models_dir()
    _remove_stale_temporaries(root)
    staging = Path(tempfile.mkdtemp(prefix=_TMP_PREFIX + "install-", dir=root))
    try:
        unpacked = staging / "package"
        unpacked.mkdir()
        fill(unpacked)
        _load(unpacked, where=source)  # the unpacked copy must read back as a package
        target = root / package_check.package_name(meta)
        if target.exists():
            os.replace(target, staging / "old")
        try:
            os.replace(unpacked, target)
        except OSError:
            if (staging / "old").exists():
                os.replace(staging / "old", target)
            raise
        return _load(target)
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def _check_folder(folder: Path) -> dict:
    names: set[str] = set()
    total = 0
    for item in folder.rglob("*"):
        if item.is_symlink():
            raise InvalidModelPackage(folder, f"{item.name}: symbolic links are refused")
        if item.is_file():
            names.add(item.relative_to(folder).as_posix())
            total += item.stat().st_size
    if total > package_check.MAX_TOTAL_BYTES:
        raise InvalidModelPackage(folder, "the package is larger than the size limit")
    return _check_named(folder, names, folder)


def _copy_folder(source: Path, dest: Path) -> None:
    shutil.copytree(source, dest, dirs_exist_ok=True)


def _load(folder: Path, where: Path | None = None) -> InstalledModel:
    where = where or folder
    names = {p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file()}
    meta = _check_named(folder, names, where)
    size = sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())
    return InstalledModel(
        name=package_check.package_name(meta),
        from_code=meta["from_code"],
        to_code=meta["to_code"],
        version=meta["package_version"],
        path=folder,
        size_bytes=size,
        kind=meta.get("kind", "argos"),
        target_prefix=meta.get("target_prefix", ""),
    )


def _check_named(folder: Path, names: set[str], where: Path) -> dict:
    """Layout and metadata of a package folder whose files are `names`; returns metadata."""
    if "metadata.json" not in names:
        raise InvalidModelPackage(where, "metadata.json is missing")
    meta = package_check.check_metadata((folder / "metadata.json").read_bytes(), where)
    package_check.check_layout(names, where, meta.get("kind", "argos"))
    return meta


def _remove_stale_temporaries(root: Path) -> None:
    """Leftovers of an install or removal killed half-way (old enough not to be running)."""
    for item in root.glob(_TMP_PREFIX + "*"):
        with contextlib.suppress(OSError):
            if time.time() - item.stat().st_mtime > _STALE_SECONDS:
                shutil.rmtree(item, ignore_errors=True)


__all__ = [
    "InstalledModel",
    "default_model",
    "find_model",
    "install_filled",
    "install_package",
    "list_models",
    "remove_model",
]
