"""DraftWriter: drafts put from another thread (as the mt lane does) are written by the store
lane, every written row reaches the GUI thread before `drained`, and drafts made for a project
that is no longer open are dropped. Real window lanes, real project files, real gloss drafts."""

from __future__ import annotations

import threading

from tests.ui.conftest import WAIT, open_project
from workbench.core.jobs import JobContext
from workbench.core.model import Status, TranslationRequest
from workbench.mt.gloss import GlossEngine
from workbench.project import Project
from workbench.ui.draft_writer import DraftWriter
from workbench.ui.session import ProjectChanged


def _gloss_drafts(window):
    rows = [p for p in window.model.paragraphs() if p.translatable]
    return list(GlossEngine().translate([TranslationRequest(p.id, p.source) for p in rows], JobContext()))


def test_drafts_put_from_a_worker_thread_are_all_written_before_drained(qtbot, window, project_path):
    open_project(qtbot, window, project_path)
    drafts = _gloss_drafts(window)
    written, failures, drained = [], [], []
    writer = DraftWriter(window.session, window.session.generation, written.extend, failures.append,
                         lambda: drained.append(len(written)), group=3)

    def produce():  # like the mt lane: groups of one or two, as fast as they come
        for start in range(0, len(drafts), 2):
            writer.put(drafts[start:start + 2])

    worker = threading.Thread(target=produce)
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: writer.idle and bool(drained), timeout=WAIT)
    assert failures == []
    assert sorted(p.id for p in written) == sorted(d.paragraph_id for d in drafts)
    assert drained[-1] == len(drafts)  # every written row was delivered before `drained`
    assert all(p.status is Status.GLOSS for p in written)
    window.close()
    with Project.open(project_path, backup=False) as project:
        assert {p.id for p in project.paragraphs() if p.status is Status.GLOSS} == {d.paragraph_id for d in drafts}


def test_drafts_for_a_closed_project_are_dropped(qtbot, window, project_path, tmp_path):
    open_project(qtbot, window, project_path)
    drafts = _gloss_drafts(window)
    generation = window.session.generation
    other = tmp_path / "other.wbproj"
    Project.create(other).close()
    open_project(qtbot, window, other)  # another project is open before the drafts come
    written, failures = [], []
    writer = DraftWriter(window.session, generation, written.extend, failures.append, lambda: None)
    writer.put(drafts)
    qtbot.waitUntil(lambda: writer.idle, timeout=WAIT)
    writer.put(drafts)  # refused after the failure: nothing more is sent to the store
    assert writer.idle
    assert written == [] and len(failures) == 1 and isinstance(failures[0], ProjectChanged)
    window.close()
    with Project.open(project_path, backup=False) as project:
        assert all(p.status is Status.UNTRANSLATED for p in project.paragraphs() if p.translatable)
