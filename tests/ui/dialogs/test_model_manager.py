"""The model manager and the first-run banner with real components: the tiny real Argos package,
real installs into the test home's model folder, downloads from a real HTTP server on 127.0.0.1
(loopback only; closed loopback ports stand in for being offline)."""

from __future__ import annotations

import hashlib
import json
import socket
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from tests.ui.conftest import WAIT, open_project
from workbench.core.model import Status
from workbench.mt import argos_packages
from workbench.mt.model_index import DEFAULT_INDEX_URL
from workbench.ui.dialogs.model_manager_dialog import ModelManagerDialog
from workbench.ui.models.installed_models_model import COLUMNS, InstalledModelsModel

NAME = "translate-ar_en"  # the tiny package's code


class _Files(BaseHTTPRequestHandler):
    def do_GET(self):  # noqa: N802 (http.server's naming)
        body = self.server.files.get(self.path)
        if body is None:
            self.send_error(404)
            return
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture
def index_server(tiny_argos_package):
    """An Argos-style index listing the tiny package, and the package, on 127.0.0.1."""
    data = tiny_argos_package.read_bytes()
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Files)
    base = f"http://127.0.0.1:{server.server_address[1]}"
    index = [{"code": NAME, "from_code": "ar", "to_code": "en", "package_version": "1.0",
              "links": [f"{base}/pkg/{NAME}.argosmodel"], "size": len(data),
              "sha256": hashlib.sha256(data).hexdigest()}]
    server.files = {"/index.json": json.dumps(index).encode(), f"/pkg/{NAME}.argosmodel": data}
    threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True).start()
    yield f"{base}/index.json"
    server.shutdown()
    server.server_close()


def closed_port_url() -> str:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]  # nothing listens once the socket is closed
    return f"http://127.0.0.1:{port}/index.json"


@pytest.fixture
def index_setting(settings):
    """The index URL is shared by the session's tests through the INI file: restore it."""
    yield settings
    settings.model_index_url = DEFAULT_INDEX_URL


@pytest.fixture
def dialog(qtbot, index_setting):
    from workbench.ui.tasks import TaskManager

    tasks = TaskManager()
    dlg = ModelManagerDialog(tasks, index_setting)
    qtbot.addWidget(dlg)
    dlg.show()
    yield dlg
    dlg.close()
    tasks.shutdown()


def wait_listed(qtbot, dlg, names) -> None:
    qtbot.waitUntil(lambda: dlg.table_model.names() == names and not dlg.tasks.is_busy("io"),
                    timeout=WAIT)


def test_the_table_model_is_a_well_behaved_qt_model(qtmodeltester, installed_tiny_model):
    model = InstalledModelsModel()
    model.set_models(argos_packages.list_models())
    qtmodeltester.check(model)
    row = model.names().index(NAME)
    cell = lambda column: model.index(row, COLUMNS.index(column)).data()  # noqa: E731
    assert cell("pair") == "ar → en"
    assert cell("kind") == "Argos package"
    assert cell("version") == installed_tiny_model.version
    assert cell("size").strip("\u2066\u2069").endswith(("KB", "MB"))
    assert model.headerData(COLUMNS.index("size"), Qt.Orientation.Horizontal) == "Size on disk"


def test_install_from_file_lists_the_model_and_remove_asks_first(qtbot, dialog, no_model_installed,
                                                                 tiny_argos_package):
    wait_listed(qtbot, dialog, [])
    assert not dialog.remove_button.isEnabled()
    with qtbot.waitSignal(dialog.model_installed, timeout=WAIT) as installed:
        dialog.install(tiny_argos_package)
    assert installed.args[0].startswith(NAME)
    wait_listed(qtbot, dialog, [NAME])
    assert "Installed" in dialog.status.text()

    dialog.table.selectRow(0)
    assert dialog.remove_button.isEnabled()
    box = dialog.remove_selected()
    assert NAME in box.text()
    box.button(QMessageBox.StandardButton.Cancel).click()  # cancelling keeps it
    qtbot.waitUntil(lambda: not dialog.tasks.is_busy("io"), timeout=WAIT)
    assert [m.name for m in argos_packages.list_models()] == [NAME]

    box = dialog.remove_selected()
    with qtbot.waitSignal(dialog.model_removed, timeout=WAIT):
        box.button(QMessageBox.StandardButton.Yes).click()
    wait_listed(qtbot, dialog, [])
    assert argos_packages.list_models() == []


