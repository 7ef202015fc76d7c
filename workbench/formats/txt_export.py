"""Target-only plain-text export: UTF-8 without BOM, "\n" line ends, paragraphs separated by
one blank line, code copied verbatim, inline tags left out (plain text has no formatting).

A paragraph without a translation is written in its SOURCE language rather than left out, so
nothing is silently dropped (prepare_export states the policy for every format). The title is
not written: a plain-text file holds only the document's own paragraphs.
Pure functions over core types: any thread may call them.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path

from workbench.core.model import Paragraph
from workbench.formats import prepare_export as prep
from workbench.formats.atomic import write_chunks

DOCUMENT_LINE = "=== {name} ==="  # where a document begins, in an export of several


def render_txt(paragraphs: Iterable[Paragraph], documents: Mapping[int, str] | None = None) -> str:
    """The text of a target-only TXT export (no file is touched)."""
    return "".join(iter_txt(paragraphs, documents))


def iter_txt(paragraphs: Iterable[Paragraph], documents: Mapping[int, str] | None = None,
             ) -> Iterator[str]:
    """The text of a target-only TXT export in pieces, paragraph by paragraph. With more than
    one document named in `documents` (id -> name), a line "=== name ===" stands where each
    begins."""
    separator = ""
    for name, paragraph in prep.document_starts(paragraphs, documents):
        if name:
            yield f"{separator}{DOCUMENT_LINE.format(name=' '.join(name.split()))}"
            separator = "\n\n"
        block = prep.target_only_text(paragraph)[0]
        if block:
            yield separator + block
            separator = "\n\n"
    if separator:
        yield "\n"


def export_txt(
    paragraphs: Iterable[Paragraph],
    out: Path | str,
    *,
    title: str = "",
    source_lang: str = "ar",
    target_lang: str = "en",
    documents: Mapping[int, str] | None = None,
) -> Path:
    """Write the target-only TXT atomically; return its path. The title and languages are
    accepted so every exporter has the same signature; plain text has no use for them.
    `documents`: see iter_txt."""
    del title, source_lang, target_lang
    return write_chunks(out, iter_txt(paragraphs, documents))
