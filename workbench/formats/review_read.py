"""Reads a review DOCX that came back from a reviewer: every row of the review table with the
reviewer's final English, the English before the tracked changes, each change and each comment.

The file contract (the review exporter writes it): the body's first table, a header row, then one
row per paragraph with five cells - id (the paragraph's database id), status, Arabic, English
(the reviewer's column), comment. The project, the export time and the format are custom document
properties ("WorkbenchProject", "WorkbenchExported", "WorkbenchFormat", "WorkbenchStatuses"); when
a tool dropped them, the grey title line above the table ("Workbench review · project <uuid> ·
exported <time>") still gives the project and the time (and the format is then "review-1", the
format that writes that line).

Only a file that is not a safe DOCX, has no table, or whose first table does not start with our
header is refused (DocumentImportError). Anything wrong in a row - a damaged id, a cell too many or
too few, merged cells, a row inserted or deleted with tracked changes - is reported in that row's
`problem`, and the row is returned as the file holds it: the merge matches by id and reports.
Pure functions of the file; safe on any thread.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from workbench.core.errors import DocumentImportError
from workbench.formats.review_changes import W, CellText, Change, block_text, read_cell
from workbench.formats.review_parts_read import ReviewComment, load_package

__all__ = ["Change", "ReviewComment", "ReviewFile", "ReviewRow", "read_review"]

COLUMNS = 5
_ID_LABELS = {"id", "#", "no", "no.", "segment id", "paragraph id", "المعرف", "الرقم"}
_ID = re.compile(r"[0-9]{1,18}")
_TITLE = re.compile(r"Workbench review\W+project\s+(?P<project>[0-9A-Za-z-]+)"
                    r"\W+exported\s+(?P<exported>\S+)")
_WRAPPERS = {f"{W}sdt", f"{W}sdtContent", f"{W}customXml"}
_TRACKED = tuple(f"{W}{name}" for name in (
    "ins", "del", "moveFrom", "moveTo", "rPrChange", "pPrChange", "tblPrChange", "tblPrExChange",
    "trPrChange", "tcPrChange", "sectPrChange", "tblGridChange", "numberingChange", "cellIns",
    "cellDel", "cellMerge"))
_EMPTY = CellText("", "", ())


@dataclass(frozen=True)
class ReviewRow:
    """One row after the header, as the file holds it (`row` is 1-based after the header)."""

    row: int
    id_text: str
    paragraph_id: int | None  # None unless id_text is plain digits (at most 18)
    status: str
    source: str
    target: str  # the reviewer's final English
    original: str  # the English before the tracked changes
    changes: tuple[Change, ...]  # the English cell's tracked changes, in document order
    comments: tuple[ReviewComment, ...]  # comments anchored anywhere in the row
    comment_cell: str
    problem: str = ""


@dataclass(frozen=True)
class ReviewFile:
    project: str
    exported_at: str
    format: str
    rows: tuple[ReviewRow, ...]
    tracked: bool  # any tracked change anywhere in the document
    statuses: str = ""  # the "WorkbenchStatuses" property, as written


def read_review(path) -> ReviewFile:
    """Read a review DOCX. DocumentImportError for a file that is not one (see the module doc)."""
    path = Path(path)
    package = load_package(path)
    body = package.document.find(f"{W}body")
    if body is None:
        raise DocumentImportError(path, "not a readable Word document: its main part has no body")
    table, before = _first_table(body)
    if table is None:
        raise DocumentImportError(path, "not a review file: the document has no table")
    rows = list(_flatten(table, f"{W}tr"))
    _check_header(path, rows)
    props = package.properties
    title = next(filter(None, (_TITLE.search(block_text(p)) for p in before)), None)
    from_title = {} if title is None else {**title.groupdict(), "format": "review-1"}
    return ReviewFile(
        project=props.get("WorkbenchProject") or from_title.get("project", ""),
        exported_at=props.get("WorkbenchExported") or from_title.get("exported", ""),
        format=props.get("WorkbenchFormat") or from_title.get("format", ""),
        rows=tuple(_row(number, tr, package.comments) for number, tr in enumerate(rows[1:], 1)),
        tracked=next(package.document.iter(*_TRACKED), None) is not None,
        statuses=props.get("WorkbenchStatuses", ""),
    )


def _first_table(body):
    """The first w:tbl in the body (content controls and custom XML entered) and the body
    paragraphs before it."""
    before = []
    for child in body:
        if child.tag == f"{W}tbl":
            return child, before
        if child.tag == f"{W}p":
            before.append(child)
        elif child.tag in _WRAPPERS:
            table, inner = _first_table(child)
            before += inner
            if table is not None:
                return table, before
    return None, before


def _flatten(parent, tag: str):
    """The `tag` children of `parent`, with content-control and custom-XML wrappers opened."""
    for child in parent:
        if child.tag == tag:
            yield child
        elif child.tag in _WRAPPERS:
            yield from _flatten(child, tag)


def _check_header(path: Path, rows: list) -> None:
    if not rows:
        raise DocumentImportError(path, "not a review file: its first table has no rows")
    slots, _ = _grid(rows[0])
    texts = [read_cell(tc).final.strip() if tc is not None else "" for tc in slots]
    shown = " | ".join(text[:30] for text in texts)
    if len(slots) != COLUMNS:
        raise DocumentImportError(
            path, f"not a workbench review table: the first table's header row has {len(slots)} "
                  f"columns ({shown}), not {COLUMNS} (id, status, Arabic, English, comment)")
    marked = rows[0].find(f"{W}trPr/{W}tblHeader") is not None
    label = texts[0].split("\n")[0].strip().casefold()  # the exporter adds "(do not edit)" below
    if _ID.fullmatch(texts[0]) or not (marked or label in _ID_LABELS):
        raise DocumentImportError(
            path, f"not a workbench review table: the first table does not start with the review "
                  f"header row (id, status, Arabic, English, comment); its first row is: {shown}")


def _grid(tr) -> tuple[list, bool]:
    """The row's cells by grid column (a spanned cell fills its first column, None the rest;
    w:gridBefore / w:gridAfter leave empty columns) and whether any cell is merged."""
    props = tr.find(f"{W}trPr")
    before = _number(props, "gridBefore")
    slots: list = [None] * before
    merged = False
    for tc in _flatten(tr, f"{W}tc"):
        span = _number(tc.find(f"{W}tcPr"), "gridSpan") or 1
        merged |= span > 1 or tc.find(f"{W}tcPr/{W}vMerge") is not None or tc.find(f"{W}tcPr/{W}hMerge") is not None
        slots += [tc] + [None] * (span - 1)
    slots += [None] * _number(props, "gridAfter")
    return slots, merged or before > 0


def _number(props, name: str) -> int:
    node = None if props is None else props.find(f"{W}{name}")
    try:
        return max(0, min(int(node.get(f"{W}val", "0")), 64)) if node is not None else 0
    except ValueError:
        return 0


def _row(number: int, tr, comments: dict[str, ReviewComment]) -> ReviewRow:
    props = tr.find(f"{W}trPr")
    inserted = props is not None and props.find(f"{W}ins") is not None
    deleted = props is not None and props.find(f"{W}del") is not None
    slots, merged = _grid(tr)
    cells = list(_flatten(tr, f"{W}tc"))
    if not merged:
        slots = cells
    texts = [read_cell(tc, inserted, deleted) if tc is not None else _EMPTY for tc in slots[:COLUMNS]]
    texts += [_EMPTY] * (COLUMNS - len(texts))
    id_text = texts[0].final.strip()
    paragraph_id = int(id_text) if _ID.fullmatch(id_text) else None
    problems = []
    if merged:
        problems.append(f"merged cells (the row has {len(cells)} cells over {len(slots)} columns)")
    elif len(cells) != COLUMNS:
        problems.append(f"the row has {len(cells)} cells, not {COLUMNS}")
    if deleted:
        was = read_cell(slots[0]).original.strip() if slots and slots[0] is not None else ""
        problems.append(f"the row was deleted with tracked changes{_by(props.find(f'{W}del'))}"
                        + (f" (its id was {was})" if was else ""))
    elif inserted:
        problems.append(f"the row was inserted with tracked changes{_by(props.find(f'{W}ins'))}")
    if paragraph_id is None and not deleted:
        problems.append(f"the id cell holds {id_text[:40]!r}, not a paragraph id" if id_text
                        else "the id cell is empty")
    ids = dict.fromkeys(node.get(f"{W}id", "") for node in
                        tr.iter(f"{W}commentRangeStart", f"{W}commentReference"))
    return ReviewRow(
        row=number, id_text=id_text, paragraph_id=paragraph_id,
        status=texts[1].final.strip(), source=texts[2].final, target=texts[3].final,
        original=texts[3].original, changes=texts[3].changes,
        comments=tuple(comments[i] for i in ids if i in comments),
        comment_cell=texts[4].final, problem="; ".join(problems),
    )


def _by(change) -> str:
    author, date = change.get(f"{W}author", ""), change.get(f"{W}date", "")
    return (f" by {author}" if author else "") + (f" on {date}" if date else "")