def test_a_broken_file_is_refused_with_its_reason(qtbot, dialog, tmp_path):
    bogus = tmp_path / "broken.argosmodel"
    bogus.write_bytes(b"not a zip at all")
    dialog.install(bogus)
    qtbot.waitUntil(lambda: "Nothing was installed" in dialog.status.text(), timeout=WAIT)
    assert "broken.argosmodel" in dialog.status.text()


def test_download_shows_progress_then_lists_the_model(qtbot, dialog, no_model_installed,
                                                      index_server):
    dialog.settings.model_index_url = index_server
    seen = []
    job = dialog.download()
    assert dialog.progress.isVisibleTo(dialog) and dialog.cancel_button.isVisibleTo(dialog)
    assert not dialog.download_button.isEnabled()
    dialog.progress.valueChanged.connect(seen.append)
    with qtbot.waitSignal(dialog.model_installed, timeout=WAIT):
        pass
    assert job.finished or dialog.download_job is None
    wait_listed(qtbot, dialog, [NAME])
    assert seen and max(seen) == dialog.progress.maximum()  # went to the end
    assert not dialog.progress.isVisibleTo(dialog)
    assert dialog.download_button.isEnabled()


def test_offline_download_says_so_and_the_window_stays_usable(qtbot, window, index_setting,
                                                              no_model_installed, project_path):
    index_setting.model_index_url = closed_port_url()
    window.start(None)
    qtbot.waitUntil(window.banner.isVisible, timeout=WAIT)
    window.banner.download_button.click()  # first run: "Download" from the banner
    dlg = window.models_dialog
    assert dlg is not None and dlg.isVisible() and not dlg.isModal()
    qtbot.waitUntil(lambda: dlg.download_job is None, timeout=WAIT)
    assert "cannot be reached" in dlg.status.text()
    assert "from a file" in dlg.status.text()
    assert window.banner.isVisible()
    # Nothing blocks: a project opens and gets gloss drafts with the dialog still open.
    open_project(qtbot, window, project_path)
    with qtbot.waitSignal(window.translation.finished, timeout=WAIT):
        window.actions.translate_untranslated.trigger()
    assert {p.status for p in window.model.paragraphs()} == {Status.GLOSS}


def test_first_run_download_hides_the_banner_and_the_project_can_choose_the_model(
        qtbot, window, index_setting, no_model_installed, index_server, project_path):
    index_setting.model_index_url = index_server
    window.start(None)
    qtbot.waitUntil(window.banner.isVisible, timeout=WAIT)
    window.banner.download_button.click()
    dlg = window.models_dialog
    qtbot.waitUntil(lambda: not window.banner.isVisible(), timeout=WAIT)
    wait_listed(qtbot, dlg, [NAME])

    dlg.table.selectRow(0)
    assert not dlg.use_button.isEnabled()  # no project open yet
    open_project(qtbot, window, project_path)
    dlg.table.selectRow(0)
    dlg._update_buttons()
    assert dlg.use_button.isEnabled()
    with qtbot.waitSignal(dlg.engine_chosen, timeout=WAIT) as chosen:
        dlg.use_button.click()
    assert chosen.args == [f"argos:{NAME}"]
    assert window.engines.project_engine == f"argos:{NAME}"
    stored = window.tasks.run_and_wait("store", lambda ctx: window.session._require().setting("engine"),
                               timeout=WAIT / 1000)
    assert stored == f"argos:{NAME}"
    with qtbot.waitSignal(window.translation.engine_ready, timeout=WAIT) as ready:
        window.translation.warm_up()
    assert ready.args[0] == "argos"
    window.close()
    argos_packages.remove_model(NAME)  # the shared fixture reinstalls it where needed
