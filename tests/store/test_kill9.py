"""Kill -9 at random moments: every acknowledged edit survives, and the harness has teeth."""

from __future__ import annotations

import pytest

from tests.store.crash_harness import run_trial
from tests.store.support import sample_document
from workbench.core.model import Draft
from workbench.store import ProjectStore

TRIALS = 50
BROKEN_TRIALS = 12


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    """One prepared project (about 200 paragraphs, some machine drafts) copied per trial."""
    path = tmp_path_factory.mktemp("kill9") / "template.wbproj"
    with ProjectStore.create(path) as store:
        store.add_document(sample_document(repeat=30))
        ids = store.paragraph_ids()
        store.apply_drafts(Draft(pid, f"{0:07d}|machine draft", "argos", "m0") for pid in ids[1::4])
    return path


def test_every_acknowledged_edit_survives_kill9(template, tmp_path):
    trials = [run_trial(template, tmp_path, seed) for seed in range(TRIALS)]
    failures = [(t.seed, t.problems[:3]) for t in trials if t.problems]
    assert not failures, failures
    # The trials must really have killed a busy writer, not an idle one.
    assert all(len(t.acks) >= 5 for t in trials), [len(t.acks) for t in trials]
    assert all(any(a.origin == "machine" for a in t.acks) for t in trials)
    hot = sum(t.hot_journal for t in trials)
    print(f"{TRIALS} trials, {sum(len(t.acks) for t in trials)} acknowledged edits, all kept; "
          f"{hot} kills landed inside a transaction")


def test_the_harness_catches_a_writer_that_acknowledges_before_commit(template, tmp_path):
    caught = []
    for seed in range(1000, 1000 + BROKEN_TRIALS):
        trial = run_trial(template, tmp_path, seed, mode="broken")
        assert all("went back" in p or "missing" in p for p in trial.problems), trial.problems
        caught.append(any("acknowledged edit missing" in p for p in trial.problems))
        if sum(caught) >= 3:
            break
    assert sum(caught) >= 3, f"the harness missed the broken writer in {caught}"
