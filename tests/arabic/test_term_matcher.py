"""The glossary matcher on a table of inflected forms, with precision and recall printed."""

from __future__ import annotations

import pytest

from workbench.arabic.term_matcher import (
    InvalidTerm,
    Term,
    TermHit,
    TermMatcher,
    english_present,
    find_english,
    forbidden_present,
)

# (term, mode, text, what the hit must cover in the text - None when nothing may be found)
POSITIVE = [
    ("الحكومة", "smart", "وقالت وبالحكومة ثقة", "الحكومة"),
    ("الحكومة", "smart", "رسالة للحكومة", "حكومة"),
    ("الحكومة", "smart", "إن الحُكومةَ قررت", "الحُكومةَ"),
    ("الحكومة", "smart", "فلحكومتنا رأي آخر", "حكومت"),
    ("الحكومة", "smart", "انتقدوا حكومتهم", "حكومت"),
    ("الحكومة", "smart", "تشكيل حكومة جديدة", "حكومة"),
    ("الحكومة", "smart", "قررت الحكومه ذلك", "الحكومه"),
    ("الحكومة", "smart", "الحكـــومة تعمل", "الحكـــومة"),
    ("الحكومة", "smart", "وَالْحُكُومَةُ مَسْؤُولَةٌ", "الْحُكُومَةُ"),
    ("الحكومة", "smart", "تصرف كالحكومة", "الحكومة"),
    ("الحكومة", "smart", "وللحكومة حق", "حكومة"),
    ("الحكومة", "smart", "حُكُـومَتُنا قوية", "حُكُـومَتُ"),
    ("حكومة", "smart", "أعلنت الحكومة", "الحكومة"),
    ("حكم", "smart", "صدر الحكم أمس", "الحكم"),
    ("حكم", "smart", "التزم بحكمه", "حكم"),
    ("حكم", "smart", "وحكمها نهائي", "حكم"),
    ("علم", "smart", "طلب والعلم", "العلم"),
    ("علم", "smart", "انتفع بعلمه", "علم"),
    ("علم", "smart", "ازداد علمًا", "علمً"),
    ("علم", "smart", "جائزة للعلم", "علم"),
    ("سلام", "smart", "عاشوا في السلام", "السلام"),
    ("سلام", "smart", "ناموا بسلام", "سلام"),
    ("سلام", "smart", "والسلام عليكم", "السلام"),
    ("مستشفى", "smart", "دخل المستشفى", "المستشفى"),
    ("مستشفى", "smart", "وصل مستشفاه", "مستشفا"),
    ("مستشفى", "smart", "نقل بالمستشفي", "المستشفي"),
    ("الأمم المتحدة", "smart", "رسالة للأمم المتحدة", "أمم المتحدة"),
    ("الأمم المتحدة", "smart", "والأمم المتحدة ترحب", "الأمم المتحدة"),
    ("الأمم المتحدة", "smart", "تقرير الامم المتحده", "الامم المتحده"),
    ("الأمم المتحدة", "smart", "بالأُمَمِ المُتَّحِدَةِ", "الأُمَمِ المُتَّحِدَةِ"),
    ("وزارة الخارجية", "smart", "ووزارة الخارجية أصدرت", "وزارة الخارجية"),
    ("وزارة الخارجية", "smart", "بيان لوزارة الخارجية", "وزارة الخارجية"),
    ("وزارة الخارجية", "smart", "بوزارة الخارجيّة", "وزارة الخارجيّة"),
    ("البنك الدولي", "smart", "قرض للبنك الدولي", "بنك الدولي"),
    ("البنك الدولي", "smart", "والبنك الدولي يتوقع", "البنك الدولي"),
    ("رئيس الوزراء", "smart", "ورئيس الوزراء حاضر", "رئيس الوزراء"),
    ("رئيس الوزراء", "smart", "مكتب لرئيس الوزراء", "رئيس الوزراء"),
    ("رئيس وزراء", "smart", "استقبل رئيس وزرائها", "رئيس وزرائ"),
    ("اللغة العربية", "smart", "كتب باللغة العربية", "اللغة العربية"),
    ("اللغة العربية", "smart", "مجمع للغة العربية", "لغة العربية"),
    ("الليل", "smart", "سهروا لليل طويل", "ليل"),
    ("مال", "smart", "تبرع بماله", "مال"),
    ("مال", "smart", "جمع والمال", "المال"),
    ("إسلام", "smart", "تاريخ الإسلام", "الإسلام"),
    ("إسلام", "smart", "وبالاسلام", "الاسلام"),
    ("الحكومة", "smart", "هذه حكومتي", "حكومت"),
    ("كتاب", "smart", "وكتابهم جديد", "كتاب"),
    ("كتاب", "smart", "أعجبني بكتابك", "كتاب"),
    ("مسؤول", "smart", "قال المسئول", "المسئول"),
    ("مسؤول", "smart", "ومسؤولنا غائب", "مسؤول"),
    ("مبنى", "smart", "سقط المبنى", "المبنى"),
    ("مبنى", "smart", "هدم مبناه", "مبنا"),
    ("يعمل", "smart", "وسيعمل غدا", "يعمل"),
    ("دين", "smart", "حرية الدين", "الدين"),
    ("دين", "smart", "تمسك بدينه", "دين"),
    ("التزام", "smart", "وفاء بالتزامه", "التزام"),
    ("التزام", "smart", "التزامًا بالقانون", "التزامً"),
    ("الوطن", "smart", "حب الوطن", "الوطن"),
    ("الوطن", "smart", "لوطنهم", "وطن"),
    ("ذكاء اصطناعي", "smart", "تطور الذكاء الاصطناعي", "الذكاء الاصطناعي"),
    ("ذكاء اصطناعي", "smart", "برنامج ذكاء اصطناعي", "ذكاء اصطناعي"),
    ("وزير خارجية", "smart", "صرح وزير الخارجية", "وزير الخارجية"),
    ("الاتحاد الأوروبي", "smart", "انضم للاتحاد الأوروبي", "اتحاد الأوروبي"),
    ("شؤون", "smart", "وزير الشئون الاجتماعية", "الشئون"),
    ("كوفيد 19", "smart", "انتشار كوفيد ١٩ سريع", "كوفيد ١٩"),
    ("نظام", "exact", "نظام جديد", "نظام"),
    ("نظام", "exact", "هذا نِظامُ الحكم", "نِظامُ"),
    ("الأمن", "exact", "مجلس الامن", "الامن"),
]

