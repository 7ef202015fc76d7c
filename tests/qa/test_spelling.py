"""The `spelling` kind through real Hunspell dictionaries (en_US, en_GB, read by spylls); the
notice when none is installed."""

from __future__ import annotations

import pytest

from workbench.core.inline import Mark, close_tag, open_tag
from workbench.core.model import Kind, Paragraph, Status
from workbench.glossary.entries import GlossaryEntry
from workbench.qa import check_paragraphs
from workbench.qa.spelling import NO_DICTIONARY, load_speller

SPELLER = load_speller()
needs_dictionary = pytest.mark.skipif(SPELLER is None, reason="spylls or the en_US/en_GB Hunspell files are not installed")


def _spelling(arabic, english, marks=(), **kw):
    para = Paragraph(1, 1, 0, Kind.PARAGRAPH, arabic, english, Status.EDITED, marks=marks)
    return [(i.message, [english[s:e] for s, e in i.target_spans]) for i in check_paragraphs([para], kinds={"spelling"}, **kw)]


def test_without_a_dictionary_one_notice_and_nothing_else():
    paras = [Paragraph(i, 1, i - 1, Kind.PARAGRAPH, "قال المدير.", "The directer sayed.", Status.EDITED) for i in (1, 2)]
    issues = check_paragraphs(paras, dictionaries=("xx_XX",))
    assert [(i.kind, i.number, i.message) for i in issues if i.kind == "spelling"] == [("spelling", 0, NO_DICTIONARY)]


@needs_dictionary
def test_misspellings_flagged_with_their_spans():
    assert _spelling("استلم المدير الرسالة.", "The director recieved the leter.") == [
        ("possible misspelling: “recieved”, “leter”", ["recieved", "leter"])]


@needs_dictionary
def test_what_is_never_flagged():
    arabic = "قال سلمان إن فريق ناسا سيزور الموقع."
    # American and British spelling, a name the Arabic gives (سلمان), a possessive, an
    # abbreviation, a word with digits, an address, a Hijri month
    english = ("Salman said the NASA team's colour and color analysis of the 3rd site at "
               "https://exmaple.org/qwzx would start in Dhul-Qadah.")
    assert _spelling(arabic, english) == []
    # a misspelled word inside a link or code span is the address or code itself
    linked = f"See {open_tag(1)}Qwzxv Tool{close_tag(1)} and {open_tag(2)}runQwzx(){close_tag(2)}."
    marks = (Mark(1, "link", 0, 4, "https://exmaple.org"), Mark(2, "code", 5, 9))
    assert _spelling("انظر الأداة والرمز.", linked, marks) == []
    assert _spelling("انظر الأداة.", "See Qwzxv.") == [("possible misspelling: “Qwzxv”", ["Qwzxv"])]


@needs_dictionary
def test_glossary_terms_and_the_ignore_list_are_accepted():
    english = "The Shura Majlis approved the wathiqa."
    entries = [GlossaryEntry("مجلس الشورى", "the Shura Majlis", id=1)]
    assert _spelling("أقر مجلس الشورى الوثيقة.", english, glossary_entries=entries, ignored_words=["Wathiqa"]) == []
    assert _spelling("أقر مجلس الشورى الوثيقة.", english, glossary_entries=entries) == [
        ("possible misspelling: “wathiqa”", ["wathiqa"])]


@needs_dictionary
def test_one_dictionary_only():
    assert _spelling("اللون.", "The colour.", dictionaries=("en_US",)) == [("possible misspelling: “colour”", ["colour"])]
    assert _spelling("اللون.", "The colour.", dictionaries=("en_GB",)) == []


@needs_dictionary
def test_suggestions_for_the_window():
    assert "received" in SPELLER.suggest("recieved")


@needs_dictionary
def test_the_news_names_the_gloss_drafts_use_are_not_misspellings():
    english = "The minister met Sameh Shoukry in Jeddah and flew on to Raqqa."
    assert _spelling("التقى الوزير سامح شكري في جدة ثم سافر إلى الرقة.", english) == []
    assert _spelling("التقى الوزير بالمسؤول.", "The minister met the offical.") == [
        ("possible misspelling: “offical”", ["offical"])]
