"""clean_text: what every importer stores."""

from __future__ import annotations

import unicodedata

import pytest
from lxml import etree

from workbench.core.text import CleanResult, clean_text, normalize_line_ends


def test_presentation_forms_become_base_letters():
    # "مرحبا" written with initial/medial/final presentation forms
    assert clean_text("ﻣﺮﺣﺒﺎ").text == "مرحبا"


def test_lam_alef_ligatures_expand_in_logical_order():
    assert clean_text("ﻻ").text == "\u0644\u0627"  # lam, alef
    assert clean_text("ﻷ").text == "\u0644\u0623"  # lam, alef with hamza above (composed)
    assert clean_text("ﻵ").text == "\u0644\u0622"  # lam, alef with madda (composed)
    assert clean_text("ﺍﻟﺴﻼﻡ").text == "السلام"


def test_isolated_harakat_forms_do_not_insert_a_space():
    # meem + isolated fatha form (U+FE76): NFKC alone would give "م َ" and split the word
    assert clean_text("\u0645\ufe76\u0646").text == "\u0645\u064e\u0646"
    assert " " not in clean_text("\u0628\ufc60").text  # shadda+fatha isolated ligature


def test_allah_ligature_expands():
    assert clean_text("\ufdf2").text == "الله"


def test_output_is_nfc():
    decomposed = "\u0627\u0654"  # alef + combining hamza above
    result = clean_text(f"سـ{decomposed}ل")
    assert "\u0623" in result.text
    assert unicodedata.is_normalized("NFC", result.text)
    assert clean_text("e\u0301").text == "\u00e9"


def test_zwnj_and_zwj_are_kept():
    text = "می\u200cخواهم \u200dب"
    assert clean_text(text).text == text


@pytest.mark.parametrize("char", ["\u202b", "\u202e", "\u2067", "\u2069", "\u200f", "\u200e", "\u061c"])
def test_each_bidi_control_is_kept_and_counted(char):
    result = clean_text(f"نص{char}عربي")
    assert result.text == f"نص{char}عربي"
    assert result.bidi_controls == 1


def test_bidi_count_adds_up():
    assert clean_text("\u202bأ\u202c \u2067ب\u2069 \u200fج").bidi_controls == 5
    assert clean_text("بلا علامات").bidi_controls == 0


def test_vertical_tab_is_removed_and_counted():
    result = clean_text("سطر\x0bسطر")
    assert "\x0b" not in result.text
    assert result.text == "سطر\nسطر"  # a Word line break, not glued words
    assert result.removed_controls == 1


def test_xml_illegal_characters_are_removed():
    dirty = "أ\x00ب\x01ج\x08د\x0ee\x1ff\ufffeg\uffffh\ud800i\udfffj"
    result = clean_text(dirty)
    assert result.text == "أبجدefghij"
    assert result.removed_controls == 9
    # the proof that matters: lxml accepts the result where it refuses the input
    element = etree.Element("t")
    with pytest.raises(ValueError):
        element.text = dirty
    element.text = result.text


def test_tab_and_newline_survive():
    assert clean_text("a\tb\nc").text == "a\tb\nc"
    assert clean_text("a\tb\nc").removed_controls == 0


def test_stray_byte_order_mark_is_dropped():
    result = clean_text("\ufeffنص\ufeff")
    assert result.text == "نص"
    assert result.removed_controls == 2


@pytest.mark.parametrize("sep", ["\r\n", "\r", "\n", "\u2028", "\x85"])
def test_line_ends_become_newline(sep):
    assert clean_text(f"أ{sep}ب{sep}ج").text == "أ\nب\nج"


def test_paragraph_separator_becomes_blank_line():
    assert normalize_line_ends("أ\u2029ب") == "أ\n\nب"
    assert clean_text("أ\u2029ب").text == "أ\n\nب"


def test_crlf_is_one_line_end_not_two():
    assert clean_text("أ\r\n\r\nب").text == "أ\n\nب"


def test_result_type():
    result = clean_text("")
    assert result == CleanResult("", 0, 0)
