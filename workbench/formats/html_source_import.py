"""A saved web page's bytes -> the page's HTML as str, for html_import.

- the file's size is checked before it is read (MAX_HTML_BYTES: trafilatura itself gives up on
  pages over 20 MB, and a page that large is never one article);
- an MHTML file (.mhtml/.mht, or any file that starts like a MIME message) is parsed with the
  stdlib email parser and its first text/html part taken, its transfer encoding
  (quoted-printable, base64) undone; the part's own charset parameter counts as declared;
- the HTML is decoded by a byte-order mark, else the charset the page declares (<meta charset>,
  <meta http-equiv="Content-Type" content="...; charset=...">, in its first 4 KB, as browsers
  look for it), else strict UTF-8, else Windows-1256 (Arabic pages saved by old sites). A
  declared charset that does not decode the bytes falls through to the next rule.
"""

from __future__ import annotations

import codecs
import email.parser
import email.policy
import re
from pathlib import Path

from workbench.core.errors import DocumentImportError
from workbench.formats.import_common import MB, read_limited

MAX_HTML_BYTES = 20 * MB
MHTML_SUFFIXES = frozenset({".mhtml", ".mht"})
_MAX_MIME_PARTS = 5_000
_PRESCAN = 4096
_META_CHARSET = re.compile(rb"""<meta[^>]{0,512}?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]{1,40})""",
                           re.IGNORECASE)
# WHATWG maps these labels to supersets; Python's codecs would be stricter than a browser
_LABELS = {"iso-8859-1": "cp1252", "latin1": "cp1252", "us-ascii": "cp1252", "ascii": "cp1252",
           "iso-8859-6": "iso8859_6", "arabic": "iso8859_6", "x-user-defined": "cp1252",
           "utf-16": "utf-8", "utf-16le": "utf-8", "utf-16be": "utf-8"}  # a meta tag read as
# ASCII cannot be UTF-16: browsers treat that declaration as UTF-8
_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


def read_page(path: Path) -> tuple[str, str]:
    """The page's HTML and the encoding it was read with. Raises DocumentImportError."""
    data = read_limited(path, MAX_HTML_BYTES)
    declared = None
    if path.suffix.lower() in MHTML_SUFFIXES or _looks_like_mime(data):
        data, declared = _html_part(path, data)
    return decode_html(data, declared)


def decode_html(data: bytes, declared: str | None = None) -> tuple[str, str]:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data.decode(encoding, errors="replace").lstrip("\ufeff"), encoding
    candidates = [declared, _meta_charset(data), "utf-8"]
    for label in candidates:
        encoding = _codec(label)
        if encoding is None:
            continue
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    # an Arabic page that is not UTF-8 is almost always Windows-1256, which maps every byte
    return data.decode("cp1256", errors="replace"), "cp1256"


def _meta_charset(data: bytes) -> str | None:
    match = _META_CHARSET.search(data[:_PRESCAN])
    return match.group(1).decode("ascii") if match else None


def _codec(label: str | None) -> str | None:
    if not label:
        return None
    label = label.strip().lower()
    label = _LABELS.get(label, label)
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def _looks_like_mime(data: bytes) -> bool:
    head = data[:_PRESCAN].lstrip().lower()
    return not head.startswith(b"<") and b"content-type: multipart/" in head


def _html_part(path: Path, data: bytes) -> tuple[bytes, str | None]:
    """The first text/html part of an MHTML file (decoded from its transfer encoding) and the
    charset its headers declare. The whole file already passed the size limit, so no part can
    decode to more than it."""
    try:
        message = email.parser.BytesParser(policy=email.policy.compat32).parsebytes(data)
    except Exception as exc:  # the email parser is lenient; anything it raises is a bad file
        raise DocumentImportError(path, f"damaged MHTML file ({type(exc).__name__})") from exc
    if not message.is_multipart():
        if message.get_content_type() == "text/html":
            return _payload(path, message)
        raise DocumentImportError(path, "not a saved web page: an MHTML file without an HTML part")
    for count, part in enumerate(message.walk()):
        if count > _MAX_MIME_PARTS:
            break
        if part.get_content_type() == "text/html" and not part.is_multipart():
            return _payload(path, part)
    raise DocumentImportError(path, "not a saved web page: the MHTML file has no text/html part")


def _payload(path: Path, part) -> tuple[bytes, str | None]:
    try:
        body = part.get_payload(decode=True)
    except Exception as exc:
        raise DocumentImportError(path, "damaged MHTML file: its HTML part cannot be decoded") from exc
    if not body:
        raise DocumentImportError(path, "empty: the MHTML file's HTML part is empty")
    return body, part.get_content_charset()
