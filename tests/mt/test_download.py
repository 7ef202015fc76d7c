"""Downloading a package from an Argos-style index served by a real HTTP server on 127.0.0.1.

The server (stdlib ThreadingHTTPServer, port 0, loopback only) serves an index and a package the
tests build; it implements Range requests itself and can drop the connection half way or ignore
ranges. Closed loopback ports stand in for unreachable mirrors. No other address is ever used.
"""

from __future__ import annotations

import hashlib
import json
import re
import socket
import ssl
import urllib.error
import threading
import zipfile
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from tests.fixtures.tiny_model import unpack_package
from workbench.core.errors import Cancelled, NetworkUnavailable
from workbench.core.jobs import JobContext
from workbench.mt import argos_packages
from workbench.mt.download import CHUNK, DownloadFailed, download_and_install, download_package
from workbench.mt.model_index import (
    IndexEntry,
    ModelIndexError,
    fetch_index,
    find_entry,
    is_network_failure,
    parse_index,
)

CODE = "translate-ar_en-dltest"  # never the shared tiny model's code: removing it harms nobody
VERSION = "0.9"  # below the shared model's 1.0, so default_model() never picks this one


class _Handler(BaseHTTPRequestHandler):
    def do_GET(self):  # noqa: N802 (http.server's naming)
        server = self.server
        server.requests.append((self.path, self.headers.get("Range")))
        body = server.files.get(self.path)
        if body is None:
            self.send_error(404)
            return
        start, wanted = 0, self.headers.get("Range")
        if wanted and not server.ignore_range:
            start = int(re.fullmatch(r"bytes=(\d+)-", wanted).group(1))
            if start >= len(body):
                self.send_response(416)
                self.send_header("Content-Range", f"bytes */{len(body)}")
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            self.send_response(206)
            self.send_header("Content-Range", f"bytes {start}-{len(body) - 1}/{len(body)}")
        else:
            self.send_response(200)
        self.send_header("Content-Length", str(len(body) - start))
        self.end_headers()
        payload = body[start:]
        if server.drop_at is not None and self.path.endswith(".argosmodel"):
            cut, server.drop_at = server.drop_at - start, None  # drop once, then behave
            self.wfile.write(payload[:cut])
            self.wfile.flush()
            self.connection.shutdown(socket.SHUT_RDWR)
            return
        try:
            self.wfile.write(payload)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client cancelled: expected in the cancel test

    def log_message(self, *args):
        pass


@pytest.fixture
def serve():
    """serve(files, drop_at=None, ignore_range=False) -> base URL; servers stop after the test."""
    servers = []

    def start(files: dict[str, bytes], drop_at: int | None = None, ignore_range: bool = False) -> str:
        server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
        server.files, server.drop_at, server.ignore_range, server.requests = files, drop_at, ignore_range, []
        threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True).start()
        servers.append(server)
        return f"http://127.0.0.1:{server.server_address[1]}"

    start.servers = servers
    yield start
    for server in servers:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="module")
def package_bytes(tiny_argos_package, tmp_path_factory) -> bytes:
    """The tiny package under CODE/VERSION, as bytes."""
    tmp = tmp_path_factory.mktemp("dl-package")
    folder = unpack_package(tiny_argos_package, tmp)
    meta = json.loads((folder / "metadata.json").read_text())
    meta.update(code=CODE, package_version=VERSION)
    (folder / "metadata.json").write_text(json.dumps(meta))
    out = tmp / "p.argosmodel"
    with zipfile.ZipFile(out, "w") as zf:
        for item in sorted(folder.rglob("*")):
            zf.write(item, f"{CODE}/{item.relative_to(folder).as_posix()}")
    data = out.read_bytes()
    assert len(data) > 4 * CHUNK  # the cancel and drop tests need several chunks
    return data


@pytest.fixture(autouse=True)
def _clean(tmp_path):
    yield
    for model in argos_packages.list_models():
        if model.name == CODE:
            argos_packages.remove_model(CODE)


def closed_port_url() -> str:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}/gone.argosmodel"


def entry(links, data: bytes | None = None, *, size=True, sha256=True) -> IndexEntry:
    return IndexEntry(
        code=CODE, from_code="ar", to_code="en", package_version=VERSION, links=tuple(links),
        size=len(data) if data is not None and size else None,
        sha256=hashlib.sha256(data).hexdigest() if data is not None and sha256 else None,
    )


def index_json(links, data: bytes, **extra) -> bytes:
    rows = [
        {"code": CODE, "from_code": "ar", "to_code": "en", "package_version": "0.1", "links": ["http://127.0.0.1:9/x"]},
        {"code": CODE, "from_code": "ar", "to_code": "en", "package_version": VERSION, "links": links,
         "argos_version": "1.9", "from_name": "Arabic", "to_name": "English", "size": len(data),
         "sha256": hashlib.sha256(data).hexdigest(), **extra},
        {"code": "translate-en_fr", "from_code": "en", "to_code": "fr", "package_version": "2.0", "links": links},
    ]
    return json.dumps(rows).encode()


