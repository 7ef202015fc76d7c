"""Plain-text import: encodings, line ends, paragraph rules, refusals."""

from __future__ import annotations

import codecs
import os
from pathlib import Path

import pytest

from workbench.core.errors import DocumentImportError
from workbench.core.model import Kind
from workbench.formats.importers import load_document
from workbench.formats.txt_import import numbered_paragraphs, split_paragraphs

FIRST = "أعلنت البلدية أمس عن افتتاح مكتبة جديدة في الحي الشمالي."
SECOND = "وقال رئيس البلدية إن المكتبة ستفتح أبوابها للجميع، صباحا ومساء."
THIRD = "هل سيزورها الطلاب؟"
ARTICLE = "\n".join([FIRST, SECOND, THIRD]) + "\n"


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def texts(doc) -> list[str]:
    return [segment.text for segment in doc.segments]


@pytest.mark.parametrize(
    ("encoded", "encoding"),
    [
        (ARTICLE.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + ARTICLE.encode("utf-8"), "utf-8-sig"),
        (ARTICLE.encode("utf-16"), "utf-16"),  # Python writes a BOM (little-endian here)
        (codecs.BOM_UTF16_BE + ARTICLE.encode("utf-16-be"), "utf-16"),
        (ARTICLE.encode("cp1256"), "cp1256"),
    ],
    ids=["utf8", "utf8-bom", "utf16-le-bom", "utf16-be-bom", "cp1256"],
)
def test_encodings_are_detected(tmp_path, encoded, encoding):
    doc = load_document(write(tmp_path, "article.txt", encoded))
    assert texts(doc) == [FIRST, SECOND, THIRD]
    assert doc.encoding == encoding
    assert doc.format == "txt"
    assert doc.name == "article.txt"
    assert all(s.kind is Kind.PARAGRAPH and s.translatable for s in doc.segments)


def test_bom_is_not_part_of_the_first_paragraph(tmp_path):
    doc = load_document(write(tmp_path, "a.txt", codecs.BOM_UTF8 + FIRST.encode()))
    assert doc.segments[0].text == FIRST
    assert doc.removed_controls == 0


def test_cp1256_with_latin_words_and_punctuation(tmp_path):
    text = "زار الوفد مدينة Paris يوم «الأحد» – وعاد؛ ثم ماذا؟\n"
    doc = load_document(write(tmp_path, "mixed-script.txt", text.encode("cp1256")))
    assert texts(doc) == [text.strip()]
    assert doc.encoding == "cp1256"


def test_mixed_utf8_and_cp1256_is_refused_naming_the_line(tmp_path):
    data = (FIRST + "\n" + SECOND + "\n").encode("utf-8") + (THIRD + "\n").encode("cp1256")
    with pytest.raises(DocumentImportError) as caught:
        load_document(write(tmp_path, "mixed.txt", data))
    assert caught.value.line == 3
    assert "mixed encodings" in caught.value.reason
    assert "line 3" in str(caught.value)


def test_mixed_encodings_line_counts_crlf_as_one(tmp_path):
    data = (FIRST + "\r\n\r\n" + SECOND + "\r\n").encode("utf-8") + THIRD.encode("cp1256")
    with pytest.raises(DocumentImportError) as caught:
        load_document(write(tmp_path, "mixed.txt", data))
    assert caught.value.line == 4


def test_random_bytes_are_refused(tmp_path):
    data = os.urandom(4096)
    with pytest.raises(DocumentImportError) as caught:
        load_document(write(tmp_path, "noise.txt", data))
    assert "binary" in caught.value.reason or "cannot decode" in caught.value.reason
    assert caught.value.line is not None


def test_random_bytes_without_nul_are_refused_as_binary(tmp_path):
    data = bytes(b for b in os.urandom(8192) if b) * 2
    with pytest.raises(DocumentImportError) as caught:
        load_document(write(tmp_path, "noise.txt", data))
    assert "binary data: too many control characters" in caught.value.reason


def test_a_few_stray_control_characters_are_cleaned_not_refused(tmp_path):
    data = (FIRST + "\x01\n" + SECOND + "\x1b").encode()
    doc = load_document(write(tmp_path, "stray.txt", data))
    assert texts(doc) == [FIRST, SECOND]
    assert doc.removed_controls == 2


def test_random_high_bytes_in_lines_are_undecodable_not_mixed(tmp_path):
    noise = bytes(0x80 + b % 128 for b in os.urandom(6000))
    data = b"\n".join(noise[i : i + 60] for i in range(0, len(noise), 60))
    with pytest.raises(DocumentImportError) as caught:
        load_document(write(tmp_path, "high.txt", data))
    assert "cannot decode" in caught.value.reason
    assert caught.value.line == 1


