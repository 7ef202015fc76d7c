"""Find and replace over Paragraph lists: Arabic matched loosely, English literally."""

from __future__ import annotations

from workbench.core.model import Kind, Paragraph, Status
from workbench.project.search import (
    SOURCE,
    TARGET,
    Match,
    find_arabic,
    find_literal,
    locked_statuses,
    plan_replace_all,
    replace_at,
    replace_in_text,
    search,
)


def _p(pid, source, target="", translatable=True):
    return Paragraph(id=pid, document_id=1, position=pid, kind=Kind.PARAGRAPH, source=source,
                     target=target, status=Status.MACHINE if target else Status.UNTRANSLATED,
                     translatable=translatable)


def test_arabic_matches_regardless_of_diacritics_and_tatweel():
    text = "قرأتُ الْكِتَابَ في المكتـــبة"
    spans = find_arabic(text, "كتاب")
    assert len(spans) == 1
    start, end = spans[0]
    assert text[start:end] == "كِتَابَ"  # the last letter keeps its mark
    spans = find_arabic(text, "مكتبة")
    assert [text[s:e] for s, e in spans] == ["مكتـــبة"]


def test_arabic_query_with_diacritics_finds_bare_text():
    assert find_arabic("ذهب الطالب إلى المدرسة", "الطَّالِب") == [(4, 10)]


def test_alef_ya_and_ta_marbuta_variants_match():
    text = "إلى أحمد في المدرسه"
    assert find_arabic(text, "الي") == [(0, 3)]
    assert find_arabic(text, "احمد") == [(4, 8)]
    assert find_arabic(text, "مدرسة") == [(14, 19)]


def test_no_match_and_empty_query():
    assert find_arabic("ذهب الطالب", "بيت") == []
    assert find_arabic("ذهب الطالب", "") == []
    assert find_literal("Hello", "") == []


def test_english_matches_ignoring_case_unless_asked():
    text = "The Library and the library"
    assert find_literal(text, "library") == [(4, 11), (20, 27)]
    assert find_literal(text, "library", case_sensitive=True) == [(20, 27)]
    assert find_literal("a.b a+b", "a+b") == [(4, 7)]  # no regex surprises


def test_search_walks_paragraphs_in_order_source_before_target():
    paragraphs = [_p(1, "كتابٌ جديد", "A new book"), _p(2, "لا شيء", "the book again")]
    assert search(paragraphs, "book") == [Match(1, TARGET, 6, 10), Match(2, TARGET, 4, 8)]
    assert search(paragraphs, "كتاب") == [Match(1, SOURCE, 0, 5)]
    assert search(paragraphs, "book", in_target=False) == []


def test_replace_only_touches_targets():
    paragraphs = [_p(1, "book كتاب", "The book, a Book."), _p(2, "x", "nothing"),
                  _p(3, "y", "book", translatable=False)]
    assert plan_replace_all(paragraphs, "book", "volume").changes == [(1, "The volume, a volume.")]
    assert replace_in_text("Book book", "book", "tome", case_sensitive=True) == ("Book tome", 1)
    assert replace_at("The book.", 4, 8, "tome") == "The tome."


def _with_status(pid, status, target="Ten tons of wheat."):
    return Paragraph(id=pid, document_id=1, position=pid, kind=Kind.PARAGRAPH, source="قمح",
                     target=target, status=status, translatable=True)


def test_replace_all_leaves_approved_and_reviewed_work_alone_by_default():
    paragraphs = [_with_status(i, s) for i, s in enumerate(
        (Status.MACHINE, Status.EDITED, Status.REVIEWED, Status.APPROVED, Status.APPROVED))]
    paragraphs.append(_with_status(9, Status.MACHINE, "No hit here."))
    plan = plan_replace_all(paragraphs, "tons", "tonnes")
    assert plan.changes == [(0, "Ten tonnes of wheat."), (1, "Ten tonnes of wheat.")]
    assert plan.changed == {Status.MACHINE: 1, Status.EDITED: 1}
    assert plan.locked == {Status.REVIEWED: 1, Status.APPROVED: 2}


def test_the_reviewed_lock_is_a_preference_and_include_unlocks_everything():
    paragraphs = [_with_status(1, Status.REVIEWED), _with_status(2, Status.APPROVED)]
    unlocked_reviewed = locked_statuses(lock_reviewed=False)
    assert unlocked_reviewed == {Status.APPROVED}
    plan = plan_replace_all(paragraphs, "tons", "tonnes", locked=unlocked_reviewed)
    assert [pid for pid, _ in plan.changes] == [1] and plan.locked == {Status.APPROVED: 1}
    everything = locked_statuses(lock_reviewed=True, include_locked=True)
    plan = plan_replace_all(paragraphs, "tons", "tonnes", locked=everything)
    assert [pid for pid, _ in plan.changes] == [1, 2] and not plan.locked
    assert plan.changed == {Status.REVIEWED: 1, Status.APPROVED: 1}


def test_a_replacement_that_changes_nothing_is_not_planned():
    plan = plan_replace_all([_with_status(1, Status.EDITED)], "tons", "tons", case_sensitive=True)
    assert plan.changes == [] and not plan.changed and not plan.locked


def test_the_english_is_found_through_inline_tags_and_replacing_keeps_them():
    from workbench.core import inline
    from workbench.project.search import find_literal, replace_at, replace_in_text

    text = "The " + inline.open_tag(1) + "new minister" + inline.close_tag(1) + " spoke"
    spans = find_literal(text, "the new minister")
    assert len(spans) == 1 and inline.plain(text[slice(*spans[0])]) == "The new minister"
    new, count = replace_in_text(text, "new minister", "Minister")
    assert count == 1 and inline.visible(new) == "The {1}Minister{/1} spoke"
    whole = find_literal(text, "The new minister spoke")[0]
    assert inline.visible(replace_at(text, *whole, "Hi")) == "Hi{1}{/1}"  # no tag deleted
