"""Plain-text import.

Paragraph rules, kept simple on purpose:

- no blank line anywhere: every non-empty line is a paragraph (newspaper text, one per line);
- blank lines present: blank lines separate blocks. A block is one paragraph whose lines are
  joined with a space (hard-wrapped text) - unless every line of the block but the last ends a
  sentence (. ! ? ؟ … or a closing quote after one), in which case each line is its own paragraph:
  that is one-paragraph-per-line text which merely has a few blank lines in it.

Every segment is a PARAGRAPH; plain text carries no headings.
"""

from __future__ import annotations

import re
from pathlib import Path

from workbench.core.model import Kind, SourceDocument
from workbench.core.text import clean_text
from workbench.formats.import_common import MAX_TEXT_BYTES, SegmentCollector, read_limited
from workbench.formats.import_decode import decode_text

# a sentence end, optionally followed by closing quotes or brackets
_SENTENCE_END = re.compile(r"[.!?؟…][\"'»”’)\]]*\s*$")


def load_text(path: Path) -> SourceDocument:
    """Import a .txt file. Raises DocumentImportError (empty, binary, undecodable with its line)."""
    path = Path(path)
    text, encoding = decode_text(read_limited(path, MAX_TEXT_BYTES), path)
    collector = SegmentCollector(path)
    cleaned = clean_text(text)
    collector.count(cleaned.bidi_controls, cleaned.removed_controls)
    for paragraph in split_paragraphs(cleaned.text):
        collector.add_clean(Kind.PARAGRAPH, paragraph)
    return collector.document("txt", encoding)


def split_paragraphs(text: str) -> list[str]:
    """Paragraphs of already line-normalized text (only "\\n" line ends), per the module rules."""
    lines = [line.strip() for line in text.split("\n")]
    content = [i for i, line in enumerate(lines) if line]
    if not content:
        return []
    first, last = content[0], content[-1]
    if all(lines[i] for i in range(first, last + 1)):
        return [line for line in lines if line]
    paragraphs: list[str] = []
    block: list[str] = []
    for line in lines + [""]:
        if line:
            block.append(line)
            continue
        if block:
            paragraphs.extend(_block_paragraphs(block))
            block = []
    return paragraphs


def _block_paragraphs(block: list[str]) -> list[str]:
    if len(block) > 1 and all(_SENTENCE_END.search(line) for line in block[:-1]):
        return block
    return [" ".join(block)]
