"""project.pipeline: engine choice, grouped drafts, cancellation, re-applying the glossary.
Real project files; the real tiny CTranslate2 model and the real gloss engine where an engine's
output matters, a scripted engine where only the timing of drafts does."""

from __future__ import annotations

import threading

import pytest

from workbench.core.errors import Cancelled, ModelNotInstalled
from workbench.core.jobs import JobContext
from workbench.core.model import Draft, Status
from workbench.project import Project, pipeline

LINES = [f"قال الوزير إن الاجتماع رقم {n} انتهى أمس في العاصمة." for n in range(40)]


@pytest.fixture
def project(tmp_path):
    doc = tmp_path / "news.txt"
    doc.write_text("\n\n".join(LINES), encoding="utf-8")
    with Project.create(tmp_path / "p.wbproj") as p:
        p.import_document(doc)
        yield p


class Scripted:
    """Drafts on cue: `gate` is waited for before each draft after the first `free` ones."""

    name, model, draft_status = "scripted", "scripted-1", Status.MACHINE

    def __init__(self, free: int, gate: threading.Event | None = None):
        self.free, self.gate = free, gate

    def translate(self, requests, ctx):
        for n, r in enumerate(requests):
            if n >= self.free and self.gate is not None:
                self.gate.wait(5)
            ctx.check()
            yield Draft(r.paragraph_id, f"draft {n}", self.name, self.model)


def test_the_first_name_given_wins():
    assert pipeline.choose_engine("argos:x", "marian", "gloss") == "argos:x"
    assert pipeline.choose_engine(None, "", "gloss") == "gloss"
    assert pipeline.choose_engine(None, "") is None  # the best installed


def test_gloss_takes_no_speed_options_and_a_missing_model_is_named():
    engine = pipeline.EngineSpec("gloss", {"beam_size": 1, "threads": 2}).load()
    assert engine.name == "gloss"
    with pytest.raises(ModelNotInstalled):
        pipeline.EngineSpec("argos", {"beam_size": 1}).load()


def test_groups_are_cut_by_size_and_by_time(project):
    plan = pipeline.plan(project)
    groups = list(pipeline.Translator(engine=Scripted(free=40)).draft_groups(plan, JobContext(), size=8, seconds=60))
    assert [len(g) for g in groups] == [8, 8, 8, 8, 8]
    # a slow engine: each draft leaves as soon as it is made (the time since the last group)
    slow = pipeline.Translator(engine=Scripted(free=0, gate=threading.Event()))
    slow.engine.gate.set()
    groups = list(slow.draft_groups(plan, JobContext(), size=8, seconds=0.0))
    assert [len(g) for g in groups] == [1] * 40


def test_drafts_made_before_a_cancel_are_written(project):
    ctx = JobContext()

    class CancelsAfter(Scripted):
        def translate(self, requests, ctx_):
            for n, draft in enumerate(super().translate(requests, ctx_)):
                if n == 5:
                    ctx.cancel()  # the user cancels while the sixth draft is being made
                yield draft

    with pytest.raises(Cancelled):
        pipeline.translate(project, pipeline.Translator(engine=CancelsAfter(free=40)), ctx)
    written = [p for p in project.paragraphs() if p.status is Status.MACHINE]
    assert len(written) == 6  # all made before the cancel, none after


def test_translate_with_the_real_model_writes_every_paragraph_with_its_glossary(project, installed_tiny_model):
    project.add_term("الوزير", "the Minister")
    translator = pipeline.Translator(pipeline.EngineSpec("argos", {"beam_size": 1}))
    assert pipeline.translate(project, translator, JobContext()) == 40
    assert {p.status for p in project.paragraphs()} == {Status.MACHINE}
    assert translator.engine.name == "argos"
    # the same glossary object: the wrapper (and the renderings it learned) is kept
    glossary = project.glossary()
    assert translator.with_glossary(glossary) is translator.with_glossary(glossary)


def test_reapply_without_an_engine_uses_the_glossary_alone(project):
    pipeline.translate(project, pipeline.Translator(engine=Scripted(free=40)), JobContext())
    first = project.paragraphs()[0]
    project.save_target(first.id, "draft 0", Status.EDITED)  # a person's words: never touched
    project.add_term("الوزير", "the Minister", forbidden=["draft"])
    rewritten = pipeline.reapply_glossary(project, None, JobContext())
    assert len(rewritten) == 39
    assert all(p.target.startswith("The Minister ") for p in rewritten)  # sentence case kept
    assert project.paragraph(first.id).target == "draft 0"


def test_the_engine_name_is_the_projects_setting(project):
    assert pipeline.project_engine(project) == ""
    project.set_setting(pipeline.ENGINE_SETTING, "gloss")
    assert pipeline.choose_engine(None, pipeline.project_engine(project)) == "gloss"
