"""The Argos package index: fetch it (only when the user asks), parse it defensively, pick a package.

The index is a JSON array of objects with `code, from_code, to_code, package_version, links`
(mirrors, tried in turn) and optionally `size` (bytes) and `sha256` / `checksum` (hex, possibly
`sha256:`-prefixed). Argos itself reads neither size nor checksum; we verify them when present.
The index URL is a setting: `WORKBENCH_MODEL_INDEX` (or the CLI's `--index`), else Argos' public
index. Stdlib only (urllib): nothing here runs at start-up or without an explicit request.
"""

from __future__ import annotations

import http.client
import json
import os
import re
import socket
import ssl
import urllib.error
import urllib.request
from dataclasses import dataclass

from workbench.core.errors import NetworkUnavailable, WorkbenchError
from workbench.core.jobs import JobContext
from workbench.mt.package_check import NAME_RE, version_key

DEFAULT_INDEX_URL = "https://raw.githubusercontent.com/argosopentech/argospm-index/main/index.json"
INDEX_URL_ENV = "WORKBENCH_MODEL_INDEX"
MAX_INDEX_BYTES = 16 * 1024**2  # the real index is ~100 KB
_SHA256_RE = re.compile(r"^(?:sha256:)?([0-9a-f]{64})$", re.IGNORECASE)
_VERSION_RE = re.compile(r"^[0-9A-Za-z.+-]{1,40}$")


class ModelIndexError(WorkbenchError):
    """The index could not be used (not JSON, wrong shape, HTTP error) or lacks the wanted pair."""

    def __init__(self, url: str, reason: str):
        super().__init__(f"model index {url}: {reason}" if url else reason)
        self.url = url
        self.reason = reason


@dataclass(frozen=True, slots=True)
class IndexEntry:
    """One downloadable package. Plain data: safe to pass between threads."""

    code: str
    from_code: str
    to_code: str
    package_version: str
    links: tuple[str, ...]
    from_name: str = ""
    to_name: str = ""
    argos_version: str = ""
    size: int | None = None
    sha256: str | None = None

    @property
    def filename(self) -> str:
        return f"{self.code}-{self.package_version}.argosmodel"


def configured_index_url(override: str | None = None) -> str:
    """The index URL in force: an explicit value, else $WORKBENCH_MODEL_INDEX, else Argos' index."""
    return override or os.environ.get(INDEX_URL_ENV, "").strip() or DEFAULT_INDEX_URL


def is_network_failure(exc: BaseException) -> bool:
    """True when no server answered (offline, DNS, refused, unreachable, timed out)."""
    if isinstance(exc, urllib.error.HTTPError):
        return False
    reason = exc.reason if isinstance(exc, urllib.error.URLError) else exc
    if isinstance(reason, (ssl.SSLError, FileNotFoundError, PermissionError)):
        return False  # something answered, or it is a local file: not "offline"
    return isinstance(reason, (socket.gaierror, ConnectionRefusedError, TimeoutError, OSError))


def fetch_index(url: str, ctx: JobContext, timeout: float = 30) -> list[IndexEntry]:
    """Download and parse the index. NetworkUnavailable if unreachable, ModelIndexError if bad."""
    ctx.check()
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            raw = response.read(MAX_INDEX_BYTES + 1)
    except urllib.error.HTTPError as exc:
        raise ModelIndexError(url, f"the server answered HTTP {exc.code} {exc.reason}") from None
    except (urllib.error.URLError, OSError, http.client.HTTPException) as exc:
        if is_network_failure(exc):
            raise NetworkUnavailable(
                f"cannot reach the model index {url} ({_reason(exc)}): "
                "check the network connection or install a model from a file"
            ) from None
        raise ModelIndexError(url, f"download failed ({_reason(exc)})") from None
    except ValueError as exc:  # urllib's "unknown url type"
        raise ModelIndexError(url, f"not a usable URL ({exc})") from None
    ctx.check()
    if len(raw) > MAX_INDEX_BYTES:
        raise ModelIndexError(url, "the index is larger than the size limit")
    return parse_index(raw, url)


def parse_index(raw: bytes, url: str = "") -> list[IndexEntry]:
    """Entries we can use; entries of other types or with unusable fields are skipped."""
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ModelIndexError(url, f"the index is not valid JSON ({exc})") from None
    if not isinstance(data, list):
        raise ModelIndexError(url, "the index is not a JSON array of packages")
    entries = [e for e in (_entry(item) for item in data) if e is not None]
    if data and not entries:
        raise ModelIndexError(url, "the index lists no usable translation package")
    return entries


def find_entry(entries: list[IndexEntry], from_code: str, to_code: str, url: str = "") -> IndexEntry:
    """The package for the pair with the highest version; ModelIndexError if there is none."""
    found = [e for e in entries if (e.from_code, e.to_code) == (from_code, to_code)]
    if not found:
        raise ModelIndexError(url, f"the index has no package for {from_code} -> {to_code}")
    return max(found, key=lambda e: (version_key(e.package_version), e.code))


def _entry(item: object) -> IndexEntry | None:
    if not isinstance(item, dict) or item.get("type", "translate") != "translate":
        return None
    fields = {k: item.get(k) for k in ("from_code", "to_code", "package_version")}
    if not all(isinstance(v, str) and v.strip() for v in fields.values()):
        return None
    code = item.get("code") or f"translate-{fields['from_code']}_{fields['to_code']}"
    if not isinstance(code, str) or not NAME_RE.match(code):
        return None  # it becomes a file name: never trust it blindly
    if not _VERSION_RE.match(fields["package_version"]):
        return None
    links = item.get("links")
    if not isinstance(links, list):
        return None
    links = tuple(u for u in links if isinstance(u, str) and u.startswith(("https://", "http://")))
    if not links:
        return None
    size = item.get("size")
    size = size if isinstance(size, int) and not isinstance(size, bool) and size > 0 else None
    digest = item.get("sha256") or item.get("checksum")
    match = _SHA256_RE.match(digest.strip()) if isinstance(digest, str) else None
    return IndexEntry(
        code=code,
        links=links,
        from_name=str(item.get("from_name", "")),
        to_name=str(item.get("to_name", "")),
        argos_version=str(item.get("argos_version", "")),
        size=size,
        sha256=match.group(1).lower() if match else None,
        **fields,
    )


def _reason(exc: BaseException) -> str:
    reason = getattr(exc, "reason", exc)
    return str(reason) or type(reason).__name__


__all__ = [
    "DEFAULT_INDEX_URL",
    "INDEX_URL_ENV",
    "IndexEntry",
    "ModelIndexError",
    "configured_index_url",
    "fetch_index",
    "find_entry",
    "is_network_failure",
    "parse_index",
]
