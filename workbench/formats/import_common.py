"""Shared pieces of the importers: the size limits and the segment collector."""

from __future__ import annotations

import logging
import unicodedata
from pathlib import Path
from typing import Mapping

from workbench.core import inline
from workbench.core.errors import DocumentImportError
from workbench.core.model import Kind, Segment, SourceDocument
from workbench.core.text import MAX_MARKS_PER_LETTER, cap_mark_runs, clean_text, printable_name
from workbench.formats import import_limits
from workbench.formats.inline_import import InlineText, tighten

MB = 1024 * 1024
MAX_TEXT_BYTES = 50 * MB  # a plain-text or Markdown file larger than this is refused, not read
MAX_PART_BYTES = 50 * MB  # one DOCX part, uncompressed, as declared in the ZIP directory
MAX_TOTAL_BYTES = 200 * MB  # all DOCX parts together, uncompressed
MAX_RATIO = 100  # uncompressed / compressed for any part over RATIO_FLOOR
RATIO_FLOOR = 1 * MB  # tiny parts compress absurdly well without being bombs
MAX_ENTRIES = 10_000
# all XML parts together; ~400 bytes each once python-docx has parsed them, so about 200 MB
MAX_XML_ELEMENTS = 500_000

_log = logging.getLogger("workbench.import")


def size_over(size: int, limit: int) -> str:
    """Exact sizes for a refusal: "52,428,801 bytes (limit 50 MB = 52,428,800 bytes)" - rounded
    megabytes would call a file one byte over the limit "50 MB (limit 50 MB)"."""
    return f"{size:,} bytes (limit {limit / MB:g} MB = {limit:,} bytes)"


class SegmentCollector:
    """Builds the segments of one document in order, cleaning each text on the way.

    Owned by the one thread running an importer. Blank segments are skipped; the counts of
    bidi controls kept and control characters removed are summed over every text added (raw
    text also loses characters of the inline tag block, counted as removed: a file cannot
    forge a tag; `add_inline` takes text with tags an importer made, see inline_import). Runs of
    combining marks are capped before cleaning (core.text.cap_mark_runs), over-long paragraphs
    split and the paragraph count limited (import_limits); what was changed is logged as one
    warning on the "workbench.import" logger when the document is finished.
    """

    def __init__(self, path: Path):
        self.path = path
        self.segments: list[Segment] = []
        self.bidi_controls = 0
        self.removed_controls = 0
        self.dropped_marks = 0
        self.split_paragraphs = 0
        self.total = 0  # segments found; past MAX_PARAGRAPHS they are counted, not kept
        self.notes: list[str] = []  # what an importer repaired, for the warnings

    def clean(self, text: str) -> str:
        """Raw `text` from a file through remove_reserved, cap_mark_runs and clean_text, with
        their counts summed."""
        text, reserved = inline.remove_reserved(text)
        self.removed_controls += reserved
        return self._clean(text)

    def _clean(self, text: str) -> str:
        # tag characters survive this: they are Private Use characters, which clean_text keeps
        text, dropped = cap_mark_runs(text)
        result = clean_text(text)
        self.dropped_marks += dropped
        self.count(result.bidi_controls, result.removed_controls)
        return result.text

    def add(self, kind: Kind, text: str, level: int = 0, translatable: bool = True) -> None:
        text = self.clean(text)
        if kind is Kind.CODE:
            # code keeps its indentation and inner blank lines; only the fence's final newline goes
            self._append(kind, text.rstrip("\n"), level, translatable)
        else:
            self._append(kind, text.strip(), level, translatable)

    def add_clean(self, kind: Kind, text: str, level: int = 0) -> None:
        """Add text that already went through `clean` (its counts are already summed)."""
        self._append(kind, text.strip(), level, True)

    def add_marked(self, kind: Kind, text: str, kinds: Mapping[int, tuple[str, ...]], level: int = 0,
                   translatable: bool = True) -> None:
        """Add text holding tag characters (inline.open_tag...) with each number's (kind,
        href[, text]): the segment gets the plain text and the marks (inline.split). The raw
        text inside must already be free of reserved characters (InlineText sees to it)."""
        if kind is Kind.CODE:  # code is never translated: it keeps its layout, not its marks
            self.add(kind, inline.plain(text), level, translatable)
            return
        if not kinds:  # no formatting at all: the text holds no tag
            self._append(kind, self._clean(text).strip(), level, translatable)
            return
        text, marks = inline.split(self._clean(text), kinds)
        text, marks = inline.trim(text, tighten(text, marks))
        self._append(kind, text, level, translatable, marks)

    def add_inline(self, kind: Kind, pieces: InlineText, level: int = 0) -> None:
        """Add a segment an importer built with inline_import.InlineText."""
        self.removed_controls += pieces.removed
        pieces.removed = 0
        self.add_marked(kind, *pieces.tagged(), level=level)

    def _append(self, kind: Kind, text: str, level: int, translatable: bool,
                marks: tuple[inline.Mark, ...] = ()) -> None:
        # a paragraph of nothing but spaces and invisible marks (RLM, ZWNJ, ...) is empty
        if not any(not c.isspace() and unicodedata.category(c) != "Cf" for c in text):
            return
        pieces = import_limits.split_long(text, import_limits.MAX_PARAGRAPH_CHARS)
        self.split_paragraphs += len(pieces) > 1
        at = 0
        for piece in pieces:
            self.total += 1
            piece_marks = marks
            if len(pieces) > 1:
                # split_long strips its pieces, which lie in order: find each to clip the marks
                at = text.index(piece, at)
                piece, piece_marks = inline.trim(text, marks, at, at + len(piece))
                at += len(piece)
            if self.total <= import_limits.MAX_PARAGRAPHS:
                self.segments.append(Segment(kind, piece, level, translatable, piece_marks))

    def count(self, bidi_controls: int, removed_controls: int) -> None:
        self.bidi_controls += bidi_controls
        self.removed_controls += removed_controls

    def document(self, fmt: str, encoding: str | None = None) -> SourceDocument:
        """The finished document; a file with no text at all, or too many paragraphs, is refused."""
        if not self.segments:
            raise DocumentImportError(self.path, "empty: the file contains no text")
        if self.total > import_limits.MAX_PARAGRAPHS:
            raise DocumentImportError(self.path, import_limits.too_many_paragraphs(self.total))
        self._warn()
        return SourceDocument(
            name=self.path.name,
            format=fmt,
            segments=tuple(self.segments),
            encoding=encoding,
            bidi_controls=self.bidi_controls,
            removed_controls=self.removed_controls,
        )

    def _warn(self) -> None:
        name = printable_name(self.path.name)
        for note in self.notes:
            _log.warning("%s: %s", name, note)
        if self.dropped_marks:
            _log.warning("%s: %s combining marks beyond %d on one letter were left out",
                         name, f"{self.dropped_marks:,}", MAX_MARKS_PER_LETTER)
        if self.split_paragraphs:
            _log.warning("%s: %s paragraphs longer than %s characters were split",
                         name, f"{self.split_paragraphs:,}", f"{import_limits.MAX_PARAGRAPH_CHARS:,}")


def read_limited(path: Path, limit: int) -> bytes:
    """The whole file, refused if empty or larger than `limit` (checked before reading)."""
    try:
        size = path.stat().st_size
        if size == 0:
            raise DocumentImportError(path, "empty file")
        if size > limit:
            raise DocumentImportError(path, f"too large: {size_over(size, limit)}; split the file")
        return path.read_bytes()
    except OSError as exc:
        raise DocumentImportError(path, f"cannot read the file: {exc.strerror or exc}") from exc
