"""Checks on Argos package files and folders before anything is installed (pure Python).

A `.argosmodel` is a zip holding one top-level folder with `metadata.json`, a CTranslate2
`model/` (at least `model.bin`) and `sentencepiece.model`. Everything is checked from the zip's
central directory first (entry count, declared sizes, compression ratios, names, symlinks,
encryption, required members, metadata JSON); extraction then streams each member and stops if
it yields more bytes than its header declared. Every refusal is an `InvalidModelPackage`.
"""

from __future__ import annotations

import json
import re
import stat
import zipfile
from pathlib import Path, PurePosixPath

from workbench.core.errors import InvalidModelPackage

MAX_ENTRIES = 10_000
MAX_TOTAL_BYTES = 4 * 1024**3  # the largest CTranslate2 models we expect are ~1.5 GB
MAX_METADATA_BYTES = 1024**2
MAX_RATIO = 200  # deflate ratio above which a large member is treated as a zip bomb
_RATIO_FLOOR = 1024**2  # small members may compress better than that legitimately
_CHUNK = 1024**2
NAME_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$")
REQUIRED_KEYS = ("from_code", "to_code", "package_version")
KINDS = ("argos", "marian")


def check_metadata(raw: bytes, where: Path) -> dict:
    """Parse and check metadata.json: a JSON object with string codes and version."""
    if len(raw) > MAX_METADATA_BYTES:
        raise InvalidModelPackage(where, "metadata.json is too large")
    try:
        meta = json.loads(raw.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InvalidModelPackage(where, f"metadata.json is not valid JSON ({exc})") from None
    if not isinstance(meta, dict):
        raise InvalidModelPackage(where, "metadata.json is not a JSON object")
    for key in REQUIRED_KEYS:
        value = meta.get(key)
        if not isinstance(value, str) or not value.strip():
            raise InvalidModelPackage(where, f"metadata.json has no valid {key!r}")
    if meta.get("kind", "argos") not in KINDS:
        raise InvalidModelPackage(where, f"model kind {meta.get('kind')!r} is not one of {KINDS}")
    if meta.get("type", "translate") != "translate":
        raise InvalidModelPackage(where, f"package type {meta.get('type')!r} is not 'translate'")
    name = package_name(meta)
    if not NAME_RE.match(name):
        raise InvalidModelPackage(where, f"package code {name!r} is not a safe name")
    prefix = meta.get("target_prefix", "")
    if not isinstance(prefix, str):
        raise InvalidModelPackage(where, "metadata.json target_prefix is not a string")
    return meta


def package_name(meta: dict) -> str:
    """The installed name: the package's own code, else translate-<from>_<to> as Argos does."""
    code = meta.get("code")
    if isinstance(code, str) and code.strip():
        return code.strip()
    return f"translate-{meta.get('from_code')}_{meta.get('to_code')}"


def check_layout(names: set[str], where: Path, kind: str = "argos") -> None:
    """Required members, given relative POSIX paths inside the package folder. A converted
    Marian model (kind "marian", see marian_import) has source.spm and target.spm instead of
    sentencepiece.model."""
    if "metadata.json" not in names:
        raise InvalidModelPackage(where, "metadata.json is missing")
    if "model/model.bin" not in names:
        raise InvalidModelPackage(where, "model/model.bin (the CTranslate2 model) is missing")
    if kind == "marian":
        for spm in ("source.spm", "target.spm"):
            if spm not in names:
                raise InvalidModelPackage(where, f"{spm} is missing")
        return
    if "sentencepiece.model" not in names:
        if "bpe.model" in names:
            raise InvalidModelPackage(
                where, "BPE-tokenized packages are not supported (only SentencePiece)"
            )
        raise InvalidModelPackage(where, "sentencepiece.model is missing")


def check_zip(zf: zipfile.ZipFile, where: Path) -> tuple[str, dict]:
    """Check the central directory; return (top-level folder, metadata). Reads only metadata."""
    infos = zf.infolist()
    if not infos:
        raise InvalidModelPackage(where, "the archive is empty")
    if len(infos) > MAX_ENTRIES:
        raise InvalidModelPackage(where, f"the archive has too many entries ({len(infos)})")
    total = 0
    tops: set[str] = set()
    names: set[str] = set()
    for info in infos:
        parts = _safe_parts(info.filename, where)
        if parts[0] == "__MACOSX":  # resource forks added by macOS archivers
            continue
        if info.flag_bits & 0x1:
            raise InvalidModelPackage(where, f"{info.filename}: encrypted entries are refused")
        if stat.S_ISLNK(info.external_attr >> 16):
            raise InvalidModelPackage(where, f"{info.filename}: symbolic links are refused")
        total += info.file_size
        if total > MAX_TOTAL_BYTES:
            raise InvalidModelPackage(where, "the archive unpacks to more than the size limit")
        big = info.file_size > _RATIO_FLOOR
        if big and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise InvalidModelPackage(where, f"{info.filename}: suspicious compression ratio")
        tops.add(parts[0])
        if len(parts) > 1 and not info.is_dir():
            rel = "/".join(parts[1:])
            if rel in names:
                raise InvalidModelPackage(where, f"{info.filename}: duplicate entry")
            names.add(rel)
    if len(tops) != 1 or not names:
        raise InvalidModelPackage(where, "the archive must hold exactly one top-level folder")
    top = tops.pop()
    if "metadata.json" not in names:
        raise InvalidModelPackage(where, "metadata.json is missing")
    meta_info = zf.getinfo(f"{top}/metadata.json")
    if meta_info.file_size > MAX_METADATA_BYTES:
        raise InvalidModelPackage(where, "metadata.json is too large")
    meta = check_metadata(read_member(zf, meta_info, where), where)
    check_layout(names, where, meta.get("kind", "argos"))
    return top, meta


def read_member(zf: zipfile.ZipFile, info: zipfile.ZipInfo, where: Path) -> bytes:
    chunks = list(stream_member(zf, info, where))
    return b"".join(chunks)


def stream_member(zf: zipfile.ZipFile, info: zipfile.ZipInfo, where: Path):
    """Yield a member's bytes; refuse one that yields more than its declared size or is corrupt."""
    seen = 0
    try:
        with zf.open(info) as src:
            while chunk := src.read(_CHUNK):
                seen += len(chunk)
                if seen > info.file_size:
                    raise InvalidModelPackage(where, f"{info.filename}: larger than declared")
                yield chunk
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, OSError, ValueError) as exc:
        raise InvalidModelPackage(where, f"{info.filename}: damaged entry ({exc})") from None
    except NotImplementedError as exc:  # unsupported compression method
        raise InvalidModelPackage(where, f"{info.filename}: {exc}") from None


