"""A LibreTranslate server as an optional, remote engine: only ever used when chosen by name.

LibreTranslate (which runs the same Argos models, often on an office machine with a GPU) takes
`POST /translate` with JSON `{q, source, target, format, api_key}` where `q` may be a list, and
answers `{translatedText: [...]}` (a plain string for a single `q`), or an HTTP error with
`{"error": "..."}`. Paragraphs are sent in batches of `batch_size`; each batch's drafts are
yielded before the next request, so a cancel takes effect between batches.
The URL and key come from the caller (the window's settings) or, for the command line, from
WORKBENCH_LIBRETRANSLATE_URL / WORKBENCH_LIBRETRANSLATE_KEY. Stdlib only (urllib).
"""

from __future__ import annotations

import http.client
import json
import os
import socket
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator, Sequence

from workbench.core.errors import NetworkUnavailable, WorkbenchError
from workbench.core.jobs import JobContext
from workbench.core.model import Draft, Status, TranslationRequest
from workbench.mt.cleanup import clean_translation

URL_ENV = "WORKBENCH_LIBRETRANSLATE_URL"
KEY_ENV = "WORKBENCH_LIBRETRANSLATE_KEY"
DEFAULT_BATCH = 16
_MAX_ANSWER_BYTES = 32 * 1024**2


class RemoteEngineError(WorkbenchError):
    """The server answered but refused or failed the request. `status` is the HTTP status
    (0 when the answer was not LibreTranslate's), `reason` the server's own message."""

    def __init__(self, url: str, status: int, reason: str):
        super().__init__(f"LibreTranslate server {url}: {reason}" + (f" (HTTP {status})" if status else ""))
        self.url = url
        self.status = status
        self.reason = reason


class LibreTranslateEngine:
    """Translates through a LibreTranslate server. Implements workbench.mt.engine.Engine.

    Owned by one thread (the MT lane), though it holds no connection between calls (one HTTP
    request per batch), so it is harmless elsewhere. Never touches the store.
    """

    name = "libretranslate"
    draft_status = Status.MACHINE

    def __init__(self, url: str, api_key: str = "", timeout: float = 30,
                 batch_size: int = DEFAULT_BATCH, source: str = "ar", target: str = "en"):
        url = (url or "").strip()
        parts = urllib.parse.urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise RemoteEngineError(url, 0, "the server address must start with http:// or https://")
        self.url = url.rstrip("/")
        self.model = parts.netloc
        self.api_key = api_key or ""
        self.timeout = timeout
        self.batch_size = max(1, int(batch_size))
        self.source, self.target = source, target

    def translate(self, requests: Sequence[TranslationRequest], ctx: JobContext) -> Iterator[Draft]:
        total = len(requests)
        ctx.progress(0, total)
        done = 0
        for start in range(0, total, self.batch_size):
            ctx.check()
            batch = list(requests[start:start + self.batch_size])
            texts = self._post([r.source for r in batch])
            for request, text in zip(batch, texts):
                yield Draft(request.paragraph_id, clean_translation(text), self.name, self.model,
                            self.draft_status)
            done += len(batch)
            ctx.progress(done, total)

    # -- HTTP --------------------------------------------------------------------------------
    def _post(self, texts: list[str]) -> list[str]:
        body = {"q": texts, "source": self.source, "target": self.target, "format": "text"}
        if self.api_key:
            body["api_key"] = self.api_key
        request = urllib.request.Request(
            self.url + "/translate", data=json.dumps(body, ensure_ascii=False).encode("utf-8"),
            headers={"Content-Type": "application/json", "Accept": "application/json"},
            method="POST")
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                raw = response.read(_MAX_ANSWER_BYTES + 1)
        except urllib.error.HTTPError as exc:
            raise RemoteEngineError(self.url, exc.code, _server_message(exc)) from None
        except (TimeoutError, socket.timeout) as exc:
            raise NetworkUnavailable(self._unreachable(f"no answer within {self.timeout:g} s")) from exc
        except urllib.error.URLError as exc:
            reason = exc.reason
            if isinstance(reason, (TimeoutError, socket.timeout)):
                raise NetworkUnavailable(self._unreachable(f"no answer within {self.timeout:g} s")) from None
            raise NetworkUnavailable(self._unreachable(str(reason) or type(reason).__name__)) from None
        except (OSError, http.client.HTTPException) as exc:
            raise NetworkUnavailable(self._unreachable(str(exc) or type(exc).__name__)) from None
        return self._parse(raw, len(texts))

    def _parse(self, raw: bytes, count: int) -> list[str]:
        if len(raw) > _MAX_ANSWER_BYTES:
            raise RemoteEngineError(self.url, 0, "the answer is too large")
        try:
            answer = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError):
            raise RemoteEngineError(self.url, 0, "the answer is not JSON (is this a LibreTranslate server?)") from None
        if isinstance(answer, dict) and "error" in answer:
            raise RemoteEngineError(self.url, 0, str(answer["error"]))
        texts = answer.get("translatedText") if isinstance(answer, dict) else None
        if isinstance(texts, str) and count == 1:
            texts = [texts]
        if not isinstance(texts, list) or len(texts) != count or not all(isinstance(t, str) for t in texts):
            raise RemoteEngineError(self.url, 0, f"expected {count} translations in 'translatedText'")
        return texts

    def _unreachable(self, why: str) -> str:
        return (f"the LibreTranslate server {self.url} could not be reached ({why}). Check the "
                "address in the preferences and the network, or choose a local model.")


def _server_message(exc: urllib.error.HTTPError) -> str:
    try:
        data = json.loads(exc.read(64 * 1024).decode("utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError, http.client.HTTPException):
        data = None
    if isinstance(data, dict) and data.get("error"):
        return str(data["error"])
    return str(exc.reason or f"HTTP {exc.code}")


def engine_from_settings(url: str | None = None, api_key: str | None = None,
                         **options) -> LibreTranslateEngine:
    """The engine for the given server, or the one named in the environment when `url` is
    empty (the command line). Raises RemoteEngineError when no usable address is set."""
    url = url or os.environ.get(URL_ENV, "")
    if not api_key:
        api_key = os.environ.get(KEY_ENV, "")
    if not url:
        raise RemoteEngineError("", 0, f"no LibreTranslate server is set (preferences, or {URL_ENV})")
    allowed = {k: v for k, v in options.items() if k in ("timeout", "batch_size")}
    return LibreTranslateEngine(url, api_key or "", **allowed)


__all__ = ["KEY_ENV", "URL_ENV", "LibreTranslateEngine", "RemoteEngineError", "engine_from_settings"]
