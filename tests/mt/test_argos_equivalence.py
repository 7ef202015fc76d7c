"""For each sentence, our engine's output equals argostranslate's own pipeline's output.

argostranslate is used here exactly as its PackageTranslation does it: its Package class
(metadata, SentencePieceTokenizer), a ctranslate2.Translator built from its settings, and its
`apply_packaged_translation` - with a sentencizer that hands over one sentence, since stanza
or MiniSBD would need a download. Both sides run with sockets blocked.
"""

from __future__ import annotations

import pytest

from tests.fixtures.tiny_text import ARABIC_LINES, ENGLISH_LINES
from workbench.core.jobs import JobContext
from workbench.core.model import TranslationRequest
from workbench.mt.argos_engine import ArgosEngine
from workbench.mt.cleanup import clean_translation
from workbench.mt.sentences import split_sentences


class OneSentence:
    """argostranslate's sentencizer interface (split_sentences) for text already split."""

    def split_sentences(self, text: str) -> list[str]:
        return [text]


def paragraphs() -> list[str]:
    extra = ["كتب الطالب ١٢٣ كلمة عن «الرحلة» & الطريق <الجديد>.", ENGLISH_LINES[0]]
    body = [" ".join(ARABIC_LINES[i : i + 3]) for i in range(0, len(ARABIC_LINES), 3)]
    return body + extra


@pytest.fixture(scope="module")
def argos_side():
    import argostranslate.package
    import argostranslate.settings as settings
    import argostranslate.translate as argos_translate

    return argostranslate.package, settings, argos_translate


@pytest.mark.parametrize("beam_size", [4, 1])
def test_each_sentence_matches_argostranslate(
    beam_size, installed_tiny_model, argos_side, no_network, monkeypatch
):
    import ctranslate2

    package_module, settings, argos_translate = argos_side
    monkeypatch.setattr(settings, "beam_size", beam_size)  # argos: max(num_hypotheses, this)
    pkg = package_module.Package(installed_tiny_model.path)
    translator = ctranslate2.Translator(
        str(pkg.package_path / "model"),
        device=settings.device,
        inter_threads=settings.inter_threads,
        intra_threads=settings.intra_threads,
        compute_type=settings.compute_type,
    )

    def argos(sentence: str) -> str:
        [best] = argos_translate.apply_packaged_translation(
            pkg, sentence, translator, OneSentence(), num_hypotheses=1
        )
        return best.value

    texts = paragraphs()
    sentences = [s for text in texts for s in split_sentences(text).sentences]
    assert len(sentences) > 30
    engine = ArgosEngine(installed_tiny_model, beam_size=beam_size, window_sentences=16)

    ours = engine.translate_sentences(sentences)
    theirs = [argos(s) for s in sentences]
    assert ours == theirs
    assert len(set(theirs)) > len(theirs) // 2  # the model does not say the same thing always

    # The batched, streamed path gives the same sentences, cleaned and rejoined per paragraph.
    reqs = [TranslationRequest(i, text) for i, text in enumerate(texts)]
    drafts = {d.paragraph_id: d.text for d in engine.translate(reqs, JobContext())}
    for i, text in enumerate(texts):
        split = split_sentences(text)
        expected = split.join([clean_translation(argos(s)) for s in split.sentences])
        assert drafts[i] == expected
