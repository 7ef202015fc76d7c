"""Download an Argos package from the index's mirrors, resumably, and install it. Only on request.

`download_package` streams to `<dest_dir>/<code>-<version>.argosmodel.part` (dest_dir defaults to
`<cache_dir>/downloads`), reporting ctx.progress(bytes_done, bytes_total) and calling ctx.check()
between chunks. A cancel, a dropped connection or a timeout keeps the `.part`; the next call asks
for the rest with an HTTP Range request and appends when the server answers 206 (a 200 means the
server ignores ranges: start again from zero). The finished file is checked against the size the
server announced, the index's size and sha256 (when the index gives them) and only then renamed to
its final name; a file that fails a check is deleted and the next mirror is tried.
Blocking and single-threaded: run it on a worker thread (the UI's io lane) or the CLI; do not run
two downloads of the same package at once.
"""

from __future__ import annotations

import hashlib
import http.client
import os
import urllib.error
import urllib.request
from pathlib import Path

from workbench import paths
from workbench.core.errors import InvalidModelPackage, NetworkUnavailable, WorkbenchError
from workbench.core.jobs import JobContext
from workbench.mt.model_index import (
    IndexEntry,
    configured_index_url,
    fetch_index,
    find_entry,
    is_network_failure,
)

CHUNK = 64 * 1024
_USER_AGENT = "arabic-workbench (model download)"


class DownloadFailed(WorkbenchError):
    """Every mirror failed and at least one of them answered (HTTP error, short or corrupt file).

    `failures` lists (url, reason); `resumable` is True when a partial file was kept that the
    next call continues.
    """

    def __init__(self, message: str, failures: list[tuple[str, str]], resumable: bool = False):
        super().__init__(message)
        self.failures = failures
        self.resumable = resumable


class _MirrorFailed(Exception):
    def __init__(self, reason: str, network: bool = False):
        super().__init__(reason)
        self.reason = reason
        self.network = network


def downloads_dir() -> Path:
    path = paths.cache_dir() / "downloads"
    path.mkdir(parents=True, exist_ok=True)
    return path


def download_package(
    entry: IndexEntry, ctx: JobContext, *, dest_dir: Path | None = None, timeout: float = 30
) -> Path:
    """Return the path of the complete, verified package file, trying each mirror in turn.

    Raises Cancelled (partial file kept), NetworkUnavailable (no mirror reachable),
    DownloadFailed (mirrors answered but none gave a good file).
    """
    dest_dir = Path(dest_dir) if dest_dir else downloads_dir()
    dest_dir.mkdir(parents=True, exist_ok=True)
    final = dest_dir / entry.filename
    part = dest_dir / (entry.filename + ".part")
    if final.is_file():  # renamed only once complete and verified: a previous run finished it
        try:
            _verify(final, entry, None)
            return final
        except _MirrorFailed:
            pass
    failures: list[tuple[str, str, bool]] = []
    for url in entry.links:
        ctx.check()
        try:
            total = _fetch(url, part, entry, ctx, timeout)
            _verify(part, entry, total)
        except _MirrorFailed as exc:
            failures.append((url, exc.reason, exc.network))
            continue
        os.replace(part, final)
        return final
    tried = "; ".join(f"{url} ({reason})" for url, reason, _ in failures)
    if all(network for _, _, network in failures):
        raise NetworkUnavailable(
            f"cannot download {entry.code}: no mirror could be reached, tried {tried}. "
            "Check the network connection, or install the package from a file."
        )
    resumable = part.is_file() and part.stat().st_size > 0
    more = " The partial download is kept: run the download again to resume." if resumable else ""
    raise DownloadFailed(
        f"download of {entry.code} failed on every mirror: {tried}.{more}",
        [(url, reason) for url, reason, _ in failures],
        resumable,
    )


def download_and_install(from_code: str, to_code: str, ctx: JobContext, index_url: str | None = None,
                         *, timeout: float = 30):
    """Fetch the index, download the newest package for the pair and install it.

    Returns the InstalledModel. The downloaded file is deleted once installed, and also when
    install_package refuses it (so the next attempt downloads it afresh).
    """
    from workbench.mt.argos_packages import install_package

    url = configured_index_url(index_url)
    entry = find_entry(fetch_index(url, ctx, timeout), from_code, to_code, url)
    path = download_package(entry, ctx, timeout=timeout)
    try:
        model = install_package(path)
    except InvalidModelPackage:
        path.unlink(missing_ok=True)
        raise
    path.unlink(missing_ok=True)
    return model


