"""What review mode compares (project.review): the translator's text against the reviewer's,
pending until accepted or rejected; real project files, the store's own review write."""

from __future__ import annotations

import pytest

from workbench.core.model import Status
from workbench.project import Project
from workbench.project.review import accept_plan, pending_reviews, reject_plan, review_state


@pytest.fixture
def project(tmp_path):
    doc = tmp_path / "a.txt"
    doc.write_text("وصل الوفد إلى العاصمة مساء أمس.\n\nوبدأت المحادثات صباح اليوم.\n", encoding="utf-8")
    with Project.create(tmp_path / "p.wbproj") as opened:
        opened.propagate_repeats = False
        opened.import_document(doc)
        opened.apply_drafts([])  # nothing: the paragraphs start untranslated
        yield opened


def _state(project, pid):
    return review_state(project.paragraph(pid), project.revisions(pid))


def test_a_merged_review_is_pending_against_the_translator_s_text(project):
    first, second = project.paragraph_ids()
    project.save_target(first, "The delegation arrived in the capital last night.", author="Huda")
    own = _state(project, first)  # the translator's text against what was there (nothing)
    assert (own.baseline, own.reviewer, own.pending) == ("", "Huda", False)
    project._store.apply_review([(first, project.paragraph(first).target, Status.EDITED,
                                  "The delegation reached the capital yesterday evening.",
                                  Status.REVIEWED, "Samira")])
    state = _state(project, first)
    assert (state.baseline, state.baseline_author) == (
        "The delegation arrived in the capital last night.", "Huda")
    assert state.proposal == "The delegation reached the capital yesterday evening."
    assert (state.reviewer, state.pending, state.conflict) == ("Samira", True, False)
    assert pending_reviews(project) == [first]
    assert accept_plan(state) == (state.proposal, Status.REVIEWED)
    assert reject_plan(state) == (state.baseline, Status.EDITED)
    # Accepting is a mark by the person reviewing here: no longer pending, still a review.
    project.set_status(first, Status.REVIEWED, author="Samira")  # reviewed already: no-op
    assert _state(project, first).pending
    project.set_status(first, Status.REVIEWED, author="Huda", record=True)
    after = _state(project, first)
    assert (after.pending, after.baseline_author, after.reviewer) == (False, "Huda", "Samira")
    assert pending_reviews(project) == [] and second not in pending_reviews(project)


def test_a_conflict_proposes_the_kept_text_and_rejecting_keeps_the_project_s(project):
    first, _second = project.paragraph_ids()
    project.save_target(first, "Translator's version.", author="Huda")
    project._store.apply_review([], kept=[(first, "Reviewer's version.", Status.EDITED, "Samira")])
    state = _state(project, first)
    assert state.conflict and state.pending
    assert (state.baseline, state.proposal) == ("Translator's version.", "Reviewer's version.")
    assert reject_plan(state) == ("Translator's version.", Status.REVIEWED)
    assert project.paragraph(first).target == "Translator's version."  # nothing overwritten


def test_an_editor_in_the_window_is_a_reviewer_too(project):
    first, _second = project.paragraph_ids()
    project.save_target(first, "First draft by the translator.", author="Huda")
    project.save_target(first, "A better sentence.", author="Omar")
    project.save_target(first, "A better sentence, checked.", author="Omar")
    state = _state(project, first)
    assert (state.baseline, state.reviewer, state.pending) == ("First draft by the translator.", "Omar", False)
