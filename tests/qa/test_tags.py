"""The `tags` kind, and every other kind reading the English without its tag characters."""

from __future__ import annotations

from tests.qa.document import check
from workbench.core.inline import Mark, close_tag, open_tag, solo_tag
from workbench.core.model import Kind, Paragraph, Status
from workbench.glossary.entries import GlossaryEntry

ARABIC = "أعلنت الوزارة نتائج المسابقة الوطنية للقراءة يوم أمس."  # bold over "نتائج المسابقة"
MARKS = (Mark(1, "b", 14, 28), Mark(2, "note", 53, 53, "footnote:4", "4"))
O1, C1, N2 = open_tag(1), close_tag(1), solo_tag(2)


def _issues(english, marks=MARKS, arabic=ARABIC, **kw):
    para = Paragraph(1, 1, 0, Kind.PARAGRAPH, arabic, english, Status.EDITED, marks=marks)
    return check([para], **kw)


def _tags(english, marks=MARKS):
    return [i.message for i in _issues(english, marks) if i.kind == "tags"]


def test_tags_in_place_pass():
    assert ARABIC[14:28] == "نتائج المسابقة"
    assert _issues(f"The ministry announced the {O1}results of the competition{C1} yesterday.{N2}") == []


def test_missing_extra_order_empty():
    assert _tags(f"The ministry announced the results of the competition yesterday.{N2}") == [
        "tag {1} (bold) is missing", "tag {/1} (bold) is missing"]
    assert _tags(f"The ministry announced the {O1}results{C1} yesterday.") == ["tag {2/} (note 4) is missing"]
    extra = _tags(f"The ministry {open_tag(3)}announced{close_tag(3)} the {O1}results{C1}.{N2}")
    assert extra == ["tag {3} is not in the source", "tag {/3} is not in the source"]
    assert _tags(f"The ministry announced the {C1}results{O1} yesterday.{N2}")[0] == "tag {/1} comes before {1}"
    assert _tags(f"The ministry announced the {O1} {C1}results yesterday.{N2}") == [
        "no words between {1} and {/1}: place them around the words they format"]


def test_tag_spans_point_at_the_tag_characters():
    english = f"The ministry announced the {O1}{C1}results yesterday.{N2}"
    (issue,) = _issues(english)
    assert issue.kind == "tags" and issue.source_spans == ((14, 28),)
    assert [english[s:e] for s, e in issue.target_spans] == [O1, C1]


def test_tags_in_a_target_without_marks_are_extra():
    assert _tags(f"The ministry announced the {O1}results{C1}.", marks=()) == [
        "tag {1} is not in the source", "tag {/1} is not in the source"]


def test_tags_switch_off():
    english = f"The ministry announced the results yesterday.{N2}"
    assert [i.kind for i in _issues(english, disabled={"tags"})] == []


def test_other_kinds_ignore_tag_characters():
    # no bidi-control for U+E000-U+EBFF, no double space across a closing tag, no arabic-in-english
    clean = f"The ministry announced the {O1}results of the competition{C1} yesterday. {N2}"
    assert _issues(clean) == []
    # a doubled stop split by a tag is still doubled; its span is over the stored target
    english = f"The ministry announced the {O1}results of the competition.{C1}.{N2}"
    (issue,) = _issues(english)
    assert issue.kind == "punctuation" and issue.message == "doubled punctuation “..”"
    assert [english[s:e] for s, e in issue.target_spans] == [f".{C1}."]
    # a solo tag between two spaces is something between two words, not a double space
    assert _issues(f"The ministry announced the {O1}results{C1} yesterday {N2} at noon.") == []
    spaced = f"The ministry announced the {O1}results{C1}  yesterday.{N2}"
    (issue,) = _issues(spaced)
    assert issue.kind == "double-space" and [spaced[s:e] for s, e in issue.target_spans] == ["  "]


def test_terms_and_numbers_read_across_tags():
    entries = [GlossaryEntry("الوزارة", "the Ministry", id=1)]
    english = f"{O1}The{C1} Ministry announced the results on 12 May.{N2}"
    arabic = "أعلنت الوزارة نتائج المسابقة في ١٢ مايو."
    marks = (Mark(1, "b", 6, 13), Mark(2, "note", len(arabic), len(arabic), "footnote:1", "1"))
    assert [i.kind for i in _issues(english, marks, arabic, glossary_entries=entries)] == []


def test_a_target_of_tags_only_is_empty():
    issues = _issues(f"{O1}{C1}{N2}")
    assert [i.kind for i in issues] == ["untranslated"]