def test_happy_path_reports_progress_installs_and_cleans_up(serve, package_bytes):
    base = serve({"/p.argosmodel": package_bytes})
    base = serve({"/index.json": index_json([f"{base}/p.argosmodel"], package_bytes),
                  "/p.argosmodel": package_bytes})
    seen = []
    model = download_and_install("ar", "en", JobContext(lambda d, t: seen.append((d, t))), f"{base}/index.json")
    assert (model.name, model.pair, model.version) == (CODE, "ar-en", VERSION)
    assert seen[-1] == (len(package_bytes), len(package_bytes))
    assert [d for d, _ in seen] == sorted(d for d, _ in seen) and len(seen) > 2
    assert CODE in {m.name for m in argos_packages.list_models()}
    from workbench.mt.download import downloads_dir

    assert not list(downloads_dir().glob(f"{CODE}-*"))  # neither .part nor the package is left


def test_connection_dropped_half_way_then_resumed_with_range(serve, package_bytes, tmp_path):
    half = len(package_bytes) // 2
    base = serve({"/p.argosmodel": package_bytes}, drop_at=half)
    item = entry([f"{base}/p.argosmodel"], package_bytes)
    with pytest.raises(DownloadFailed) as failed:
        download_package(item, JobContext(), dest_dir=tmp_path, timeout=5)
    assert failed.value.resumable and "run the download again to resume" in failed.value.message
    part = tmp_path / f"{CODE}-{VERSION}.argosmodel.part"
    assert part.stat().st_size == half

    done = download_package(item, JobContext(), dest_dir=tmp_path, timeout=5)
    assert done.read_bytes() == package_bytes and not part.exists()


def test_resume_uses_range_header(serve, package_bytes, tmp_path):
    base = serve({"/p.argosmodel": package_bytes}, drop_at=3 * CHUNK)
    item = entry([f"{base}/p.argosmodel"], package_bytes, size=False, sha256=False)
    with pytest.raises(DownloadFailed):
        download_package(item, JobContext(), dest_dir=tmp_path, timeout=5)
    seen = []
    done = download_package(item, JobContext(lambda d, t: seen.append(d)), dest_dir=tmp_path, timeout=5)
    assert done.read_bytes() == package_bytes
    assert seen[0] == 3 * CHUNK  # progress starts where the partial file ended
    assert serve.servers[0].requests[-1] == ("/p.argosmodel", f"bytes={3 * CHUNK}-")


def test_server_ignoring_range_restarts_from_zero(serve, package_bytes, tmp_path):
    base = serve({"/p.argosmodel": package_bytes}, ignore_range=True)
    part = tmp_path / f"{CODE}-{VERSION}.argosmodel.part"
    part.write_bytes(b"\xff" * 1000)  # not a prefix of the package: appending would corrupt it
    done = download_package(entry([f"{base}/p.argosmodel"], package_bytes, sha256=False), JobContext(),
                            dest_dir=tmp_path, timeout=5)
    assert done.read_bytes() == package_bytes


def test_complete_part_without_index_size_restarts_after_416(serve, package_bytes, tmp_path):
    base = serve({"/p.argosmodel": package_bytes})
    part = tmp_path / f"{CODE}-{VERSION}.argosmodel.part"
    part.write_bytes(package_bytes + b"extra")
    done = download_package(entry([f"{base}/p.argosmodel"], package_bytes, size=False), JobContext(),
                            dest_dir=tmp_path, timeout=5)
    assert done.read_bytes() == package_bytes


def test_checksum_mismatch_is_refused_and_nothing_installed(serve, package_bytes):
    base = serve({"/p.argosmodel": package_bytes})
    wrong = hashlib.sha256(b"another file").hexdigest()
    base = serve({"/index.json": index_json([f"{base}/p.argosmodel"], package_bytes, sha256=f"sha256:{wrong}"),
                  "/p.argosmodel": package_bytes})
    with pytest.raises(DownloadFailed) as failed:
        download_and_install("ar", "en", JobContext(), f"{base}/index.json", timeout=5)
    assert "checksum mismatch" in failed.value.message and not failed.value.resumable
    assert CODE not in {m.name for m in argos_packages.list_models()}
    from workbench.mt.download import downloads_dir

    assert not list(downloads_dir().glob(f"{CODE}-*"))


def test_size_mismatch_with_index_is_refused(serve, package_bytes, tmp_path):
    base = serve({"/p.argosmodel": package_bytes})
    item = entry([f"{base}/p.argosmodel"], package_bytes + b"x", sha256=False)
    with pytest.raises(DownloadFailed, match="the index says"):
        download_package(item, JobContext(), dest_dir=tmp_path, timeout=5)


def test_dead_first_mirror_then_second_mirror(serve, package_bytes, tmp_path):
    base = serve({"/p.argosmodel": package_bytes})
    missing = f"{base}/missing.argosmodel"  # answers 404
    item = entry([closed_port_url(), missing, f"{base}/p.argosmodel"], package_bytes)
    done = download_package(item, JobContext(), dest_dir=tmp_path, timeout=5)
    assert done.read_bytes() == package_bytes


