"""The LibreTranslate engine against a fake server on 127.0.0.1 speaking LibreTranslate's API.

The server (stdlib ThreadingHTTPServer, port 0, loopback only) answers POST /translate the way
LibreTranslate does: `q` a string or a list, `translatedText` of the same shape, errors as
HTTP 4xx/5xx with {"error": ...}. It records every request body. No other address is used.
"""

from __future__ import annotations

import json
import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from workbench.core.errors import Cancelled, NetworkUnavailable
from workbench.core.jobs import JobContext
from workbench.core.model import Status, TranslationRequest
from workbench.mt.engine import Engine
from workbench.mt.libretranslate import (
    KEY_ENV,
    URL_ENV,
    LibreTranslateEngine,
    RemoteEngineError,
    engine_from_settings,
)

ARABIC = ["ذهب الولد إلى السوق صباحاً.", "اشترت البنت كتاباً جديداً.", "المطر غزير اليوم؟",
          "كتب المعلم الدرس على اللوح.", "نام القط تحت الشجرة."]


class _Handler(BaseHTTPRequestHandler):
    def do_POST(self):  # noqa: N802 (http.server's naming)
        server = self.server
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])).decode("utf-8"))
        server.bodies.append(body)
        if server.delay:
            time.sleep(server.delay)
        if server.required_key and body.get("api_key") != server.required_key:
            return self._answer(403, {"error": "Invalid API key"})
        if server.fail:
            return self._answer(500, {"error": server.fail})
        q = body["q"]
        # Fake translation with an artefact the engine must clean: "&apos;" and a doubled "?".
        make = lambda text: f"EN&apos;{len(text)} ??"  # noqa: E731
        translated = [make(t) for t in q] if isinstance(q, list) else make(q)
        if server.string_answer and isinstance(q, list) and len(q) == 1:
            translated = translated[0]
        self._answer(200, {"translatedText": translated})

    def _answer(self, status: int, payload: dict) -> None:
        data = json.dumps(payload).encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        try:
            self.wfile.write(data)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up (timeout test)

    def log_message(self, *args):
        pass


@pytest.fixture
def server():
    srv = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    srv.bodies, srv.delay, srv.required_key, srv.fail = [], 0.0, "", ""
    srv.string_answer = False
    threading.Thread(target=srv.serve_forever, args=(0.05,), daemon=True).start()
    srv.url = f"http://127.0.0.1:{srv.server_address[1]}"
    yield srv
    srv.shutdown()
    srv.server_close()


def requests_for(texts):
    return [TranslationRequest(i + 1, t) for i, t in enumerate(texts)]


def test_batches_paragraphs_and_cleans_the_output(server):
    engine = LibreTranslateEngine(server.url + "/", batch_size=2)
    assert isinstance(engine, Engine)
    progress = []
    drafts = list(engine.translate(requests_for(ARABIC), JobContext(lambda d, t: progress.append((d, t)))))
    assert len(server.bodies) == 3  # 2 + 2 + 1 paragraphs
    assert [len(b["q"]) for b in server.bodies] == [2, 2, 1]
    assert all(b["source"] == "ar" and b["target"] == "en" and b["format"] == "text"
               for b in server.bodies)
    assert "api_key" not in server.bodies[0]
    assert [d.paragraph_id for d in drafts] == [1, 2, 3, 4, 5]
    assert drafts[0].text == f"EN'{len(ARABIC[0])}?"
    assert {(d.engine, d.model, d.status) for d in drafts} == {
        ("libretranslate", f"127.0.0.1:{server.server_address[1]}", Status.MACHINE)}
    assert progress[-1] == (5, 5)


def test_a_single_string_answer_is_accepted(server):
    server.string_answer = True  # some versions answer a one-item list with a plain string
    drafts = list(LibreTranslateEngine(server.url).translate(requests_for(ARABIC[:1]), JobContext()))
    assert len(drafts) == 1 and drafts[0].text.startswith("EN'")


