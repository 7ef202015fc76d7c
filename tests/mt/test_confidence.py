"""Confidence of machine drafts through the real CTranslate2 path (Argos and Marian tiny
models): every sentence of a draft gets its model's (mean, min) token log-probability, and a
deliberately broken draft (copied source, truncated, a repeated phrase) scores below the draft
the model itself made."""

from __future__ import annotations

import pytest

from tests.fixtures.tiny_text import ARABIC_LINES
from workbench.core.jobs import JobContext
from workbench.core.model import TranslationRequest
from workbench.mt.argos_engine import ArgosEngine
from workbench.mt.confidence import Calibration, merge, summarize, weakest
from workbench.mt.sentences import split_sentences

SENTENCES = ARABIC_LINES[:6]


def broken_versions(own: list[str], source: list[str]) -> dict[str, list[str]]:
    """The draft's own target pieces, broken three ways."""
    return {
        "copied source": source,
        "truncated": own[: max(1, len(own) // 3)],
        "repeated phrase": own[:3] * 4,
    }


def check_broken_score_lower(engine, label: str) -> None:
    rows = []
    engine._ensure_loaded()
    for source in SENTENCES:
        pieces = engine._encode(source)
        own = engine._translate_pieces([pieces])[0]  # the decoder's own tokens for the draft
        broken = broken_versions(own, pieces)
        scores = engine.score_pieces([(source, own)] + [(source, t) for t in broken.values()])
        rows.append((scores[0][0], *(s[0] for s in scores[1:])))
        for name, (mean, _minimum) in zip(broken, scores[1:], strict=True):
            assert mean < scores[0][0], f"{label}: {name} scored {mean:.2f} >= {scores[0][0]:.2f}"
    print(f"\n{label}: mean log-prob own / copied / truncated / repeated")
    for row in rows:
        print("  " + " / ".join(f"{v:6.2f}" for v in row))
    text_scores = engine.score([(SENTENCES[0], "a person's English for it")])  # any text scores
    assert len(text_scores) == 1 and text_scores[0][1] <= text_scores[0][0] < 0


def test_argos_drafts_carry_a_score_per_sentence(installed_tiny_model):
    engine = ArgosEngine(installed_tiny_model, beam_size=1)
    paragraph = " ".join(SENTENCES[:3])
    [draft] = list(engine.translate([TranslationRequest(1, paragraph)], JobContext()))
    assert len(draft.confidence) == len(split_sentences(paragraph).sentences)
    assert all(minimum <= mean < 0 for mean, minimum in draft.confidence)
    off = ArgosEngine(installed_tiny_model, beam_size=1, confidence=False)
    [plain] = list(off.translate([TranslationRequest(1, paragraph)], JobContext()))
    assert plain.text == draft.text and plain.confidence == ()


def test_argos_broken_drafts_score_below_the_models_own(installed_tiny_model):
    check_broken_score_lower(ArgosEngine(installed_tiny_model, beam_size=1), "argos")


def test_marian_broken_drafts_score_below_the_models_own(tmp_path_factory, no_network):
    pytest.importorskip("transformers")
    from tests.fixtures.tiny_marian import build_tiny_marian
    from workbench.mt.argos_packages import remove_model
    from workbench.mt.engines import get_engine
    from workbench.mt.marian_import import import_marian

    model = import_marian(build_tiny_marian(tmp_path_factory.mktemp("marian")))
    try:
        engine = get_engine(f"marian:{model.name}", beam_size=1, max_decoding_length=40)
        [draft] = list(engine.translate([TranslationRequest(1, SENTENCES[0])], JobContext()))
        assert len(draft.confidence) == 1
        check_broken_score_lower(engine, "marian")
    finally:
        remove_model(model.name)


def test_scores_and_calibration():
    assert summarize([-1.0, -3.0]) == (-2.0, -3.0) and summarize([]) == (0.0, 0.0)
    assert merge([[-1.0], [-3.0, -2.0]]) == (-2.0, -3.0)
    assert weakest([(-1.0, -2.0), (-4.0, -5.0)]) == (1, -4.0) and weakest(()) is None
    few = Calibration.of("m", [[(-1.0, -2.0)]] * 10)
    assert not few.ready and few.flagged([(-9.0, -9.0)]) is None  # too few to say
    model = Calibration.of("m", [[(-k / 10, -k / 5)] for k in range(1, 101)])
    assert model.threshold == pytest.approx(-9.1)  # the lowest tenth: -10.0 .. -9.1
    assert model.flagged([(-1.0, -1.5), (-9.5, -12.0)]) == (1, 6.0)
    assert model.flagged([(-2.0, -3.0)]) is None
