"""Limits every importer applies to what it found, counted in paragraphs and characters (the byte
limits of the files themselves are in import_common and import_zipcheck).

- MAX_PARAGRAPHS per document: a document with more is refused with its count (the collector
  stops keeping segments past the limit and only counts, so refusing costs no more memory than
  accepting the largest allowed document);
- MAX_PARAGRAPH_CHARS per paragraph: a longer one is split, not refused - at the last sentence
  end that fits, else at the last space, else hard (never in front of a combining mark). The
  editor, the engines and the exporters all work paragraph by paragraph, and a 5 MB "paragraph"
  (a file with no line breaks) would stall each of them.
"""

from __future__ import annotations

import re
import unicodedata

MAX_PARAGRAPHS = 200_000
MAX_PARAGRAPH_CHARS = 100_000

# a sentence end (optionally closed by quotes or brackets) followed by a space, or a line break
_SENTENCE_END = re.compile(r"[.!?؟…۔][\"'»”’)\]]*\s+|\n+")
_SPACE = re.compile(r"\s+")


def split_long(text: str, limit: int = MAX_PARAGRAPH_CHARS) -> list[str]:
    """`text` cut into pieces of at most `limit` characters (see the module docstring)."""
    if len(text) <= limit:
        return [text]
    pieces: list[str] = []
    start = 0
    while len(text) - start > limit:
        end = start + limit
        cut = _last_end(_SENTENCE_END, text, start, end) or _last_end(_SPACE, text, start, end)
        if not cut:
            cut = end
            while cut > start + 1 and unicodedata.combining(text[cut]):
                cut -= 1  # keep a letter and its marks together
        if piece := text[start:cut].strip():
            pieces.append(piece)
        start = cut
    if rest := text[start:].strip():
        pieces.append(rest)
    return pieces


def _last_end(pattern: re.Pattern[str], text: str, start: int, end: int) -> int:
    """The end of the last match inside text[start:end] that does not start the window, or 0."""
    last = 0
    for match in pattern.finditer(text, start, end):
        if match.start() > start:
            last = match.end()
    return last


def paragraphs_past_limit(line: int, lines: int) -> str:
    """For an importer that stops counting at the limit (Markdown: markdown-it needs ~35 us per
    list item, so counting a million of them to the end would take a minute)."""
    return (f"the document has more than {MAX_PARAGRAPHS:,} paragraphs (paragraph {MAX_PARAGRAPHS + 1:,} "
            f"is on line {line:,} of {lines:,}); the limit is {MAX_PARAGRAPHS:,} per document: split it")


def too_many_paragraphs(count: int) -> str:
    return f"the document has {count:,} paragraphs; the limit is {MAX_PARAGRAPHS:,} per document: split it"
