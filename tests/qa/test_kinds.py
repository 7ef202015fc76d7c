"""Unit tests per kind, with the tricky clean cases beside each flagged one."""

from __future__ import annotations

import pytest

from tests.qa.document import check
from workbench.core.model import Kind, Paragraph, Status
from workbench.glossary.entries import GlossaryEntry
from workbench.qa import KINDS, parse_kinds
from workbench.qa.numbers import compare, show
from workbench.qa.sentences import count_arabic, count_english


def _kinds(arabic, english, status=Status.EDITED, **kw):
    para = Paragraph(1, 1, 0, Kind.PARAGRAPH, arabic, english, status)
    return [(i.kind, i.message) for i in check([para], **kw)]


@pytest.mark.parametrize(("arabic", "english"), [
    ("بلغ النمو ٣٫٥ في المئة", "growth was 3.5 percent"),
    ("في عام ٢٠٢٤", "in 2024"),
    ("سجل ١٬٥٠٠ طالب", "1,500 students enrolled"),
    ("بنسبة ٥٠٪", "by 50%"), ("بنسبة ٥٠ بالمئة", "by 50 percent"), ("بنسبة 50%", "by fifty percent"),
    ("ثلاثة أيام", "three days"), ("ثلاث سنوات", "3 years"), ("خمسة وعشرون طالبا", "twenty-five students"),
    ("ثلاثة عشر كتابا", "13 books"), ("في القرن التاسع عشر", "in the 19th century"),
    ("عام 1436 هـ الموافق 2015 م", "in 2015"), ("عام ١٤٣٦هـ", "in 2015"), ("عام 1436 هـ", "in 1436 AH"),
    ("من 5 إلى 10 أيام", "from five to ten days"), ("بين ٢٠١٥-٢٠٢٠", "between 2015 and 2020"),
    ("بين 2015 و2020", "in 2015-20"), ("۱۲ دينارا", "12 dinars"), ("٣ ملايين", "three million"),
    ("٣ ملايين", "3,000,000"), ("١٫٥ مليار", "1.5 billion"), ("يومين", "two days"),
    ("الساعة الحادية عشرة", "at eleven"), ("في المرتبة الأولى", "first"),
])  # fmt: skip
def test_numbers_equal(arabic, english):
    assert compare(arabic, english) == ([], [])


def test_numbers_flagged():
    missing, extra = compare("شارك ٣٥ باحثا", "53 researchers took part")
    assert [show(n) for n in missing] == ["٣٥ (35)"] and [show(n) for n in extra] == ["53"]
    assert [show(n) for n in compare("عام 1436 هـ", "in the year")[0]] == ["1436"]  # in neither calendar
    assert [show(n) for n in compare("ثلاثة أيام", "some days")[0]] == ["ثلاثة (3)"]
    assert compare("بعد أسبوع", "after seven days") == ([], [])  # English words are never extra
    kinds = _kinds("شارك ٣٥ باحثا", "Researchers took part.")
    assert kinds == [("number-missing", "the number ٣٥ (35) is not in the English")]


def test_numbers_inside_glossary_terms_left_to_the_term_check():
    entries = [GlossaryEntry("مجموعة الثماني", "G8", id=1)]
    arabic, english = "قمة مجموعة الثماني في العاصمة", "the G8 summit in the capital"
    assert _kinds(arabic, english, glossary_entries=entries) == []
    assert [k for k, _m in _kinds(arabic, english)] == ["number-extra"]


def test_untranslated_and_copied():
    assert _kinds("سيعود الفريق يوم السبت.", "  ") == [("untranslated", "marked edited but the English is empty")]
    assert _kinds("سيعود الفريق يوم السبت.", "", Status.UNTRANSLATED) == []
    arabic = "سيعود الفريق إلى التدريب يوم السبت."
    assert [k for k, _m in _kinds(arabic, arabic + " ")] == ["copied-source"]
    assert _kinds("٢٠٢٤", "2024") == []  # a number copied is a translation


def test_arabic_in_english():
    assert [k for k, _ in _kinds("زار الوفد المصنع.", "The delegation visited the مصنع.")] == ["arabic-in-english"]
    assert _kinds("وافق مجلس الشورى.", 'The Shura Council ("مجلس الشورى") agreed.') == []
    assert _kinds("وافق مجلس الشورى.", "The Shura Council (مجلس الشورى) agreed.") == []


