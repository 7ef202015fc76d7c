"""Projects and files from the window: open, locked, new, import, export, recent."""

from __future__ import annotations

from pathlib import Path

from tests.ui.conftest import WAIT, open_project
from workbench.project import Project


def test_a_project_open_elsewhere_gets_the_clear_message(qtbot, window, project_path):
    with Project.open(project_path):  # another "window" holds it
        before = project_path.read_bytes()
        window.files.open(project_path)
        qtbot.waitUntil(lambda: window.last_message_box is not None, timeout=WAIT)
        assert project_path.read_bytes() == before
    box = window.last_message_box
    assert box.windowTitle() == "Project open elsewhere"
    assert "is open in another window or program" in box.text()
    assert project_path.name in box.text()
    assert not window.session.is_open
    assert window.model.rowCount() == 0


def test_a_file_that_is_not_a_project_is_refused(qtbot, window, tmp_path):
    junk = tmp_path / "junk.wbproj"
    junk.write_bytes(b"hello, not sqlite" * 100)
    window.files.open(junk)
    qtbot.waitUntil(lambda: window.last_message_box is not None, timeout=WAIT)
    assert "is not a workbench project" in window.last_message_box.text()
    assert junk.read_bytes() == b"hello, not sqlite" * 100


def test_new_project_then_import_and_recent(qtbot, window, tmp_path, document, settings):
    path = tmp_path / "fresh"
    window.files.create(path)
    qtbot.waitUntil(lambda: window.session.is_open, timeout=WAIT)
    assert window.session.path == path.with_suffix(".wbproj")
    assert window.model.rowCount() == 0
    window.files.import_document(document)
    qtbot.waitUntil(lambda: window.model.rowCount() == 12, timeout=WAIT)
    assert settings.recent_projects[0] == str(path.with_suffix(".wbproj"))


def test_importing_with_no_project_open_creates_one(qtbot, window, document):
    from workbench import paths

    window.files.import_document(document)
    qtbot.waitUntil(lambda: window.model.rowCount() == 12, timeout=WAIT)
    assert window.session.path.parent == paths.projects_dir()
    assert window.session.path.stem.startswith("مقالة")


def test_a_refused_document_leaves_the_project_unchanged(qtbot, window, project_path, tmp_path):
    open_project(qtbot, window, project_path)
    bad = tmp_path / "renamed.docx"
    bad.write_bytes(b"this is not a zip archive")
    window.files.import_document(bad)
    qtbot.waitUntil(lambda: window.last_message_box is not None, timeout=WAIT)
    assert window.last_message_box.windowTitle() == "Could not import"
    assert window.model.rowCount() == 12


def test_export_writes_the_chosen_format(qtbot, window, project_path, tmp_path):
    open_project(qtbot, window, project_path)
    window.editing.edit(window.model.paragraph_at(0).id, "The student went to the library.")
    out = tmp_path / "out.md"
    with qtbot.waitSignal(window.files.message, timeout=WAIT):
        window.files.export(out, "md", "blocks")
    text = out.read_text(encoding="utf-8")
    assert "The student went to the library." in text
    assert "ذهب الطالب" in text


def test_export_dialog_lists_every_format_and_layout(qtbot, tmp_path):
    from workbench.formats.exporters import FORMATS
    from workbench.ui.dialogs.export_dialog import ExportDialog

    dialog = ExportDialog(tmp_path / "book")
    qtbot.addWidget(dialog)
    assert dialog.kind.count() == sum(len(f.layouts) for f in FORMATS.values())
    dialog.select("docx", "alternate")
    out, fmt, layout = dialog.choice()
    assert (fmt, layout) == ("docx", "alternate") and out.suffix == ".docx"


def test_closing_the_window_releases_the_project(qtbot, window, project_path):
    open_project(qtbot, window, project_path)
    window.close()
    with Project.open(project_path) as project:  # would raise ProjectLocked otherwise
        assert project.paragraph_count() == 12


def test_gui_command_is_registered():
    from workbench.__main__ import register_gui
    from workbench.cli import build_parser

    args = build_parser([register_gui]).parse_args(["gui", "some.wbproj"])
    assert args.project == Path("some.wbproj")
    assert args.func.__module__ == "workbench.__main__"


def test_a_long_project_loads_page_by_page_and_edits_meanwhile_are_kept(qtbot, window, tmp_path):
    from tests.ui.conftest import wait_saved
    from tests.ui.sample_text import arabic_document
    from workbench.ui.session import FIRST_PAGE

    doc = tmp_path / "book.md"
    doc.write_text(arabic_document(FIRST_PAGE * 2 + 50), encoding="utf-8")
    path = tmp_path / "book.wbproj"
    with Project.create(path) as project:
        project.import_document(doc)
        total = project.paragraph_count()
    window.files.open(path)
    qtbot.waitUntil(lambda: window.model.rowCount() >= FIRST_PAGE, timeout=WAIT)
    window.editing.edit(window.model.paragraph_at(5).id, "Typed while the rest loads.")
    qtbot.waitUntil(lambda: not window.loading, timeout=WAIT)
    assert window.model.rowCount() == total
    assert [p.position for p in window.model.paragraphs()] == list(range(total))
    wait_saved(qtbot, window)
    window.editing.edit(window.model.paragraph_at(total - 1).id, "The last one.")
    wait_saved(qtbot, window)
    window.close()
    with Project.open(path) as project:
        rows = project.paragraphs()
        assert rows[5].target == "Typed while the rest loads."
        assert rows[-1].target == "The last one."


def test_opening_in_the_window_backs_the_project_up_after_the_first_rows(qtbot, window, project_path):
    from workbench.project.backups import list_backups

    assert list_backups(project_path) == []
    open_project(qtbot, window, project_path)
    qtbot.waitUntil(lambda: len(list_backups(project_path)) == 1, timeout=WAIT)
    with Project.open(list_backups(project_path)[0], backup=False) as copy:
        assert copy.paragraph_count() == window.model.rowCount()
