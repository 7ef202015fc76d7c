"""Drafts of a batch reach the grid coalesced: many written groups, one model update.

Real gloss drafts of a few hundred paragraphs, written by the window's own store lane into a
real project file; only the moment they are offered to the grid is chosen by the test, so
"arriving within one interval" does not depend on the machine's speed.
"""

from __future__ import annotations

import pytest

from tests.ui.conftest import WAIT, open_project, wait_saved
from tests.ui.sample_text import arabic_document
from workbench.core.jobs import JobContext
from workbench.core.model import Status, TranslationRequest
from workbench.project import Project
from workbench.mt.gloss import GlossEngine
from workbench.ui.models.paragraph_model import TARGET

COUNT = 300


@pytest.fixture
def big_project(tmp_path):
    doc = tmp_path / "long.md"
    doc.write_text(arabic_document(COUNT), encoding="utf-8")
    path = tmp_path / "long.wbproj"
    with Project.create(path) as project:
        project.import_document(doc)
    return path


def _written_groups(qtbot, window, size=32):
    """Gloss drafts of every paragraph, written by the store lane in groups of `size` (as a
    batch writes them); returns the groups of stored paragraphs, none shown yet."""
    rows = window.model.paragraphs()
    wanted = [TranslationRequest(p.id, p.source) for p in rows if p.translatable]
    drafts = list(GlossEngine().translate(wanted, JobContext()))
    groups: list[list] = []
    for start in range(0, len(drafts), size):
        chunk = drafts[start:start + size]
        window.session.run(lambda p, c=chunk: p.apply_drafts(c), success=groups.append)
    qtbot.waitUntil(lambda: sum(map(len, groups)) == len(drafts), timeout=WAIT * 3)
    return groups


def _count_changes(model):
    changes: list[tuple[int, int]] = []
    model.dataChanged.connect(lambda top, bottom, roles=(): changes.append((top.row(),
                                                                            bottom.row())))
    return changes


def test_groups_arriving_within_one_interval_make_one_model_update(qtbot, window, big_project):
    open_project(qtbot, window, big_project)
    qtbot.waitUntil(lambda: not window.loading, timeout=WAIT)
    groups = _written_groups(qtbot, window)
    assert len(groups) >= 9
    changes = _count_changes(window.model)
    for group in groups:  # every store result of a fast batch, back to back
        window.editing.offer_soon(group)
    assert changes == []  # nothing was applied one group at a time
    qtbot.waitUntil(lambda: bool(changes), timeout=WAIT)
    qtbot.wait(50)
    assert changes == [(0, COUNT - 1)]  # one update, one contiguous run
    assert {p.status for p in window.model.paragraphs()} == {Status.GLOSS}


def test_a_waiting_draft_never_replaces_an_open_editor_or_the_users_edit(qtbot, window,
                                                                          big_project):
    open_project(qtbot, window, big_project)
    qtbot.waitUntil(lambda: not window.loading, timeout=WAIT)
    groups = _written_groups(qtbot, window)
    edited_id, open_id = window.model.paragraph_at(2).id, window.model.paragraph_at(5).id
    window.view.go_to_row(5)
    window.view.edit(window.proxy.index(5, TARGET))
    assert window.view.target_delegate.editing_paragraph_id() == open_id
    for group in groups:
        window.editing.offer_soon(group)
    window.editing.edit(edited_id, "My own words.")  # typed after the draft was written
    wait_saved(qtbot, window)  # its save returned before the waiting drafts are shown
    window.editing.flush_offers()
    assert window.model.paragraph(edited_id).target == "My own words."
    assert window.model.paragraph(open_id).target == ""  # held while its editor is open
    assert window.model.paragraph_at(6).status is Status.GLOSS
    window.view.target_delegate.commit_and_close()  # unchanged: the held draft is shown
    assert window.model.paragraph(open_id).status is Status.GLOSS
    assert window.model.paragraph(edited_id).target == "My own words."
    window.close()
    with Project.open(big_project) as project:
        assert project.paragraph(edited_id).target == "My own words."


def test_translate_all_with_the_gloss_engine_is_shown_in_few_updates(qtbot, window, big_project,
                                                                     no_model_installed):
    # No model installed: "Translate all" uses the gloss engine.
    open_project(qtbot, window, big_project)
    qtbot.waitUntil(lambda: not window.loading, timeout=WAIT)
    changes = _count_changes(window.model)
    progress: list[tuple[int, int]] = []
    window.translation.progressed.connect(lambda done, total: progress.append((done, total)))
    shown_at_finish = []
    window.translation.finished.connect(
        lambda written, cancelled: shown_at_finish.append(
            (written, {p.status for p in window.model.paragraphs()})))
    with qtbot.waitSignal(window.translation.finished, timeout=WAIT * 3):
        window.actions.translate_all.trigger()
    assert shown_at_finish == [(COUNT, {Status.GLOSS})]  # every row shown before `finished`
    assert progress[-1] == (COUNT, COUNT)
    # One dataChanged per draft group was the old behaviour; coalesced, a fast engine's 300
    # drafts land in far fewer updates (the exact number follows the machine's speed).
    assert 0 < len(changes) < COUNT // 4
