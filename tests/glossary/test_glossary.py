"""Glossary entries: validation, duplicates by match key, the selection's base form, merging,
and the per-paragraph terminology check."""

from __future__ import annotations

import unicodedata

import pytest

from workbench.core.errors import GlossaryError
from workbench.glossary.entries import (
    Glossary,
    GlossaryEntry,
    base_form_for_selection,
    find_entries,
    check_duplicate,
    clean_entry,
    merge,
    term_key,
)
from workbench.glossary.check import check_paragraph
from workbench.core.model import Kind, Paragraph, Status


def entry(arabic, english, ident=1, scope="project", **kw) -> GlossaryEntry:
    return GlossaryEntry(arabic, english, id=ident, scope=scope, **kw)


@pytest.mark.parametrize(
    ("arabic", "english", "mode", "forbidden", "reason"),
    [
        ("", "the Government", "smart", (), "empty-arabic"),
        ("   ", "the Government", "smart", (), "empty-arabic"),
        ("government", "the Government", "smart", (), "not-arabic"),
        ("123 - ()", "numbers", "smart", (), "not-arabic"),
        ("الحكومة", "  ", "smart", (), "empty-english"),
        ("الحكومة", "the Government", "fuzzy", (), "bad-mode"),
        ("الحكومة", "the Government", "smart", ("government",), "forbidden-is-english"),
        ("وزارة الصحة", "Ministry of Health", "smart", ("ministry",), "forbidden-is-english"),
    ],
)
def test_invalid_entries_are_refused_with_a_reason(arabic, english, mode, forbidden, reason):
    with pytest.raises(GlossaryError) as info:
        clean_entry(GlossaryEntry(arabic, english, mode=mode, forbidden=forbidden))
    assert info.value.reason == reason


def test_clean_entry_stores_nfc_as_typed_with_spaces_collapsed():
    decomposed = unicodedata.normalize("NFD", "الأممُ  المتّحدة")  # hamza decomposed, marks as typed
    assert decomposed != unicodedata.normalize("NFC", decomposed)
    cleaned = clean_entry(GlossaryEntry(f" {decomposed}\t", " the  United Nations ", " a note ",
                                        ("Global  Bank", "", "  ")))  # fmt: skip
    assert cleaned.arabic == "الأممُ المتّحدة"
    assert unicodedata.is_normalized("NFC", cleaned.arabic)
    assert cleaned.english == "the United Nations"
    assert (cleaned.note, cleaned.forbidden) == ("a note", ("Global Bank",))


def test_forbidden_renderings_are_deduplicated_case_insensitively():
    cleaned = clean_entry(GlossaryEntry("الحكومة", "the Government", forbidden=("regime", "Regime", " the  regime ")))
    assert cleaned.forbidden == ("regime", "the regime")


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("الحكومة", "حكومة", True),  # one smart word: definiteness does not matter
        ("الحكومة", "الحُكومة", True),  # diacritics
        ("الحكومة", "الحكومه", True),  # ta marbuta / ha
        ("أمن", "امن", True),  # hamza on alef
        ("مستشفى", "مستشفي", True),  # alef maksura / ya
        ("البنك الدولي", "البنك  الدولي", True),
        ("البنك الدولي", "بنك دولي", False),  # several words keep the article
        ("علم", "معلم", False),
        ("الحكومة", "الحكومات", False),
    ],
)
def test_duplicates_are_found_by_match_key(a, b, same):
    assert (term_key(a) == term_key(b)) is same
    existing = [entry(a, "x", ident=1)]
    if same:
        with pytest.raises(GlossaryError) as info:
            check_duplicate(entry(b, "y", ident=None), existing)
        assert (info.value.reason, info.value.existing) == ("duplicate", a)
    else:
        check_duplicate(entry(b, "y", ident=None), existing)


def test_an_entry_is_not_its_own_duplicate():
    current = [entry("الحكومة", "the Government", ident=7)]
    check_duplicate(entry("حكومة", "the Cabinet", ident=7), current)


@pytest.mark.parametrize(
    ("selection", "expected"),
    [
        ("وبالحكومة", "حكومة"),
        ("«للحكومة»،", "حكومة"),
        ("حكومتنا", "حكومة"),
        ("الحُكومةُ", "حكومة"),
        ("للأمم المتحدة.", "الأمم المتحدة"),
        (" وزارة\nالصحة ", "وزارة الصحة"),
        ("the Government", ""),
        ("", ""),
    ],
)
def test_base_form_for_selection(selection, expected):
    assert base_form_for_selection(selection) == expected


def test_merge_keeps_project_entries_over_user_entries_with_the_same_key():
    project = [entry("الحكومة", "the Government", 1)]
    user = [entry("حكومة", "the government", 1, "user"), entry("البرلمان", "Parliament", 2, "user")]
    merged = merge(project, user)
    assert [(e.scope, e.english) for e in merged] == [("project", "the Government"), ("user", "Parliament")]
    assert {e.ref for e in merged} == {"p1", "u2"}


