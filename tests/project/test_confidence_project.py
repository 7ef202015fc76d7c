"""Confidence in a project: scores stored with machine drafts (real tiny CTranslate2 model),
kept while the text is the model's, gone when a person rewrites it; the lowest tenth of each
model's sentences flagged; `show --flagged / --sort confidence` read the same flags."""

from __future__ import annotations

import json

import pytest

from tests.cli.support import run
from tests.fixtures.tiny_text import ARABIC_LINES
from workbench.core.jobs import JobContext
from workbench.core.model import Status
from workbench.project import Project, pipeline
from workbench.project.confidence import calibrations, flags, sort_key


@pytest.fixture
def translated(tmp_path, installed_tiny_model):
    doc = tmp_path / "lines.txt"
    doc.write_text("\n\n".join(ARABIC_LINES[:48]), encoding="utf-8")
    path = tmp_path / "p.wbproj"
    with Project.create(path) as p:
        p.import_document(doc)
        pipeline.translate(p, pipeline.Translator(pipeline.EngineSpec("argos", {"beam_size": 1})), JobContext())
    return path


def test_scores_are_kept_with_the_draft_and_leave_with_it(translated):
    with Project.open(translated) as p:
        paragraphs = p.paragraphs()
        assert all(x.status is Status.MACHINE and x.confidence for x in paragraphs)
        first = paragraphs[0]
        assert p.revisions(first.id)[-1].confidence == first.confidence
        p.set_status(first.id, Status.REVIEWED, expected_target=first.target)  # same text: kept
        assert p.paragraph(first.id).confidence == first.confidence
        p.save_target(first.id, "A person's own English.")
        assert p.paragraph(first.id).confidence == ()
        p.save_target(first.id, first.target)  # the model's text brought back: its score too
        assert p.paragraph(first.id).confidence == first.confidence


def test_the_lowest_tenth_of_the_models_sentences_is_flagged(translated):
    with Project.open(translated) as p:
        paragraphs = p.paragraphs()
        [calibration] = calibrations(p).values()
        found = flags(p)
    assert calibration.ready
    assert 1 <= len(found) <= len(paragraphs) // 5
    ordered = sorted(paragraphs, key=sort_key)
    assert ordered[0].id in found  # the least sure draft is flagged
    assert all("unsure of sentence" in flag.reason() for flag in found.values())


def test_show_filters_and_sorts_by_confidence(translated, capsys):
    code, out, _ = run(capsys, "show", translated, "--flagged", "--format", "json")
    flagged = json.loads(out)
    assert code == 0 and flagged and all(r["confidence"]["check"] for r in flagged)
    code, out, _ = run(capsys, "show", translated, "--sort", "confidence", "--format", "json")
    means = [r["confidence"]["weakest_mean"] for r in json.loads(out)]
    assert means == sorted(means)
    code, out, _ = run(capsys, "show", translated, "--flagged")
    assert "check this" in out and "why: the model was unsure of sentence 1" in out
