"""The `name-variant` kind: one Arabic name, two English spellings across the project."""

from __future__ import annotations

from workbench.core.inline import Mark, close_tag, open_tag
from workbench.core.model import Kind, Paragraph, Status
from workbench.qa import check_paragraphs
from workbench.qa.names import renderings, skeleton


def _para(i, arabic, english, marks=()):
    return Paragraph(i, 1, i - 1, Kind.PARAGRAPH, arabic, english, Status.EDITED, marks=marks)


def _variants(*pairs):
    paras = [_para(i, a, e) for i, (a, e) in enumerate(pairs, 1)]
    return [(i.number, i.message, i.related) for i in check_paragraphs(paras, kinds={"name-variant"})]


def test_skeletons_fold_vowels_and_spelling_variants():
    assert skeleton("Muhammad") == skeleton("Mohammed") == skeleton("Mhmd") == "mhmd"
    assert skeleton("Hussein") == skeleton("Husayn") == skeleton("Hsin")


def test_renderings_find_names_with_clitics_and_articles():
    found = renderings("استقبل محمد بن سلمان وعمر البشير في الرياض", "Mohammed bin Salman and Omar al-Bashir met in Riyadh")
    assert [(ar, en) for ar, _s, en, _t in found] == [("محمد", "Mohammed"), ("سلمان", "Salman"), ("عمر", "Omar"),
                                                      ("بشير", "Bashir"), ("رياض", "Riyadh")]


def test_minority_spelling_flagged_with_both_spellings_and_paragraphs():
    found = _variants(("قال محمد إن العمل انتهى.", "Muhammad said the work was over."),
                      ("وصل محمد إلى المدينة.", "Muhammad arrived in the city."),
                      ("غادر محمد صباحا.", "Mohammed left in the morning."),
                      ("ولمحمد ثلاثة أبناء.", "Muhammad has three sons."))  # fmt: skip
    assert found == [(3, "محمد is spelled “Mohammed” here and “Muhammad” in paragraph(s) 1, 2, 4", (1, 2, 4))]


def test_omar_umar_and_the_tie_goes_to_the_first_spelling():
    found = _variants(("كتب عمر رسالة.", "Omar wrote a letter."), ("قرأ عمر الرسالة.", "Umar read the letter."))
    assert found == [(2, "عمر is spelled “Umar” here and “Omar” in paragraph(s) 1", (1,))]


def test_consistent_names_and_ordinary_words_pass():
    assert _variants(("قال محمد.", "Mohammed said."), ("قال محمد.", "MOHAMMED said."),  # case is no spelling
                     ("من هنا.", "Many came from here."), ("من هناك.", "Man came from there."),  # short words skipped
                     ("وصل السيسي.", "Sisi arrived."), ("غادر السيسي.", "El-Sisi left.")) == []  # fmt: skip


def test_span_over_a_target_with_tags():
    english = f"{open_tag(1)}Husain{close_tag(1)} spoke."
    paras = [_para(1, "تحدث حسين.", "Hussein spoke."), _para(2, "تكلم حسين.", "Hussein spoke again."),
             _para(3, "تحدث حسين.", english, (Mark(1, "b", 5, 9),))]  # fmt: skip
    (issue,) = check_paragraphs(paras, kinds={"name-variant"})
    assert issue.number == 3 and [english[s:e] for s, e in issue.target_spans] == ["Husain"]
    assert issue.source_spans == ((5, 9),)


def test_a_bare_word_wins_over_one_with_the_article():
    # الأمن ("security") and أمين share a skeleton with "Amin": names seldom take the article
    assert [(ar, en) for ar, _s, en, _t in renderings("قال أمين إن الأمن مستتب", "Amin said security was stable")] == [
        ("امين", "Amin")]
