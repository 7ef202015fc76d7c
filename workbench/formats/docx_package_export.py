"""Write a DOCX package whose body is streamed in: python-docx builds the small skeleton
(styles, page set-up, properties, title, table header), and the body paragraphs and comments,
given as XML text chunks, are written straight into the ZIP, never held as one tree or string.

Memory stays flat in the length of the document: chunks are encoded and compressed as they
come, and comments wait in a temporary file that stays in memory while it is small.
The font table gets the Arabic font and its fallbacks (docx_fonts_export) on the way.
Called by docx_export and review_export for one export at a time.
"""

from __future__ import annotations

import io
import shutil
import tempfile
import zipfile
from collections.abc import Iterable
from typing import Any, BinaryIO

from workbench.formats.docx_fonts_export import FONT_TABLE_PART, with_arabic_fonts

DOCUMENT_PART = "word/document.xml"
COMMENTS_PART = "word/comments.xml"
_FLUSH_CHARS = 1 << 20  # encode and compress in pieces of about a megabyte
_COMMENTS_IN_MEMORY = 8 << 20
# A ZIP entry over 2 GiB needs ZIP64 headers, chosen before the entry is written; Word may
# offer to "repair" a file that has them, so they are used only where the body could need them.
# Measured: about 1,500 bytes of XML per table row for a 380-character Arabic paragraph.
_XML_BYTES_PER_PARAGRAPH = 2000
_ZIP64_FROM = 3 << 29  # 1.5 GiB estimated: a margin below the 2 GiB limit


def needs_zip64(paragraph_count: int, text_chars: int) -> bool:
    """Whether word/document.xml might outgrow a plain ZIP entry (the estimate counts 3 bytes
    a character of text: Arabic is 2 in UTF-8, and markup characters are escaped)."""
    return paragraph_count * _XML_BYTES_PER_PARAGRAPH + 3 * text_chars > _ZIP64_FROM


class CommentSink:
    """Collects `w:comment` elements (XML text) while the body is written; numbers them."""

    def __init__(self) -> None:
        self._file = tempfile.SpooledTemporaryFile(max_size=_COMMENTS_IN_MEMORY)
        self.count = 0

    def add(self, xml: str) -> None:
        self._file.write(xml.encode("utf-8"))
        self.count += 1

    def copy_to(self, stream: BinaryIO) -> None:
        self._file.seek(0)
        shutil.copyfileobj(self._file, stream)

    def close(self) -> None:
        self._file.close()


def write_package(document: Any, body: Iterable[str], into_table: bool, stream: BinaryIO,
                  comments: CommentSink | None = None, zip64: bool = False) -> None:
    """Write `document` (a python-docx Document) to `stream` with the `body` chunks inserted:
    inside its only table after the header row (`into_table`), else before the final section
    properties. With `comments`, word/comments.xml holds the comments the body collected
    (the document must already have a comments part: python-docx's `document.comments`).
    `zip64`: write the body with ZIP64 headers (see needs_zip64).
    """
    skeleton = io.BytesIO()
    document.save(skeleton)
    with zipfile.ZipFile(skeleton) as source, zipfile.ZipFile(stream, "w", zipfile.ZIP_DEFLATED) as out:
        # The comments are known only once the body is written: their part goes last.
        infos = sorted(source.infolist(), key=lambda info: info.filename == COMMENTS_PART)
        for info in infos:
            data = source.read(info)
            big = zip64 and info.filename == DOCUMENT_PART
            with out.open(_new_info(info), "w", force_zip64=big) as part:
                if info.filename == DOCUMENT_PART:
                    _splice(data, _split_at(data, into_table), body, part)
                elif info.filename == COMMENTS_PART and comments is not None:
                    _write_comments(data, comments, part)
                elif info.filename == FONT_TABLE_PART:
                    part.write(with_arabic_fonts(data))
                else:
                    part.write(data)


def _new_info(info: zipfile.ZipInfo) -> zipfile.ZipInfo:
    new = zipfile.ZipInfo(info.filename, date_time=info.date_time)
    new.compress_type = zipfile.ZIP_DEFLATED
    new.external_attr = info.external_attr
    return new


def _split_at(document_xml: bytes, into_table: bool) -> int:
    marker = b"</w:tbl>" if into_table else b"<w:sectPr"
    index = document_xml.rfind(marker)
    if index < 0:
        raise ValueError(f"skeleton document has no {marker.decode()}")
    return index


def _splice(data: bytes, at: int, body: Iterable[str], part: BinaryIO) -> None:
    part.write(data[:at])
    pending: list[str] = []
    size = 0
    for chunk in body:
        pending.append(chunk)
        size += len(chunk)
        if size >= _FLUSH_CHARS:
            part.write("".join(pending).encode("utf-8"))
            pending, size = [], 0
    part.write("".join(pending).encode("utf-8"))
    part.write(data[at:])


def _write_comments(data: bytes, comments: CommentSink, part: BinaryIO) -> None:
    """The skeleton's comments part is an empty `<w:comments .../>` (or has an end tag):
    keep its declaration and namespaces, put the collected comments inside."""
    if data.rstrip().endswith(b"/>") and b"</w:comments>" not in data:
        head = data.rstrip()[:-2] + b">"
    else:
        head = data[: data.rindex(b"</w:comments>")]
    part.write(head)
    comments.copy_to(part)
    part.write(b"</w:comments>")
