"""Encodings (issue 15): ISO-8859-6 read as itself, not as Windows-1256 mojibake; text that is not
plausibly text in any supported encoding refused, however short."""

from __future__ import annotations

import codecs
import random
from pathlib import Path

import pytest

from workbench.core.errors import DocumentImportError
from workbench.formats.import_decode import decode_text
from workbench.formats.importers import load_document

NOT_TEXT = "not text in any supported encoding (UTF-8, UTF-16, Windows-1256, ISO-8859-6)"
NEWS = ("أعلنت وزارة الزراعة صباح اليوم عن خطة جديدة لدعم صغار المزارعين في المناطق الريفية.\n"
        "وقال المتحدث باسم الوزارة إن الخطة ستنفذ على ثلاث مراحل، تبدأ الأولى في الربيع المقبل.\n"
        "هل تكفي الميزانية؟ يقول الخبراء إنها بداية جيدة؛ لكنها لا تغطي كل القرى.\n")
VOWELLED = "كَتَبَ الطّالِبُ دَرْسَهُ، ثُمَّ قَرَأَ كِتاباً جَدِيداً عَنْ تارِيخِ المَدِينَةِ.\n"
MIXED = "زار الوفد مدينة Paris يوم الأحد، والتقى رئيس بلدية Lyon في مقهى Le Jardin قرب النهر.\n"
SHORT = ["مرحبا", "نعم", "السلام عليكم", "شكرا", "في", "كتاب الطالب"]


def decoded(data: bytes) -> tuple[str, str]:
    return decode_text(data, Path("sample.txt"))


def refused(data: bytes) -> DocumentImportError:
    with pytest.raises(DocumentImportError) as caught:
        decoded(data)
    return caught.value


@pytest.mark.parametrize("text", [NEWS, VOWELLED, MIXED, NEWS.replace("\n", "\r\n")], ids=["news", "vowelled", "mixed", "crlf"])
@pytest.mark.parametrize(
    ("codec", "expected"),
    [("utf-8", "utf-8"), ("utf-8-sig", "utf-8-sig"), ("utf-16", "utf-16"), ("utf-16-le", "utf-16-le"),
     ("utf-16-be", "utf-16-be"), ("cp1256", "cp1256"), ("iso8859_6", "iso8859_6")],
)
def test_each_supported_encoding_gives_the_exact_text_back(text, codec, expected):
    data = text.encode(codec)
    assert decoded(data) == (text, expected)


def test_utf16_big_endian_with_its_mark():
    assert decoded(codecs.BOM_UTF16_BE + NEWS.encode("utf-16-be")) == (NEWS, "utf-16")


def test_iso_8859_6_is_not_read_as_windows_1256(tmp_path):
    # the file: Windows-1256 decodes these bytes without an error, into mojibake
    path = tmp_path / "legacy.txt"
    path.write_bytes(NEWS.encode("iso8859_6"))
    document = load_document(path)
    assert document.encoding == "iso8859_6"
    assert [s.text for s in document.segments] == NEWS.splitlines()


def test_iso_8859_6_markdown_too(tmp_path):
    path = tmp_path / "legacy.md"
    path.write_bytes(("# خطة الزراعة\n\n" + NEWS).encode("iso8859_6"))
    document = load_document(path)
    assert document.encoding == "iso8859_6"
    assert document.segments[0].text == "خطة الزراعة"


def test_a_large_iso_8859_6_file_is_judged_on_a_sample():
    text = NEWS * 3000  # about 700 KB: beginning, middle and end are scored
    assert decoded(text.encode("iso8859_6")) == (text, "iso8859_6")


@pytest.mark.parametrize("codec", ["utf-8", "cp1256"])
@pytest.mark.parametrize("word", SHORT)
def test_genuine_short_texts_are_not_refused(codec, word):
    assert decoded(word.encode(codec)) == (word, codec)


