"""Speed options through get_engine, and n-best alternatives, on the tiny Argos model."""

from __future__ import annotations

import pytest

from tests.fixtures.tiny_text import ARABIC_LINES
from workbench.core.jobs import JobContext
from workbench.core.model import TranslationRequest
from workbench.mt.argos_engine import ArgosEngine
from workbench.mt.cleanup import clean_translation
from workbench.mt.engines import InvalidEngineOption, get_engine


def test_alternatives_are_distinct_cleaned_and_best_first(installed_tiny_model, no_network):
    engine = ArgosEngine(installed_tiny_model)
    for term in ("الحكومة", "وزارة الصحة", ARABIC_LINES[2]):
        found = engine.alternatives(term, 4)
        assert 1 <= len(found) <= 4 and len(set(found)) == len(found)
        assert all(text.strip() and text == clean_translation(text) for text in found)
        # best first: the 1-best of the same beam is what a plain translation gives
        assert found[0] == clean_translation(engine.translate_sentences([term])[0])
    assert len(engine.alternatives("الحكومة", 1)) == 1
    assert engine.alternatives("", 4) == []


def test_speed_options_reach_ctranslate2(installed_tiny_model, no_network):
    requests = [TranslationRequest(1, " ".join(ARABIC_LINES[:3])), TranslationRequest(2, ARABIC_LINES[3])]
    fast = get_engine("argos", beam_size=1, compute_type="float32", threads=1)
    assert fast.beam_size == 1
    assert fast._translator_args == dict(device="cpu", compute_type="float32", inter_threads=1, intra_threads=1)
    drafts = list(fast.translate(requests, JobContext()))
    assert fast._translator.compute_type == "float32" and fast._translator.num_translators == 1
    assert all(d.text.strip() for d in drafts)

    split = get_engine("argos", threads=4, compute_type="int8")
    assert (split._translator_args["inter_threads"], split._translator_args["intra_threads"]) == (2, 2)
    explicit = get_engine(None, inter_threads=1, intra_threads=3)
    assert (explicit._translator_args["inter_threads"], explicit._translator_args["intra_threads"]) == (1, 3)
    assert get_engine("argos").beam_size == 4  # argostranslate's beam unless asked otherwise


def test_greedy_and_beam_drafts_differ_somewhere(installed_tiny_model):
    requests = [TranslationRequest(i, line) for i, line in enumerate(ARABIC_LINES[:20])]
    greedy = [d.text for d in get_engine("argos", beam_size=1).translate(requests, JobContext())]
    beam = [d.text for d in get_engine("argos", beam_size=4).translate(requests, JobContext())]
    assert greedy != beam  # the option changes decoding, not just a stored number


@pytest.mark.parametrize(
    "options",
    [dict(beam_size=0), dict(threads=-1), dict(compute_type="fp8"), dict(beam_size="4")],
)
def test_bad_options_are_refused(installed_tiny_model, options):
    with pytest.raises(InvalidEngineOption):
        get_engine("argos", **options)


def test_none_options_keep_the_defaults(installed_tiny_model):
    engine = get_engine("argos", beam_size=None, compute_type=None, threads=None)
    assert engine.beam_size == 4 and engine._translator_args["compute_type"] == "auto"
