"""Clitic readings of written words and the base form offered when adding a glossary term."""

from __future__ import annotations

import pytest

from workbench.arabic.clitics import base_form, candidate_stems, readings
from workbench.arabic.normalize import clitic_key


@pytest.mark.parametrize(
    ("word", "stem"),
    [
        ("وبالحكومة", "حكومه"),  # و + ب + ال
        ("للحكومة", "حكومه"),  # ل + ال contracted
        ("فلحكومتنا", "حكومه"),  # ف + ل, ت+نا restores ة
        ("مستشفاه", "مستشفي"),  # ا+ه restores ى (keyed ي)
        ("وسيعمل", "يعمل"),  # future س before an imperfect prefix
        ("كتابًا", "كتاب"),  # tanwin alef
        ("علماؤه", "علماء"),  # hamza seats fold together
        ("لليل", "ليل"),  # li + al + a ل-initial stem
    ],
)
def test_candidate_stems_include_the_stem(word, stem):
    assert stem in candidate_stems(word)


@pytest.mark.parametrize(
    ("word", "not_stem"),
    [
        ("معلم", "علم"),  # م is no clitic
        ("حكمة", "حكم"),  # a written ة is never the pronoun ه
        ("سعيد", "عيد"),  # future س only before ي ت ن أ
        ("العلمي", "علم"),  # the article and an enclitic never come together
        ("الله", "له"),  # ال of الله is not the article
        ("أمل", "مل"),  # a hamzated alef is never the article's
    ],
)
def test_candidate_stems_exclude_impossible_readings(word, not_stem):
    assert not_stem not in candidate_stems(word)


def test_readings_positions_and_order():
    options = readings(clitic_key("وبالحكومة"))
    assert options[0].stem == "وبالحكومه" and options[0].stripped == 0
    full = [r for r in options if r.article][0]
    assert (full.start, full.stem_start, full.end, full.proclitics) == (2, 4, 9, "وب")
    contracted = [r for r in readings(clitic_key("للحكومة")) if r.article and r.stem == "حكومه"][0]
    assert contracted.start == contracted.stem_start == 2  # no written article to highlight
    suffixed = [r for r in readings(clitic_key("حكومتنا")) if r.restored][0]
    assert (suffixed.end, suffixed.suffix, suffixed.restored) == (5, "نا", "ة")
    assert [r.stripped for r in options] == sorted(r.stripped for r in options)
    assert readings("") == ()


@pytest.mark.parametrize(
    ("selection", "base"),
    [
        ("وبالحكومة", "حكومة"),
        ("للحكومة", "حكومة"),
        ("الحُكومةَ", "حكومة"),
        ("حكومتنا", "حكومة"),
        ("كتابهم", "كتاب"),
        ("وزارة", "وزارة"),  # و is part of the word: without an article after it, it stays
        ("تفاهم", "تفاهم"),  # هم is kept when the stem would be this short
        ("للغة", "لغة"),
        ("للأمم المتحدة", "الأمم المتحدة"),  # phrases keep their articles
        ("والبنك الدولي", "البنك الدولي"),
        ("رئيس وزرائها", "رئيس وزراء"),
        ("  ", ""),
    ],
)
def test_base_form(selection, base):
    assert base_form(selection) == base


def test_base_form_prefers_what_a_lexicon_knows():
    lexicon = {"حكومة", "جنة", "لجنة"}
    assert base_form("فلحكومتنا", known=lexicon.__contains__) == "حكومة"
    assert base_form("لجنتنا", known=lexicon.__contains__) == "لجنة"  # least stripped known reading
    assert base_form("فلحكومتنا") == "فلحكومة"  # without a lexicon ف and ل stay
