"""Match keys agree with camel-tools' pipeline, and the offset map points back into the source."""

from __future__ import annotations

import unicodedata

import pytest
from camel_tools.utils.charsets import AR_DIAC_CHARSET
from camel_tools.utils.dediac import dediac_ar
from camel_tools.utils.normalize import (
    normalize_alef_ar,
    normalize_alef_maksura_ar,
    normalize_teh_marbuta_ar,
    normalize_unicode,
)
from hypothesis import given, settings
from hypothesis import strategies as st

from workbench.arabic import normalize
from workbench.arabic.normalize import (
    clitic_key,
    clitic_key_with_map,
    fold_clitic_key,
    match_key,
    match_key_map,
    match_key_with_map,
    source_span,
    strip_diacritics,
)

# The folds we add after camel-tools' pipeline, spelled out independently of the module.
_OUR_FOLDS = {
    "ـ": "", "\u200c": "", "\u200d": "", "\u200e": "", "\u200f": "", "\u061c": "", "\ufeff": "",
    "\u00ad": "", "\u0653": "", "\u0654": "", "\u0655": "", "\u0610": "", "\u06d6": "",
    "ؤ": "ء", "ئ": "ء", "ی": "ي", "ک": "ك", "ھ": "ه", "٫": ".", "٬": ",", "٪": "%",
    **{chr(0x0660 + d): str(d) for d in range(10)},
    **{chr(0x06F0 + d): str(d) for d in range(10)},
}


def camel_pipeline(text: str) -> str:
    text = normalize_unicode(text)
    text = dediac_ar(text)
    text = normalize_alef_ar(text)
    text = normalize_alef_maksura_ar(text)
    return normalize_teh_marbuta_ar(text)


def reference_key(text: str) -> str:
    return camel_pipeline(text).translate(str.maketrans(_OUR_FOLDS)).casefold()


PLAIN_CAMEL = [  # nothing here that our extra folds touch: the key is camel's output exactly
    "الحُكُومَةُ",
    "وَبِالْحُكُومَةِ",
    "إِلَى أَيْنَ؟",
    "مُسْتَشْفًى",
    "آمنة ٱلرَّحْمَٰنِ",
    "لِلْأُمَمِ الْمُتَّحِدَةِ",
    "مَدْرَسَةٌ وَمُعَلِّمٌ",
    "ﻻ ﷲ ﷽",  # presentation forms and ligatures: camel's NFKC and its own fixes
    "ا\u0654 ا\u0655 ا\u0653",  # hamza and madda written as separate marks
    "plain ascii, 123.",
]

WITH_OUR_FOLDS = [
    "الحكـــومة",
    "و\u0654 ي\u0654 ر\u0654",  # composes to ؤ ئ (then ء); on ر it stays a stray mark
    "مسئول مسؤول ومسؤوليتها",
    "عام ٢٠٢٤ و۱۴۰۳ ٣٫٥٪",
    "کتاب فارسی",
    "نص\u200cمع\u200fعلامات",
    "The United Nations, UNESCO and İstanbul Straße",
    "سُورَةُ ٱلْفَاتِحَةِ ۖ ذَٰلِكَ",
]


@pytest.mark.parametrize("text", PLAIN_CAMEL)
def test_key_is_camel_tools_pipeline(text):
    assert match_key(text) == camel_pipeline(text).casefold()


@pytest.mark.parametrize("text", PLAIN_CAMEL + WITH_OUR_FOLDS)
def test_key_is_camel_pipeline_plus_documented_folds(text):
    assert match_key(text) == reference_key(text)
    assert match_key_with_map(text)[0] == match_key(text)


def test_our_diacritics_include_camel_tools_set():
    assert {ord(c) for c in AR_DIAC_CHARSET} <= normalize.DIACRITICS


def test_examples():
    assert match_key("وَبِالحُكُومَةِ") == "وبالحكومه"
    assert match_key("أإآٱا") == "ااااا"
    assert match_key("مستشفى") == "مستشفي"
    assert match_key("مسئول") == match_key("مسؤول") == "مسءول"
    assert match_key("٠١٢٣٤٥٦٧٨٩ ۰۱۲۳۴۵۶۷۸۹") == "0123456789 0123456789"
    assert match_key("کی") == "كي"
    assert match_key("The GOVERNMENT") == "the government"
    assert match_key("") == ""


