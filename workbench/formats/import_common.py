"""Shared pieces of the importers: the size limits and the segment collector."""

from __future__ import annotations

import unicodedata
from pathlib import Path

from workbench.core.errors import DocumentImportError
from workbench.core.model import Kind, Segment, SourceDocument
from workbench.core.text import clean_text

MB = 1024 * 1024
MAX_TEXT_BYTES = 50 * MB  # a plain-text or Markdown file larger than this is refused, not read
MAX_PART_BYTES = 50 * MB  # one DOCX part, uncompressed, as declared in the ZIP directory
MAX_TOTAL_BYTES = 200 * MB  # all DOCX parts together, uncompressed
MAX_RATIO = 100  # uncompressed / compressed for any part over RATIO_FLOOR
RATIO_FLOOR = 1 * MB  # tiny parts compress absurdly well without being bombs
MAX_ENTRIES = 10_000
# all XML parts together; ~400 bytes each once python-docx has parsed them, so about 200 MB
MAX_XML_ELEMENTS = 500_000


class SegmentCollector:
    """Builds the segments of one document in order, cleaning each text on the way.

    Owned by the one thread running an importer. Blank segments are skipped; the counts of
    bidi controls kept and control characters removed are summed over every text added.
    """

    def __init__(self, path: Path):
        self.path = path
        self.segments: list[Segment] = []
        self.bidi_controls = 0
        self.removed_controls = 0

    def add(self, kind: Kind, text: str, level: int = 0, translatable: bool = True) -> None:
        result = clean_text(text)
        self.bidi_controls += result.bidi_controls
        self.removed_controls += result.removed_controls
        if kind is Kind.CODE:
            # code keeps its indentation and inner blank lines; only the fence's final newline goes
            self._append(kind, result.text.rstrip("\n"), level, translatable)
        else:
            self._append(kind, result.text.strip(), level, translatable)

    def add_clean(self, kind: Kind, text: str, level: int = 0) -> None:
        """Add text that already went through clean_text (its counts are already summed)."""
        self._append(kind, text.strip(), level, True)

    def _append(self, kind: Kind, text: str, level: int, translatable: bool) -> None:
        # a paragraph of nothing but spaces and invisible marks (RLM, ZWNJ, ...) is empty
        if any(not c.isspace() and unicodedata.category(c) != "Cf" for c in text):
            self.segments.append(Segment(kind, text, level, translatable))

    def count(self, bidi_controls: int, removed_controls: int) -> None:
        self.bidi_controls += bidi_controls
        self.removed_controls += removed_controls

    def document(self, fmt: str, encoding: str | None = None) -> SourceDocument:
        """The finished document; a file with no text at all is refused as empty."""
        if not self.segments:
            raise DocumentImportError(self.path, "empty: the file contains no text")
        return SourceDocument(
            name=self.path.name,
            format=fmt,
            segments=tuple(self.segments),
            encoding=encoding,
            bidi_controls=self.bidi_controls,
            removed_controls=self.removed_controls,
        )


def read_limited(path: Path, limit: int) -> bytes:
    """The whole file, refused if empty or larger than `limit` (checked before reading)."""
    try:
        size = path.stat().st_size
        if size == 0:
            raise DocumentImportError(path, "empty file")
        if size > limit:
            raise DocumentImportError(
                path, f"too large: {size / MB:.0f} MB (limit {limit // MB} MB); split the file"
            )
        return path.read_bytes()
    except OSError as exc:
        raise DocumentImportError(path, f"cannot read the file: {exc.strerror or exc}") from exc
