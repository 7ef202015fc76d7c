"""mt.tags: a draft gets the source's inline tags back at the English words they belong to,
through the real word alignment (BAMA lexicon, names, numbers); never a tag dropped."""

from __future__ import annotations

from workbench.core import inline
from workbench.core.inline import Mark
from workbench.core.model import Draft, TranslationRequest
from workbench.mt.tags import place, tag_drafts

SOURCE = "سافر الوزير إلى بغداد أمس"


def span_of(source: str, word: str, number: int = 1, kind: str = "b") -> Mark:
    start = source.index(word)
    return Mark(number, kind, start, start + len(word))


def test_a_bold_word_is_bold_on_its_english_word():
    out = place(SOURCE, [span_of(SOURCE, "الوزير")], "The minister travelled to Baghdad yesterday.")
    assert inline.visible(out) == "The {1}minister{/1} travelled to Baghdad yesterday."


def test_a_link_over_a_name_and_punctuation_outside():
    marks = [span_of(SOURCE, "بغداد", kind="link")]
    out = place(SOURCE, marks, "The minister travelled yesterday to Baghdad.")
    assert inline.visible(out) == "The minister travelled yesterday to {1}Baghdad{/1}."
    assert inline.problems(marks, out) == []


def test_formatting_over_the_whole_paragraph_wraps_the_whole_draft():
    marks = [Mark(1, "b", 0, len(SOURCE))]
    out = place(SOURCE, marks, "Whatever the engine wrote here.")
    assert inline.visible(out) == "{1}Whatever the engine wrote here.{/1}"


def test_a_word_the_alignment_cannot_find_goes_to_the_end_and_qa_says_so():
    marks = [span_of(SOURCE, "أمس")]
    out = place(SOURCE, marks, "Nothing here matches at all")
    assert inline.visible(out) == "Nothing here matches at all{1}{/1}"
    assert [p.code for p in inline.problems(marks, out)] == ["empty"]


def test_crossing_spans_are_not_forced_and_nothing_is_lost():
    source = "زار الوزير بغداد"
    a = Mark(1, "b", 0, source.index("بغداد") - 1)  # "زار الوزير"
    b = Mark(2, "i", source.index("الوزير"), len(source))  # "الوزير بغداد": crosses a
    out = place(source, [a, b], "The minister visited Baghdad")
    tags = {(r, n) for _i, r, n in inline.tags_in(out)}
    assert tags == {("open", 1), ("close", 1), ("open", 2), ("close", 2)}
    assert not [p for p in inline.problems([a, b], out) if p.code in ("missing", "extra", "order")]


def test_a_note_reference_follows_its_word():
    source = "قال الوزير إن بغداد آمنة"
    note = Mark(1, "note", source.index(" إن"), source.index(" إن"), "footnote:1", "1")
    out = place(source, [note], "The minister said that Baghdad is safe")
    assert inline.visible(out).startswith("The minister{1/}")


def test_drafts_of_unmarked_paragraphs_pass_untouched_and_old_tags_are_replaced():
    marks = (Mark(1, "b", 0, len(SOURCE)),)
    requests = [TranslationRequest(1, SOURCE, marks), TranslationRequest(2, SOURCE)]
    drafts = [Draft(1, "Went.", "e", "m"), Draft(2, "Went.", "e", "m"), Draft(3, "x", "e", "m")]
    out = list(tag_drafts(drafts, requests))
    assert inline.visible(out[0].text) == "{1}Went.{/1}"
    assert out[1] is drafts[1] and out[2] is drafts[2]
    again = place(SOURCE, marks, out[0].text)  # a draft with tags already: placed once, not twice
    assert again == out[0].text


def test_a_bold_link_over_the_same_words_nests_in_the_source_and_in_the_draft():
    source = "زار الوزير بغداد"
    start = source.index("بغداد")
    marks = [Mark(1, "link", start, len(source), "https://example.org"), Mark(2, "b", start, len(source))]
    assert inline.visible(inline.tagged(source, marks)) == "زار الوزير {1}{2}بغداد{/2}{/1}"
    out = place(source, marks, "The minister visited Baghdad")
    assert inline.visible(out) == "The minister visited {1}{2}Baghdad{/2}{/1}"
    assert inline.problems(marks, out) == []
