"""Gloss drafts read names, titles, set phrases, places and organisations as English news
writes them, in English word order, and keep Latin text byte for byte (issue 18's examples).
Through the real BAMA lexicon and the real data files of workbench/resources/gloss."""

from __future__ import annotations

import pytest

from workbench.mt.gloss import GlossEngine


@pytest.fixture(scope="module")
def engine() -> GlossEngine:
    return GlossEngine()


@pytest.mark.parametrize(("arabic", "wanted", "not_wanted"), [
    ("محمد بن نايف ولي العهد", ["Mohammed bin Nayef", "Crown Prince"], ["son", "knowledge"]),
    ("وصل الوزير إلى عدن", ["Aden"], ["returned"]),
    ("قال الأمين العام", ["the Secretary-General"], ["year"]),
    ("التقى سامح شكري", ["Sameh Shoukry"], ["tolerant", "thanks"]),
    ("انتقد نوري المالكي", ["Nouri al-Maliki"], ["Light", "Malikite"]),
    ("دخلت القوات الرقة", ["Raqqa"], ["thinness"]),
    ("فرض الجيش حصار المدينة", ["siege"], ["mat weaver"]),
    ("أعلنت الحكومة اليمنية", ["the Yemeni government"], ["the Yemeni the"]),
    ("لا تعني هذه الخطوة", ["does not mean", "this step"], ["effort", "this the"]),
])
def test_the_issue_examples_read_right(engine, arabic, wanted, not_wanted):
    text = engine.gloss_text(arabic)
    assert all(w.lower() in text.lower() for w in wanted), text
    assert not any(w.lower() in text.lower() for w in not_wanted), text


def test_longest_phrase_first_and_clitics_on_its_first_word(engine):
    assert "Deputy Crown Prince" in engine.gloss_text("شارك ولي ولي العهد")
    text = engine.gloss_text("وقال الأمين العام للأمم المتحدة")
    assert text.startswith("And said the Secretary-General of the United Nations"), text
    assert "Custodian of the Two Holy Mosques" in engine.gloss_text("وخادم الحرمين الشريفين")
    assert "in Aden" in engine.gloss_text("وصل بعدن").replace("In Aden", "in Aden")


def test_a_title_before_a_name_loses_its_article_and_adjectives_go_first(engine):
    text = engine.gloss_text("التقى وزير الخارجية المصري سامح شكري")
    assert "Egyptian Foreign Minister Sameh Shoukry" in text and "the Egyptian" not in text, text
    assert "British Prime Minister" in engine.gloss_text("قال رئيس الوزراء البريطاني")
    assert "King Salman bin Abdulaziz" in engine.gloss_text("أصدر الملك سلمان بن عبدالعزيز أمرا")


def test_a_title_said_only_before_a_name_is_a_word_otherwise(engine):
    assert "the king" in engine.gloss_text("قال الملك").lower()
    assert "the president" in engine.gloss_text("قال الرئيس")


def test_names_not_in_the_list_are_romanized_inside_a_chain(engine):
    text = engine.gloss_text("التقى محمد بن زيرونكس")
    assert "Mohammed bin Zirunks" in text and "[" not in text, text


def test_a_place_that_is_also_a_word_needs_a_place_before_it(engine):
    assert "Jeddah" in engine.gloss_text("زار الرئيس مدينة جدة")
    assert "Tyre" in engine.gloss_text("وقع الانفجار في صور")
    assert "Tyre" not in engine.gloss_text("نشرت الصحيفة صور الانفجار")


@pytest.mark.parametrize(("arabic", "english"), [
    ("لم يعلن الجيش عن خسائر", "did not announce"),
    ("لن تقبل الحكومة", "will not accept"),
    ("المدينة المحاصرة", "the besieged city"),
    ("أكد المسؤولون الأمريكيون", "the american officials"),
])
def test_english_word_order(engine, arabic, english):
    assert english in engine.gloss_text(arabic).lower()


@pytest.mark.parametrize("kept", [
    "info@news.example.com", "https://www.example.com/news?id=5", "test.user+news@mail.example.net",
    "@AlArabiya_Eng", "iPhone",
])
def test_latin_text_is_kept_byte_for_byte_even_at_a_sentence_start(engine, kept):
    assert kept in engine.gloss_text(f"{kept} هو العنوان.").split()
    assert kept in engine.gloss_text(f"راسلوا {kept} اليوم.").split()


def test_the_word_panel_ranks_as_the_draft_reads(engine):
    from workbench.arabic.morphology.lookup import look_up

    paragraph = "هبطت الطائرة في مطار عدن."
    assert "Aden" in engine.gloss_text(paragraph)
    assert look_up("عدن", paragraph).rows[0].term_english == "Aden"
    assert look_up("عدن").rows[0].term_english != "Aden"  # alone, the verb comes first
    assert look_up("حصار", "فرض الجيش حصار المدينة").rows[0].term_english == "siege"


def test_the_phrase_book_files_name_their_source_and_licence():
    from importlib import resources

    from workbench.mt.gloss_data import FILES, phrase_book

    for name, _kind in FILES:
        head = resources.files("workbench.resources").joinpath("gloss", name).read_text("utf-8")[:600]
        assert "Licence" in head and ("Source" in head or "Our own list" in head), name
    assert len(phrase_book().entries) > 900
