"""The visual-to-logical routine, presentation forms, kashida and page furniture, on inputs
written here (no PDF needed)."""

from __future__ import annotations

from workbench.formats.pdf_bidi import clean_letters, fix_ligature, fix_mirrored, visual_to_logical
from workbench.formats.pdf_chars import Line
from workbench.formats.pdf_layout import Page, blocks, drop_furniture


def test_arabic_words_reverse():
    assert "".join(visual_to_logical(["العالم", " ", "مرحبا"], rtl=True)) == "مرحبا العالم"


def test_english_and_numbers_inside_arabic_keep_their_order():
    units = ["2021", " ", "عام", " ", "في", " ", "11", " ", "Windows", " ", "إصدار"]
    assert "".join(visual_to_logical(units, rtl=True)) == "إصدار Windows 11 في عام 2021"
    units = ["New", " ", "York", " ", "في"]
    assert "".join(visual_to_logical(units, rtl=True)) == "في New York"


def test_numbers_and_punctuation_in_arabic():
    # "القسم 1: هذه" drawn: هذه :1 القسم ; "مارس 2024." drawn: .2024 مارس
    assert "".join(visual_to_logical(["هذه", " ", ":", "1", " ", "القسم"], rtl=True)) == "القسم 1: هذه"
    assert "".join(visual_to_logical([".", "2024", " ", "مارس"], rtl=True)) == "مارس 2024."
    assert "".join(visual_to_logical(["3", ",", "500", " ", "تحليل"], rtl=True)) == "تحليل 3,500"
    assert "".join(visual_to_logical(["50", "%", " ", "بنسبة"], rtl=True)) == "بنسبة 50%"


def test_brackets_drawn_mirrored_are_mirrored_back():
    assert "".join(visual_to_logical(["(", "قال", ")"], rtl=True)) == "(قال)"


def test_arabic_inside_an_english_line():
    units = ["The", " ", "word", " ", "مفيد", " ", "كتاب", " ", "here"]  # drawn right to left
    assert "".join(visual_to_logical(units, rtl=False)) == "The word كتاب مفيد here"


def test_presentation_forms_become_letters_in_logical_order():
    # ﻣﺮﺣﺒﺎ in presentation forms, and the lam-alef ligature ﻻ (one character: lam then alef)
    assert clean_letters("\ufee3\ufeae\ufea3\ufe92\ufe8e") == "مرحبا"
    assert clean_letters("\ufefb\ufe91") == "لاب"
    assert clean_letters("١٢٣ ½") == "١٢٣ ½"  # NFKC is not applied outside presentation forms


def test_lam_alef_mapped_backwards_and_ellipsis():
    assert fix_ligature("أل") == "لأ" and fix_ligature("لا") == "لا" and fix_ligature("...") == "…"


def test_kashida_dropped_between_letters_only():
    assert clean_letters("كتـــاب") == "كتاب"
    assert clean_letters("1445 هـ") == "1445 هـ"


def test_quotes_the_wrong_way_round_are_swapped():
    assert fix_mirrored("قالت: »يجب أن ترتاح«") == "قالت: «يجب أن ترتاح»"
    assert fix_mirrored("قالت: «يجب أن ترتاح»") == "قالت: «يجب أن ترتاح»"


def line(text: str, y: float, x0: float = 100, x1: float = 500, size: float = 12) -> Line:
    return Line(text, x0, x1, y, size, True)


def test_running_header_footer_and_page_numbers_dropped():
    pages = []
    for n in range(1, 5):
        pages.append(Page(600, 800, [
            line("تقرير المرصد", 770), line(f"نص الصفحة {n} الأول", 500), line("نهاية الفقرة.", 486, x0=300),
            line(f"- {n} -", 30),
        ]))
    pages[2].lines.append(line("٣", 20))
    assert drop_furniture(pages) == 4 + 4 + 1
    assert [line.text for line in pages[0].lines] == ["نص الصفحة 1 الأول", "نهاية الفقرة."]


def test_paragraphs_from_lines_and_headings_by_size():
    page = Page(600, 800, [
        line("عنوان كبير", 740, x0=350, size=16),
        line("سطر أول طويل يملأ العرض", 710), line("وسطر ثان يملأ العرض أيضا", 696),
        line("وسطر أخير قصير.", 682, x0=380),
        line("فقرة ثانية بعد فراغ", 650), line("تنتهي هنا.", 636, x0=400),
    ])
    out = blocks([page])
    assert [(b.text, b.heading_level) for b in out] == [
        ("عنوان كبير", 1),
        ("سطر أول طويل يملأ العرض وسطر ثان يملأ العرض أيضا وسطر أخير قصير.", 0),
        ("فقرة ثانية بعد فراغ تنتهي هنا.", 0)]
