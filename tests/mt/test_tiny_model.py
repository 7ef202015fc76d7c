"""The fixture model builder: deterministic, a real package, decoding that stops on its own."""

from __future__ import annotations

import zipfile

from tests.fixtures.tiny_model import build_tiny_argos_package
from tests.fixtures.tiny_text import ARABIC_LINES
from workbench.mt.argos_engine import ArgosEngine


def test_same_seed_same_bytes(tmp_path):
    small = dict(d_model=16, layers=1, heads=2, ffn_dim=32, vocab_size=300)
    one = build_tiny_argos_package(tmp_path / "one", **small)
    two = build_tiny_argos_package(tmp_path / "two", **small)
    other = build_tiny_argos_package(tmp_path / "three", seed=99, **small)

    def members(path):
        with zipfile.ZipFile(path) as zf:
            return {info.filename: zf.read(info) for info in zf.infolist()}

    assert members(one) == members(two)
    model_bin = "translate-ar_en-1_0/model/model.bin"
    assert members(one)[model_bin] != members(other)[model_bin]


def _lengths(model, compute_type):
    engine = ArgosEngine(model, compute_type=compute_type)
    engine._ensure_loaded()
    pieces = [engine._sp.encode(line, out_type=str) for line in ARABIC_LINES]
    outputs = engine._translate_pieces(pieces)
    return [(len(src), len(out)) for src, out in zip(pieces, outputs, strict=True)]


def test_target_length_follows_source_length(installed_tiny_model):
    """The length head (see tiny_model) in exact arithmetic: every sentence gets a target
    of about its own source length."""
    lengths = _lengths(installed_tiny_model, "float32")
    ratios = [out / src for src, out in lengths]
    assert all(out >= 3 for _, out in lengths)
    assert all(0.3 < r < 2.0 for r in ratios)  # stops on its own, far below the 256 cap
    assert 0.6 < sum(ratios) / len(ratios) < 1.4


def test_int8_decoding_stops_on_its_own(installed_tiny_model):
    """int8, as Argos packages ship: CTranslate2's int8 GEMM differs between CPUs (AVX2 without
    VNNI saturates 16-bit partial sums), so on some machines a sentence or two ends early.
    What tests and benchmarks rely on holds everywhere: no sentence runs on towards the cap,
    and lengths follow the source on average."""
    lengths = _lengths(installed_tiny_model, "int8")
    ratios = [out / src for src, out in lengths]
    assert all(r < 2.0 for r in ratios)
    assert sum(out >= 3 for _, out in lengths) >= 0.9 * len(lengths)
    assert 0.6 < sum(ratios) / len(ratios) < 1.4