def test_offsets_cover_diacritics_and_tatweel():
    text = "قالت وَبِالحُكُـومَةِ اليوم"
    key, offsets = match_key_with_map(text)
    assert len(offsets) == len(key)
    k = key.index("حكومه")
    start, end = source_span(offsets, k, k + len("حكومه"))
    # the span ends after the kasra of the last letter and includes the tatweel inside
    assert text[start:end] == "حُكُـومَةِ"
    start, end = source_span(offsets, k - 2, k)
    assert text[start:end] == "ال"


def test_offsets_map_each_key_char_to_its_source():
    text = "مُعَلِّمٌ ٢٠ ﻻ"
    key, offsets = match_key_with_map(text)
    assert key == "معلم 20 لا"
    assert [text[s:e] for s, e in offsets] == ["مُ", "عَ", "لِّ", "مٌ", " ", "٢", "٠", " ", "ﻻ", "ﻻ"]


def test_clitic_key_keeps_hamza_alef_and_teh_marbuta():
    text = "الأُمَمِ المتحدة وإنّ آمنة"
    assert clitic_key(text) == "الأمم المتحدة وإن آمنة"
    assert fold_clitic_key(clitic_key(text)) == match_key(text)
    assert clitic_key_with_map(text)[1] == match_key_with_map(text)[1]


def test_strip_diacritics_keeps_letters_hamza_and_tatweel():
    assert strip_diacritics("هٰذَا الـكِتَابُ لِأُمِّهِ") == "هذا الـكتاب لأمه"
    assert strip_diacritics("ا\u0654") == "ا\u0654"
    text = "وَبِالحُكُومَةِ"
    assert match_key(strip_diacritics(text)) == match_key(text)


def test_composing_set_covers_unicode_data():
    """Every character NFC can merge into its predecessor is known to the fast path."""
    seconds = set()
    for cp in range(0x110000):
        decomposition = unicodedata.decomposition(chr(cp))
        if decomposition and not decomposition.startswith("<"):
            parts = decomposition.split()
            if len(parts) == 2:
                seconds.add(int(parts[1], 16))
    assert seconds <= normalize._COMPOSING
    assert not seconds & normalize._folder(False).safe


_ALPHABET = (
    "ابتثجحخدذرزسشصضطظعغفقكلمنهويءأإآٱؤئىةـ"  # letters, hamza forms, tatweel
    "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0670\u0653\u0654\u0655\u06d6"
    "٠١٩۴ﻻﺍﺑﷲ\ufdfd\u200c\u200f\u00a0 \n.،؟"
    "aZßİÀe\u0301\u0327\u0300K"
)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=_ALPHABET, max_size=24))
def test_key_and_map_agree_with_reference_on_any_mix(text):
    key, offsets = match_key_with_map(text)
    assert key == match_key(text) == reference_key(text)
    assert len(offsets) == len(key)
    spans = list(dict.fromkeys(offsets))  # a ligature yields several key chars from one span
    for (s1, e1), (s2, e2) in zip(spans, spans[1:]):
        assert e1 == s2, "spans are contiguous: what folds away belongs to the letter before"
    for s, e in spans:
        assert 0 <= s < e <= len(text)
    assert "".join(match_key(text[s:e]) for s, e in spans) == key
    assert clitic_key_with_map(text)[1] == offsets
    assert fold_clitic_key(clitic_key(text)) == key
    km = match_key_map(text)
    assert km.key == key
    for start in range(len(key)):
        assert km.span(start, len(key)) == source_span(offsets, start, len(key))
        assert km.span(0, start + 1) == source_span(offsets, 0, start + 1)


@pytest.mark.parametrize(
    "text",
    [
        "الحكومة قررت",  # common path, nothing deleted: identity map
        "الحُكومةُ قررت",  # common path with deletions
        "ﺍﻟﺤﻜﻮﻣﺔ Über",  # presentation forms and a Latin capital: the translate table
        "ﻻ بد",  # a ligature: per-cluster path
    ],
)
def test_key_map_on_every_path(text):
    km = match_key_map(text)
    key, offsets = match_key_with_map(text)
    assert km.key == key == reference_key(text)
    assert km.offsets() == offsets
    assert km.span(0, len(key)) == (0, len(text))
    with pytest.raises(ValueError):
        km.span(2, 2)
