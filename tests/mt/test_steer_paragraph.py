"""Steering at paragraph level: English sentence spans, the sentence at a cursor and its Arabic
partner, a chosen sentence put back; the engine calls through the tiny Argos model."""

from __future__ import annotations

from tests.fixtures.tiny_text import ARABIC_LINES
from workbench.mt.steer_paragraph import (
    completion_at, place_at, sentence_options_at, source_for, typing_place, word_options_at,
)  # fmt: skip
from workbench.mt.steer_sentences import arabic_spans, english_spans, span_at

ENGLISH = 'Mr. Smith came. He saw U.S. troops. Then e.g. this! And "quoted." Next\nline'
SOURCE = ARABIC_LINES[2]  # two sentences: a question, then a statement
TWO = "Do you know where the new museum is? I heard it is near the river."


def texts(text: str) -> list[str]:
    return [text[a:b] for a, b in english_spans(text)]


def test_english_spans_skip_abbreviations_and_initials():
    assert texts(ENGLISH) == ["Mr. Smith came.", "He saw U.S. troops.", "Then e.g. this!",
                              'And "quoted."', "Next", "line"]  # fmt: skip
    assert texts("It rose 3.5 percent.\n1. First item") == ["It rose 3.5 percent.", "1. First item"]
    assert texts("He said no. then left.") == ["He said no. then left."]
    assert english_spans("   ") == []


def test_arabic_spans_follow_the_engine_split():
    spans = arabic_spans(SOURCE)
    assert [SOURCE[a:b] for a, b in spans] == ["هل تعرف أين يقع المتحف الجديد؟", "سمعت أنه قريب من النهر."]
    assert span_at(spans, 0) == 0 and span_at(spans, spans[1][0]) == 1 and span_at([], 3) == -1


def test_place_at_finds_the_sentence_and_its_arabic_partner():
    place = place_at(SOURCE, TWO, TWO.index("heard"))
    assert (place.index, place.english, place.source_index) == (1, "I heard it is near the river.", 1)
    assert place.source == "سمعت أنه قريب من النهر."
    assert place.put(TWO, "New one.") == "Do you know where the new museum is? New one."
    assert place_at(SOURCE, TWO, 0).source_index == 0
    assert source_for(3, 4, [(0, 1), (2, 3)]) == 1 and source_for(0, 1, []) == -1


def test_typing_place_is_the_sentence_being_typed():
    assert typing_place(SOURCE, "Do you know").english == "Do you know"
    new = typing_place(SOURCE, "Do you know where it is? ")
    assert (new.index, new.english, new.source_index) == (1, "", 1)
    assert typing_place(SOURCE, "Do you know where it is? I hea").english == "I hea"
    assert typing_place(SOURCE, "Ask Mr. ").english == "Ask Mr. "


def test_paragraph_calls_through_the_engine(installed_tiny_model, no_network):
    from workbench.mt.argos_engine import ArgosEngine

    engine = ArgosEngine(installed_tiny_model)
    place, options = sentence_options_at(engine, SOURCE, TWO, TWO.index("heard"), 3)
    assert options and place.index == 1
    for option in options:
        changed = place.put(TWO, option.text)
        assert changed.startswith("Do you know where the new museum is? ") and changed.endswith(option.text)

    place, index, options = word_options_at(engine, SOURCE, TWO, TWO.index("heard") + 2, 3)
    assert (place.index, index) == (1, 1)
    for option in options:
        assert option.text.startswith("I ") and option.word != "heard"

    typed = "Do you know where it is? I "
    place, done = completion_at(engine, SOURCE, typed)
    assert place.source_index == 1 and done.typed == "I " and done.suffix and not done.suffix[0].isspace()