def extract_zip(zf: zipfile.ZipFile, top: str, dest: Path, where: Path) -> None:
    """Extract the contents of `top/` into the (existing, empty) folder `dest`."""
    for info in zf.infolist():
        parts = _safe_parts(info.filename, where)
        rel = parts[1:]
        if not rel or parts[0] != top:
            continue
        target = dest.joinpath(*rel)
        if info.is_dir():
            target.mkdir(parents=True, exist_ok=True)
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        with open(target, "xb") as out:
            for chunk in stream_member(zf, info, where):
                out.write(chunk)


def _safe_parts(name: str, where: Path) -> list[str]:
    if "\\" in name or name.startswith("/") or "\x00" in name:
        raise InvalidModelPackage(where, f"unsafe path in archive: {name!r}")
    parts = [p for p in PurePosixPath(name).parts if p not in ("", ".")]
    if not parts or any(p == ".." or ":" in p for p in parts) or parts[0].startswith("."):
        raise InvalidModelPackage(where, f"unsafe path in archive: {name!r}")
    return parts


def version_key(version: str) -> tuple:
    """A package version ("1.0", "1.9.6", "2-1") as a tuple that sorts numerically."""
    return tuple(int(p) if p.isdigit() else 0 for p in version.replace("-", ".").split("."))
