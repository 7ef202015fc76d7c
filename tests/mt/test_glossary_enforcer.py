"""Glossary enforcement: the rewrite rules, the wrapper engine with an engine whose outputs the
test controls, and the plumbing through a real (tiny) CTranslate2 model."""

from __future__ import annotations

import pytest

from workbench.core.errors import Cancelled
from workbench.glossary.entries import Glossary, GlossaryEntry
from workbench.core.jobs import JobContext
from workbench.core.model import Draft, Kind, Paragraph, Status, TranslationRequest
from workbench.mt.engine import Engine
from workbench.mt.glossary_enforcer import GlossaryEnforcer, GlossaryEngine
from workbench.mt.glossary_rewrite import candidates, rendering_core, rewrite

GOV = GlossaryEntry("الحكومة", "the Government", forbidden=("regime",), id=1)
BANK = GlossaryEntry("البنك الدولي", "the World Bank", id=2)
PARLIAMENT = GlossaryEntry("البرلمان", "Parliament", id=3)
GLOSSARY = Glossary([GOV, BANK, PARLIAMENT])


class TableEngine:
    """A deterministic engine: a fixed output per source text, else the source itself.
    `alternatives` is offered only when the test gives it n-best lists."""

    name = "table"
    model = "table-1"
    draft_status = Status.MACHINE

    def __init__(self, table: dict[str, str], nbest: dict[str, list[str]] | None = None):
        self.table = table
        self.calls: list[list[str]] = []
        if nbest is not None:
            self.alternatives = lambda text, n: nbest.get(text, [])[:n]

    def translate(self, requests, ctx):
        self.calls.append([r.source for r in requests])
        total = len(requests)
        ctx.progress(0, total)
        for done, r in enumerate(requests, 1):
            ctx.check()
            yield Draft(r.paragraph_id, self.table.get(r.source, r.source), self.name, self.model)
            ctx.progress(done, total)


@pytest.mark.parametrize(
    ("rendered", "core"),
    [
        ("The government.", "government"),
        ("and for the government", "government"),
        ("«the cabinet»", "cabinet"),
        ("the", ""),
        ("12", ""),
        ("one two three four five six seven", ""),
    ],
)
def test_rendering_core(rendered, core):
    assert rendering_core(rendered) == core


def test_candidates_put_forbidden_first_then_the_english_then_longest_renderings():
    assert candidates(GOV, ["the cabinet", "The Council of Ministers.", "cabinet", "the"]) == [
        "regime", "Government", "Council of Ministers", "cabinet",
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("source", "draft", "renderings", "expected"),
    [
        # the article stays the draft's: no "the the"
        ("قالت الحكومة", "The cabinet said so.", ["cabinet"], "The Government said so."),
        ("نثق بالحكومة", "We trust the cabinet.", ["cabinet"], "We trust the Government."),
        ("نثق بحكومتنا", "We trust our cabinet.", ["cabinet"], "We trust our Government."),
        # no article in the draft: the English term brings its own
        ("نثق بالحكومة", "We trust cabinet.", ["cabinet"], "We trust the Government."),
        # a sentence start gets a capital
        ("نعم. الحكومة قالت", "Yes. cabinet said.", ["cabinet"], "Yes. The Government said."),
        # the case of the English term is the glossary's
        ("قالت الحكومة", "the government said", [], "the Government said"),
        # a/an agree with what replaces
        ("البرلمان", "It is an assembly.", ["assembly"], "It is a Parliament."),
        # forbidden renderings are replaced first, even if the engine said otherwise
        ("الحكومة", "The regime fell.", ["cabinet"], "The Government fell."),
        # as many replacements as occurrences in the Arabic, left to right
        ("الحكومة والحكومة", "cabinet and cabinet and cabinet", ["cabinet"],
         "The Government and the Government and cabinet"),
        # already right: untouched
        ("الحكومة", "The Government met the cabinet.", ["cabinet"], "The Government met the cabinet."),
        # no known rendering: untouched, never inserted
        ("الحكومة قالت", "The ministers said.", ["cabinet"], "The ministers said."),
        # two terms; a multi-word one
        ("البنك الدولي والبرلمان", "The international bank and the assembly.",
         ["international bank", "assembly"], "The World Bank and the Parliament."),
    ],
)
def test_rewrite(source, draft, renderings, expected):
    table = {ref: renderings for ref in ("p1", "p2", "p3")}
    assert rewrite(draft, source, GLOSSARY, table) == expected


