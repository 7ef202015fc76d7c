"""Translation from the window writes only into the project it was made for, and uses the
glossary exactly as the command line's `workbench translate` does."""

from __future__ import annotations

import shutil
import threading

import pytest

from tests.ui.conftest import WAIT, open_project, wait_saved
from workbench.core.errors import Cancelled
from workbench.core.model import Draft, Status
from workbench.project import Project


@pytest.fixture
def second_project(tmp_path):
    """Project B: other paragraphs under the same ids as the sample project's."""
    doc = tmp_path / "b.txt"
    doc.write_text("\n\n".join(f"هذه فقرة رقم {i} في المشروع الثاني." for i in range(12)),
                   encoding="utf-8")
    path = tmp_path / "b.wbproj"
    with Project.create(path) as project:
        project.import_document(doc)
    return path


def _targets(path):
    with Project.open(path) as project:
        return {p.id: p.target for p in project.paragraphs() if p.target}


class GatedEngine:
    """Ordering only: one draft, then waits for the test, then the rest - ignoring any
    cancellation, like an engine deep inside one long batch call."""

    name, model, draft_status = "gated", "gated-1", Status.MACHINE

    def __init__(self):
        self.first_out = threading.Event()
        self.go_on = threading.Event()

    def translate(self, requests, ctx):
        for n, r in enumerate(requests):
            yield Draft(r.paragraph_id, f"A draft {n}", self.name, self.model)
            if n == 0:
                self.first_out.set()
                self.go_on.wait(WAIT / 1000)


def test_a_batch_of_project_a_never_writes_into_project_b(qtbot, window, project_path,
                                                         second_project):
    engine = GatedEngine()
    open_project(qtbot, window, project_path)
    window.tasks.run_and_wait("mt", lambda ctx: window.translation.translator.use(engine))
    finished = []
    window.translation.finished.connect(lambda written, cancelled: finished.append(cancelled))
    window.translation.translate()
    qtbot.waitUntil(engine.first_out.is_set, timeout=WAIT)
    opened = []
    window.files.open(second_project, success=opened.append)
    qtbot.waitUntil(lambda: bool(opened), timeout=WAIT)  # B is open, A's batch still going
    engine.go_on.set()
    qtbot.waitUntil(lambda: bool(finished), timeout=WAIT)
    wait_saved(qtbot, window)
    assert finished == [True]  # the batch was cancelled by the switch
    assert not [p for p in window.model.paragraphs() if p.target]
    window.close()
    assert _targets(second_project) == {}
    assert set(_targets(project_path).values()) <= {"A draft 0"}  # only what A had before


def test_a_store_job_made_for_the_previous_project_is_skipped(qtbot, window, project_path,
                                                              second_project):
    open_project(qtbot, window, project_path)
    generation_a = window.session.generation
    gate = threading.Event()
    window.session.run(lambda p: gate.wait(WAIT / 1000))  # the store lane is busy
    window.files.open(second_project)
    pid = window.model.paragraph_at(0).id
    outcome = []
    window.session.run(lambda p: p.apply_drafts([Draft(pid, "meant for A", "x", "x-1")]),
                        success=outcome.append, failure=outcome.append,
                        generation=generation_a)
    gate.set()
    qtbot.waitUntil(lambda: bool(outcome), timeout=WAIT)
    from workbench.ui.session import ProjectChanged

    assert isinstance(outcome[0], ProjectChanged) and isinstance(outcome[0], Cancelled)
    assert window.session.generation != generation_a
    window.close()
    assert _targets(second_project) == {}


def test_a_retranslation_asked_in_project_a_is_dropped_when_b_opens(qtbot, window, project_path,
                                                                    second_project):
    open_project(qtbot, window, project_path)
    window.translation.configure_engine("gloss", {})
    gate = threading.Event()
    window.tasks.run("mt", lambda ctx: gate.wait(WAIT / 1000))  # the engine is busy
    window.translation.retranslate(window.model.paragraph_at(0))
    opened = []
    window.files.open(second_project, success=opened.append)
    qtbot.waitUntil(lambda: bool(opened), timeout=WAIT)
    gate.set()
    qtbot.waitUntil(lambda: not window.tasks.is_busy("mt"), timeout=WAIT)
    wait_saved(qtbot, window)
    assert not [p for p in window.model.paragraphs() if p.target]
    window.close()
    assert _targets(second_project) == {}
    assert _targets(project_path) == {}


def test_a_glossary_reapply_for_project_a_is_not_run_on_project_b(qtbot, window, project_path,
                                                                  second_project):
    from workbench.glossary.entries import GlossaryEntry

    with Project.open(second_project) as b:  # B holds a machine draft with a user-scope term
        pid = b.paragraphs()[0].id
        b.apply_drafts([Draft(pid, "This is paragraph number zero.", "m", "m-1")])
    open_project(qtbot, window, project_path)
    gate = threading.Event()
    window.session.run(lambda p: gate.wait(WAIT / 1000))  # the store lane is busy
    # The user adds a term in A's panel, then opens B: the re-apply that follows the stored
    # change would otherwise run on B (the user never asked anything of B).
    window.reading.glossary_panel.entry_added.emit(
        GlossaryEntry("فقرة", "passage", forbidden=("paragraph",), scope="user"))
    opened = []
    window.files.open(second_project, success=opened.append)
    gate.set()
    qtbot.waitUntil(lambda: bool(opened), timeout=WAIT)
    wait_saved(qtbot, window)
    window.close()
    assert _targets(second_project) == {pid: "This is paragraph number zero."}


def _cli_drafts(project_path, tmp_path):
    from workbench.cli import main

    copy = tmp_path / "cli.wbproj"
    shutil.copy(project_path, copy)
    assert main(["translate", str(copy), "--engine", "gloss"]) == 0
    return _targets(copy)


@pytest.fixture
def glossary_project(project_path):
    """The sample project with a term whose forbidden rendering the gloss engine produces."""
    with Project.open(project_path) as project:
        project.add_term("القهوة", "qahwa", forbidden=["coffee"])
    return project_path


def test_translate_all_uses_the_glossary_like_the_command_line(qtbot, window, glossary_project,
                                                              tmp_path):
    cli = _cli_drafts(glossary_project, tmp_path)
    assert any("qahwa" in text for text in cli.values())
    assert not any("coffee" in text.lower() for text in cli.values())
    open_project(qtbot, window, glossary_project)
    window.translation.configure_engine("gloss", {})
    with qtbot.waitSignal(window.translation.finished, timeout=WAIT * 3):
        window.translation.translate()
    wait_saved(qtbot, window)
    assert {p.id: p.target for p in window.model.paragraphs()} == cli
    window.close()
    assert _targets(glossary_project) == cli


def test_retranslate_uses_the_glossary_like_the_command_line(qtbot, window, glossary_project,
                                                            tmp_path):
    cli = _cli_drafts(glossary_project, tmp_path)
    open_project(qtbot, window, glossary_project)
    window.translation.configure_engine("gloss", {})
    coffee = next(p for p in window.model.paragraphs() if "القهوة" in p.source)
    window.translation.retranslate(coffee)
    qtbot.waitUntil(lambda: bool(window.model.paragraph(coffee.id).target), timeout=WAIT)
    wait_saved(qtbot, window)
    assert window.model.paragraph(coffee.id).target == cli[coffee.id]
    assert "qahwa" in cli[coffee.id]
    window.close()
