"""Scoring without a file: clitic- and variant-aware words, OmegaT's percent, numbers, penalties."""

from __future__ import annotations

import random

import pytest

from workbench.memory.scoring import (
    PENALTY_MACHINE, PENALTY_NUMBERS, PENALTY_OTHER_PROJECT, Query, distance, substitute_numbers,
)  # fmt: skip
from workbench.memory.tokens import analyse
from workbench.memory.units import Unit


def score(query: str, source: str, **unit):
    return Query(query, unit.pop("project_of_query", "")).match(Unit(source, "target", **unit))


def reference_distance(a, b) -> int:
    row = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        prev, row[0] = row[:], i
        for j in range(1, len(b) + 1):
            row[j] = min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] != b[j - 1]))
    return row[-1]


def test_bit_parallel_distance_equals_the_textbook_one():
    rng = random.Random(4)
    for _ in range(2000):
        a = [rng.randint(0, 5) for _ in range(rng.randint(0, 80))]  # past 64 words: big ints
        b = [rng.randint(-1, 5) for _ in range(rng.randint(0, 80))]
        assert distance(a, b) == reference_distance(a, b)


@pytest.mark.parametrize(
    "query, stored",
    [
        ("قالت وبالحكومة إن الخطة جاهزة", "قالت الحكومة إن الخطة جاهزة"),  # conjunction+preposition+article
        ("أعلن الرئيس أمس", "اعلن الرئيس امس"),  # hamza on alef
        ("إلى المدرسة", "الى المدرسه"),  # alef variants, ta marbuta / ha
        ("مشى إلى المستشفى", "مشي الي المستشفي"),  # alef maksura / ya
        ("كَتَبَ الطَّالِبُ الدَّرْسَ", "كتب الطالب الدرس"),  # diacritics
        ("وصل الوفـــد", "وصل الوفد"),  # tatweel
        ("زار حكومتنا أمس", "زار الحكومة أمس"),  # pronoun enclitic, ت restored to ة
        ("ووزير الخارجية وصل", "وزير الخارجية وصل"),
    ],
)
def test_clitics_and_letter_variants_are_the_same_words(query, stored):
    match = score(query, stored)
    assert match.score == 100
    assert match.raw_score < 100
    assert match.exact == (analyse(query).folded == analyse(stored).folded)


def test_exact_flag_needs_the_same_folded_text_not_just_the_same_stems():
    assert score("إلى المدرسة", "الى المدرسه").exact
    assert score("كَتَبَ الطَّالِبُ", "كتب الطالب").exact
    assert not score("وبالحكومة", "الحكومة").exact  # same stem, other word
    assert score("وبالحكومة", "الحكومة").score == 100


def test_words_that_only_look_cliticised_stay_different():
    assert score("كما قال", "ما قال").score == 50  # كما is not ك + ما
    assert score("مصري", "مصر").score == 0  # the nisba ي is not "my"
    assert score("هناك", "هنا").score == 0


def test_omegat_percent_on_a_known_edit():
    # 8 words against 8, two substituted: 100 * (8 - 2) / 8 = 75
    base = "ناقش المجلس اليوم مشروع القانون الجديد في جلسته"
    edited = "ناقش البرلمان اليوم مشروع القرار الجديد في جلسته"
    assert score(base, edited).score == 75
    # 7 words against 8 (one deleted): 100 * (8 - 1) / 8 = 87.5, rounded down
    assert score("ناقش المجلس اليوم مشروع القانون الجديد في", base).score == 87
    assert score(base, edited).raw_score == 75


def test_arabic_indic_persian_and_western_digits_are_the_same_number():
    for digits in ("٢٠٢٤", "۲۰۲۴", "2024"):
        match = score(f"في عام {digits} ارتفعت الأسعار", "في عام 2024 ارتفعت الأسعار")
        assert match.score == 100 and match.exact and match.penalties == ()


def test_numbers_that_differ_are_substituted_into_the_target_in_order():
    unit = Unit("ارتفع المؤشر ٣ نقاط في عام ٢٠٢٣", "The index rose 3 points in 2023")
    match = Query("ارتفع المؤشر 5 نقاط في عام ۲۰۲۴").match(unit)
    assert match.target == "The index rose 5 points in 2024"
    assert match.penalties == ("numbers differ",)
    assert match.score == 100 - PENALTY_NUMBERS
    assert not match.exact


def test_numbers_that_cannot_be_carried_over_count_as_different_words():
    unit = Unit("ارتفع المؤشر ٣ نقاط", "The index rose three points")  # no digit in the target
    match = Query("ارتفع المؤشر ٥ نقاط").match(unit)
    assert match.target == "The index rose three points"
    assert match.score == 75 - PENALTY_NUMBERS


def test_substitute_numbers_keeps_unchanged_numbers_and_refuses_missing_ones():
    assert substitute_numbers("In 2023, 4 of 10", ("2023", "4", "10"), ("2023", "7", "10")) == "In 2023, 7 of 10"
    assert substitute_numbers("In 2023, 4 of 10", ("2023", "9"), ("2023", "8")) is None
    assert substitute_numbers("1,500 people", ("1,500",), ("2,000",)) == "2,000 people"


def test_penalties():
    text = "افتتح الوزير المعرض الدولي للكتاب"
    own = Query(text, "project-a")
    assert own.match(Unit(text, "t", project="project-a")).score == 100
    other = own.match(Unit(text, "t", project="project-b"))
    assert other.score == 100 - PENALTY_OTHER_PROJECT and other.penalties == ("other project",)
    machine = own.match(Unit(text, "t", project="project-a", origin="machine"))
    assert machine.score == 100 - PENALTY_MACHINE and machine.penalties == ("machine origin",)
    assert machine.raw_score == 100  # penalties touch the folded score only
    imported = own.match(Unit(text, "t", origin="tmx"))  # no project: not another project's
    assert imported.penalties == ()
    both = Query("افتتح الوزير المعرض ٥", "project-a").match(
        Unit("افتتح الوزير المعرض ٤", "Opened 4", project="b", origin="machine"))
    assert both.penalties == ("other project", "machine origin", "numbers differ")
    assert both.score == 100 - PENALTY_OTHER_PROJECT - PENALTY_MACHINE - PENALTY_NUMBERS
    assert both.target == "Opened 5"