NEGATIVE = [
    ("حكم", "smart", "تشكيل حكومة جديدة", None),
    ("حكم", "smart", "بالحكمة والموعظة", None),
    ("حكم", "smart", "أمام المحكمة", None),
    ("حكم", "smart", "قال الحكماء", None),
    ("حكم", "smart", "حكام الولايات", None),
    ("حكم", "smart", "أحكام القانون", None),
    ("حكم", "smart", "يحكم البلاد", None),
    ("علم", "smart", "جاء المعلم", None),
    ("علم", "smart", "اجتمع علماء", None),
    ("علم", "smart", "تعليم الأطفال", None),
    ("علم", "smart", "حول العالم", None),
    ("علم", "smart", "يعلم الجميع", None),
    ("علم", "smart", "وضع علامة", None),
    ("علم", "smart", "البحوث العلمية", None),
    ("علم", "smart", "معلومات كثيرة", None),
    ("سلام", "smart", "دخل في الإسلام", None),
    ("سلام", "smart", "الفن الإسلامي", None),
    ("سلام", "smart", "رفض الاستسلام", None),
    ("سلام", "smart", "قواعد السلامة", None),
    ("سلام", "smart", "كل مسلم", None),
    ("مستشفى", "smart", "افتتاح مستشفيات", None),
    ("الأمم المتحدة", "smart", "أمم متحدة ضد الفقر", None),
    ("الأمم المتحدة", "smart", "الأمم، المتحدة", None),
    ("الأمم المتحدة", "smart", "الأمم غير المتحدة", None),
    ("وزارة الخارجية", "smart", "وزارة خارجية قوية", None),
    ("وزارة الخارجية", "smart", "وزارة التجارة الخارجية", None),
    ("البنك الدولي", "smart", "افتتح بنك دولي", None),
    ("البنك الدولي", "smart", "البنوك الدولية", None),
    ("رئيس الوزراء", "smart", "رئيسة الوزراء", None),
    ("اللغة العربية", "smart", "لغة عربية سليمة", None),
    ("مال", "smart", "جمع أموال", None),
    ("مال", "smart", "حسن جمال المكان", None),
    ("إسلام", "smart", "قال سلام", None),
    ("إسلام", "smart", "الدول الإسلامية", None),
    ("كتاب", "smart", "فن الكتابة", None),
    ("كتاب", "smart", "كاتب مشهور", None),
    ("كتاب", "smart", "زار المكتبة", None),
    ("كتاب", "smart", "قرأ الكتب", None),
    ("كتاب", "smart", "كتابات قديمة", None),
    ("مسؤول", "smart", "تحمل المسؤولية", None),
    ("مبنى", "smart", "مباني المدينة", None),
    ("مبنى", "smart", "أعمال البناء", None),
    ("يعمل", "smart", "الموظفون يعملون", None),
    ("يعمل", "smart", "عمل جيد", None),
    ("عمل", "smart", "داخل المعمل", None),
    ("عمل", "smart", "سوء الاستعمال", None),
    ("عمل", "smart", "عملية جراحية", None),
    ("عمل", "smart", "إضراب العمال", None),
    ("أمن", "smart", "كل مؤمن", None),
    ("أمن", "smart", "أداء الأمانة", None),
    ("دين", "smart", "سكان المدينة", None),
    ("الوطن", "smart", "النشيد الوطني", None),
    ("العلم", "smart", "البحث العلمي", None),
    ("الدول", "smart", "البنك الدولي", None),
    ("ذكاء اصطناعي", "smart", "الذكاء والاصطناعي", None),
    ("علم", "smart", "منهج علمي دقيق", None),
    ("مصر", "smart", "وزير مصري", None),
    ("رئيس", "smart", "السبب رئيسي", None),
    ("نظام", "exact", "سقط النظام", None),
    ("نظام", "exact", "يعمل بنظام", None),
    ("الأمن", "exact", "أمن الدولة", None),
]

