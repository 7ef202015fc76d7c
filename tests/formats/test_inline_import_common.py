"""The collector's side of inline marks: text with tags in, plain text and marks out; ends
trimmed, over-long paragraphs cut with their marks clipped, forged tags in raw text removed."""

from __future__ import annotations

from workbench.core import inline
from workbench.core.model import Kind
from workbench.formats import import_limits
from workbench.formats.import_common import SegmentCollector
from workbench.formats.inline_import import InlineText
from workbench.formats.txt_import import load_text


def spans(segment) -> list[tuple[str, str, str, str]]:
    return [(m.kind, segment.text[m.start:m.end], m.href, m.text) for m in segment.marks]


def test_pieces_with_the_same_formatting_make_one_mark(tmp_path):
    pieces = InlineText()
    pieces.text("  بدأ ")
    pieces.text("الاجتماع", {"b"})
    pieces.text(" الكبير ", {"b"})  # edge spaces stay outside the span
    pieces.text("في ", {"i", "b"}, "https://example.org")
    pieces.solo("note", "footnote:3", "1")
    pieces.text("القاعة", {"b", "i"}, "https://example.org")
    pieces.text("  ")
    out = SegmentCollector(tmp_path / "x")
    out.add_inline(Kind.PARAGRAPH, pieces)
    (segment,) = out.segments
    assert segment.text == "بدأ الاجتماع الكبير في القاعة"
    assert spans(segment) == [("b", "الاجتماع الكبير", "", ""), ("link", "في القاعة", "https://example.org", ""),
                              ("b i", "في القاعة", "", ""), ("note", "", "footnote:3", "1")]
    assert segment.marks[-1].start == len("بدأ الاجتماع الكبير في ")


def test_an_over_long_paragraph_is_cut_with_its_marks(tmp_path, monkeypatch):
    monkeypatch.setattr(import_limits, "MAX_PARAGRAPH_CHARS", 30)
    pieces = InlineText()
    pieces.text("انعقد المؤتمر أمس. ")
    pieces.text("وحضره الوزراء. وناقش الخطة", {"b"})  # crosses the cut after the first sentence
    pieces.text(" الجديدة للعام المقبل.")
    out = SegmentCollector(tmp_path / "x")
    out.add_inline(Kind.PARAGRAPH, pieces)
    assert out.split_paragraphs == 1
    texts = [s.text for s in out.segments]
    assert "".join(texts).replace(" ", "") == "انعقد المؤتمر أمس. وحضره الوزراء. وناقش الخطة الجديدة للعام المقبل.".replace(" ", "")
    bold = [(segment.text[m.start:m.end], m.number) for segment in out.segments for m in segment.marks]
    assert "".join(text for text, _ in bold).replace(" ", "") == "وحضرهالوزراء.وناقشالخطة"
    assert all(number == 1 for _, number in bold)  # each piece numbers its own marks from 1
    assert all(len(s.text) <= 30 for s in out.segments)


def test_more_tags_than_a_paragraph_holds_drop_only_the_formatting(tmp_path):
    pieces = InlineText()
    for n in range(inline.MAX_TAGS + 50):
        pieces.text(f"كلمة{n} ", {"b"} if n % 2 else {"i"})
    out = SegmentCollector(tmp_path / "x")
    out.add_inline(Kind.PARAGRAPH, pieces)
    (segment,) = out.segments
    assert segment.text.startswith("كلمة0 كلمة1") and segment.text.endswith(f"كلمة{inline.MAX_TAGS + 49}")
    assert len(segment.marks) == inline.MAX_TAGS


def test_raw_text_loses_forged_tags_and_counts_them(tmp_path):
    out = SegmentCollector(tmp_path / "x")
    out.add(Kind.PARAGRAPH, f"نص {inline.open_tag(1)}مزور{inline.close_tag(1)}\ue800")
    (segment,) = out.segments
    assert segment.text == "نص مزور" and segment.marks == ()
    assert out.removed_controls == 3


def test_plain_text_files_lose_forged_tags(tmp_path):
    path = tmp_path / "wire.txt"
    path.write_text("خبر عاجل من العاصمة حول الاجتماع الوزاري الأخير.\n\n"
                    f"نص {inline.open_tag(2)}مزور{inline.close_tag(2)} هنا.\n", encoding="utf-8")
    document = load_text(path)
    assert [s.text for s in document.segments][1] == "نص مزور هنا."
    assert not any(inline.RESERVED.search(s.text) for s in document.segments)
    assert document.removed_controls == 2


def test_a_link_and_a_style_over_the_same_words_number_the_link_first(tmp_path):
    pieces = InlineText()
    pieces.text("انظر ")
    pieces.text("البيان", {"b"}, "https://example.org/bayan")
    out = SegmentCollector(tmp_path / "x")
    out.add_inline(Kind.PARAGRAPH, pieces)
    (segment,) = out.segments
    assert [(m.number, m.kind) for m in segment.marks] == [(1, "link"), (2, "b")]
    assert segment.marks[0].start == segment.marks[1].start and segment.marks[0].end == segment.marks[1].end