@pytest.mark.parametrize("text", ["قال الوزير إن الخطة جاهزة", "من كبار السن في القرية", "أعلنت الوزارة"])
def test_short_iso_8859_6_phrases_are_read_right(text):
    assert decoded(text.encode("iso8859_6")) == (text, "iso8859_6")


def test_windows_1256_with_french_accents():
    text = "التقى الوفد في مقهى café قرب ساحة Genève، ثم عاد.\n"
    assert decoded(text.encode("cp1256")) == (text, "cp1256")


def test_windows_1256_letters_outside_iso_8859_6():
    text = "قال فلاح من الغرب: «گاز» كلمة نسمعها كثيرا… ثم ضحك.\n"  # ق ف غ ك « » … گ: Windows-1256 only
    assert decoded(text.encode("cp1256")) == (text, "cp1256")


@pytest.mark.parametrize("size", [16, 17, 24, 31, 32, 50, 64, 100, 257, 1000, 4096, 65_537])
def test_random_bytes_of_many_lengths_are_refused(size):
    rng = random.Random(size)
    for _ in range(20):
        data = bytes(rng.randrange(256) for _ in range(size))
        error = refused(data)
        assert NOT_TEXT in error.reason or "binary" in error.reason
        assert error.line is not None


@pytest.mark.parametrize("seed", range(12))
def test_seven_random_bytes_are_refused(seed):
    # the case; these seeds give bytes with high bits, as a random file usually has
    rng = random.Random(1500 + seed)
    data = bytes(rng.randrange(256) for _ in range(7))
    assert not data.isascii()
    assert NOT_TEXT in refused(data).reason or "binary" in refused(data).reason


@pytest.mark.parametrize("size", [5, 6, 7, 8, 10, 12])
def test_short_random_bytes_are_almost_always_refused(size):
    # a few random bytes can spell a real word; all that can be asked is that it is rare
    rng = random.Random(size * 7919)
    accepted = 0
    for _ in range(500):
        try:
            decoded(bytes(rng.randrange(256) for _ in range(size)))
            accepted += 1
        except DocumentImportError:
            pass
    assert accepted <= {5: 25, 6: 15}.get(size, 5)


def test_high_bytes_only_are_refused_with_the_supported_encodings_named(tmp_path):
    rng = random.Random(3)
    data = bytes(rng.randrange(0x80, 0x100) for _ in range(3000))
    path = tmp_path / "junk.txt"
    path.write_bytes(data)
    with pytest.raises(DocumentImportError) as caught:
        load_document(path)
    assert caught.value.reason == "cannot decode: " + NOT_TEXT
    assert "line 1" in str(caught.value)


def test_utf8_read_as_windows_1256_would_be_mojibake_so_broken_utf8_on_one_line_is_refused():
    data = NEWS.splitlines()[0].encode()
    data = data[:21] + b"\xff" + data[22:]  # one broken byte on a one-line file
    assert NOT_TEXT in refused(data).reason


def test_utf8_with_a_few_broken_bytes_is_refused_naming_the_line():
    # today's rule, kept: the good lines prove UTF-8, the broken line is named
    lines = [line.encode() for line in NEWS.splitlines()]
    lines[1] = lines[1][:30] + b"\xff" + lines[1][31:]
    error = refused(b"\n".join(lines))
    assert "mixed encodings" in error.reason
    assert error.line == 2


def test_ascii_with_spaces_is_not_taken_for_bomless_utf16():
    text = "a b c d e f g h "
    assert decoded(text.encode()) == (text, "utf-8")


def test_bomless_utf16_with_binary_controls_is_refused():
    data = ("نص" + "\x01\x02\x03\x04\x05" * 10).encode("utf-16-le")
    assert "binary" in refused(data).reason


def test_short_utf8_made_of_unrelated_scripts_is_refused():
    # valid UTF-8 by chance: a mark on nothing, Latin and Cyrillic in one word
    assert NOT_TEXT in refused("\u034eFԷ".encode()).reason
    assert NOT_TEXT in refused("Oˊё".encode()).reason
