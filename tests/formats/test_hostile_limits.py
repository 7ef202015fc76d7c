"""Issue 12, limits: paragraphs counted (not only bytes), over-long paragraphs split, runs of
combining marks capped before NFC, exact sizes in refusals, plain words for a symlink loop and
printable file names in every import error."""

from __future__ import annotations

import logging
import unicodedata

import pytest

from workbench.core.errors import DocumentImportError
from workbench.core.text import MAX_MARKS_PER_LETTER, cap_mark_runs
from workbench.formats import import_limits
from workbench.formats.import_common import MAX_TEXT_BYTES
from workbench.formats.importers import load_document

pytestmark = pytest.mark.timeout(120)


def write_text(tmp_path, name: str, text: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def refused(path) -> DocumentImportError:
    with pytest.raises(DocumentImportError) as caught:
        load_document(path)
    return caught.value


def test_too_many_paragraphs_is_refused_saying_where_the_limit_is_crossed(tmp_path):
    path = write_text(tmp_path, "lines.txt", "كلمة\n" * 600_300)
    assert refused(path).reason == (
        "the document has more than 200,000 paragraphs (paragraph 200,001 is on line 200,001 of "
        "600,300); the limit is 200,000 per document: split it"
    )


def test_text_paragraph_lines_are_counted_through_blocks(tmp_path, monkeypatch):
    monkeypatch.setattr(import_limits, "MAX_PARAGRAPHS", 4)
    wrapped = (  # one hard-wrapped paragraph on lines 5-7
        "أعلنت الوزارة صباح اليوم عن خطة جديدة لدعم صغار المزارعين في\n"
        "المناطق الريفية، تتضمن قروضا ميسرة وبذورا محسنة وتدريبا على\n"
        "أساليب الري.\n"
    )
    text = "سطر أول.\nسطر ثان.\nسطر ثالث\n\n" + wrapped + "\nخامسة\n"  # paragraph 5 on line 9
    assert "paragraph 5 is on line 9 of 9" in refused(write_text(tmp_path, "b.txt", text)).reason


def test_docx_paragraphs_are_counted_to_the_end(tmp_path, monkeypatch):
    # a DOCX's XML element budget (500,000) bounds its paragraphs: counting them all is cheap
    import docx

    from tests.formats.import_fixtures import docx_bytes

    monkeypatch.setattr(import_limits, "MAX_PARAGRAPHS", 3)
    document = docx.Document()
    for i in range(5):
        document.add_paragraph(f"فقرة {i}")
    path = tmp_path / "five.docx"
    path.write_bytes(docx_bytes(document))
    assert refused(path).reason == "the document has 5 paragraphs; the limit is 3 per document: split it"


def test_markdown_stops_at_the_paragraph_limit_and_says_where(tmp_path, monkeypatch):
    # counting to the end would cost a minute for a million list items: Markdown stops at the limit
    monkeypatch.setattr(import_limits, "MAX_PARAGRAPHS", 50)
    table = "| أ | ب |\n|---|---|\n" + "| خلية | أخرى |\n" * 30  # cell 51 is on line 27
    assert refused(write_text(tmp_path, "t.md", table)).reason == (
        "the document has more than 50 paragraphs (paragraph 51 is on line 27 of 32); "
        "the limit is 50 per document: split it"
    )


def test_long_paragraph_is_split_at_sentence_ends(tmp_path, caplog):
    sentence = "هذه جملة عربية قصيرة تنتهي بنقطة. "
    text = sentence * 8_000  # about 280,000 characters in one paragraph
    with caplog.at_level(logging.WARNING, logger="workbench.import"):
        segments = load_document(write_text(tmp_path, "long.txt", text)).segments
    assert len(segments) == 3
    assert all(len(s.text) <= 100_000 and s.text.endswith("بنقطة.") for s in segments)
    assert " ".join(s.text for s in segments) == text.strip()
    assert any("longer than 100,000 characters were split" in r.getMessage() for r in caplog.records)


def test_long_text_without_sentence_ends_splits_at_spaces_then_hard():
    words = "كلمة " * 30
    assert [len(p) for p in import_limits.split_long(words.strip(), 52)] == [49, 49, 49]
    letters = "ب" * 250
    assert import_limits.split_long(letters, 100) == ["ب" * 100, "ب" * 100, "ب" * 50]
    marked = ("ب" + "\u064e") * 60  # a hard cut never leaves a mark without its letter
    assert all(not unicodedata.combining(p[0]) for p in import_limits.split_long(marked, 51))


def test_endless_combining_marks_are_capped_before_normalizing(tmp_path, caplog):
    hostile = "ا" + "\u0651\u064e" * 100_000  # took 42 s in NFC's reordering before the cap
    with caplog.at_level(logging.WARNING, logger="workbench.import"):
        doc = load_document(write_text(tmp_path, "marks.txt", hostile + "\nسطر عادي\n"))
    first = doc.segments[0].text
    assert first[0] == "ا" and len(first) == 1 + MAX_MARKS_PER_LETTER
    assert doc.segments[1].text == "سطر عادي"
    assert any("199,992 combining marks" in r.getMessage() for r in caplog.records)


def test_mark_cap_covers_isolated_harakat_forms_and_leaves_real_text_alone():
    capped, dropped = cap_mark_runs("ا" + "\ufe7c\ufe76" * 50)  # isolated shadda/fatha forms
    assert len(capped) == 1 + MAX_MARKS_PER_LETTER and dropped == 100 - MAX_MARKS_PER_LETTER
    quran = "بِسْمِ ٱللَّهِ ٱلرَّحْمَٰنِ ٱلرَّحِيمِ"
    assert cap_mark_runs(quran) == (quran, 0)


def test_one_byte_over_the_size_limit_shows_both_exact_sizes(tmp_path):
    path = tmp_path / "big.txt"
    with path.open("wb") as handle:  # sparse: the size is refused before anything is read
        handle.truncate(MAX_TEXT_BYTES + 1)
    reason = refused(path).reason
    assert "52,428,801 bytes" in reason and "52,428,800 bytes" in reason


def test_symlink_loop_is_a_plain_file_not_found(tmp_path):
    (tmp_path / "a.txt").symlink_to(tmp_path / "b.txt")
    (tmp_path / "b.txt").symlink_to(tmp_path / "a.txt")
    assert refused(tmp_path / "a.txt").reason.startswith("file not found: it is a symbolic link")


def test_file_name_in_an_import_error_is_printable(tmp_path):
    path = write_text(tmp_path, "name_\x1b[2J\x1b[31m.txt", "   \n")
    error = refused(path)
    assert "\x1b" not in error.message and "name_\\x1b[2J\\x1b[31m.txt" in error.message
    assert error.path == path  # the real name is kept for whoever needs the file


def test_markdown_limit_message_after_an_html_block(tmp_path, monkeypatch):
    monkeypatch.setattr(import_limits, "MAX_PARAGRAPHS", 3)
    markdown = '<div dir="rtl">\nأ<br>ب<br>ج\n</div>\n\nفقرة رابعة\n'
    assert "paragraph 4 is on line 5 of 5" in refused(write_text(tmp_path, "h.md", markdown)).reason
