"""The window and the command line run one pipeline (project.pipeline): the same project,
translated or re-drafted for a changed glossary by either, ends with the same drafts. Real tiny
CTranslate2 model, real project files, the real window offscreen."""

from __future__ import annotations

import re
import shutil

import pytest

from tests.ui.conftest import WAIT, open_project, wait_saved
from workbench.cli import main as cli
from workbench.core.model import Status
from workbench.glossary.entries import GlossaryEntry
from workbench.project import Project

_LATIN_WORD = re.compile(r"\b[A-Za-z]{3,}\b")
_ARABIC_WORD = re.compile(r"[\u0621-\u064a]{4,}")


def _drafts(path) -> dict[int, tuple[str, str]]:
    with Project.open(path, backup=False) as project:
        return {p.id: (p.status.value, p.target) for p in project.paragraphs()}


def _translate_in_window(qtbot, window, path) -> None:
    open_project(qtbot, window, path)
    window.translation.configure_engine("argos", {})
    with qtbot.waitSignal(window.translation.finished, timeout=WAIT * 3):
        window.translation.translate()
    wait_saved(qtbot, window)


@pytest.fixture
def term_project(project_path):
    with Project.open(project_path, backup=False) as project:
        source = project.paragraphs()[2].source
        project.add_term(_ARABIC_WORD.findall(source)[0], "Zanzibar")
    return project_path


def test_translate_all_in_the_window_equals_workbench_translate(
        qtbot, window, installed_tiny_model, term_project, tmp_path):
    by_cli = tmp_path / "cli.wbproj"
    shutil.copy(term_project, by_cli)
    assert cli(["translate", str(by_cli), "--engine", "argos"]) == 0
    _translate_in_window(qtbot, window, term_project)
    window.close()
    expected = _drafts(by_cli)
    assert sum(status == Status.MACHINE.value for status, _ in expected.values()) >= 10
    assert _drafts(term_project) == expected


def _forbidden_word(path) -> tuple[str, str]:
    """An Arabic word of a machine-drafted paragraph and a Latin word of its draft: a term
    whose forbidden rendering is that word makes re-applying rewrite the draft for sure."""
    with Project.open(path, backup=False) as project:
        for p in project.paragraphs():
            latin, arabic = _LATIN_WORD.findall(p.target), _ARABIC_WORD.findall(p.source)
            if p.status is Status.MACHINE and latin and arabic:
                return arabic[-1], latin[0]
    raise AssertionError("no machine draft with a Latin word")


TERM = "مجلس الوزراء"


@pytest.fixture
def council_project(tmp_path, document):
    """The sample text plus the term as a heading of its own: re-applying can then only find
    the model's rendering of that heading by asking the model how it renders the term."""
    heading = tmp_path / "heading.md"
    heading.write_text(f"# {TERM}\n\nاجتمع {TERM} أمس في العاصمة وناقش الميزانية.\n", encoding="utf-8")
    path = tmp_path / "council.wbproj"
    with Project.create(path) as project:
        project.import_document(document)
        project.import_document(heading)
    return path


def test_a_glossary_change_in_the_window_re_applies_like_workbench_glossary_reapply(
        qtbot, window, installed_tiny_model, council_project, tmp_path):
    project_path = council_project
    assert cli(["translate", str(project_path), "--engine", "argos"]) == 0
    by_cli = tmp_path / "cli.wbproj"
    shutil.copy(project_path, by_cli)
    arabic, forbidden = _forbidden_word(project_path)

    # the command line: add the terms, then re-apply with the model asked for its renderings
    assert cli(["glossary", "add", arabic, "Zanzibar", "--forbid", forbidden, "-p", str(by_cli)]) == 0
    assert cli(["glossary", "add", TERM, "Council", "-p", str(by_cli)]) == 0
    assert cli(["glossary", "reapply", "-p", str(by_cli), "--engine", "argos"]) == 0
    expected = _drafts(by_cli)

    # the window: the same term added through the glossary panel; the docks re-apply it
    open_project(qtbot, window, project_path)
    window.translation.configure_engine("argos", {})
    for entry in (GlossaryEntry(arabic, "Zanzibar", forbidden=(forbidden,)), GlossaryEntry(TERM, "Council")):
        with qtbot.waitSignal(window.reading.glossary_changed, timeout=WAIT * 3):
            window.reading.glossary_panel.entry_added.emit(entry)
    wait_saved(qtbot, window)
    shown = {p.id: (p.status.value, p.target) for p in window.model.paragraphs()}
    window.close()

    assert any("Zanzibar" in target for _, target in expected.values())  # it did rewrite
    with Project.open(by_cli, backup=False) as project:
        heading = next(p for p in project.paragraphs() if p.source == TERM)
        assert heading.target == "Council"  # found only through the model's own rendering
    assert _drafts(project_path) == expected
    assert shown == expected  # and the grid shows what was stored
