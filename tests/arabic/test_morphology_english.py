"""English renderings of analyses for gloss drafts: word rules, phrase rules, inflection."""

from __future__ import annotations

import pytest

from workbench.arabic.morphology.analyzer import default_analyzer
from workbench.arabic.morphology.english import english, first_alternative
from workbench.arabic.morphology.inflect import past_tense, plural, third_person
from workbench.arabic.morphology.phrases import render


@pytest.mark.parametrize(
    "gloss,expected",
    [
        ("escape;fleeing", "escape"),
        ("it/them/her", "it"),
        ("more/most generous", "more generous"),
        ("like/such as", "like"),
        ("Mosul (Iraq)", "Mosul"),
        ("[fem.sg.]", ""),
        ("you [masc.sg.]", "you"),
    ],
)
def test_first_alternative(gloss, expected):
    assert first_alternative(gloss) == expected


@pytest.mark.parametrize(
    "verb,past,third",
    [("decide", "decided", "decides"), ("say", "said", "says"), ("study", "studied", "studies"),
     ("stop", "stopped", "stops"), ("visit", "visited", "visits"), ("go", "went", "goes"),
     ("take an oath", "took an oath", "takes an oath"), ("said", "said", None)],
)
def test_verb_inflection(verb, past, third):
    assert past_tense(verb) == past
    if third is not None:  # BAMA glosses some perfect stems in the past already: kept
        assert third_person(verb) == third


@pytest.mark.parametrize(
    "noun,expected",
    [("city", "cities"), ("teacher", "teachers"), ("bus", "buses"), ("child", "children"),
     ("prime minister", "prime ministers"), ("books", "books"), ("day", "days")],
)
def test_plural(noun, expected):
    assert plural(noun) == expected


WORDS = [
    ("الحكومة", "the government"),
    ("والحكومة", "and the government"),
    ("بالمدينة", "with the city"),
    ("القاهرة", "Cairo"),  # a name drops the article
    ("الموصل", "Mosul"),
    ("كتابه", "its book"),  # possessive before the noun
    ("مدرستنا", "our school"),
    ("قررت", "decided"),  # perfect verb in the past, 3rd person subject dropped
    ("وقالت", "and said"),
    ("فقالوا", "and they said"),
    ("يستمر", "continues"),
    ("سنذهب", "we will go"),
    ("وسيقولون", "and they will say"),
    ("ليكتب", "to write"),
    ("كتبناه", "we wrote it"),
    ("يزورونها", "they visit it"),
    ("المعلمون", "the teachers"),
    ("مدينتين", "two cities"),
    ("فيه", "in it"),
    ("عشرين", "twenty"),
    ("الأحد", "Sunday"),
    ("م", "AD"),  # a gloss that is all notes, "(A.D.);M;13th;meter": the first, without points
]


@pytest.mark.parametrize("word,expected", WORDS)
def test_word_english(word, expected):
    best = default_analyzer().best(word)
    assert best is not None
    assert english(best) == expected


def _render(text: str) -> list[str | None]:
    analyzer = default_analyzer()
    return render([analyzer.best(w) for w in text.split()])


def test_adjectives_move_before_their_noun():
    assert _render("الحكومة العراقية") == ["the Iraqi government", ""]
    assert _render("الشركات المحلية") == ["the local companies", ""]
    assert _render("رسالة طويلة") == ["tall letter", ""]


def test_construct_state_reads_of():
    assert _render("وزير النقل") == ["minister of", "the transportation"]
    assert _render("نهاية الشهر") == ["end of", "the month"]


def test_that_before_an_imperfect_verb_reads_to():
    assert _render("يتوقع أن يزوره") == ["expects", "to", "visit it"]
    assert _render("قال أن الحكومة")[1] == "that"


def test_unknown_words_stay_none():
    assert render([None, default_analyzer().best("الكتاب"), None]) == [None, "the book", None]


def test_a_word_that_starts_with_the_preposition_before_it_says_it_once():
    assert _render("على وشك الانهيار") == ["", "on the verge of", "the collapse"]
