"""OpenDocument Text import (.odt): body, headings, lists, tables and notes in document order.

The package is checked and its XML parsed safely first (odt_package_import). Then office:text
is walked:
- text:h -> HEADING, level = text:outline-level (1 when absent, at most 6), also inside lists;
  its cached outline number (text:number, "2.1") is not text: the application draws the
  number from the outline style, so in the source it would be translated and drawn twice;
- text:p -> PARAGRAPH; inside a list item LIST_ITEM, level = list nesting (1 = top);
- table:table-cell -> one TABLE_CELL (its paragraphs joined with "\\n"; a nested table is
  emitted where it stands); covered (merged-away) cells are skipped;
- notes (text:note: footnotes and endnotes) -> PARAGRAPHs right after the paragraph that cites
  them, each starting with its citation ("[1] ..."); in the citing paragraph the citation is
  a solo "note" mark, not text. Text boxes (draw:text-box) follow their anchoring paragraph the same way;
- inline (odt_inline_import): text:s -> spaces (text:c of them), text:tab -> "\\t",
  text:line-break -> "\\n"; bold, italic, underline, strikethrough, super- and subscript of
  spans (and of a paragraph's automatic style), links and note citations become the segment's
  marks; fields and other inline wrappers give their text; runs of ordinary whitespace
  collapse to one space (ODF's white-space rule);
- left out: tracked changes' deleted text (text:tracked-changes), comments (office:annotation),
  soft page breaks, generated indexes and tables of contents (their entries repeat the
  headings), images and shapes other than text boxes, sequence/variable declarations.
The file's bytes are kept (SourceDocument.original) for a later rebuild in English.
meta.xml gives the metadata: title (dc:title), author (dc:creator, else meta:initial-creator)
and date (dc:date, else meta:creation-date).
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

from workbench.core.errors import DocumentImportError
from workbench.core.model import Kind, SourceDocument
from workbench.core.text import clean_text
from workbench.formats.import_common import SegmentCollector
from workbench.formats.inline_import import InlineText
from workbench.formats.odt_inline_import import OdtStyles, inline_text
from workbench.formats.odt_package_import import read_odt

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
            f"{TEXT}ruby-text", f"{OFFICE}forms", f"{TEXT}deletion", f"{SVG}title", f"{SVG}desc",
            f"{TEXT}number"}  # a heading's or list item's cached number: drawn, not written
_ROW_GROUPS = {f"{TABLE}table-header-rows", f"{TABLE}table-rows", f"{TABLE}table-row-group"}


def load_odt(path: Path) -> SourceDocument:
    """Import an .odt file. Raises DocumentImportError for anything unsafe, damaged or not ODT."""
    path = Path(path)
    content, meta, styles = read_odt(path)
    body = content.find(f"{OFFICE}body/{OFFICE}text")
    if body is None:
        raise DocumentImportError(path, "not an OpenDocument text: content.xml has no office:text body")
    walker = _Walker(SegmentCollector(path), OdtStyles(content, styles))
    try:
        walker.blocks(body, 0)
    except RecursionError as exc:
        raise DocumentImportError(path, "the document is nested too deeply to read") from exc
    document = walker.out.document("odt")
    # the file as read (read_odt checked its size), for an export that rebuilds it in English
    return dataclasses.replace(document, metadata=_metadata(meta), original=path.read_bytes())


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

    def __init__(self, out: SegmentCollector, styles: OdtStyles):
        self.out = out
        self.styles = styles

    def _inline(self, p) -> tuple[InlineText, list]:
        return inline_text(p, self.styles, _SKIPPED)

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
        pieces, extras = self._inline(p)
        self.out.add_inline(kind, pieces, level)
        self.extras(extras)

    def extras(self, extras) -> None:
        for citation, body in extras:
            if citation is None:  # a text box: its paragraphs as they are
                self.blocks(body, 0)
                continue
            first = True
            for child in body:
                if child.tag in (f"{TEXT}p", f"{TEXT}h"):
                    pieces, inner = self._inline(child)
                    if first and citation:
                        cited = InlineText()
                        cited.text(f"[{citation}] ")
                        cited.extend(pieces)
                        pieces = cited
                    self.out.add_inline(Kind.PARAGRAPH, pieces)
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
        buffer = InlineText()  # the cell's paragraphs, joined by "\n"
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
            pieces, extras = self._inline(child)
            buffer.add_line(pieces)
            if extras:
                self._flush(buffer)
                self.extras(extras)
        self._flush(buffer)

    def _flush(self, buffer: InlineText) -> None:
        if buffer:
            self.out.add_inline(Kind.TABLE_CELL, buffer)
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
