"""OpenDocument Text import (.odt): body, headings, lists, tables and notes in document order.

The package is checked and its XML parsed safely first (odt_package_import). Then office:text
is walked:
- text:h -> HEADING, level = text:outline-level (1 when absent, at most 6), also inside lists;
- text:p -> PARAGRAPH; inside a list item LIST_ITEM, level = list nesting (1 = top);
- table:table-cell -> one TABLE_CELL (its paragraphs joined with "\\n"; a nested table is
  emitted where it stands); covered (merged-away) cells are skipped;
- notes (text:note: footnotes and endnotes) -> PARAGRAPHs right after the paragraph that cites
  them, each starting with its citation ("[1] ..."); the citation mark itself is left out of
  the citing paragraph. Text boxes (draw:text-box) follow their anchoring paragraph the same way;
- inline: text:s -> spaces (text:c of them), text:tab -> "\\t" (it survives inside a paragraph),
  text:line-break -> "\\n", spans, links, fields and other inline wrappers flattened to their
  text; runs of ordinary whitespace collapse to one space (ODF's white-space rule);
- left out: tracked changes' deleted text (text:tracked-changes), comments (office:annotation),
  soft page breaks, generated indexes and tables of contents (their entries repeat the
  headings), images and shapes other than text boxes, sequence/variable declarations.
meta.xml gives the metadata: title (dc:title), author (dc:creator, else meta:initial-creator)
and date (dc:date, else meta:creation-date).
"""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

from workbench.core.errors import DocumentImportError
from workbench.core.model import Kind, SourceDocument
from workbench.core.text import clean_text
from workbench.formats.import_common import SegmentCollector
from workbench.formats.odt_package_import import read_odt_parts

OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
DRAW = "{urn:oasis:names:tc:opendocument:xmlns:drawing:1.0}"
DC = "{http://purl.org/dc/elements/1.1/}"
META = "{urn:oasis:names:tc:opendocument:xmlns:meta:1.0}"
SVG = "{urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0}"

_SKIPPED = {f"{TEXT}tracked-changes", f"{OFFICE}annotation", f"{OFFICE}annotation-end",
            f"{TEXT}soft-page-break", f"{TEXT}table-of-content", f"{TEXT}alphabetical-index",
            f"{TEXT}illustration-index", f"{TEXT}table-index", f"{TEXT}object-index",
            f"{TEXT}user-index", f"{TEXT}bibliography", f"{TEXT}sequence-decls",
            f"{TEXT}variable-decls", f"{TEXT}user-field-decls", f"{TEXT}note-citation",
            f"{TEXT}ruby-text", f"{OFFICE}forms", f"{TEXT}deletion", f"{SVG}title", f"{SVG}desc"}
_ROW_GROUPS = {f"{TABLE}table-header-rows", f"{TABLE}table-rows", f"{TABLE}table-row-group"}
_WHITESPACE = re.compile(r"[ \t\r\n]+")


def load_odt(path: Path) -> SourceDocument:
    """Import an .odt file. Raises DocumentImportError for anything unsafe, damaged or not ODT."""
    path = Path(path)
    content, meta = read_odt_parts(path)
    body = content.find(f"{OFFICE}body/{OFFICE}text")
    if body is None:
        raise DocumentImportError(path, "not an OpenDocument text: content.xml has no office:text body")
    walker = _Walker(SegmentCollector(path))
    try:
        walker.blocks(body, 0)
    except RecursionError as exc:
        raise DocumentImportError(path, "the document is nested too deeply to read") from exc
    document = walker.out.document("odt")
    return dataclasses.replace(document, metadata=_metadata(meta))


def _metadata(meta) -> tuple[tuple[str, str], ...]:
    if meta is None:
        return ()
    found = []
    for name, tags in (("title", (f"{DC}title",)), ("author", (f"{DC}creator", f"{META}initial-creator")),
                       ("date", (f"{DC}date", f"{META}creation-date"))):
        for tag in tags:
            element = meta.find(f"{OFFICE}meta/{tag}")
            value = " ".join(clean_text(element.text or "").text.split()) if element is not None else ""
            if value:
                found.append((name, value))
                break
    return tuple(found)


