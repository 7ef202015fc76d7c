"""Attention links through the real CTranslate2 path, with the tiny random models: their weights
are noise, so these tests check shapes and the piece-to-word mapping, not quality."""

from __future__ import annotations

import pytest

from workbench.mt.align import align
from workbench.mt.align_model import model_links, piece_words, supports_attention, word_attention

SOURCE = "قال الوزير إن الحكومة ستدعم المدارس. وأضاف أن الخطة جاهزة."
TARGET = "The minister said the government would support schools. He added that the plan is ready."


def test_pieces_map_to_whitespace_words():
    pieces = ["▁قال", "▁ال", "وز", "ير", "▁", "ست", "دعم", "،", "</s>"]
    assert piece_words(pieces, 3) == [0, 1, 1, 1, 2, 2, 2, 2, None]
    assert piece_words(["x", "▁y"], 2) == [0, 1]  # a first piece without '▁' is still word 0
    assert piece_words(["▁a", "▁b", "▁c"], 2) == [0, 1, 1]  # clamped to the words there are


def test_word_attention_sums_sources_and_averages_targets():
    attention = [[0.5, 0.25, 0.25, 0.0], [0.1, 0.1, 0.8, 0.0]]
    matrix = word_attention(attention, ["▁a", "b", "▁c", "</s>"], ["▁x", "y"], 2, 1)
    assert matrix == pytest.approx({(0, 0): (0.75 + 0.2) / 2, (1, 0): (0.25 + 0.8) / 2})


def _check(links, source, target):
    n_ar, n_en = len(source.split()), len(target.split())
    assert links, "the model gave no link at all"
    assert all(0 <= l.source < n_ar and 0 <= l.target < n_en for l in links)
    assert all(0.1 <= l.weight <= 1.0 and l.origin == "model" for l in links)
    first_ar, first_en = len(source.split(".")[0].split()), len(target.split(".")[0].split())
    for link in links:  # words of sentence 1 only ever link to words of sentence 1
        assert (link.source < first_ar) == (link.target < first_en)


def test_argos_attention_links(installed_tiny_model):
    from workbench.mt.engines import engine_for

    engine = engine_for(installed_tiny_model)
    assert supports_attention(engine)
    links = model_links(engine, SOURCE, TARGET)
    _check(links, SOURCE, TARGET)
    assert {l.target for l in links} == set(range(len(TARGET.split())))  # every English word
    alignment = align(SOURCE, TARGET, engine=engine)
    assert alignment.model == engine.model
    assert {l.origin for l in alignment.links} <= {"lexicon", "lexicon+model", "model", "number", "name"}
    # the translate path is untouched by force-decoding
    assert engine.translate_sentences(["قال الوزير"])[0].strip()


def test_marian_attention_links(tmp_path_factory, no_network):
    pytest.importorskip("transformers")
    from tests.fixtures.tiny_marian import build_tiny_marian
    from workbench.mt.argos_packages import remove_model
    from workbench.mt.engines import get_engine
    from workbench.mt.marian_import import import_marian

    model = import_marian(build_tiny_marian(tmp_path_factory.mktemp("align-marian")))
    try:
        engine = get_engine(f"marian:{model.name}", max_decoding_length=60)
        _check(model_links(engine, SOURCE, TARGET), SOURCE, TARGET)
    finally:
        remove_model(model.name)


def test_gloss_engine_has_no_attention():
    from workbench.mt.gloss import GlossEngine

    engine = GlossEngine()
    assert not supports_attention(engine) and model_links(engine, SOURCE, TARGET) == []
    assert align(SOURCE, TARGET, engine=engine).model == ""
