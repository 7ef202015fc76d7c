"""Bytes of a plain-text or Markdown file -> str, with the encoding found automatically.

The order is chosen for Arabic text, where generic detectors often guess wrong:

1. a byte-order mark decides (UTF-32, UTF-8, UTF-16; checked in an order where the UTF-32 LE mark
   is not mistaken for UTF-16's);
2. NUL bytes without a BOM mean binary (or BOM-less UTF-16): refused; so are more than a few
   other C0 control bytes (counted on the raw bytes: no UTF-8 or code-page character contains one);
3. strict UTF-8;
4. if some lines are valid UTF-8 with non-ASCII text and others are not, the file mixes encodings:
   refused, naming the first line that is not UTF-8 (decoding all of it as Windows-1256 would turn
   the UTF-8 lines into mojibake without a word of warning);
5. Windows-1256, if it yields Arabic letters and they dominate the non-ASCII text;
6. charset-normalizer's candidates, preferring Arabic code pages, then Windows-1252, then its best;
7. otherwise refused, naming the first line that is not UTF-8.

Decodings found through a BOM or charset-normalizer get the same control-character check on the
decoded text.
"""

from __future__ import annotations

import codecs
import re
from pathlib import Path

from workbench.arabic.chars import ARABIC_CHAR, ARABIC_LETTER, is_arabic_char, is_arabic_letter
from workbench.core.errors import DocumentImportError

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
_NON_ASCII = re.compile(r"[^\x00-\x7f\s]")
_ARABIC_CODEPAGES = ("cp1256", "iso8859_6", "cp720", "cp864", "mac_arabic")
MIN_ARABIC_SHARE = 0.7  # of the non-ASCII characters, for a Windows-1256 reading to be believed
_HIGH_BYTES = bytes(range(0x80, 0x100))


def _cp1256_bytes(wanted) -> bytes:
    return bytes(b for b in _HIGH_BYTES if wanted(bytes([b]).decode("cp1256")))


_CP1256_ARABIC = _cp1256_bytes(is_arabic_char)
_CP1256_LETTERS = _cp1256_bytes(is_arabic_letter)
_SAMPLE_CHARS = 2_000_000  # enough to judge a decoding; regex counts over more are slow


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

    nul = data.find(b"\0")
    if nul >= 0:
        raise DocumentImportError(
            path, "binary data: the file contains NUL bytes (or is UTF-16 without a byte-order mark)",
            _line_at(data, nul),
        )
    # control bytes never occur inside UTF-8 or single-byte code-page characters: count them raw
    controls = _count(data, _CONTROL_BYTES)
    if controls > max(3, len(data) // 100):
        first = _CONTROL_BYTE.search(data).start()
        raise DocumentImportError(path, _BINARY_REASON, _line_at(data, first))
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        first_bad = _line_at(data, exc.start)

    if _has_utf8_text_lines(data):
        raise DocumentImportError(
            path, "mixed encodings: some lines are UTF-8 and this one is not", first_bad
        )
    if _cp1256_looks_arabic(data):
        return data.decode("cp1256"), "cp1256"
    guessed = _charset_normalizer_guess(data)
    if guessed is not None:
        return guessed
    raise DocumentImportError(
        path, "cannot decode: not UTF-8, UTF-16 or Windows-1256 text (binary or damaged file)", first_bad
    )


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


def _cp1256_looks_arabic(data: bytes) -> bool:
    """Counted on the raw bytes: a Windows-1256 byte is Arabic exactly when its character is."""
    non_ascii = _count(data, _HIGH_BYTES) - data.count(b"\xa0")  # NBSP is whitespace
    return _count(data, _CP1256_LETTERS) > 0 and _count(data, _CP1256_ARABIC) >= MIN_ARABIC_SHARE * non_ascii


def _count(data: bytes, table: bytes) -> int:
    return len(data) - len(data.translate(None, table))


def _looks_arabic(text: str) -> bool:
    sample = text[:_SAMPLE_CHARS]
    letters = len(ARABIC_LETTER.findall(sample))
    non_ascii = len(_NON_ASCII.findall(sample))
    return letters > 0 and len(ARABIC_CHAR.findall(sample)) >= MIN_ARABIC_SHARE * non_ascii


def _charset_normalizer_guess(data: bytes) -> tuple[str, str] | None:
    from charset_normalizer import from_bytes

    matches = [m for m in from_bytes(data) if m.encoding not in ("utf_8", "ascii")]
    arabic = [m for m in matches if m.encoding in _ARABIC_CODEPAGES and _looks_arabic(str(m))]
    western = [m for m in matches if m.encoding == "cp1252"]
    for match in arabic + western + matches[:1]:
        text = str(match)
        if not _binary_position(text):
            return text, match.encoding
    return None


def _line_at(data: bytes, offset: int) -> int:
    """1-based line of a byte offset in an ASCII-compatible encoding (CRLF, CR and LF end lines)."""
    prefix = data[:offset]
    return prefix.count(b"\n") + prefix.count(b"\r") - prefix.count(b"\r\n") + 1


def _line_in_text(prefix: str) -> int:
    return len(re.findall("\r\n|[\r\n\x85\u2028\u2029]", prefix)) + 1
