"""What a glossary file reader returns, shared by the CSV/TSV reader (glossary_io) and the TBX
reader (glossary_tbx): rows with their numbers, and the per-row check."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from workbench.core.errors import GlossaryError, GlossaryImportError
from workbench.glossary.entries import GlossaryEntry, clean_entry


@dataclass(frozen=True, slots=True)
class GlossaryRow:
    """One term read from a file: `row` as in the error messages, `fields` the columns the
    file has (a missing column leaves an existing entry's value alone on import)."""

    row: int
    entry: GlossaryEntry
    fields: frozenset[str]


@dataclass(frozen=True, slots=True)
class GlossaryFile:
    rows: tuple[GlossaryRow, ...]
    skipped: int = 0  # entries the file has but we cannot use (e.g. a TBX entry with no Arabic)


def checked_entry(path: Path, row: int, entry: GlossaryEntry) -> GlossaryEntry:
    """`clean_entry` with its refusal turned into an import error naming the row."""
    try:
        return clean_entry(entry)
    except GlossaryError as exc:
        raise GlossaryImportError(path, exc.message, row) from None
