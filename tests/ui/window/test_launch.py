"""`workbench gui PATH` with a document: the project beside it that holds it, or a new one there
(or in the projects folder) into which it is imported; a missing path is a message; the icon."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.ui.conftest import WAIT
from tests.ui.sample_text import arabic_document
from workbench import paths
from workbench.project import Project
from workbench.project.launch import plan_for_document


@pytest.fixture
def report(tmp_path) -> Path:
    folder = tmp_path / "docs"
    folder.mkdir()
    path = folder / "تقرير.md"
    path.write_text(arabic_document(6), encoding="utf-8")
    return path


def _project_with(path: Path, *documents: Path) -> None:
    with Project.create(path) as project:
        for document in documents:
            project.import_document(document)


# -- the plan (store-lane function, no window) ----------------------------------------------
def test_a_new_document_gets_a_project_beside_it(report):
    plan = plan_for_document(report)
    assert plan.project == report.with_suffix(".wbproj")
    assert plan.create and plan.import_needed


def test_a_project_that_holds_the_document_is_reused(report):
    _project_with(report.with_suffix(".wbproj"), report)
    plan = plan_for_document(report)
    assert plan.project == report.with_suffix(".wbproj")
    assert not plan.create and not plan.import_needed


def test_a_file_of_that_name_that_is_not_ours_is_left_alone(report, tmp_path):
    other = tmp_path / "other.txt"
    other.write_text("نص آخر لا علاقة له بالتقرير.\n", encoding="utf-8")
    _project_with(report.with_suffix(".wbproj"), other)  # someone else's project
    junk = report.parent / "تقرير-2.wbproj"
    junk.write_bytes(b"not a project at all")
    plan = plan_for_document(report)
    assert plan.project == report.parent / "تقرير-3.wbproj" and plan.create
    assert junk.read_bytes() == b"not a project at all"


def test_an_empty_project_left_by_a_failed_import_is_used_again(report):
    _project_with(report.with_suffix(".wbproj"))
    plan = plan_for_document(report)
    assert plan.project == report.with_suffix(".wbproj")
    assert not plan.create and plan.import_needed


def _read_only_folder(tmp_path) -> Path:
    folder = tmp_path / "cdrom"
    folder.mkdir()
    folder.chmod(0o555)
    if not os.access(folder, os.W_OK):
        return folder
    folder.chmod(0o755)
    for candidate in (Path("/proc/sys/kernel"),):  # root writes anywhere but on read-only mounts
        if candidate.is_dir() and not os.access(candidate, os.W_OK):
            return candidate
    pytest.skip("no read-only folder available to this user")


def test_a_document_in_a_read_only_folder_gets_its_project_in_the_projects_folder(tmp_path):
    folder = _read_only_folder(tmp_path)
    plan = plan_for_document(folder / "تقرير.docx")
    assert plan.project == paths.projects_dir() / "تقرير.wbproj"


# -- in the window --------------------------------------------------------------------------
def test_opening_a_document_creates_its_project_and_opening_it_again_reuses_it(
        qtbot, window, report, settings):
    from workbench.ui.main_window import MainWindow

    window.start(report)
    qtbot.waitUntil(lambda: window.model.rowCount() == 6, timeout=WAIT)
    assert window.session.path == report.with_suffix(".wbproj")
    window.close()
    again = MainWindow(settings)
    qtbot.addWidget(again)
    again.files.open_path(report)
    qtbot.waitUntil(lambda: again.session.is_open and again.model.rowCount() > 0, timeout=WAIT)
    assert again.session.path == report.with_suffix(".wbproj")
    assert again.model.rowCount() == 6  # opened, not imported a second time
    again.close()
    with Project.open(report.with_suffix(".wbproj")) as project:
        assert [d.name for d in project.documents()] == [report.name]


def test_a_path_that_does_not_exist_is_a_message(qtbot, window, tmp_path):
    missing = tmp_path / "nowhere" / "report.docx"
    window.start(missing)
    qtbot.waitUntil(lambda: window.last_message_box is not None, timeout=WAIT)
    box = window.last_message_box
    assert box.windowTitle() == "File not found"
    assert str(missing) in box.text() and "does not exist" in box.text()
    assert not window.session.is_open and not missing.parent.exists()


def test_a_project_path_opens_directly(qtbot, window, project_path):
    window.files.open_path(project_path)
    qtbot.waitUntil(lambda: window.model.rowCount() == 12, timeout=WAIT)
    assert window.session.path == project_path


def test_the_documents_project_open_elsewhere_gets_the_clear_message(qtbot, window, report):
    _project_with(report.with_suffix(".wbproj"), report)
    with Project.open(report.with_suffix(".wbproj")):
        window.files.open_path(report)
        qtbot.waitUntil(lambda: window.last_message_box is not None, timeout=WAIT)
    assert window.last_message_box.windowTitle() == "Project open elsewhere"
    assert not (report.parent / "تقرير-2.wbproj").exists()


def test_a_failed_import_is_told_and_the_next_try_uses_the_same_project(qtbot, window, settings,
                                                                        tmp_path):
    from workbench.ui.main_window import MainWindow

    empty = tmp_path / "فارغ.txt"
    empty.write_text("", encoding="utf-8")
    window.files.open_path(empty)
    qtbot.waitUntil(lambda: window.last_message_box is not None, timeout=WAIT)
    assert window.last_message_box.windowTitle() == "Could not import"
    window.close()
    empty.write_text("صار في الملف نص الآن.\n", encoding="utf-8")
    again = MainWindow(settings)
    qtbot.addWidget(again)
    again.files.open_path(empty)
    qtbot.waitUntil(lambda: again.model.rowCount() == 1, timeout=WAIT)
    assert again.session.path == empty.with_suffix(".wbproj")
    again.close()
    assert sorted(p.name for p in tmp_path.glob("*.wbproj")) == ["فارغ.wbproj"]


# -- the application ------------------------------------------------------------------------
def test_the_application_has_its_desktop_name_and_every_icon_size(qapp):
    from workbench.ui.app import DESKTOP_FILE_NAME, configure_application

    configure_application(qapp)
    assert qapp.desktopFileName() == DESKTOP_FILE_NAME == "io.github.arabicworkbench.Workbench"
    desktop = Path(__file__).resolve().parents[3] / "packaging" / "linux" / f"{DESKTOP_FILE_NAME}.desktop"
    assert desktop.is_file()  # the name matches the launcher file that is installed
    sizes = {size.width() for size in qapp.windowIcon().availableSizes()}
    assert sizes == {16, 24, 32, 48, 64, 128, 256, 512}