def test_sentences():
    assert count_arabic("هذه هي المرة الأولى… كان جميلا. وعاد؟ نعم!") == 3
    assert count_english("Mr. Brown met Dr. J. Smith in the U.S. on Monday. It grew 3.5 percent.") == 2
    assert count_english("It was the sea... it was beautiful.") == 1
    assert _kinds("انقطعت الكهرباء. وعادت بعد ساعتين.", "The power went out and came back two hours later.")[0][0] == "sentence-count"
    assert _kinds("انقطعت الكهرباء مساء أمس.", "The power went out. It was late.") == []  # split is fine


def test_form_kinds():
    assert [k for k, _ in _kinds("قال المدير.", "The director said..")] == ["punctuation"]
    assert _kinds("قال المدير…", "The director said...") == []
    assert [k for k, _ in _kinds("قال المدير.", "The director said, «yes».")] == ["punctuation"]
    assert [k for k, _ in _kinds("قال المدير.", "Did the director say؟")] == ["punctuation"]
    assert [k for k, _ in _kinds("قال المدير.", "The director (said.")] == ["punctuation"]
    assert _kinds("قال: «المدير", '"The director') == []  # the Arabic is unbalanced too
    assert [k for k, _ in _kinds("قال المدير.", "The director &amp; said.")] == ["leftover-marker"]
    assert [k for k, _ in _kinds("قال المدير.", "The ⁇ director said.")] == ["leftover-marker"]
    assert _kinds("قال المدير.", "AT&T said.") == []
    assert [k for k, _ in _kinds("قال المدير.", "The  director said.")] == ["double-space"]


def test_bidi_controls_in_arabic_english_and_glossary():
    found = _kinds("قال\u202e المدير.", "The director\u2066 said.")
    assert [k for k, _m in found] == ["bidi-control", "bidi-control"]
    assert "U+202E RIGHT-TO-LEFT OVERRIDE" in found[0][1] and "U+2066" in found[1][1]
    assert _kinds("نتي\u200cجة", "A result.") == []  # ZWNJ is spelling
    entries = [GlossaryEntry("الحكومة", "the Govern\u200ement", id=1)]
    issues = check([], glossary_entries=entries)
    assert [(i.kind, i.number, i.entry) for i in issues] == [("bidi-control", 0, "الحكومة")]


def _para(i, arabic, english):
    return Paragraph(i, 1, i - 1, Kind.PARAGRAPH, arabic, english, Status.EDITED)


def test_consistency():
    paras = [_para(1, "وافقت اللجنة.", "The committee agreed."), _para(2, "وافقت اللجنةُ", "The committee agreed"),
             _para(3, "وافقت اللجنة.", "The panel approved."),
             _para(4, "ناقش المجلس الخطة أمس.", "The council discussed the plan yesterday."),
             _para(5, "أقر المجلس الخطة أمس.", "The council discussed the plan yesterday."),
             _para(6, "مقدمة", "Introduction"), _para(7, "تمهيد", "Introduction")]  # fmt: skip
    found = [(i.kind, i.number, i.related) for i in check(paras)]
    assert found == [("inconsistent-translation", 1, (3,)), ("inconsistent-translation", 2, (3,)),
                     ("inconsistent-translation", 3, (1, 2)), ("same-english", 4, (5,)), ("same-english", 5, (4,))]


def test_length_ratio_needs_twenty_paragraphs():
    base = [_para(i, f"ذهب الطالب رقم {i} إلى المكتبة صباح الأحد ليقرأ", f"Student number {i} went to the library on Sunday morning to read")
            for i in range(1, 20)]  # fmt: skip
    odd = _para(20, "وصل القطار إلى المحطة متأخرا هذا الصباح.", "Late.")
    assert [i.kind for i in check([*base[:18], odd])] == []
    found = check([*base, odd])
    assert [(i.kind, i.number) for i in found] == [("length-ratio", 20)]


def test_kinds_switch_off_and_catalogue():
    assert _kinds("قال المدير.", "The  director said..", disabled={"double-space"})[0][0] == "punctuation"
    assert _kinds("قال المدير.", "The  director said..", kinds={"double-space"})[0][0] == "double-space"
    assert all(isinstance(text, str) and text for text in KINDS.values())
    with pytest.raises(ValueError, match="nonsense"):
        parse_kinds("double-space,nonsense")


def test_a_phrase_said_again_and_again_is_a_loop_and_a_repeat_in_the_arabic_is_not():
    assert _kinds("ارتفعت الأسعار في المنطقة.", "Prices rose in the region in the region.")[0][0] == "repeated-phrase"
    assert _kinds("ارتفعت الأسعار.", "Prices rose rose rose.")[0][0] == "repeated-phrase"
    assert _kinds("ارتفعت الأسعار.", "Prices had had risen.") == []  # twice is English
    assert _kinds("قال: لا لا لا للحرب.", "He said: no, no, no to war.") == []  # the Arabic says it too
