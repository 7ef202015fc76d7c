"""Plain text as newspapers write it (issue 15): which lines are paragraphs, which are wrapped prose."""

from __future__ import annotations

import textwrap

import pytest

from workbench.formats.importers import load_document
from workbench.formats.txt_import import numbered_paragraphs, split_paragraphs

HEADLINE = "وزارة الزراعة تطلق خطة لدعم صغار المزارعين"
BYLINE = "بقلم: سامي الخطيب"
DATELINE = "عمّان - ١٢ آذار ٢٠٢٤"
P1 = ("أعلنت وزارة الزراعة صباح اليوم عن خطة جديدة لدعم صغار المزارعين في المناطق الريفية، تتضمن "
      "قروضا ميسرة وبذورا محسنة وتدريبا على أساليب الري الحديثة التي توفر المياه، وقال المتحدث باسم "
      "الوزارة إن الخطة ستنفذ على ثلاث مراحل تبدأ الأولى منها في مطلع الربيع المقبل وتشمل أكثر من "
      "عشرين قرية.")
P2 = ("وأوضح المتحدث أن الوزارة رصدت لهذا الغرض ميزانية خاصة من صندوق التنمية، وأن لجانا فنية ستزور "
      "القرى المستهدفة خلال الأسابيع القادمة لتسجيل أسماء المستفيدين والتحقق من حاجاتهم الفعلية، "
      "مشيرا إلى أن الأولوية ستكون للأسر التي فقدت محاصيلها بسبب موجة الجفاف الأخيرة.")
P3 = ("من جهتهم رحب عدد من المزارعين بالخطة، لكنهم طالبوا بتبسيط إجراءات التسجيل وتقليل الأوراق "
      "المطلوبة، إذ قال أحدهم إن كثيرا من كبار السن في القرية لا يعرفون القراءة ولا يملكون هواتف "
      "ذكية، وإنهم يحتاجون إلى من يساعدهم في تعبئة الطلبات وإيصالها إلى المكاتب المختصة في المدينة.")
HEADLINE2 = "افتتاح معرض الكتاب الدولي بمشاركة أربعين دولة"
Q1 = "افتتح معرض الكتاب الدولي أبوابه أمس بمشاركة أكثر من أربعين دولة وخمسمئة دار نشر عربية وأجنبية."
Q2 = "ويضم المعرض هذا العام جناحا خاصا بكتب الأطفال، إلى جانب ندوات يومية يشارك فيها كتاب ونقاد."
Q3 = "وقالت مديرة المعرض إن عدد الزوار في اليوم الأول تجاوز التوقعات: «رأينا عائلات كاملة منذ الصباح»."
ARTICLE1 = [HEADLINE, P1, P2, P3]
ARTICLE2 = [HEADLINE2, Q1, Q2, Q3]


def wrap(paragraph: str, width: int) -> str:
    return "\n".join(textwrap.wrap(paragraph, width))


def test_issue_15_two_articles_one_paragraph_per_line_give_eight_paragraphs(tmp_path):
    text = "\n".join(ARTICLE1) + "\n\n" + "\n".join(ARTICLE2) + "\n"
    path = tmp_path / "news.txt"
    path.write_text(text, encoding="utf-8")
    assert [s.text for s in load_document(path).segments] == ARTICLE1 + ARTICLE2


def test_articles_with_blank_lines_everywhere():
    assert split_paragraphs("\n\n".join(ARTICLE1 + ARTICLE2)) == ARTICLE1 + ARTICLE2


def test_one_paragraph_per_line_without_blank_lines():
    assert split_paragraphs("\n".join(ARTICLE1 + ARTICLE2)) == ARTICLE1 + ARTICLE2


def test_short_one_sentence_paragraphs_of_similar_length_stay_separate():
    # lines of about one width, but every one ends a sentence: not a wrapped paragraph
    lines = [HEADLINE2, Q1, Q2, Q3, Q1, Q2]
    assert split_paragraphs("\n".join(lines)) == lines


def test_headline_byline_dateline_then_body():
    lines = [HEADLINE, BYLINE, DATELINE, P1, P2, P3]
    assert split_paragraphs("\n".join(lines) + "\n") == lines


@pytest.mark.parametrize("width", [40, 50, 60, 72, 80])
@pytest.mark.parametrize("separator", ["\n\n", "\n"], ids=["blank-lines", "no-blank-lines"])
def test_hard_wrapped_prose_is_joined_back(width, separator):
    text = separator.join(wrap(p, width) for p in (P1, P2, P3))
    assert split_paragraphs(text) == [P1, P2, P3]


@pytest.mark.parametrize("width", [60, 72])
def test_headline_byline_dateline_then_wrapped_body(width):
    text = "\n".join([HEADLINE, BYLINE, DATELINE]) + "\n\n" + "\n\n".join(wrap(p, width) for p in (P1, P2, P3))
    assert split_paragraphs(text) == [HEADLINE, BYLINE, DATELINE, P1, P2, P3]


def test_headline_in_the_same_block_as_wrapped_body():
    text = HEADLINE + "\n" + wrap(P1, 72) + "\n" + wrap(P2, 72)
    assert split_paragraphs(text) == [HEADLINE, P1, P2]


def test_articles_wrapped_at_different_widths_in_one_file():
    first = "\n\n".join([HEADLINE] + [wrap(p, 60) for p in (P1, P2)])
    second = "\n\n".join([HEADLINE2] + [wrap(p, 76) for p in (P3, P1)])
    assert split_paragraphs(first + "\n\n" + second) == [HEADLINE, P1, P2, HEADLINE2, P3, P1]


def test_wrapped_paragraph_whose_last_line_is_short_is_joined():
    lines = textwrap.wrap(P2, 64)
    assert len(lines[-1]) < 40  # the shape under test
    assert split_paragraphs("\n".join(lines)) == [P2]


def test_two_line_paragraphs_borrow_the_files_wrap_width():
    # each block alone is too small to tell; the file shows the width
    short = [P1[:120].rsplit(" ", 1)[0] + ".", P2[:110].rsplit(" ", 1)[0] + ".", P3[:125].rsplit(" ", 1)[0] + "."]
    blocks = [wrap(p, 72) for p in short]
    assert all(block.count("\n") == 1 for block in blocks)
    assert split_paragraphs("\n\n".join(blocks)) == short


def test_a_lone_two_line_block_of_long_lines_stays_separate():
    # a long headline over a one-line paragraph looks like a wrapped pair: nothing else says so
    headline = "وزير الخارجية يصل إلى القاهرة في زيارة رسمية تستغرق ثلاثة أيام"
    assert split_paragraphs(headline + "\n" + Q1) == [headline, Q1]


def test_first_line_indent_starts_a_paragraph():
    text = "\n".join("    " + wrap(p, 70) for p in (P1, P2, P3))
    assert split_paragraphs(text) == [P1, P2, P3]


def test_a_sentence_end_inside_a_wrapped_block_ends_the_paragraph():
    lines = textwrap.wrap(P1, 60)
    lines[1] += "."  # a line ending a sentence is a paragraph's last line
    assert split_paragraphs("\n".join(lines)) == [" ".join(lines[:2]), " ".join(lines[2:])]


def test_line_numbers_are_where_each_paragraph_starts():
    text = HEADLINE + "\n\n" + wrap(P1, 60) + "\n\n\n" + BYLINE + "\n" + wrap(P2, 60)
    p1_lines = wrap(P1, 60).count("\n") + 1
    numbers = [number for number, _ in numbered_paragraphs(text)]
    assert numbers == [1, 3, 3 + p1_lines + 2, 3 + p1_lines + 3]
