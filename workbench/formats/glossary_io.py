"""Glossary files: CSV and TSV here, TBX in glossary_tbx; `read_glossary`/`write_glossary`
choose by extension (.csv, .tsv/.tab, .tbx). Pure functions over core types; any thread.

CSV/TSV: UTF-8 with or without BOM (written with one, which spreadsheets need to see UTF-8),
a header row naming the columns in any order - arabic and english required; note, forbidden
(renderings separated by ``;`` or ``|``) and mode (smart or exact) optional; other columns are
ignored. Rows are numbered as a spreadsheet shows them: the header is row 1.

Formula injection: a cell starting with = + - @ (or a tab or CR) is written with a leading
apostrophe, so a spreadsheet shows it as text instead of running it; reading undoes exactly
that escape (an apostrophe followed by one of those characters), so our files round-trip.

A file is read whole and checked row by row before anything is stored: any bad row refuses
the file with GlossaryImportError naming the row; two rows with the same term too.
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

from workbench.core.errors import GlossaryImportError
from workbench.formats.glossary_rows import GlossaryFile, GlossaryRow, checked_entry
from workbench.formats.glossary_tbx import parse_tbx, tbx_bytes
from workbench.glossary.entries import GlossaryEntry, term_key

MAX_BYTES = 32 * 1024 * 1024
COLUMNS = ("arabic", "english", "note", "forbidden", "mode")
_ALIASES = {"ar": "arabic", "en": "english", "notes": "note", "comment": "note"}
_RISKY = ("=", "+", "-", "@", "\t", "\r")
_FORMATS = {".csv": "csv", ".tsv": "tsv", ".tab": "tsv", ".tbx": "tbx"}
_SPLIT = re.compile(r"[;|]")


def glossary_format(path: Path | str) -> str:
    fmt = _FORMATS.get(Path(path).suffix.lower())
    if fmt is None:
        raise GlossaryImportError(path, "unknown glossary format (use .csv, .tsv or .tbx)")
    return fmt


def read_glossary(path: Path | str) -> GlossaryFile:
    """Every term of a CSV, TSV or TBX file, checked; GlossaryImportError if any is bad."""
    path = Path(path)
    fmt = glossary_format(path)
    try:
        if path.stat().st_size > MAX_BYTES:
            raise GlossaryImportError(path, f"file larger than {MAX_BYTES // (1024 * 1024)} MB")
        data = path.read_bytes()
    except OSError as exc:
        raise GlossaryImportError(path, f"cannot read the file ({exc.strerror or exc})") from None
    if fmt == "tbx":
        result = parse_tbx(path, data)
    else:
        result = _parse_table(path, data, "\t" if fmt == "tsv" else ",")
    check_unique(path, result.rows)
    return result


def write_glossary(path: Path | str, entries: list[GlossaryEntry]) -> Path:
    """Write `entries` atomically in the format the extension names; ExportError on failure."""
    from workbench.formats.atomic import write_bytes

    fmt = glossary_format(path)
    if fmt == "tbx":
        return write_bytes(path, tbx_bytes(entries))
    out = io.StringIO()
    writer = csv.writer(out, delimiter="\t" if fmt == "tsv" else ",", lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for e in entries:
        writer.writerow([escape_cell(c) for c in (e.arabic, e.english, e.note, "; ".join(e.forbidden), e.mode)])
    return write_bytes(path, out.getvalue().encode("utf-8-sig"))


def escape_cell(text: str) -> str:
    return "'" + text if text.startswith(_RISKY) else text


def unescape_cell(text: str) -> str:
    return text[1:] if text[:1] == "'" and text[1:2] in _RISKY else text


def check_unique(path: Path, rows: tuple[GlossaryRow, ...]) -> None:
    seen: dict[str, int] = {}
    for r in rows:
        key = term_key(r.entry.arabic, r.entry.mode)
        if key in seen:
            raise GlossaryImportError(
                path, f"the term {r.entry.arabic!r} is also in row {seen[key]}", r.row
            )
        seen[key] = r.row


def _decode(path: Path, data: bytes) -> str:
    if b"\x00" in data:
        raise GlossaryImportError(path, "not a text file (NUL bytes)", data[: data.index(b"\x00")].count(b"\n") + 1)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise GlossaryImportError(path, "not UTF-8 text", line) from None


def _parse_table(path: Path, data: bytes, delimiter: str) -> GlossaryFile:
    reader = csv.reader(io.StringIO(_decode(path, data), newline=""), delimiter=delimiter, strict=True)
    rows: list[GlossaryRow] = []
    header: list[str] | None = None
    number = 0
    try:
        for number, cells in enumerate(reader, 1):
            if header is None:
                header = _header(path, cells, number)
                continue
            if not any(c.strip() for c in cells):
                continue
            rows.append(_row(path, number, header, cells))
    except csv.Error as exc:
        raise GlossaryImportError(path, f"malformed {'TSV' if delimiter == chr(9) else 'CSV'} ({exc})", number + 1) from None
    if header is None:
        raise GlossaryImportError(path, "empty file: a header row with arabic and english is needed", 1)
    return GlossaryFile(tuple(rows))


def _header(path: Path, cells: list[str], number: int) -> list[str]:
    names = [_ALIASES.get(c.strip().lower(), c.strip().lower()) for c in cells]
    missing = [c for c in ("arabic", "english") if c not in names]
    if missing:
        raise GlossaryImportError(path, f"the header row has no {' or '.join(missing)} column", number)
    for name in COLUMNS:
        if names.count(name) > 1:
            raise GlossaryImportError(path, f"the header row has two {name} columns", number)
    return names


def _row(path: Path, number: int, header: list[str], cells: list[str]) -> GlossaryRow:
    if len(cells) > len(header) and any(c.strip() for c in cells[len(header) :]):
        raise GlossaryImportError(path, "more cells than the header has columns", number)
    values = {name: unescape_cell(cells[i]) if i < len(cells) else "" for i, name in enumerate(header)}
    mode = values.get("mode", "").strip().lower() or "smart"
    if mode not in ("smart", "exact"):
        raise GlossaryImportError(path, f"unknown match mode {values['mode']!r} (smart or exact)", number)
    entry = GlossaryEntry(
        values["arabic"], values["english"], values.get("note", ""),
        tuple(_SPLIT.split(values.get("forbidden", ""))), mode,
    )  # fmt: skip
    fields = frozenset(name for name in header if name in COLUMNS)
    return GlossaryRow(number, checked_entry(path, number, entry), fields)
