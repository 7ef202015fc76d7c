"""Installing Argos packages: the good path; every refusal leaves the models folder as it was."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from tests.fixtures.tiny_model import unpack_package
from workbench import paths
from workbench.core.errors import InvalidModelPackage, ModelNotInstalled
from workbench.mt import package_check
from workbench.mt.argos_packages import (
    default_model,
    find_model,
    install_package,
    list_models,
    remove_model,
)


def snapshot() -> dict[str, int]:
    """Every path under the models folder (hidden ones too) with its size."""
    root = paths.models_dir()
    return {p.relative_to(root).as_posix(): p.stat().st_size for p in sorted(root.rglob("*"))}


def rezip(source: Path, dest: Path, *, drop=(), rename=None, add=None, top=None) -> Path:
    """A copy of package `source` with members dropped, renamed or added."""
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(dest, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            rel = info.filename.split("/", 1)[1]
            if rel in drop:
                continue
            rel = (rename or {}).get(rel, rel)
            name = f"{top}/{rel}" if top else f"{info.filename.split('/', 1)[0]}/{rel}"
            out.writestr(name, src.read(info))
        for name, data in (add or {}).items():
            out.writestr(name, data)
    return dest


def with_metadata(source: Path, dest: Path, metadata) -> Path:
    raw = metadata if isinstance(metadata, bytes) else json.dumps(metadata).encode()
    top = zipfile.ZipFile(source).namelist()[0].split("/")[0]
    return rezip(source, dest, drop=("metadata.json",), add={f"{top}/metadata.json": raw})


def test_install_list_and_remove(tiny_argos_package, tmp_path):
    folder = unpack_package(tiny_argos_package, tmp_path)
    meta = json.loads((folder / "metadata.json").read_text())
    meta.update(code="translate-ar_en-copy", package_version="0.9")
    (folder / "metadata.json").write_text(json.dumps(meta))

    model = install_package(folder)  # an unpacked folder installs too
    assert (model.name, model.pair, model.version, model.kind) == (
        "translate-ar_en-copy", "ar-en", "0.9", "argos"
    )
    assert model.path == paths.models_dir() / "translate-ar_en-copy"
    assert (model.path / "model" / "model.bin").is_file()
    assert model.size_bytes == sum(p.stat().st_size for p in model.path.rglob("*") if p.is_file())
    assert model in list_models()
    assert find_model("translate-ar_en-copy") == model
    assert not [p for p in paths.models_dir().iterdir() if p.name.startswith(".")]

    remove_model("translate-ar_en-copy")
    assert not model.path.exists()
    assert "translate-ar_en-copy" not in [m.name for m in list_models()]
    with pytest.raises(ModelNotInstalled):
        remove_model("translate-ar_en-copy")


def test_install_zip_and_reinstall_replaces(installed_tiny_model, tiny_argos_package):
    again = install_package(tiny_argos_package)
    assert again.name == "translate-ar_en" and again.version == "1.0"
    assert [m.name for m in list_models()].count("translate-ar_en") == 1
    assert default_model("ar", "en").name == "translate-ar_en"
    assert default_model("en", "ar") is None


def refusals(package: Path, tmp: Path):
    top = zipfile.ZipFile(package).namelist()[0].split("/")[0]
    junk = tmp / "junk.argosmodel"
    junk.write_bytes(b"PK\x03\x04 this is not really a zip file" * 10)
    truncated = tmp / "truncated.argosmodel"
    truncated.write_bytes(package.read_bytes()[: package.stat().st_size // 2])
    yield "not a zip", junk, "zip"
    yield "truncated zip", truncated, "zip"
    yield "no metadata", rezip(package, tmp / "a.zip", drop=("metadata.json",)), "metadata.json"
    yield "no model", rezip(package, tmp / "b.zip", drop=("model/model.bin",)), "model.bin"
    no_sp = rezip(package, tmp / "c.zip", drop=("sentencepiece.model",))
    yield "no tokenizer", no_sp, "sentencepiece"
    yield "bpe package", rezip(
        package, tmp / "d.zip", rename={"sentencepiece.model": "bpe.model"}
    ), "BPE"
    yield "bad json", with_metadata(package, tmp / "e.zip", b"{not json"), "JSON"
    yield "json list", with_metadata(package, tmp / "f.zip", [1, 2]), "object"
    yield "no from_code", with_metadata(
        package, tmp / "g.zip", {"to_code": "en", "package_version": "1"}
    ), "from_code"
    yield "unsafe code", with_metadata(
        package, tmp / "h.zip",
        {"code": "../evil", "from_code": "ar", "to_code": "en", "package_version": "1"},
    ), "safe name"
    yield "path traversal", rezip(
        package, tmp / "i.zip", add={f"{top}/../../escaped.txt": b"x"}
    ), "unsafe path"
    yield "absolute path", rezip(package, tmp / "j.zip", add={"/etc/evil": b"x"}), "unsafe path"
    two_tops = rezip(package, tmp / "k.zip", add={"other/file.txt": b"x"})
    yield "two top folders", two_tops, "one top-level"
    yield "no folder", rezip(package, tmp / "l.zip", add={"loose.txt": b"x"}), "one top-level"


LABELS = (
    "not a zip", "truncated zip", "no metadata", "no model", "no tokenizer", "bpe package",
    "bad json", "json list", "no from_code", "unsafe code", "path traversal", "absolute path",
    "two top folders", "no folder",
)


@pytest.fixture(scope="module")
def bad_packages(tiny_argos_package, tmp_path_factory):
    tmp = tmp_path_factory.mktemp("bad-packages")
    return {label: (bad, reason) for label, bad, reason in refusals(tiny_argos_package, tmp)}


def test_every_refusal_case_is_built(bad_packages):
    assert sorted(bad_packages) == sorted(LABELS)


@pytest.mark.parametrize("label", LABELS)
def test_refused_packages_leave_nothing_behind(label, bad_packages, installed_tiny_model):
    bad, reason = bad_packages[label]
    before = snapshot()
    with pytest.raises(InvalidModelPackage) as info:
        install_package(bad)
    assert reason.lower() in info.value.reason.lower(), label
    assert snapshot() == before, label
    assert not (paths.models_dir().parent / "escaped.txt").exists()


def test_symlink_entry_refused(tiny_argos_package, tmp_path):
    top = zipfile.ZipFile(tiny_argos_package).namelist()[0].split("/")[0]
    bad = rezip(tiny_argos_package, tmp_path / "s.zip")
    with zipfile.ZipFile(bad, "a") as zf:
        link = zipfile.ZipInfo(f"{top}/link")
        link.external_attr = (0o120777 << 16)
        zf.writestr(link, "/etc/passwd")
    before = snapshot()
    with pytest.raises(InvalidModelPackage, match="symbolic link"):
        install_package(bad)
    assert snapshot() == before


def test_zip_bomb_refused_from_the_directory(tiny_argos_package, tmp_path):
    top = zipfile.ZipFile(tiny_argos_package).namelist()[0].split("/")[0]
    bomb = rezip(tiny_argos_package, tmp_path / "bomb.zip")
    with zipfile.ZipFile(bomb, "a", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr(f"{top}/zeros.bin", b"\0" * (20 * 1024 * 1024))
    before = snapshot()
    with pytest.raises(InvalidModelPackage, match="compression ratio"):
        install_package(bomb)
    assert snapshot() == before


def test_total_size_limit(tiny_argos_package, monkeypatch):
    monkeypatch.setattr(package_check, "MAX_TOTAL_BYTES", 10_000)
    before = snapshot()
    with pytest.raises(InvalidModelPackage, match="size limit"):
        install_package(tiny_argos_package)
    assert snapshot() == before


def test_member_larger_than_declared_is_caught_during_extraction(tiny_argos_package, tmp_path):
    """A lying header passes the directory checks; streaming extraction must still stop it and
    the half-extracted copy must vanish."""
    data = bytearray(tiny_argos_package.read_bytes())
    with zipfile.ZipFile(tiny_argos_package) as zf:
        info = zf.getinfo(next(n for n in zf.namelist() if n.endswith("README.md")))
    # Shrink the declared size of README.md in the central directory (and local header).
    real = info.file_size.to_bytes(4, "little")
    fake = (info.file_size - 5).to_bytes(4, "little")
    assert data.count(real) >= 1
    patched = bytes(data).replace(real, fake)
    bad = tmp_path / "lying.argosmodel"
    bad.write_bytes(patched)
    before = snapshot()
    with pytest.raises(InvalidModelPackage, match="damaged entry"):
        install_package(bad)
    assert snapshot() == before


def test_missing_file_refused(tmp_path):
    with pytest.raises(InvalidModelPackage, match="no such"):
        install_package(tmp_path / "nothing.argosmodel")


def test_broken_folder_in_models_dir_is_ignored(installed_tiny_model):
    stray = paths.models_dir() / "not-a-package"
    stray.mkdir()
    try:
        assert "not-a-package" not in [m.name for m in list_models()]
        assert find_model("translate-ar_en") == installed_tiny_model
    finally:
        stray.rmdir()
