"""The Argos engine on a real (tiny, random-weight) CTranslate2 model, offline."""

from __future__ import annotations

import pytest

from tests.fixtures.tiny_text import ARABIC_LINES
from workbench.core.errors import Cancelled, InvalidModelPackage
from workbench.core.jobs import JobContext
from workbench.core.model import Draft, Status, TranslationRequest
from workbench.mt.argos_engine import ArgosEngine
from workbench.mt.cleanup import clean_translation
from workbench.mt.engine import Engine
from workbench.mt.sentences import split_sentences

PARAGRAPHS = [
    " ".join(ARABIC_LINES[0:3]),
    ARABIC_LINES[3],
    "",
    "   \n ",
    "\n".join(ARABIC_LINES[4:6]),
    " ".join(ARABIC_LINES[6:12]),
    ARABIC_LINES[12],
    " ".join(ARABIC_LINES[13:20]),
    ARABIC_LINES[20] + " " + ARABIC_LINES[21],
    " ".join(ARABIC_LINES[22:36]),
]


def requests(paragraphs=PARAGRAPHS):
    return [TranslationRequest(100 + i, text) for i, text in enumerate(paragraphs)]


def test_translates_every_paragraph_offline(installed_tiny_model, no_network):
    engine = ArgosEngine(installed_tiny_model, window_sentences=4)
    assert isinstance(engine, Engine)
    seen = []
    ctx = JobContext(on_progress=lambda done, total: seen.append((done, total)))
    drafts = list(engine.translate(requests(), ctx))  # the model loads here, sockets blocked

    assert sorted(d.paragraph_id for d in drafts) == [100 + i for i in range(len(PARAGRAPHS))]
    by_id = {d.paragraph_id: d for d in drafts}
    for i, source in enumerate(PARAGRAPHS):
        draft = by_id[100 + i]
        assert (draft.engine, draft.model) == ("argos", "translate-ar_en-1.0")
        assert draft.status == Status.MACHINE
        if source.strip():
            assert draft.text.strip(), source
            assert draft.text == clean_translation(draft.text)
        else:
            assert draft.text == ""
    assert seen[0] == (0, len(PARAGRAPHS)) and seen[-1] == (len(PARAGRAPHS), len(PARAGRAPHS))
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)
    # a paragraph with a line break keeps it in its translation
    assert "\n" in by_id[104].text


def test_same_input_same_output(installed_tiny_model):
    engine = ArgosEngine(installed_tiny_model)
    first = {d.paragraph_id: d.text for d in engine.translate(requests(), JobContext())}
    other = ArgosEngine(installed_tiny_model, window_sentences=1, max_batch_size=3)
    second = {d.paragraph_id: d.text for d in other.translate(requests(), JobContext())}
    assert first == second


def test_drafts_stream_and_cancel_stops(installed_tiny_model):
    engine = ArgosEngine(installed_tiny_model, window_sentences=2)
    batches = []
    ctx = JobContext(on_progress=lambda done, total: batches.append(done))
    stream = engine.translate(requests(), ctx)
    first = next(stream)
    assert isinstance(first, Draft)
    assert batches[-1] < len(PARAGRAPHS)  # the first draft came before the rest was done
    second = next(stream)
    assert second.paragraph_id != first.paragraph_id
    ctx.cancel()
    with pytest.raises(Cancelled):
        next(stream)
    with pytest.raises(StopIteration):
        next(stream)
    assert batches[-1] < len(PARAGRAPHS)


def test_empty_requests_never_load_the_model(installed_tiny_model):
    engine = ArgosEngine(installed_tiny_model)
    drafts = list(engine.translate(requests(["", "  ", "\n"]), JobContext()))
    assert [d.text for d in drafts] == ["", "", ""]
    assert engine._translator is None


def test_very_long_sentence_is_translated_in_parts(installed_tiny_model):
    long_sentence = " ".join([ARABIC_LINES[1].rstrip(".")] * 12) + "."
    engine = ArgosEngine(installed_tiny_model, max_input_tokens=40)
    engine._ensure_loaded()
    pieces = engine._sp.encode(long_sentence, out_type=str)
    chunks = engine._chunks(pieces)
    assert len(chunks) > 1 and all(len(c) <= 40 for c in chunks)
    assert [p for c in chunks for p in c] == pieces  # nothing dropped
    assert all(c[0].startswith("▁") for c in chunks)  # cut at word starts
    [draft] = engine.translate(requests([long_sentence]), JobContext())
    parts = [engine._decode(tokens) for tokens in engine._translate_pieces(chunks)]
    assert draft.text == clean_translation(" ".join(parts))
    assert all(part.strip() for part in parts)


def test_damaged_model_is_a_clear_error(installed_tiny_model, tmp_path):
    import dataclasses
    import shutil

    broken = tmp_path / "broken"
    shutil.copytree(installed_tiny_model.path, broken)
    (broken / "model" / "model.bin").write_bytes(b"garbage")
    engine = ArgosEngine(dataclasses.replace(installed_tiny_model, path=broken))
    with pytest.raises(InvalidModelPackage, match="cannot be loaded"):
        list(engine.translate(requests(["جملة قصيرة."]), JobContext()))
