"""Plain-text shapes that are never joined (lists, verse, titles, columns) and those that survive
import as they are (Windows line ends, tabs, mixed scripts, one very long line)."""

from __future__ import annotations

import textwrap

import pytest

from tests.formats.test_txt_paragraphs import HEADLINE, P1, P2, P3
from workbench.formats.importers import load_document
from workbench.formats.txt_import import split_paragraphs

INTRO = "وتشمل الخطة المحاور التالية:"
ITEMS = [
    "تقديم قروض ميسرة لصغار المزارعين في القرى النائية",
    "توزيع بذور محسنة تتحمل الجفاف وارتفاع درجات الحرارة",
    "تدريب المزارعين على أساليب الري بالتنقيط وترشيد المياه",
    "إنشاء مراكز لتسويق المحاصيل قريبة من القرى",
]


def texts(path):
    return [segment.text for segment in load_document(path).segments]


@pytest.mark.parametrize(
    "markers",
    [
        ["- "] * 4, ["• "] * 4, ["* "] * 4, ["–  "] * 4, ["1. ", "2. ", "3. ", "4. "], ["1) ", "2) ", "3) ", "4) "],
        ["١- ", "٢- ", "٣- ", "٤- "], ["١. ", "٢. ", "٣. ", "٤. "], ["۱) ", "۲) ", "۳) ", "۴) "],
        ["أ- ", "ب- ", "ج- ", "د- "], ["أ) ", "ب) ", "ج) ", "د) "], ["(أ) ", "(ب) ", "(ج) ", "(د) "],
        ["(1) ", "(2) ", "(3) ", "(4) "], ["a) ", "b) ", "c) ", "d) "], ["•"] * 4,
    ],
    ids=lambda markers: markers[0].strip() or "space",
)
def test_list_items_are_paragraphs_of_their_own(markers):
    items = [marker + item for marker, item in zip(markers, ITEMS)]
    # after an introduction line, and between two wrapped paragraphs in the same block
    text = "\n".join(textwrap.wrap(P1, 64) + [INTRO] + items + textwrap.wrap(P2, 64))
    assert split_paragraphs(text) == [P1, INTRO, *(i.strip() for i in items), P2]


def test_long_list_items_of_one_width_are_not_joined():
    items = [f"{n}. {ITEMS[n % 4]} خلال العام المقبل وفق جدول زمني واضح" for n in range(1, 7)]
    assert split_paragraphs("\n".join(items)) == items


def test_a_wrapped_list_item_takes_its_indented_continuation():
    first = textwrap.wrap("- " + P3, 70, subsequent_indent="  ")
    second = textwrap.wrap("- " + P2, 70, subsequent_indent="  ")
    assert split_paragraphs("\n".join(first + second)) == ["- " + P3, "- " + P2]


def test_dialogue_dashes_are_separate_lines():
    lines = ["- هل وصلت البذور الجديدة إلى القرية يا أبا محمد؟", "- وصل نصفها، والنصف الآخر ننتظره الأسبوع المقبل",
             "- ومن سيوزعها على المزارعين في الحقول البعيدة"]
    assert split_paragraphs("\n".join(lines)) == lines


def test_short_verse_lines_without_punctuation_stay_separate():
    verse = ["على شاطئ البحر غنى المساء", "وفي القلب شوق إلى من رحل", "ونام القمر فوق موج الحنين",
             "وظل الحنين يعيد الأمل"]
    assert split_paragraphs("\n".join(verse)) == verse
    assert split_paragraphs("\n".join(verse[:2]) + "\n\n" + "\n".join(verse[2:])) == verse


def test_verse_with_hemistichs_apart_keeps_its_lines_and_tabs():
    verse = ["على شاطئ البحر غنى المساء\tوفي القلب شوق إلى من رحل",
             "ونام القمر فوق موج الحنين\tوظل الحنين يعيد الأمل",
             "سلام على الأرض تروي الحكاية    لمن زرع القمح ثم ارتحل"]
    assert split_paragraphs("\n".join(verse)) == verse


def test_a_list_of_titles_of_one_width_is_not_prose():
    titles = ["وزارة الزراعة تطلق خطة لدعم صغار المزارعين في الريف الشمالي",
              "افتتاح معرض الكتاب الدولي بمشاركة أربعين دولة عربية وأجنبية",
              "ارتفاع أسعار القمح في الأسواق العالمية للمرة الثالثة هذا العام",
              "المنتخب الوطني يستعد لمباراته الودية أمام ضيفه في العاصمة"]
    assert split_paragraphs("\n".join(titles)) == titles


def test_windows_line_ends(tmp_path):
    path = tmp_path / "crlf.txt"
    text = HEADLINE + "\r\n" + "\r\n".join(textwrap.wrap(P1, 60)) + "\r\n\r\n" + P2 + "\r\n" + P3 + "\r\n"
    path.write_bytes(text.encode("utf-8"))
    assert texts(path) == [HEADLINE, P1, P2, P3]


def test_a_tab_inside_a_paragraph_survives_import(tmp_path):
    path = tmp_path / "tabs.txt"
    lines = ["السعر\tالكمية\tالمجموع", "عشرة دنانير\tثلاثة أكياس\tثلاثون دينارا", P1.replace("، ", "،\t", 1)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert texts(path) == lines


def test_mixed_arabic_and_english_lines():
    lines = ["قال المدير التنفيذي لشركة Green Fields إن الأرباح ارتفعت",
             "The company said profits rose by 12 percent",
             "وأضاف أن الشركة ستفتتح فرعا جديدا في مدينة Leeds البريطانية."]
    assert split_paragraphs("\n".join(lines)) == lines


def test_wrapped_mixed_script_prose_is_joined():
    prose = ("وقال المدير التنفيذي لشركة Green Fields للتقنيات الزراعية في مؤتمر صحفي عقده في مدينة "
             "Leeds إن الشركة ستستثمر في مشروع Smart Irrigation الذي يهدف إلى خفض استهلاك المياه "
             "في المزارع الصغيرة بنسبة 30 في المئة خلال ثلاث سنوات.")
    assert split_paragraphs(textwrap.fill(prose, 66)) == [prose]


def test_wrapped_english_prose_is_joined_too():
    prose = ("The ministry said the plan would be carried out in three stages, the first of which "
             "begins next spring and covers more than twenty villages in the northern districts.")
    assert split_paragraphs(HEADLINE + "\n\n" + textwrap.fill(prose, 60)) == [HEADLINE, prose]


@pytest.mark.parametrize("end", ["", "\n", "\r\n"])
def test_a_single_very_long_line(tmp_path, end):
    line = " ".join([P1, P2, P3] * 20)
    path = tmp_path / "long.txt"
    path.write_bytes((line + end).encode("utf-8"))
    assert texts(path) == [line]


def test_lines_ending_with_a_comma_but_short_stay_separate():
    lines = ["أولا، الزراعة،", "ثانيا، الصناعة،", "ثالثا، التجارة."]
    assert split_paragraphs("\n".join(lines)) == lines