# Readings a lexicon-free analysis cannot tell apart: the spelling also allows the term.
KNOWN_MISSES = [
    ("مال", "smart", "قال كمال إن الاجتماع انتهى", None),  # ك + مال "like money"
    ("أمن", "smart", "مكان آمن", None),  # آمن "safe": camel's alef fold makes it أمن "security"
    ("كتاب", "smart", "هذا كتابي", "كتاب"),  # "my book": a final ي is read as the nisba ending
]

CASES = POSITIVE + NEGATIVE + KNOWN_MISSES


def _outcome(term: str, mode: str, text: str, expected: str | None) -> str:
    """tp / fn / fp / tn for one case; a hit in the wrong place is a false positive."""
    hits = TermMatcher([Term(1, term, "x", mode)]).find(text)
    covered = [text[h.start : h.end] for h in hits]
    if expected is None:
        return "fp" if hits else "tn"
    if covered == [expected]:
        return "tp"
    return "fp" if hits else "fn"


def test_table_is_big_enough():
    assert len(POSITIVE) >= 40 and len(NEGATIVE) >= 40


@pytest.mark.parametrize(
    "case",
    POSITIVE + NEGATIVE + [pytest.param(c, marks=pytest.mark.xfail(strict=True)) for c in KNOWN_MISSES],
    ids=lambda c: f"{c[0]}|{c[2]}",
)
def test_case(case):
    assert _outcome(*case) in ("tp", "tn")