def test_nul_bytes_are_refused_as_binary(tmp_path):
    data = (FIRST + "\n" + SECOND).encode() + b"\0\0" + b"more"
    with pytest.raises(DocumentImportError) as caught:
        load_document(write(tmp_path, "nul.txt", data))
    assert "NUL" in caught.value.reason
    assert caught.value.line == 2


def test_broken_utf16_is_refused_naming_the_line(tmp_path):
    data = (FIRST + "\n" + SECOND + "\n").encode("utf-16") + "\ud800".encode("utf-16-le", "surrogatepass")
    data += "x".encode("utf-16-le")
    with pytest.raises(DocumentImportError) as caught:
        load_document(write(tmp_path, "broken16.txt", data))
    assert caught.value.line == 3
    assert "UTF-16" in caught.value.reason


@pytest.mark.parametrize("content", [b"", b"\n", b"   \n\n\t \r\n", "\u200f \u200c\n\u00a0".encode()])
def test_empty_or_blank_file_is_refused(tmp_path, content):
    with pytest.raises(DocumentImportError) as caught:
        load_document(write(tmp_path, "empty.txt", content))
    assert "empty" in caught.value.reason


def test_only_control_characters_is_empty(tmp_path):
    with pytest.raises(DocumentImportError) as caught:
        load_document(write(tmp_path, "ctl.txt", b"\x0b\n\x0c\n"))
    assert "empty" in caught.value.reason


@pytest.mark.parametrize("eol", ["\n", "\r\n", "\r", "\u2028"])
def test_line_end_variants_give_the_same_paragraphs(tmp_path, eol):
    data = eol.join([FIRST, SECOND, THIRD]).encode("utf-8")
    assert texts(load_document(write(tmp_path, "eol.txt", data))) == [FIRST, SECOND, THIRD]


def test_paragraph_separator_splits_blocks(tmp_path):
    data = f"{FIRST}\u2029{SECOND}".encode()
    assert texts(load_document(write(tmp_path, "ps.txt", data))) == [FIRST, SECOND]


def test_one_paragraph_per_line_without_blank_lines():
    wrapped_looking = "سطر لا ينتهي بنقطة\nوسطر آخر كذلك\n"
    assert split_paragraphs(wrapped_looking) == ["سطر لا ينتهي بنقطة", "وسطر آخر كذلك"]


def test_short_lines_in_a_block_are_not_hard_wrapped_prose():
    # issue 15: only prose wrapped at a width (tests/formats/test_txt_paragraphs.py) is joined;
    # two short lines are a headline and a sentence as much as one broken sentence
    text = "بدأت الجلسة في الصباح\nواستمرت حتى المساء.\n\nثم رفعت الجلسة\nإلى الغد.\n"
    assert split_paragraphs(text) == ["بدأت الجلسة في الصباح", "واستمرت حتى المساء.", "ثم رفعت الجلسة", "إلى الغد."]


def test_block_of_complete_sentences_stays_one_paragraph_per_line():
    text = f"عنوان الخبر\n\n{FIRST}\n{SECOND}\n{THIRD}\n"
    assert split_paragraphs(text) == ["عنوان الخبر", FIRST, SECOND, THIRD]


def test_sentence_end_before_closing_quote_counts():
    text = "قال: «سنعود غدا.»\nوغادر القاعة.\n\nانتهى"
    assert split_paragraphs(text) == ["قال: «سنعود غدا.»", "وغادر القاعة.", "انتهى"]


def test_whitespace_only_lines_count_as_blank():
    assert list(numbered_paragraphs("أ\n  \t\nب\nج")) == [(1, "أ"), (3, "ب"), (4, "ج")]


def test_text_is_cleaned_and_counts_are_summed(tmp_path):
    raw = "ﻣﺮﺣﺒﺎ\x0bبكم\n\u202bنص\u202c\n"
    doc = load_document(write(tmp_path, "dirty.txt", raw.encode()))
    assert texts(doc) == ["مرحبا", "بكم", "\u202bنص\u202c"]
    assert doc.bidi_controls == 2
    assert doc.removed_controls == 1


def test_file_without_extension_is_read_as_text(tmp_path):
    assert texts(load_document(write(tmp_path, "README", FIRST.encode()))) == [FIRST]


def test_missing_file_and_directory_are_refused(tmp_path):
    with pytest.raises(DocumentImportError, match="not found"):
        load_document(tmp_path / "nope.txt")
    with pytest.raises(DocumentImportError, match="not a regular file"):
        load_document(tmp_path)


def test_unsupported_extension_is_refused(tmp_path):
    with pytest.raises(DocumentImportError) as caught:
        load_document(write(tmp_path, "page.rtfd", b"<p>x</p>"))
    assert "unsupported file type '.rtfd'" in caught.value.reason
