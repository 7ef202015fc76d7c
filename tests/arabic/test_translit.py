"""Transliteration through CAMeL Tools' character maps, and diacritics removal."""

from __future__ import annotations

import pytest

from workbench.arabic.translit import (
    SCHEMES,
    dediacritize,
    from_buckwalter,
    to_buckwalter,
    to_readable,
    transliterate,
)


def test_buckwalter_round_trip():
    assert to_buckwalter("المَوْصِل") == "AlmawoSil"
    assert to_buckwalter("القاهرة") == "AlqAhrp"
    assert from_buckwalter("AlmawoSil") == "المَوْصِل"
    for word in ("شَمْس", "إِلَى", "مُؤْتَمَر", "سَيّارَة"):
        assert from_buckwalter(to_buckwalter(word)) == word


def test_readable_scheme_is_hsb():
    assert to_readable("شمس") == "šms"
    assert to_readable("القاهرة") == "AlqAhrħ"
    assert to_readable("عين") == "ςyn"


def test_safe_buckwalter_has_only_letters():
    safe = transliterate("شَيْء إِلَى", "safebw")
    assert safe.replace(" ", "").isalpha() and safe == "cayoC IilaY"


def test_non_arabic_text_passes_through():
    assert to_buckwalter("Cairo 2024, ok") == "Cairo 2024, ok"
    assert to_readable("القاهرة 12") == "AlqAhrħ 12"


def test_unknown_scheme_is_refused():
    with pytest.raises(ValueError):
        transliterate("شمس", "klingon")
    assert set(SCHEMES) == {"bw", "safebw", "hsb"}


def test_dediacritize():
    assert dediacritize("المَوْصِلُ") == "الموصل"
    assert dediacritize("سَيّارَةٌ") == "سيارة"
    assert dediacritize("بدون تشكيل") == "بدون تشكيل"
