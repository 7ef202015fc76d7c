"""OPUS-MT / Marian import and engine, on a tiny random Marian model built with transformers.

The model folder is what a Hugging Face download holds (config.json, model.safetensors,
source.spm, target.spm, vocab.json, tokenizer_config.json); the test converts it through the
users' import path and translates with sockets blocked.
"""

from __future__ import annotations

import json
import shutil

import pytest

from tests.fixtures.tiny_text import ARABIC_LINES
from workbench import paths
from workbench.core.errors import InvalidModelPackage
from workbench.core.jobs import JobContext
from workbench.core.model import Status, TranslationRequest
from workbench.mt.argos_packages import find_model, list_models, remove_model
from workbench.mt.cleanup import clean_translation
from workbench.mt.engine import Engine
from workbench.mt.engines import available_engines, get_engine
from workbench.mt.marian_engine import MarianEngine
from workbench.mt.marian_import import import_marian


@pytest.fixture(scope="module")
def marian_folder(tmp_path_factory):
    from tests.fixtures.tiny_marian import build_tiny_marian

    return build_tiny_marian(tmp_path_factory.mktemp("marian"))


@pytest.fixture
def installed_marian(marian_folder, no_network):
    model = import_marian(marian_folder)
    yield model
    remove_model(model.name)


def store_listing() -> list[str]:
    return sorted(p.name for p in paths.models_dir().iterdir())


def test_import_lists_with_kind_size_version_and_label(installed_marian):
    model = installed_marian
    assert (model.name, model.kind, model.pair, model.version) == ("opus-mt-ar-en", "marian", "ar-en", "1")
    assert model.model_id == "opus-mt-ar-en-1"
    for item in ("model/model.bin", "source.spm", "target.spm", "metadata.json"):
        assert (model.path / item).is_file()
    assert json.loads((model.path / "metadata.json").read_text())["quantization"] == "int8"
    [listed] = [m for m in list_models() if m.name == "opus-mt-ar-en"]
    assert listed.size_bytes == sum(p.stat().st_size for p in model.path.rglob("*") if p.is_file())
    assert "33.9" in listed.quality_label and "Mozilla" in listed.quality_label
    assert not [n for n in store_listing() if n.startswith(".tmp-")]


def test_tokens_and_greedy_output_match_transformers(marian_folder, tmp_path, no_network):
    """Our pipeline (source.spm + "</s>", zero-embedding start, target.spm) decodes exactly
    what transformers' MarianMTModel.generate decodes, on an unquantized conversion."""
    import torch
    from transformers import MarianMTModel, MarianTokenizer

    model = import_marian(marian_folder, name="opus-mt-ar-en-f32", quantization="float32")
    try:
        engine = MarianEngine(model, beam_size=1, compute_type="float32", max_decoding_length=12)
        engine._ensure_loaded()
        tokenizer = MarianTokenizer.from_pretrained(str(marian_folder))
        reference = MarianMTModel.from_pretrained(str(marian_folder)).eval()
        outputs = set()
        for text in ARABIC_LINES[:4]:
            ids = tokenizer(text).input_ids
            assert engine._source_tokens(engine._encode(text)) == tokenizer.convert_ids_to_tokens(ids)
            [ours] = engine._translate_pieces([engine._encode(text)])
            with torch.no_grad():
                out = reference.generate(
                    **tokenizer([text], return_tensors="pt"), num_beams=1, do_sample=False, max_new_tokens=12
                )
            theirs = tokenizer.convert_ids_to_tokens(out[0])[1:]  # after the <pad> start
            assert ours == theirs
            outputs.add(tuple(ours))
        assert len(outputs) > 1  # the source steers the output, so the comparison means something
    finally:
        remove_model(model.name)


def test_translates_streams_and_offers_alternatives(installed_marian):
    engine = get_engine("marian:opus-mt-ar-en", max_decoding_length=40)
    assert isinstance(engine, MarianEngine) and isinstance(engine, Engine)
    paragraphs = [" ".join(ARABIC_LINES[0:3]), "", ARABIC_LINES[3], "\n".join(ARABIC_LINES[4:6])]
    requests = [TranslationRequest(10 + i, text) for i, text in enumerate(paragraphs)]
    drafts = {d.paragraph_id: d for d in engine.translate(requests, JobContext())}
    assert sorted(drafts) == [10, 11, 12, 13]
    assert drafts[11].text == ""
    for pid in (10, 12, 13):
        draft = drafts[pid]
        assert (draft.engine, draft.model, draft.status) == ("marian", "opus-mt-ar-en-1", Status.MACHINE)
        assert draft.text.strip() and draft.text == clean_translation(draft.text)
    assert "\n" in drafts[13].text  # sentence splitting and re-joining are the shared ones

    alternatives = engine.alternatives("الحكومة", 4)
    assert 1 <= len(alternatives) <= 4 and len(set(alternatives)) == len(alternatives)
    assert all(a == clean_translation(a) and a.strip() for a in alternatives)
    assert engine.alternatives("  ", 4) == []