class _Walker:
    """content.xml -> segments; one instance per import, used on the importing thread."""

    def __init__(self, out: SegmentCollector):
        self.out = out

    def blocks(self, parent, depth: int) -> None:
        for child in parent:
            tag = child.tag
            if tag == f"{TEXT}p":
                self.paragraph(child, Kind.LIST_ITEM if depth else Kind.PARAGRAPH, depth)
            elif tag == f"{TEXT}h":
                self.paragraph(child, Kind.HEADING, _outline_level(child))
            elif tag == f"{TEXT}list":
                self.blocks_in_items(child, depth + 1)
            elif tag == f"{TABLE}table":
                self.table(child)
            elif tag not in _SKIPPED and isinstance(tag, str):
                self.blocks(child, depth)  # text:section, text:index-body of a kept index, ...

    def blocks_in_items(self, element, depth: int) -> None:
        for item in element:
            if item.tag in (f"{TEXT}list-item", f"{TEXT}list-header"):
                self.blocks(item, depth)

    def paragraph(self, p, kind: Kind, level: int) -> None:
        text, extras = _inline_text(p)
        self.out.add(kind, text, level)
        self.extras(extras)

    def extras(self, extras) -> None:
        for citation, body in extras:
            if citation is None:  # a text box: its paragraphs as they are
                self.blocks(body, 0)
                continue
            first = True
            for child in body:
                if child.tag in (f"{TEXT}p", f"{TEXT}h"):
                    text, inner = _inline_text(child)
                    self.out.add(Kind.PARAGRAPH, f"[{citation}] {text}" if first and citation else text)
                    first = False
                    self.extras(inner)
                else:
                    self.blocks([child], 0)

    def table(self, tbl) -> None:
        for row in _rows(tbl):
            for cell in row:
                if cell.tag == f"{TABLE}table-cell":
                    self.cell(cell)

    def cell(self, cell) -> None:
        buffer: list[str] = []
        for child in cell.iter(f"{TEXT}p", f"{TEXT}h", f"{TABLE}table"):
            if any(a.tag == f"{TABLE}table" for a in _ancestors_until(child, cell)):
                continue  # inside a nested table: emitted with it
            if child.tag == f"{TABLE}table":
                self._flush(buffer)
                self.table(child)
                continue
            if any(a.tag in _SKIPPED or a.tag in (f"{TEXT}note-body", f"{DRAW}text-box")
                   for a in _ancestors_until(child, cell)):
                continue
            text, extras = _inline_text(child)
            if text.strip():
                buffer.append(text)
            if extras:
                self._flush(buffer)
                self.extras(extras)
        self._flush(buffer)

    def _flush(self, buffer: list[str]) -> None:
        if buffer:
            self.out.add(Kind.TABLE_CELL, "\n".join(buffer))
            buffer.clear()


def _ancestors_until(element, stop):
    parent = element.getparent()
    while parent is not None and parent is not stop:
        yield parent
        parent = parent.getparent()


def _rows(tbl):
    for child in tbl:
        if child.tag == f"{TABLE}table-row":
            yield child
        elif child.tag in _ROW_GROUPS:
            yield from _rows(child)


def _outline_level(h) -> int:
    try:
        return min(max(int(h.get(f"{TEXT}outline-level", "1")), 1), 6)
    except ValueError:
        return 1


def _inline_text(p) -> tuple[str, list]:
    """The text of one text:p/text:h and what it anchors: [(citation, note body)], citation None
    for a text box."""
    parts: list[str] = []
    extras: list = []

    def visit(element) -> None:
        parts.append(_WHITESPACE.sub(" ", element.text or ""))
        for child in element:
            tag = child.tag
            if tag == f"{TEXT}s":
                parts.append(" " * _count(child.get(f"{TEXT}c")))
            elif tag == f"{TEXT}tab":
                parts.append("\t")
            elif tag == f"{TEXT}line-break":
                parts.append("\n")
            elif tag == f"{TEXT}note":
                citation = child.findtext(f"{TEXT}note-citation") or ""
                body = child.find(f"{TEXT}note-body")
                if body is not None:
                    extras.append((" ".join(citation.split()), body))
            elif tag == f"{DRAW}text-box":
                extras.append((None, child))
            elif isinstance(tag, str) and tag not in _SKIPPED and tag not in (f"{TEXT}p", f"{TEXT}h"):
                visit(child)  # spans, links, fields, frames (a text box inside is found above)
            parts.append(_WHITESPACE.sub(" ", child.tail or ""))

    visit(p)
    return "".join(parts).strip(" "), extras


def _count(value: str | None) -> int:
    try:
        return min(max(int(value or "1"), 1), 1000)
    except ValueError:
        return 1