def test_the_api_key_is_sent_and_a_refusal_carries_the_servers_message(server):
    server.required_key = "secret-123"
    with pytest.raises(RemoteEngineError) as refused:
        list(LibreTranslateEngine(server.url, api_key="wrong").translate(requests_for(ARABIC), JobContext()))
    assert refused.value.status == 403 and refused.value.reason == "Invalid API key"
    drafts = list(LibreTranslateEngine(server.url, api_key="secret-123").translate(
        requests_for(ARABIC[:2]), JobContext()))
    assert server.bodies[-1]["api_key"] == "secret-123"
    assert len(drafts) == 2


def test_a_server_error_is_a_typed_error_with_its_message(server):
    server.fail = "Translation model crashed"
    with pytest.raises(RemoteEngineError) as failed:
        list(LibreTranslateEngine(server.url).translate(requests_for(ARABIC), JobContext()))
    assert failed.value.status == 500
    assert "Translation model crashed" in failed.value.message


def test_a_slow_server_times_out_as_network_unavailable(server):
    server.delay = 2.0
    with pytest.raises(NetworkUnavailable) as slow:
        list(LibreTranslateEngine(server.url, timeout=0.3).translate(requests_for(ARABIC), JobContext()))
    assert "could not be reached" in slow.value.message and server.url in slow.value.message


def test_a_closed_port_is_network_unavailable():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]  # closed once the with-block ends: nothing listens
    with pytest.raises(NetworkUnavailable) as closed:
        list(LibreTranslateEngine(f"http://127.0.0.1:{port}").translate(requests_for(ARABIC), JobContext()))
    assert f"127.0.0.1:{port}" in closed.value.message


def test_cancel_between_batches_stops_before_the_next_request(server):
    ctx = JobContext()
    engine = LibreTranslateEngine(server.url, batch_size=2)
    got = []
    with pytest.raises(Cancelled):
        for draft in engine.translate(requests_for(ARABIC), ctx):
            got.append(draft)
            ctx.cancel()
    assert len(got) == 2  # the whole first batch was delivered
    assert len(server.bodies) == 1


def test_a_non_libretranslate_answer_is_refused(server):
    class NotJson(_Handler):
        def do_POST(self):  # noqa: N802
            self.rfile.read(int(self.headers["Content-Length"]))
            self.send_response(200)
            self.send_header("Content-Length", "5")
            self.end_headers()
            self.wfile.write(b"hello")

    server.RequestHandlerClass = NotJson
    with pytest.raises(RemoteEngineError, match="not JSON"):
        list(LibreTranslateEngine(server.url).translate(requests_for(ARABIC[:1]), JobContext()))


def test_settings_or_environment_choose_the_server(server, monkeypatch):
    monkeypatch.delenv(URL_ENV, raising=False)
    monkeypatch.delenv(KEY_ENV, raising=False)
    with pytest.raises(RemoteEngineError, match=URL_ENV):
        engine_from_settings("", "")
    with pytest.raises(RemoteEngineError, match="http"):
        engine_from_settings("ftp://example.invalid")
    monkeypatch.setenv(URL_ENV, server.url)
    monkeypatch.setenv(KEY_ENV, "k-env")
    engine = engine_from_settings()
    assert engine.url == server.url and engine.api_key == "k-env"
    explicit = engine_from_settings(server.url + "/x", "k-set", batch_size=3, beam_size=4)
    assert (explicit.url, explicit.api_key, explicit.batch_size) == (server.url + "/x", "k-set", 3)


def test_workbench_translate_uses_a_libretranslate_server_only_when_chosen(server, tmp_path, monkeypatch):
    from workbench.cli import main
    from workbench.project import Project

    monkeypatch.setenv(URL_ENV, server.url)
    doc = tmp_path / "doc.txt"
    doc.write_text("\n".join(ARABIC[:3]) + "\n", encoding="utf-8")
    project = tmp_path / "remote.wbproj"
    assert main(["new", str(project)]) == 0 and main(["import", str(doc), "-p", str(project)]) == 0
    assert main(["translate", str(project), "--engine", "gloss"]) == 0
    assert server.bodies == []  # set in the environment, but never used unless chosen
    assert main(["translate", str(project), "--engine", "libretranslate"]) == 0
    assert len(server.bodies) == 1
    with Project.open(project) as opened:
        assert {p.engine for p in opened.paragraphs()} == {"libretranslate"}
