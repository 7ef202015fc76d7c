"""Sentence splitting: Arabic terminators, the comma that never splits, numbers kept whole."""

from __future__ import annotations

import pytest

from workbench.mt.sentences import split_sentences

CASES = [
    ("", []),
    ("   ", []),
    ("ذهب الولد إلى المدرسة.", ["ذهب الولد إلى المدرسة."]),
    ("أين الكتاب؟ إنه على الطاولة.", ["أين الكتاب؟", "إنه على الطاولة."]),
    ("قال: نعم؛ ثم خرج.", ["قال: نعم؛", "ثم خرج."]),
    ("يا له من يوم! عدنا متأخرين.", ["يا له من يوم!", "عدنا متأخرين."]),
    ("Is it far? No, it is near.", ["Is it far?", "No, it is near."]),
    # the Arabic comma never ends a sentence
    ("اشترى الخبز، والحليب، والجبن ثم عاد.", ["اشترى الخبز، والحليب، والجبن ثم عاد."]),
    # decimals, Latin and Arabic-Indic
    ("بلغ النمو 3.5 في المئة. وهذا جيد.", ["بلغ النمو 3.5 في المئة.", "وهذا جيد."]),
    ("بلغ النمو ٣٫٥ في المئة. وهذا جيد.", ["بلغ النمو ٣٫٥ في المئة.", "وهذا جيد."]),
    ("في عام 2020. بدأ المشروع.", ["في عام 2020.", "بدأ المشروع."]),
    # line ends always split, even without punctuation
    ("العنوان الأول\nنص الفقرة هنا", ["العنوان الأول", "نص الفقرة هنا"]),
    ("سطر أول\r\nسطر ثان\u2028سطر ثالث", ["سطر أول", "سطر ثان", "سطر ثالث"]),
    # ellipses
    ("انتظرنا طويلا… ثم وصل.", ["انتظرنا طويلا…", "ثم وصل."]),
    ("انتظرنا طويلا... ثم وصل.", ["انتظرنا طويلا...", "ثم وصل."]),
    # closing quotes and brackets stay with their sentence
    ("قالت: «سأعود غدا.» ثم ذهبت.", ["قالت: «سأعود غدا.»", "ثم ذهبت."]),
    ('He said "yes." Then he left.', ['He said "yes."', "Then he left."]),
    ("(انظر الملحق.) النص التالي.", ["(انظر الملحق.)", "النص التالي."]),
    # abbreviations and initials
    ("The U.S. economy grew. Prices fell.", ["The U.S. economy grew.", "Prices fell."]),
    ("Dr. Salem arrived. He sat down.", ["Dr. Salem arrived.", "He sat down."]),
    ("قال د. أحمد إن الوضع مستقر.", ["قال د. أحمد إن الوضع مستقر."]),
    ("It costs approx. five dinars.", ["It costs approx. five dinars."]),
    ("1. المقدمة", ["1. المقدمة"]),
    # Arabic initials: a letter after an opening bracket or quote, dotted initials, and Latin
    # letters spelled in Arabic script
    ("نقلت وكالة «أ. ب» النبأ. ثم نفته.", ["نقلت وكالة «أ. ب» النبأ.", "ثم نفته."]),
    ("(م. س) كاتب المقال.", ["(م. س) كاتب المقال."]),
    ("ألقى أ.د. سامر كلمة.", ["ألقى أ.د. سامر كلمة."]),
    ("كتب جي. كيه. رولينغ رواية. ثم نامت.", ["كتب جي. كيه. رولينغ رواية.", "ثم نامت."]),
    ("وصل إتش. دبليو. براون.", ["وصل إتش. دبليو. براون."]),
    # mixed and repeated terminators
    ("حقا؟! لا أصدق.", ["حقا؟!", "لا أصدق."]),
    # terminators not followed by space do not split
    ("زر الموقع example.com/page?id=3 اليوم.", ["زر الموقع example.com/page?id=3 اليوم."]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_split(text, expected):
    assert list(split_sentences(text).sentences) == expected


def test_separators_and_join():
    split = split_sentences("أين هو؟   هنا.\nسطر جديد. آخر")
    assert split.sentences == ("أين هو؟", "هنا.", "سطر جديد.", "آخر")
    assert split.separators == ("   ", "\n", " ")
    assert split.join(["Where is he?", "Here.", "New line.", "Last"]) == (
        "Where is he? Here.\nNew line. Last"
    )


def test_join_drops_empty_translations_without_double_spaces():
    split = split_sentences("واحد. اثنان.\nثلاثة.")
    assert split.join(["One.", "", "Three."]) == "One.\nThree."
    assert split.join(["", "Two.", "Three."]) == "Two.\nThree."
    with pytest.raises(ValueError):
        split.join(["only one"])


def test_sentences_cover_the_text():
    text = "الجملة الأولى. الثانية؟ الثالثة؛ الرابعة! والخامسة، دون نهاية"
    split = split_sentences(text)
    rebuilt = split.sentences[0] + "".join(
        sep + s for sep, s in zip(split.separators, split.sentences[1:], strict=True)
    )
    assert rebuilt == text
    assert len(split.sentences) == 5


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("الأولى. \u202c\nالثانية.", ["الأولى.", "الثانية."]),
        ("الأولى.\u202c الثانية.", ["الأولى.", "الثانية."]),
        ("\u202bالأولى.\u202c\n\u00ad", ["الأولى."]),
        ("\u200f\u00ad", []),
    ],
)
def test_invisible_format_characters_never_make_a_sentence(text, expected):
    split = split_sentences(text)
    assert list(split.sentences) == expected
    assert len(split.separators) == max(0, len(expected) - 1)
