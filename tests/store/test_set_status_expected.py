"""set_status as compare-and-set: a mark lands only on the text the person saw."""

from __future__ import annotations

import pytest

from workbench.core.errors import StaleEdit, WorkbenchError
from workbench.core.model import Draft, Status
from workbench.project import Project
from workbench.store import ProjectStore


def test_mark_refused_when_a_newer_draft_replaced_the_seen_text(store):
    pid = store.paragraph_ids()[2]
    store.apply_drafts([Draft(pid, "The draft the translator read.", "ct2", "m1")])
    store.apply_drafts([Draft(pid, "A later draft nobody read.", "ct2", "m2")])
    before = store.revisions(pid)
    with pytest.raises(StaleEdit) as caught:
        store.set_status(pid, Status.EDITED, expected_target="The draft the translator read.")
    assert isinstance(caught.value, WorkbenchError)
    assert caught.value.paragraph_id == pid
    assert caught.value.current == "A later draft nobody read."
    store.close()
    with ProjectStore.open(store.path) as reopened:  # what the file holds, not a cache
        para = reopened.paragraph(pid)
        assert (para.target, para.status) == ("A later draft nobody read.", Status.MACHINE)
        assert reopened.revisions(pid) == before


def test_mark_written_when_the_seen_text_is_still_stored(store):
    pid = store.paragraph_ids()[2]
    store.apply_drafts([Draft(pid, "The draft the translator read.", "ct2", "m1")])
    para = store.set_status(pid, Status.EDITED, expected_target="The draft the translator read.")
    assert (para.target, para.status) == ("The draft the translator read.", Status.EDITED)
    assert store.paragraph(pid).status is Status.EDITED


def test_without_expected_text_the_mark_is_unconditional(store):
    pid = store.paragraph_ids()[2]
    store.apply_drafts([Draft(pid, "Some draft.", "ct2", "m1")])
    assert store.set_status(pid, Status.REVIEWED).status is Status.REVIEWED


def test_project_passes_the_expected_text_through(project_path):
    with Project.open(project_path) as project:
        pid = project.paragraphs()[2].id
        project.apply_drafts([Draft(pid, "Newer draft.", "ct2", "m1")])
        with pytest.raises(StaleEdit):
            project.set_status(pid, Status.EDITED, expected_target="")
        assert project.paragraph(pid).status is Status.MACHINE
        assert project.set_status(pid, Status.EDITED, "Newer draft.").status is Status.EDITED