def _fetch(url: str, part: Path, entry: IndexEntry, ctx: JobContext, timeout: float) -> int | None:
    """Append the rest of `url` to `part` (or rewrite it); return the total size, if known."""
    offset = part.stat().st_size if part.is_file() else 0
    if entry.size is not None and offset >= entry.size:
        part.unlink()  # as long as the whole file yet never verified: not a prefix we can trust
        offset = 0
    headers = {"User-Agent": _USER_AGENT}
    if offset:
        headers["Range"] = f"bytes={offset}-"
    try:
        response = urllib.request.urlopen(urllib.request.Request(url, headers=headers), timeout=timeout)
    except urllib.error.HTTPError as exc:
        if exc.code == 416 and offset:  # the server cannot continue our .part: start over
            part.unlink()
            return _fetch(url, part, entry, ctx, timeout)
        raise _MirrorFailed(f"HTTP {exc.code} {exc.reason}") from None
    except (urllib.error.URLError, OSError, http.client.HTTPException) as exc:
        raise _MirrorFailed(_reason(exc), network=is_network_failure(exc)) from None
    except ValueError as exc:
        raise _MirrorFailed(f"not a usable URL ({exc})") from None
    with response:
        length = _int(response.headers.get("Content-Length"))
        if response.status == 206 and offset and _range_start(response) == offset:
            mode, done = "ab", offset
            total = _range_total(response) or (offset + length if length is not None else None)
        elif response.status == 200:
            mode, done, total = "wb", 0, length
        elif response.status == 206:  # a range we did not ask for: our .part is of no use
            part.unlink(missing_ok=True)
            raise _MirrorFailed("the server answered with the wrong byte range")
        else:
            raise _MirrorFailed(f"unexpected answer HTTP {response.status}")
        total = total if total is not None else entry.size
        if entry.size is not None and total != entry.size:
            raise _MirrorFailed(f"the server offers {total} bytes, the index says {entry.size}")
        with open(part, mode) as out:
            ctx.progress(done, total or 0)
            while True:
                ctx.check()  # Cancelled propagates: the bytes written so far stay for a resume
                try:
                    chunk = response.read(CHUNK)
                except (OSError, http.client.HTTPException) as exc:
                    raise _MirrorFailed(f"connection lost after {done} bytes ({_reason(exc)})") from None
                if not chunk:
                    break
                out.write(chunk)
                done += len(chunk)
                ctx.progress(done, total or 0)
    if total is not None and done < total:
        raise _MirrorFailed(f"connection closed after {done} of {total} bytes")
    return total


def _verify(path: Path, entry: IndexEntry, announced: int | None) -> None:
    """Size and checksum checks; a file that fails them is deleted."""
    size = path.stat().st_size
    problem = None
    for expected in (announced, entry.size):
        if expected is not None and size != expected:
            problem = f"size mismatch: got {size} bytes, expected {expected}"
    if problem is None and entry.sha256:
        digest = hashlib.sha256()
        with open(path, "rb") as f:
            while block := f.read(1024**2):
                digest.update(block)
        if digest.hexdigest() != entry.sha256:
            problem = f"checksum mismatch: sha256 {digest.hexdigest()}, the index says {entry.sha256}"
    if problem:
        path.unlink(missing_ok=True)
        raise _MirrorFailed(problem + "; the file was deleted")


def _range_start(response) -> int | None:
    value = response.headers.get("Content-Range", "")  # "bytes START-END/TOTAL"
    unit, _, spec = value.partition(" ")
    return _int(spec.split("-", 1)[0]) if unit == "bytes" else None


def _range_total(response) -> int | None:
    return _int(response.headers.get("Content-Range", "").rpartition("/")[2])


def _int(value) -> int | None:
    try:
        number = int(value)
    except (TypeError, ValueError):
        return None
    return number if number >= 0 else None


def _reason(exc: BaseException) -> str:
    reason = getattr(exc, "reason", exc)
    return str(reason) or type(reason).__name__


__all__ = ["CHUNK", "DownloadFailed", "download_and_install", "download_package", "downloads_dir"]