def test_precision_and_recall(capsys):
    counts = {"tp": 0, "fp": 0, "fn": 0, "tn": 0}
    wrong = []
    for case in CASES:
        outcome = _outcome(*case)
        counts[outcome] += 1
        if outcome in ("fp", "fn"):
            wrong.append(case)
    precision = counts["tp"] / (counts["tp"] + counts["fp"])
    recall = counts["tp"] / (counts["tp"] + counts["fn"])
    positive = sum(1 for case in CASES if case[3] is not None)
    with capsys.disabled():
        print(
            f"\nterm matcher: precision={precision:.3f} recall={recall:.3f} on {len(CASES)} cases "
            f"({positive} positive, {len(CASES) - positive} negative; "
            f"{len(KNOWN_MISSES)} known ambiguities among them)"
        )
    assert wrong == KNOWN_MISSES, "only the documented ambiguities may fail"


def test_one_glossary_longest_leftmost_hits_in_the_original_text():
    matcher = TermMatcher([
        Term("un", "الأمم المتحدة", "United Nations"),
        Term("nations", "الأمم", "nations"),
        Term("gov", "الحكومة", "the Government"),
        Term("rule", "حكم", "rule"),
    ])
    text = "وَطَلَبَتِ الحُكُومَةُ مِنَ الأُمَمِ المُتَّحِدَةِ وَالأُمَمِ الأُخْرَى حُكْمًا"
    hits = matcher.find(text)
    assert [(h.term_id, h.matched_text) for h in hits] == [
        ("gov", "الحُكُومَةُ"),
        ("un", "الأُمَمِ المُتَّحِدَةِ"),
        ("nations", "الأُمَمِ"),
        ("rule", "حُكْمً"),
    ]
    for hit in hits:
        assert text[hit.start : hit.end] == hit.matched_text
    assert [t.id for t in matcher.terms_in(text)] == ["gov", "un", "nations", "rule"]


def test_entries_with_the_same_words_are_all_reported():
    matcher = TermMatcher([Term(1, "الحكومة", "the Government"), Term(2, "حكومة", "government")])
    assert {h.term_id for h in matcher.find("بالحكومة")} == {1, 2}


def test_exact_mode_ignores_clitics_but_folds_spelling():
    matcher = TermMatcher([Term(1, "الأمن", "security", "exact")])
    assert [h.matched_text for h in matcher.find("مجلس الأَمْن، الامن")] == ["الأَمْن", "الامن"]
    assert matcher.find("وبالأمن") == []


def test_hits_are_plain_values():
    hit = TermMatcher([Term(7, "حكومة", "government")]).find("حكومة")[0]
    assert hit == TermHit(7, 0, 5, "حكومة")


def test_invalid_terms_are_typed_errors():
    with pytest.raises(InvalidTerm):
        Term(1, "؟ ،", "nothing")
    with pytest.raises(InvalidTerm) as err:
        Term(2, "حكومة", "government", mode="fuzzy")
    assert err.value.term_id == 2


def test_english_present_rules():
    assert english_present("Our government decided.", "the Government")
    assert english_present("The Government’s plan", "the Government")
    assert english_present("the decision-making process", "decision making")
    assert english_present("the UNITED   nations said", "United Nations")
    assert not english_present("Governments met", "the Government")
    assert not english_present("the governmental body", "government")
    assert not english_present("the authorities", "the Government")
    assert english_present("anything", "  ")
    assert find_english("A bank. The World Bank and world-bank", "the World Bank") == [(12, 22), (27, 37)]


def test_forbidden_renderings():
    assert forbidden_present("The regime and the Regime", ["the regime", "junta", "regime"]) == [
        "the regime",
        "regime",
    ]
    assert forbidden_present("a military junta", ("junta", "junta")) == ["junta"]
    assert forbidden_present("the government", ["regime"]) == []
