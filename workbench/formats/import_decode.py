"""Bytes of a plain-text or Markdown file -> str, with the encoding found automatically.

Supported: UTF-8 (with or without a BOM), UTF-16 (with a BOM, or without one when its shape is
unmistakable), Windows-1256 and ISO-8859-6. The order is chosen for Arabic text, where generic
detectors often guess wrong:

1. a byte-order mark decides (UTF-32, UTF-8, UTF-16; checked in an order where the UTF-32 LE mark
   is not mistaken for UTF-16's);
2. UTF-16 without a BOM: the high byte of at least half the code units is 0x00 or 0x06 (ASCII and
   Arabic; 8-bit text never has these) and 98% of the strict decoding is characters Arabic and
   Western text use (not CJK, which is what 8-bit text read as UTF-16 gives);
3. NUL bytes mean binary: refused; so are control bytes beyond 1% of the file (and 3), or 5% of
   it (a few random bytes): a stray few in a text are cleaned later. Counted on the raw bytes: no
   UTF-8 or code-page character contains one;
4. strict UTF-8 (a text under 32 characters must also be made of plausible words, since a few
   random bytes are sometimes valid UTF-8);
5. if some lines are valid UTF-8 with non-ASCII text and others are not, the file mixes encodings
   (or is damaged UTF-8): refused, naming the first line that is not UTF-8 (decoding all of it as
   Windows-1256 would turn the UTF-8 lines into mojibake without a word of warning);
6. Windows-1256 or ISO-8859-6, whichever reading is plausible Arabic text and looks more like it
   (formats.import_codepages);
7. otherwise refused as not text in any supported encoding, naming the first line that is not UTF-8.

Decodings found through a BOM get the same control-character check on the decoded text.
"""

from __future__ import annotations

import codecs
import re
from pathlib import Path

from workbench.core.errors import DocumentImportError
from workbench.formats.import_codepages import SHORT_TEXT, decode_legacy, short_text_plausible

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_LINE_SPLIT = re.compile(rb"\r\n|\r|\n")
_BINARY_CONTROLS = re.compile("[\x00-\x08\x0e-\x19\x1b-\x1f\x7f]")  # \x1a is a DOS end-of-file mark
_CONTROL_BYTES = bytes([*range(0, 9), *range(0x0E, 0x1A), *range(0x1B, 0x20), 0x7F])
_CONTROL_BYTE = re.compile(b"[" + re.escape(_CONTROL_BYTES) + b"]")
_BINARY_REASON = "binary data: too many control characters for a text file"
_NOT_TEXT = "cannot decode: not text in any supported encoding (UTF-8, UTF-16, Windows-1256, ISO-8859-6)"
# what UTF-16 text without a BOM decodes to: ASCII and Latin-1 text, Arabic, general punctuation
_UTF16_TEXT = re.compile("[\t\n\r\x20-\x7e\xa0-\xff\u0600-\u06ff\u0750-\u077f\u200c-\u200f"
                         "\u2010-\u2027\u2030-\u205e\ufb50-\ufdff\ufe70-\ufeff]")
_UTF16_SAMPLE = 64 * 1024


def decode_text(data: bytes, path: Path) -> tuple[str, str]:
    """Return (text, encoding name) or raise DocumentImportError naming the first bad line."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError as exc:
                line = _line_in_text(data[: exc.start].decode(encoding, "replace"))
                raise DocumentImportError(
                    path, f"not valid {encoding.upper()} although it starts with its byte-order mark", line
                ) from exc
            return _checked(text.lstrip("\ufeff"), encoding, path)

    bomless = _bomless_utf16(data)
    if bomless is not None:
        return bomless
    nul = data.find(b"\0")
    if nul >= 0:
        raise DocumentImportError(
            path, "binary data: the file contains NUL bytes (or is UTF-16 without a byte-order mark)",
            _line_at(data, nul),
        )
    # control bytes never occur inside UTF-8 or single-byte code-page characters: count them raw
    controls = _count(data, _CONTROL_BYTES)
    if controls > max(3, len(data) // 100) or controls * 20 > len(data):
        first = _CONTROL_BYTE.search(data).start()
        raise DocumentImportError(path, _BINARY_REASON, _line_at(data, first))
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        first_bad = _line_at(data, exc.start)
    else:
        if len(text) < SHORT_TEXT and not short_text_plausible(text):
            raise DocumentImportError(path, _NOT_TEXT, 1)
        return text, "utf-8"

    if _has_utf8_text_lines(data):
        raise DocumentImportError(
            path, "mixed encodings: some lines are UTF-8 and this one is not", first_bad
        )
    legacy = decode_legacy(data)
    if legacy is not None:
        return legacy
    raise DocumentImportError(path, _NOT_TEXT, first_bad)


def _checked(text: str, encoding: str, path: Path) -> tuple[str, str]:
    position = _binary_position(text)
    if position is not None:
        line = _line_in_text(text[:position])
        raise DocumentImportError(path, _BINARY_REASON, line)
    return text, encoding


def _binary_position(text: str) -> int | None:
    """Where the control characters start, if there are too many for text (a stray few are cleaned)."""
    found = _BINARY_CONTROLS.findall(text)
    if len(found) > max(3, len(text) // 100):
        return _BINARY_CONTROLS.search(text).start()
    return None


def _has_utf8_text_lines(data: bytes) -> bool:
    for raw in _LINE_SPLIT.split(data):
        if raw.isascii():
            continue
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError:
            continue
        # two non-ASCII letters: real text, not a few high bytes that happen to pair up
        if sum(1 for c in line if not c.isascii() and c.isalpha()) >= 2:
            return True
    return False


def _bomless_utf16(data: bytes) -> tuple[str, str] | None:
    """UTF-16 text without a byte-order mark, when nothing else could have these bytes."""
    if len(data) < 4 or len(data) % 2:
        return None
    head = data[:_UTF16_SAMPLE]
    for codec, highs in (("utf-16-le", head[1::2]), ("utf-16-be", head[::2])):
        # ASCII and Arabic code units have 0x00 or 0x06 as their high byte; 8-bit text never does
        if highs.count(0) + highs.count(6) < 0.5 * len(highs):
            continue
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        sample = text[: _UTF16_SAMPLE // 2]
        if len(_UTF16_TEXT.findall(sample)) >= 0.98 * len(sample) and _binary_position(text) is None:
            return text, codec
    return None


def _count(data: bytes, table: bytes) -> int:
    return len(data) - len(data.translate(None, table))


def _line_at(data: bytes, offset: int) -> int:
    """1-based line of a byte offset in an ASCII-compatible encoding (CRLF, CR and LF end lines)."""
    prefix = data[:offset]
    return prefix.count(b"\n") + prefix.count(b"\r") - prefix.count(b"\r\n") + 1


def _line_in_text(prefix: str) -> int:
    return len(re.findall("\r\n|[\r\n\x85\u2028\u2029]", prefix)) + 1