def _para(source, target, status=Status.MACHINE, position=4, **kw) -> Paragraph:
    return Paragraph(11, 1, position, Kind.PARAGRAPH, source, target, status, **kw)


GLOSSARY = Glossary(
    [
        entry("الحكومة", "the Government", 1, forbidden=("regime",)),
        entry("البنك الدولي", "the World Bank", 2),
    ]
)


def _kinds(problems):
    return [(p.kind, p.term, p.detail) for p in problems]


def test_check_flags_a_missing_english_term():
    source = "قال البرلمان إن للحكومة خطة جديدة."
    problems = GLOSSARY.check(_para(source, "Parliament said the cabinet has a new plan."))
    assert _kinds(problems) == [("term-missing", "الحكومة", "the Government")]
    problem = problems[0]
    assert problem.position == 5 and problem.paragraph_id == 11
    assert source[slice(*problem.span)] == "حكومة"
    assert problem.as_dict()["paragraph"] == 5


def test_check_passes_when_the_english_is_there_in_any_case_or_article():
    para = _para("وبالحكومة ثقة والبنك الدولي معها.", "Trust in our government, and the world bank is with it.")
    assert GLOSSARY.check(para) == []


def test_check_flags_a_forbidden_rendering_even_with_the_term_present():
    source = "انتقد الحكومة، فالحكومة لا تسمع."
    target = "He criticised the Government; the regime does not listen."
    problems = GLOSSARY.check(_para(source, target))
    assert _kinds(problems) == [("term-forbidden", "الحكومة", "regime")]
    assert target[slice(*problems[0].target_span)] == "regime"


def test_each_term_is_reported_once_per_paragraph_and_in_source_order():
    source = "البنك الدولي ساعد الحكومة، ثم الحكومة شكرت البنك الدولي."
    problems = GLOSSARY.check(_para(source, "It helped them and they thanked it."))
    assert [p.term for p in problems] == ["البنك الدولي", "الحكومة"]


@pytest.mark.parametrize(
    "para",
    [
        _para("قالت الحكومة", "", Status.UNTRANSLATED),
        _para("قالت الحكومة", "The cabinet said", Status.UNTRANSLATED),
        _para("قالت الحكومة", "   ", Status.MACHINE),
        _para("قالت الحكومة", "The cabinet said", Status.MACHINE, translatable=False),
    ],
)
def test_untranslated_and_untranslatable_paragraphs_are_not_checked(para):
    assert GLOSSARY.check(para) == []


@pytest.mark.parametrize("status", [Status.MACHINE, Status.GLOSS, Status.EDITED, Status.REVIEWED, Status.APPROVED])
def test_every_translated_status_is_checked(status):
    assert len(GLOSSARY.check(_para("قالت الحكومة", "The cabinet said", status))) == 1


def test_check_paragraph_function_takes_the_matcher_and_entries():
    para = _para("قالت الحكومة", "The cabinet said")
    problems = check_paragraph(para, GLOSSARY.matcher, GLOSSARY.entries, position=1)
    assert [(p.position, p.entry_ref) for p in problems] == [(1, "p1")]


def test_hits_carry_the_entry_for_highlighting():
    text = "قالت الحُكومةُ إن للحكومة خطة"
    hits = GLOSSARY.hits(text)
    assert [(text[h.start : h.end], h.entry.english) for h in hits] == [
        ("الحُكومةُ", "the Government"), ("حكومة", "the Government"),
    ]  # fmt: skip
    assert Glossary([]).hits(text) == []


def test_find_entries_for_the_panel_search():
    entries = [
        entry("الحُكومة", "the Government", 1, note="capital G"),
        entry("البنك الدولي", "the World Bank", 2, forbidden=("global lender",)),
    ]
    assert [e.id for e in find_entries(entries, "حكومه")] == [1]  # no diacritics, ha for ta marbuta
    assert [e.id for e in find_entries(entries, "WORLD")] == [2]
    assert [e.id for e in find_entries(entries, "lender")] == [2]
    assert [e.id for e in find_entries(entries, "capital")] == [1]
    assert [e.id for e in find_entries(entries, "  ")] == [1, 2]
    assert find_entries(entries, "البرلمان") == []


def test_terms_are_read_through_inline_tags_and_spans_land_on_the_stored_text():
    from workbench.core import inline

    o1, c1 = inline.open_tag(1), inline.close_tag(1)
    source = "قال البنك الدولي إن الحكومة تأخرت."
    target = f"The World {o1}Bank{c1} said the {o1}regime{c1} was late, the Government too."
    problems = GLOSSARY.check(_para(source, target))
    assert _kinds(problems) == [("term-forbidden", "الحكومة", "regime")]  # the World Bank is there
    assert target[slice(*problems[0].target_span)] == "regime"