def test_former_english_terms_are_renderings():
    glossary = Glossary([GlossaryEntry("الحكومة", "the Cabinet", former=("the Government",), id=1)])
    assert rewrite("The Government met.", "اجتمعت الحكومة", glossary, {}) == "The Cabinet met."


def test_rewrite_never_replaces_inside_text_it_already_put_in():
    glossary = Glossary([
        GlossaryEntry("الحكومة", "the Government", id=1),
        GlossaryEntry("حكم", "ruling", forbidden=("government",), id=2),
    ])  # fmt: skip
    renderings = {"p1": ["cabinet"], "p2": ["decision"]}
    out = rewrite("The cabinet's decision.", "الحكومة لها حكم", glossary, renderings)
    assert out == "The Government's ruling."


def _engine(table, nbest=None) -> tuple[GlossaryEngine, TableEngine]:
    inner = TableEngine(table, nbest)
    return GlossaryEngine(inner, GLOSSARY), inner


PARAGRAPHS = {
    1: "وبالحكومة ثقة كبيرة.",
    2: "نقل الخبر للحكومة أمس.",
    3: "اجتمعت الحُكومة صباحاً.",
    4: "لا شيء هنا.",
}
MODEL = {  # how the controlled model renders the paragraphs and the terms alone
    1: "And in the cabinet great trust.",
    2: "He took the news to cabinet yesterday.",
    3: "The executive met in the morning.",
    4: "Nothing here.",
}
TERMS = {"الحكومة": "the cabinet", "حكومة": "cabinet", "للحكومة": "for the cabinet"}


def _requests():
    return [TranslationRequest(pid, text) for pid, text in PARAGRAPHS.items()]


def test_engine_drafts_use_the_glossary_and_keep_the_inner_identity():
    table = {**{PARAGRAPHS[k]: v for k, v in MODEL.items()}, **TERMS}
    engine, inner = _engine(table)
    assert isinstance(engine, Engine)
    progress = []
    drafts = list(engine.translate(_requests(), JobContext(lambda d, t: progress.append((d, t)))))
    assert {d.paragraph_id: d.text for d in drafts} == {
        1: "And in the Government great trust.",
        2: "He took the news to the Government yesterday.",
        3: "The executive met in the morning.",  # no known rendering: left for the check to flag
        4: "Nothing here.",
    }
    assert {(d.engine, d.model, d.status) for d in drafts} == {("table", "table-1", Status.MACHINE)}
    assert progress[-1] == (4, 4)  # the paragraphs' progress only, not the term lookups
    # the terms were translated alone, in one batch before the paragraphs
    assert len(inner.calls) == 2 and inner.calls[1] == list(PARAGRAPHS.values())
    assert {"الحكومة", "حكومة", "وبالحكومة", "للحكومة", "الحُكومة"} <= set(inner.calls[0])


def test_engine_uses_the_inner_alternatives_when_offered():
    table = {**{PARAGRAPHS[k]: v for k, v in MODEL.items()}, **TERMS}
    engine, inner = _engine(table, nbest={"الحكومة": ["the cabinet", "the executive"]})
    drafts = {d.paragraph_id: d.text for d in engine.translate(_requests(), JobContext())}
    assert drafts[3] == "The Government met in the morning."
    assert engine.alternatives("الحكومة", 1) == ["the cabinet"]  # other attributes are the inner's


def test_renderings_are_cached_between_runs():
    table = {**{PARAGRAPHS[k]: v for k, v in MODEL.items()}, **TERMS}
    engine, inner = _engine(table)
    list(engine.translate(_requests(), JobContext()))
    list(engine.translate(_requests()[:2], JobContext()))
    assert len(inner.calls) == 3  # the second run asked for no term


def test_paragraphs_without_terms_pass_through_untouched():
    engine, inner = _engine({"لا شيء هنا.": "Nothing (the regime) here."})
    (draft,) = engine.translate([TranslationRequest(4, "لا شيء هنا.")], JobContext())
    assert draft.text == "Nothing (the regime) here."
    assert len(inner.calls) == 1


def test_cancellation_reaches_the_term_lookups():
    engine, _ = _engine(TERMS)
    ctx = JobContext()
    ctx.cancel()
    with pytest.raises(Cancelled):
        list(engine.translate(_requests(), ctx))


