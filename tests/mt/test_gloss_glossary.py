"""Glossary terms of any length in gloss drafts: the term's English replaces the glosses of its
words (said once, with its article right), in fresh gloss drafts and when `reapply_glossary`
re-applies a changed glossary to existing gloss drafts (a real project file)."""

from __future__ import annotations

import pytest

from workbench.core.jobs import JobContext
from workbench.core.model import Status, TranslationRequest
from workbench.glossary.entries import Glossary, GlossaryEntry
from workbench.mt.gloss import GlossEngine
from workbench.mt.glossary_enforcer import GlossaryEngine
from workbench.project import Project


def _glossary(*pairs: tuple[str, str]) -> Glossary:
    return Glossary(GlossaryEntry(a, e, id=n, scope="project") for n, (a, e) in enumerate(pairs, 1))


@pytest.fixture(scope="module")
def gloss() -> GlossEngine:
    return GlossEngine()


def test_a_term_of_several_words_replaces_its_words(gloss):
    glossary = _glossary(("وزير الخارجية", "Minister of Foreign Affairs"),
                         ("خادم الحرمين الشريفين", "King of Saudi Arabia"))
    assert gloss.gloss_text("وزير الخارجية", glossary) == "Minister of Foreign Affairs"
    text = gloss.gloss_text("أصدر خادم الحرمين الشريفين أمرا.", glossary)
    assert "King of Saudi Arabia" in text and "Custodian" not in text, text
    assert "Foreign Minister" in gloss.gloss_text("وزير الخارجية")  # without the glossary


def test_one_article_with_adjectives_and_proclitics_said_before_the_term(gloss):
    glossary = _glossary(("الحكومة", "the Government"))
    assert gloss.gloss_text("الحكومة اليمنية", glossary) == "The Yemeni Government"
    text = gloss.gloss_text("ثقة وبالحكومة", glossary)
    assert text.endswith("and with the Government"), text


def test_a_glossary_name_wins_over_the_name_list(gloss):
    glossary = _glossary(("سامح شكري", "Sameh Choukri"))
    text = gloss.gloss_text("التقى سامح شكري نظيره.", glossary)
    assert "Sameh Choukri" in text and "Shoukry" not in text, text


def test_the_glossary_wrapper_hands_the_glossary_to_the_gloss_engine(gloss):
    wrapped = GlossaryEngine(gloss, _glossary(("مجلس الأمن", "UNSC")))
    drafts = list(wrapped.translate([TranslationRequest(7, "عقد مجلس الأمن جلسة.")], JobContext()))
    assert "UNSC" in drafts[0].text
    assert drafts[0].status is Status.GLOSS and "Security Council" not in drafts[0].text


@pytest.fixture
def project(tmp_path, monkeypatch):
    monkeypatch.setenv("WORKBENCH_HOME", str(tmp_path / "home"))
    (tmp_path / "news.txt").write_text(
        "قال وزير الخارجية إن المحادثات مستمرة.\n\nوصل وزير الخارجية إلى عدن.\n\nلا شيء هنا.\n",
        encoding="utf-8")
    p = Project.create(tmp_path / "p.wbproj")
    p.import_document(tmp_path / "news.txt")
    yield p
    p.close()


def test_reapply_rewrites_gloss_drafts_and_counts_them(project, gloss):
    project.translate(gloss, JobContext())
    ids = project.paragraph_ids()
    assert all(p.status is Status.GLOSS for p in project.paragraphs())
    project.save_target(ids[1], "The Foreign Minister arrived in Aden (checked).")
    project.add_term("وزير الخارجية", "Minister of Foreign Affairs")
    assert [p.id for p in project.glossary_redraft_paragraphs()] == [ids[0]]  # not the edited one
    assert project.reapply_glossary() == 1  # the edited paragraph is a person's: untouched
    first = project.paragraph(ids[0])
    assert "Minister of Foreign Affairs" in first.target and first.status is Status.GLOSS
    assert project.paragraph(ids[1]).target == "The Foreign Minister arrived in Aden (checked)."
    assert project.reapply_glossary() == 0  # already right
    assert project.reapply_glossary(gloss) == 0  # with the engine: the same drafts


def test_a_gloss_redraft_made_stale_is_not_applied(project, gloss):
    from workbench.project import pipeline

    project.translate(gloss, JobContext())
    project.add_term("وزير الخارجية", "Minister of Foreign Affairs")
    plan = pipeline.redraft_plan(project)
    redrafts = pipeline.Translator(engine=gloss).redrafts(plan, JobContext())
    assert {r.status for r in redrafts} == {Status.GLOSS} and len(redrafts) == 2
    project.save_target(redrafts[0].paragraph_id, "A person's words.")
    written = project.apply_redrafts(redrafts)
    assert [p.id for p in written] == [redrafts[1].paragraph_id]


def test_a_machine_draft_gets_one_article_after_adjectives():
    from workbench.mt.glossary_rewrite import rewrite

    glossary = _glossary(("الحكومة", "the Government"))
    ref = glossary.entries[0].ref
    draft = rewrite("The Yemeni government met.", "اجتمعت الحكومة اليمنية.", glossary,
                    {ref: ["government"]})
    assert draft == "The Yemeni Government met.", draft
    draft = rewrite("He met government officials.", "التقى مسؤولي الحكومة.", glossary, {ref: ["government"]})
    assert draft == "He met the Government officials.", draft


def test_a_term_inside_a_set_phrase_wins_over_the_phrase(gloss):
    glossary = _glossary(("الحكومة", "the Cabinet"))
    text = gloss.gloss_text("قال رئيس الحكومة", glossary)
    assert "Cabinet" in text and "Prime Minister" not in text, text
