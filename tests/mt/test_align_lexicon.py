"""Lexical word links: glosses with clitics, numbers, names, glossary terms, function words."""

from __future__ import annotations

from workbench.glossary.entries import GlossaryEntry
from workbench.mt.align import align
from workbench.mt.align_english import lemmas, matches, numbers_in
from workbench.mt.align_lexicon import lexicon_links
from workbench.mt.align_links import Link, combine
from workbench.mt.align_names import name_similarity


def pairs(source: str, target: str) -> dict[str, set[str]]:
    """English word -> the Arabic words it links to (words, for readable assertions)."""
    ar, en = source.split(), target.split()
    out: dict[str, set[str]] = {}
    for link in lexicon_links(source, target):
        out.setdefault(en[link.target], set()).add(ar[link.source])
    return out


def test_clitics_link_the_article_and_the_noun():
    found = pairs("وبالحكومة الجديدة يأمل الناس", "And with the government people hope")
    assert found["government"] == {"وبالحكومة"}
    assert found["the"] == {"وبالحكومة"} and found["And"] == {"وبالحكومة"}


def test_function_words_only_where_the_lexicon_names_them():
    found = pairs("سافر الوزير إلى بغداد", "The minister travelled to Baghdad by plane")
    assert found["Baghdad"] == {"بغداد"} and found["minister"] == {"الوزير"}
    assert "by" not in found and "plane" not in found  # nothing in the Arabic says so
    assert pairs("يعيش في القاهرة", "He lives in Cairo")["in"] == {"في"}


def test_numbers_in_every_digit_system():
    assert numbers_in("١٬٢٠٠") == ["1200"] and numbers_in("٣٫٥") == ["3.5"]
    assert numbers_in("۱۵۰۰") == ["1500"] and numbers_in("1,200.") == ["1200"]
    found = pairs("دفع ٣٫٥ مليون دولار عام ۲۰۲۴ و١٥ ألف", "paid 3.5 million dollars in 2024 and 15,000")
    assert found["3.5"] == {"٣٫٥"} and found["2024"] == {"۲۰۲۴"}
    assert found["15,000"] == {"و١٥", "ألف"}  # digits and multiplier together
    assert pairs("وصل ثلاثة وزراء", "3 ministers arrived")["3"] == {"ثلاثة"}


def test_transliterated_names():
    assert name_similarity("Lafruf", "Lavrov") == 1.0
    assert name_similarity("Butin", "Britain") < 0.8
    found = pairs("التقى لافروف نظيره", "Lavrov met his counterpart")
    assert found["Lavrov"] == {"لافروف"}


def test_repeated_words_pair_by_position():
    source = "قال الوزير إن الوزير الجديد سيصل"
    target = "The minister said the new minister will arrive"
    links = {(l.source, l.target) for l in lexicon_links(source, target) if l.origin == "lexicon"}
    assert (1, 1) in links and (3, 5) in links


def test_light_lemmas_and_irregular_forms():
    assert matches("decided", "decide") and matches("cities", "city") and matches("met", "meet")
    assert matches("people", "persons") and not matches("decision", "decide")
    assert "stop" in lemmas("stopped")


def test_glossary_terms_link_and_win():
    entries = [GlossaryEntry("بنك التنمية الأفريقي", "African Development Bank")]
    source = "قال بنك التنمية الأفريقي إنه سيقدم قرضا"
    target = "The African Development Bank said it would provide a loan"
    alignment = align(source, target, glossary=entries)
    glossary = {(l.source, l.target) for l in alignment.links if l.origin == "glossary"}
    assert glossary == {(1, 3), (2, 2), (3, 1)}
    assert alignment.sentences == ((0, 0),)


def test_gloss_drafts_and_unknown_words_align():
    from workbench.mt.gloss import GlossEngine

    source = "قال داعش إن الحكومة سقطت"
    draft = GlossEngine().gloss_text(source)
    alignment = align(source, draft)
    words = alignment.target_words
    linked = {words[l.target].strip(".").lower(): alignment.source_words[l.source] for l in alignment.links}
    assert linked["said"] == "قال" and linked["government"] == "الحكومة"
    assert any(w.startswith("[") and linked.get(w.lower()) == "داعش" for w in words)


def test_combine_confirms_and_keeps_the_lexicon_over_noise():
    lexical = [Link(0, 0, 0.9, "lexicon"), Link(1, 1, 0.6, "lexicon")]
    model = [Link(0, 0, 0.5, "model"), Link(2, 1, 0.8, "model"), Link(2, 2, 0.3, "model"),
             Link(1, 2, 0.05, "model")]  # fmt: skip
    out = combine(lexical, model)
    assert out[0] == Link(0, 0, 1 - 0.1 * 0.5, "lexicon+model")
    assert Link(1, 1, 0.6, "lexicon") in out and Link(2, 2, 0.3, "model") in out
    assert all(link.source != 2 or link.target != 1 for link in out)  # the lexicon wins
    assert all(link.weight >= 0.1 for link in out)


def test_empty_texts():
    assert lexicon_links("", "something") == [] and lexicon_links("كلمة", "") == []
    assert align("", "").links == ()