def test_enforcer_redrafts_only_what_changes():
    enforcer = GlossaryEnforcer(GLOSSARY, TableEngine(TERMS))

    def para(pid, source, target):
        return Paragraph(pid, 1, pid, Kind.PARAGRAPH, source, target, Status.MACHINE, engine="argos", model="m")

    redrafts = enforcer.redraft(
        [para(1, PARAGRAPHS[1], MODEL[1]), para(3, PARAGRAPHS[3], MODEL[3])], JobContext()
    )
    assert [(r.paragraph_id, r.base, r.text) for r in redrafts] == [
        (1, MODEL[1], "And in the Government great trust.")
    ]
    assert redrafts[0].draft() == Draft(1, "And in the Government great trust.", "argos", "m", Status.MACHINE)


def test_enforcer_without_engine_fixes_forbidden_renderings_and_case():
    enforcer = GlossaryEnforcer(GLOSSARY)
    assert enforcer.enforce("قالت الحكومة", "the regime said") == "the Government said"
    assert enforcer.enforce("قالت الحكومة", "the government said") == "the Government said"
    assert enforcer.enforce("قالت الحكومة", "the cabinet said") == "the cabinet said"


# -- the gloss engine: unknown words are "[transliteration]", clitics inside the bracket ----------

NAMES = Glossary([GlossaryEntry("داعش", "ISIS", id=7), GlossaryEntry("زيرونكس", "Zeronix", id=8)])
NAMED = "هاجم الجيش داعش ثم انسحب. ترك لداعش المدينة، وقال لزيرونكس وبزيرونكس: لا."


@pytest.fixture(scope="module")
def gloss():
    from workbench.mt.gloss import GlossEngine

    return GlossEngine()


def _no_brackets_and_clitics_kept(text: str) -> None:
    assert "[" not in text and "]" not in text, text
    assert text.count("ISIS") == 2 and "for ISIS" in text, text
    assert "for Zeronix" in text and "and with Zeronix" in text, text


def test_gloss_drafts_get_the_term_without_brackets_and_keep_the_proclitics(gloss):
    assert "[Lda'sh]" in gloss.gloss_text(NAMED)  # the term is unknown to the lexicon
    drafts = list(GlossaryEngine(gloss, NAMES).translate([TranslationRequest(1, NAMED)], JobContext()))
    _no_brackets_and_clitics_kept(drafts[0].text)
    assert drafts[0].status is Status.GLOSS


@pytest.mark.parametrize("with_engine", [True, False])
def test_reapplying_the_glossary_to_a_gloss_draft(gloss, with_engine):
    draft = gloss.gloss_text(NAMED)
    paragraph = Paragraph(1, 1, 1, Kind.PARAGRAPH, NAMED, draft, Status.GLOSS, engine="gloss", model="bama-1.0")
    redrafts = GlossaryEnforcer(NAMES, gloss if with_engine else None).redraft([paragraph], JobContext())
    _no_brackets_and_clitics_kept(redrafts[0].text)


def test_a_proclitic_at_a_sentence_start_gets_the_capital(gloss):
    source = "ولداعش أنصار. وزيرونكس هنا."
    text = GlossaryEnforcer(NAMES).enforce(source, gloss.gloss_text(source))
    assert text.startswith("And for ISIS ") and ". And Zeronix" in text, text


def test_a_term_left_in_brackets_by_an_older_draft_loses_them():
    assert GlossaryEnforcer(NAMES).enforce("قاتل داعش", "Fought [ISIS].") == "Fought ISIS."


# -- a real CTranslate2 model (random weights): the plumbing ---------------------------------


def test_with_the_tiny_ctranslate2_model(installed_tiny_model):
    from workbench.mt.argos_engine import ArgosEngine

    sources = ["الحكومة", "قالت الحكومة إن الخطة جاهزة.", "كتب الصياد رسالة."]
    requests = [TranslationRequest(i, s) for i, s in enumerate(sources, 1)]
    plain = {d.paragraph_id: d.text for d in ArgosEngine(installed_tiny_model).translate(requests, JobContext())}
    engine = GlossaryEngine(ArgosEngine(installed_tiny_model), GLOSSARY)
    drafts = list(engine.translate(requests, JobContext()))
    assert sorted(d.paragraph_id for d in drafts) == [1, 2, 3]
    assert {(d.engine, d.status) for d in drafts} == {("argos", Status.MACHINE)}
    got = {d.paragraph_id: d.text for d in drafts}
    # The term alone is translated as the paragraph that is only the term: found and replaced.
    assert got[1] == "The Government" and plain[1] != got[1]
    # No term: the model's own text. A term whose rendering is not found: never garbled.
    assert got[3] == plain[3]
    assert got[2] == plain[2] or "Government" in got[2]