def test_default_engine_prefers_the_better_published_model(installed_marian, installed_tiny_model):
    # opus-mt ar-en (BLEU 33.9) outranks Argos 1.0 (29.5); "argos" still names the Argos one.
    assert isinstance(get_engine(None), MarianEngine)
    assert get_engine("argos").name == "argos"
    assert isinstance(get_engine("marian"), MarianEngine)
    names = available_engines()
    assert names.index("marian") < names.index("argos")
    assert "marian:opus-mt-ar-en" in names and "argos:translate-ar_en" in names
    with pytest.raises(Exception, match="not installed"):
        get_engine("argos:opus-mt-ar-en")  # a Marian model is not an Argos one


def test_broken_or_wrong_folders_are_refused_and_leave_nothing(marian_folder, tmp_path, no_network):
    before = store_listing()

    def copy(name):
        folder = tmp_path / name
        shutil.copytree(marian_folder, folder)
        return folder

    wrong = copy("opus-mt-ar-en-bert")
    config = json.loads((wrong / "config.json").read_text())
    (wrong / "config.json").write_text(json.dumps({**config, "model_type": "bert"}))
    with pytest.raises(InvalidModelPackage, match="not a Marian model"):
        import_marian(wrong)

    no_spm = copy("opus-mt-ar-en-nospm")
    (no_spm / "target.spm").unlink()
    with pytest.raises(InvalidModelPackage, match="target.spm is missing"):
        import_marian(no_spm)

    bad_spm = copy("opus-mt-ar-en-badspm")
    (bad_spm / "source.spm").write_bytes(b"not a model")
    with pytest.raises(InvalidModelPackage, match="source.spm is not a SentencePiece model"):
        import_marian(bad_spm)

    with pytest.raises(InvalidModelPackage, match="config.json is missing"):
        import_marian(tmp_path)

    unnamed = copy("mymodel")
    (unnamed / "tokenizer_config.json").unlink()
    with pytest.raises(InvalidModelPackage, match="--from and --to"):
        import_marian(unnamed)

    broken = copy("opus-mt-ar-en-broken")  # passes every check, fails in the converter
    (broken / "model.safetensors").write_bytes(b"\x00" * 64)
    with pytest.raises(InvalidModelPackage, match="conversion failed"):
        import_marian(broken)
    assert store_listing() == before  # no half-converted model, no temporary folder


def test_import_with_explicit_pair_and_name(marian_folder, tmp_path, no_network):
    unnamed = tmp_path / "mymodel"
    shutil.copytree(marian_folder, unnamed)
    (unnamed / "tokenizer_config.json").unlink()
    model = import_marian(unnamed, from_code="ar", to_code="en", name="my-ar-en")
    try:
        assert (model.name, model.pair, model.kind) == ("my-ar-en", "ar-en", "marian")
        assert model.quality_label is None  # no public figure: no label
        assert find_model("my-ar-en").kind == "marian"
    finally:
        remove_model("my-ar-en")


def test_a_converted_model_copied_elsewhere_installs_as_folder_or_zip(installed_marian, tmp_path):
    """A converted model carried on a USB stick (folder or zipped) installs like an Argos one."""
    import zipfile

    from workbench.mt.argos_packages import install_package

    copy = tmp_path / "usb" / "opus-mt-ar-en"
    shutil.copytree(installed_marian.path, copy)
    archive = tmp_path / "opus-mt-ar-en.argosmodel"
    with zipfile.ZipFile(archive, "w") as zf:
        for item in sorted(copy.rglob("*")):
            zf.write(item, f"opus-mt-ar-en/{item.relative_to(copy).as_posix()}")
    remove_model("opus-mt-ar-en")
    for source in (copy, archive):
        model = install_package(source)
        assert (model.name, model.kind, model.version) == ("opus-mt-ar-en", "marian", "1")
        assert get_engine("marian:opus-mt-ar-en").alternatives("الحكومة", 2)
    (copy / "target.spm").unlink()
    with pytest.raises(InvalidModelPackage, match="target.spm is missing"):
        install_package(copy)


def test_glossary_enforcement_wraps_the_marian_engine(installed_marian):
    from workbench.glossary.entries import Glossary, GlossaryEntry
    from workbench.mt.glossary_enforcer import GlossaryEngine

    glossary = Glossary([GlossaryEntry("الحكومة", "the Government", id=1)])
    inner = MarianEngine(installed_marian, max_decoding_length=24)
    requests = [TranslationRequest(1, "الحكومة"), TranslationRequest(2, ARABIC_LINES[1])]
    plain = {d.paragraph_id: d.text for d in inner.translate(requests, JobContext())}
    drafts = {d.paragraph_id: d for d in GlossaryEngine(inner, glossary).translate(requests, JobContext())}
    assert {d.engine for d in drafts.values()} == {"marian"}
    # the term alone renders as the model renders it alone: found among its renderings, replaced
    assert drafts[1].text == "The Government" and plain[1] != drafts[1].text
    assert drafts[2].text == plain[2]  # no term: the model's own text


def test_without_transformers_the_refusal_says_how_to_convert(marian_folder, monkeypatch):
    """The standalone application has no torch/transformers: say what to do instead."""
    import sys

    before = store_listing()
    monkeypatch.setitem(sys.modules, "transformers", None)  # as if it were not installed
    with pytest.raises(InvalidModelPackage, match="needs transformers.*pip installation"):
        import_marian(marian_folder)
    assert store_listing() == before
