"""A retranslation's draft kept beside a person's text: a machine revision in the paragraph's
history that changes nothing of the paragraph (its text, status, engine, comment), survives a
reopen, and becomes the draft the history compares with."""

from __future__ import annotations

import pytest

from workbench.core.model import Draft, Origin, Status
from workbench.project import pipeline
from workbench.store import ProjectStore

FIRST = "The fisherman went out before dawn."
MINE = "Before daybreak the fisherman set out to sea."
SECOND = "The fisherman left before the dawn."


def _person_rewrote(store: ProjectStore) -> int:
    pid = store.paragraph_ids()[1]
    store.apply_drafts([Draft(pid, FIRST, "argos", "m1")])
    store.save_target(pid, MINE, Status.REVIEWED, author="Salma")
    store.set_comment(pid, "تحقق من الفعل")
    return pid


def test_the_draft_is_a_revision_and_the_paragraph_is_untouched(store):
    pid = _person_rewrote(store)
    before = store.paragraph(pid)
    revision = store.add_draft_revision(pid, SECOND, "argos", "m2")
    assert revision is not None
    assert (revision.text, revision.origin, revision.status, revision.engine, revision.model) == (
        SECOND, Origin.MACHINE, Status.MACHINE, "argos", "m2")
    assert store.paragraph(pid) == before  # text, status, engine, comment, updated_at
    assert [r.text for r in store.revisions(pid)] == [FIRST, MINE, SECOND]
    assert store.machine_draft(pid).text == SECOND


def test_it_survives_a_reopen(project_path):
    with ProjectStore.open(project_path) as store:
        pid = _person_rewrote(store)
        store.add_draft_revision(pid, SECOND, "argos", "m2")
    with ProjectStore.open(project_path) as store:
        assert store.paragraph(pid).target == MINE
        assert store.machine_draft(pid).text == SECOND


def test_the_same_draft_twice_is_kept_once(store):
    pid = _person_rewrote(store)
    assert store.add_draft_revision(pid, SECOND, "argos", "m2") is not None
    assert store.add_draft_revision(pid, SECOND, "argos", "m2") is None
    assert [r.text for r in store.revisions(pid)].count(SECOND) == 1


def test_refusals_write_nothing(store):
    pid = _person_rewrote(store)
    count = len(store.revisions(pid))
    with pytest.raises(ValueError):
        store.add_draft_revision(pid, SECOND, "argos", "m2", Status.EDITED)
    with pytest.raises(KeyError):
        store.add_draft_revision(999_999, SECOND, "argos", "m2")
    assert len(store.revisions(pid)) == count


def test_apply_retranslation_keeps_a_declined_draft_beside_a_persons_text(project_path):
    from workbench.project import Project

    with Project.open(project_path, backup=False) as project:
        ids = project.paragraph_ids()
        person, draft_row = ids[1], ids[2]
        project.apply_drafts([Draft(person, FIRST, "argos", "m1")])
        project.save_target(person, MINE, Status.APPROVED)
        written = pipeline.apply_retranslation(project, [Draft(person, SECOND, "argos", "m2"),
                                                         Draft(draft_row, FIRST, "argos", "m2")])
        assert [p.id for p in written] == [draft_row]  # a draft row is simply overwritten
        para = project.paragraph(person)
        assert (para.target, para.status) == (MINE, Status.APPROVED)
        assert project.machine_draft(person).text == SECOND
        # a draft equal to the person's text adds nothing
        before = len(project.revisions(person))
        pipeline.apply_retranslation(project, [Draft(person, MINE, "argos", "m2")])
        assert len(project.revisions(person)) == before


def test_a_change_of_status_alone_keeps_who_made_the_text(store):
    pid = store.paragraph_ids()[1]
    store.apply_drafts([Draft(pid, FIRST, "argos", "m1")])
    store.add_draft_revision(pid, SECOND, "argos", "m2")  # a newer draft, kept beside the text
    approved = store.set_status(pid, Status.APPROVED)
    assert (approved.target, approved.engine, approved.model) == (FIRST, "argos", "m1")
    mine = store.save_target(pid, MINE, Status.EDITED)
    assert (mine.engine, store.set_status(pid, Status.REVIEWED).engine) == ("", "")  # a person's text


def test_a_persons_edit_names_a_memory_match_and_nothing_else_as_its_origin(store):
    pid = store.paragraph_ids()[0]
    store.save_target(pid, "The fisherman set out at dawn.", origin=Origin.MEMORY)
    assert store.revisions(pid)[-1].origin is Origin.MEMORY
    with pytest.raises(ValueError):
        store.save_target(pid, "A draft in disguise.", origin=Origin.MACHINE)
    assert store.paragraph(pid).target == "The fisherman set out at dawn."