def test_every_mirror_unreachable_is_network_unavailable(tmp_path):
    urls = [closed_port_url(), closed_port_url()]
    with pytest.raises(NetworkUnavailable) as failed:
        download_package(entry(urls), JobContext(), dest_dir=tmp_path, timeout=5)
    assert all(url in failed.value.message for url in urls)
    assert "install the package from a file" in failed.value.message
    with pytest.raises(NetworkUnavailable, match="cannot reach the model index"):
        download_and_install("ar", "en", JobContext(), closed_port_url(), timeout=5)


def test_cancel_keeps_the_partial_file_for_a_resume(serve, package_bytes, tmp_path):
    base = serve({"/p.argosmodel": package_bytes})
    item = entry([f"{base}/p.argosmodel"], package_bytes)
    ctx = JobContext(lambda done, total: ctx.cancel() if done >= 2 * CHUNK else None)
    with pytest.raises(Cancelled):
        download_package(item, ctx, dest_dir=tmp_path, timeout=5)
    part = tmp_path / f"{CODE}-{VERSION}.argosmodel.part"
    assert part.stat().st_size == 2 * CHUNK
    assert not (tmp_path / f"{CODE}-{VERSION}.argosmodel").exists()
    assert download_package(item, JobContext(), dest_dir=tmp_path, timeout=5).read_bytes() == package_bytes


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        (b"{not json", "not valid JSON"),
        (b'{"code": "x"}', "not a JSON array"),
        (b'[{"code": "../../evil", "from_code": "ar", "to_code": "en", "package_version": "1", '
         b'"links": ["http://127.0.0.1/x"]}]', "no usable translation package"),
    ],
)
def test_bad_index_gives_a_clear_reason(serve, body, reason):
    base = serve({"/index.json": body})
    with pytest.raises(ModelIndexError, match=reason):
        fetch_index(f"{base}/index.json", JobContext(), timeout=5)


def test_index_http_error_and_missing_pair(serve, package_bytes):
    base = serve({"/index.json": index_json(["http://127.0.0.1:9/p"], package_bytes)})
    with pytest.raises(ModelIndexError, match="HTTP 404"):
        fetch_index(f"{base}/nothing.json", JobContext(), timeout=5)
    with pytest.raises(ModelIndexError, match="no package for ar -> de"):
        download_and_install("ar", "de", JobContext(), f"{base}/index.json", timeout=5)


def _cli(monkeypatch):
    """The real command line (`workbench models download ...`)."""
    import workbench.cli as cli

    return cli.main


def test_cli_download_with_index_option(serve, package_bytes, monkeypatch, capsys):
    main = _cli(monkeypatch)
    base = serve({"/p.argosmodel": package_bytes})
    base = serve({"/index.json": index_json([f"{base}/p.argosmodel"], package_bytes)})
    assert main(["models", "download", "ar", "en", "--index", f"{base}/index.json"]) == 0
    out = capsys.readouterr()
    assert f"installed {CODE} (ar-en, version {VERSION})" in out.out
    assert f"{len(package_bytes)}/{len(package_bytes)}" in out.err  # the progress bar's last line


def test_cli_reads_index_setting_from_environment_and_reports_offline(monkeypatch, capsys):
    main = _cli(monkeypatch)
    url = closed_port_url()
    monkeypatch.setenv("WORKBENCH_MODEL_INDEX", url)
    assert main(["models", "download", "ar", "en", "--timeout", "5"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("workbench: error: cannot reach the model index") and url in err


def test_index_parsing_keeps_usable_entries_and_picks_the_highest_version(package_bytes):
    entries = parse_index(index_json(["http://127.0.0.1:9/p"], package_bytes, sha256="SHA256:" + "AB" * 32))
    best = find_entry(entries, "ar", "en")
    assert (best.package_version, best.size, best.sha256) == (VERSION, len(package_bytes), "ab" * 32)
    assert [e.package_version for e in entries if e.from_code == "ar"] == ["0.1", VERSION]
    [no_links] = parse_index(b'[{"from_code": "ar", "to_code": "en", "package_version": "1", "links": []},'
                             b' {"from_code": "ar", "to_code": "en", "package_version": "1", '
                             b'"links": ["ftp://x", "https://h/p"], "size": true, "checksum": "md5"}]')
    assert (no_links.code, no_links.links, no_links.size, no_links.sha256) == ("translate-ar_en", ("https://h/p",), None, None)


def test_offline_classification():
    """DNS failures and refusals mean offline; an answering server (HTTP, TLS) does not."""
    assert is_network_failure(urllib.error.URLError(socket.gaierror(-2, "Name or service not known")))
    assert is_network_failure(urllib.error.URLError(ConnectionRefusedError(111, "refused")))
    assert is_network_failure(TimeoutError("timed out"))
    assert not is_network_failure(urllib.error.HTTPError("http://127.0.0.1/", 503, "busy", {}, None))
    assert not is_network_failure(urllib.error.URLError(ssl.SSLError(1, "certificate verify failed")))
