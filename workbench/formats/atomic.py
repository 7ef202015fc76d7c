"""Atomic file replacement for exports: a crash or an error never leaves half a file.

The bytes go to a hidden temporary file in the destination folder (same file system, so the
final `os.replace` is atomic), are flushed and fsynced, and only then renamed over `path`.
On any exception the temporary file is removed and an existing file at `path` is untouched.
A process killed mid-export cannot remove its temporary file, so each export first removes
such leftovers of ours in its folder (see remove_stale_temps).
Pure functions, no shared state: any thread may call them.
"""

from __future__ import annotations

import errno
import os
import re
import secrets
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import BinaryIO

from workbench.core.errors import ExportError

TEMP_SUFFIX = ".tmp"
TEMP_TAG = "wbexport-"  # what makes a temporary file recognisably ours
_MAX_NAME = 200  # keeps "." + name + ".wbexport-xxxxxxxx.tmp" under the usual 255-byte limit
_OURS = re.compile(r"\..+\.wbexport-[0-9a-f]{8}\.tmp")
_LEGACY = re.compile(r"[0-9a-f]{8}\.tmp")  # before TEMP_TAG: "." + name + ".xxxxxxxx.tmp"
# A temporary file is stale when it is older than this process's first export (no export of
# ours can still be writing it) and untouched for a minute (nor can one in another process:
# a live export writes continuously).
_RUN_STARTED = time.time()
STALE_AFTER_S = 60.0
_CHUNK_CHARS = 1 << 20


def temp_prefix(path: Path) -> str:
    """Start of the temporary file names used for `path` (tests use it to look for leftovers)."""
    return f".{path.name[:_MAX_NAME]}."


def remove_stale_temps(path: Path | str, now: float | None = None) -> list[Path]:
    """Remove the temporary files a killed export left in `path`'s folder: ours by name (any
    output name with our tag; without it only those of `path` itself), and stale (see above).
    Returns the files removed; files that cannot be removed are left alone."""
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    cutoff = min(_RUN_STARTED, (time.time() if now is None else now) - STALE_AFTER_S)
    prefix = temp_prefix(path)
    removed = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    for entry in entries:
        name = entry.name
        ours = _OURS.fullmatch(name) or (name.startswith(prefix) and _LEGACY.fullmatch(name[len(prefix):]))
        if not ours:
            continue
        with suppress(OSError):
            if entry.is_file(follow_symlinks=False) and entry.stat().st_mtime < cutoff:
                os.unlink(entry.path)
                removed.append(Path(entry.path))
    return removed


@contextmanager
def atomic_write(path: Path | str) -> Iterator[BinaryIO]:
    """Yield a binary file; when the block ends normally, it replaces `path` atomically.

    OSErrors (missing folder, permission, disk full, destination locked by another program)
    become ExportError; any other exception propagates unchanged. In both cases the temporary
    file is gone and the previous file at `path`, if any, is byte-identical.
    """
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise ExportError(f"cannot write {path}: folder {folder} does not exist")
    if path.is_dir():
        raise ExportError(f"cannot write {path}: it is a folder")
    remove_stale_temps(path)
    fd, tmp = _create_temp(path, folder)
    try:
        with os.fdopen(fd, "wb") as stream:
            yield stream
            stream.flush()
            os.fsync(stream.fileno())
        _copy_mode(path, tmp)
        os.replace(tmp, path)
    except BaseException as exc:
        with suppress(OSError):
            os.unlink(tmp)
        if isinstance(exc, OSError):
            raise ExportError(_describe(path, exc)) from exc
        raise
    _fsync_folder(folder)


def write_bytes(path: Path | str, data: bytes) -> Path:
    """Replace `path` with `data` atomically; return the path."""
    with atomic_write(path) as stream:
        stream.write(data)
    return Path(path)


def write_text(path: Path | str, text: str, encoding: str = "utf-8") -> Path:
    """Replace `path` with `text` encoded as `encoding` (no newline translation); return the path."""
    return write_bytes(path, text.encode(encoding))


def write_chunks(path: Path | str, chunks: Iterable[str], encoding: str = "utf-8") -> Path:
    """Replace `path` with the text `chunks` encoded as `encoding`, written as they come
    (about a megabyte at a time) rather than joined first; return the path."""
    with atomic_write(path) as stream:
        pending: list[str] = []
        size = 0
        for chunk in chunks:
            pending.append(chunk)
            size += len(chunk)
            if size >= _CHUNK_CHARS:
                stream.write("".join(pending).encode(encoding))
                pending, size = [], 0
        stream.write("".join(pending).encode(encoding))
    return Path(path)


def _create_temp(path: Path, folder: Path) -> tuple[int, Path]:
    # os.open with 0o666 lets the umask decide the permissions, as for any new file
    # (tempfile.mkstemp would force 0o600 on the exported file).
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    for _ in range(100):
        tmp = folder / f"{temp_prefix(path)}{TEMP_TAG}{secrets.token_hex(4)}{TEMP_SUFFIX}"
        try:
            return os.open(tmp, flags, 0o666), tmp
        except FileExistsError:
            continue
        except OSError as exc:
            raise ExportError(_describe(path, exc)) from exc
    raise ExportError(f"cannot write {path}: no free temporary file name in {folder}")


def _copy_mode(path: Path, tmp: Path) -> None:
    """An export that replaces a file keeps that file's permissions."""
    try:
        mode = path.stat().st_mode & 0o7777
    except FileNotFoundError:
        return
    os.chmod(tmp, mode)


def _fsync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX only; some file systems refuse, which is harmless)."""
    if os.name != "posix":
        return
    with suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _describe(path: Path, exc: OSError) -> str:
    reason = exc.strerror or str(exc)
    if exc.errno in (errno.EACCES, errno.EPERM):
        reason = "permission denied"
        if os.name == "nt":  # Windows refuses to replace a file that Word still has open
            reason += "; is the file open in another program?"
    elif exc.errno == errno.ENOSPC:
        reason = "the disk is full"
    elif exc.errno == errno.EROFS:
        reason = "the folder is on a read-only file system"
    return f"cannot write {path}: {reason}"
