"""DOCX import: body paragraphs and table cells in document order.

The package is checked first (import_zipcheck: sizes from the ZIP directory, XML without DOCTYPE)
and only then opened with python-docx, imported lazily. Any exception python-docx raises on a bad
file becomes one DocumentImportError here, at the importer boundary.

The body XML is walked directly so tables interleave with paragraphs exactly as in the file:
- w:p -> one segment (kind from docx_styles_import); empty paragraphs are skipped; its inline
  formatting, links and note references become the segment's marks (docx_runs_import);
- w:tbl -> each cell's consecutive paragraphs joined with "\\n" as one TABLE_CELL; a nested table
  inside a cell is emitted where it stands; continuation cells of vertical/legacy horizontal
  merges are skipped so merged text appears once;
- content controls (w:sdt) and custom XML wrappers are entered; text boxes become paragraphs
  after the paragraph that anchors them (their mc:Fallback copy is ignored);
- tracked deletions and moved-from text are left out, field codes too (their results are kept);
- headers and footers come first, each text once; a footnote follows the paragraph (or cell)
  citing it, endnotes follow the body (docx_notes_import). Comments are not imported.
"""

from __future__ import annotations

from pathlib import Path

from workbench.core.errors import DocumentImportError
from workbench.core.model import Kind, SourceDocument
from workbench.formats import docx_notes_import as notes
from workbench.formats.docx_runs_import import RunReader, part_links
from workbench.formats.docx_styles_import import W, RunStyles, StyleTable
from workbench.formats.import_common import SegmentCollector
from workbench.formats.inline_import import InlineText
from workbench.formats.import_docx_errors import unreadable_reason
from workbench.formats.import_zipcheck import check_docx_package

_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_WRAPPERS = {f"{W}sdt", f"{W}customXml", f"{W}sdtContent", f"{_MC}AlternateContent", f"{_MC}Choice"}


def load_docx(path: Path) -> SourceDocument:
    """Import a .docx file. Raises DocumentImportError for anything unsafe, damaged or not Word."""
    path = Path(path)
    check_docx_package(path)
    try:
        import docx

        document = docx.Document(str(path))
        body = document.element.body
        styles = StyleTable(document.styles.element)
        parts = {rt: notes.part_roots(document, rt)
                 for rt in (notes.HEADER, notes.FOOTER, notes.FOOTNOTES, notes.ENDNOTES)}
        margins = [root for rt in (notes.HEADER, notes.FOOTER) for _part, root in parts[rt]]
        footnotes, endnotes = (notes.notes(document, rt, [root for _part, root in parts[rt]])
                               for rt in (notes.FOOTNOTES, notes.ENDNOTES))
        links = [(document.element, part_links(document.part))]
        links += [(root, part_links(part)) for found in parts.values() for part, root in found]
        runs = RunReader(RunStyles(document.styles.element), links)
    except Exception as exc:  # python-docx raises KeyError, ValueError, lxml errors, ...
        raise DocumentImportError(path, unreadable_reason(exc)) from exc
    walker = _BodyWalker(SegmentCollector(path), styles, footnotes, endnotes, runs)
    try:
        seen: set[str] = set()
        for root in margins:  # headers and footers: each text once, before the body
            text = "".join(t.text or "" for t in root.iter(f"{W}t")).strip()
            if text and text not in seen:
                seen.add(text)
                walker.blocks(root)
        walker.blocks(body)
        walker.endnotes()
    except (RecursionError, AttributeError, TypeError) as exc:  # lxml caps depth at 256: only a
        raise DocumentImportError(path, unreadable_reason(exc)) from exc  # pathological file
    from dataclasses import replace

    # the file as read, for the translated export (it is at most the DOCX size limit)
    return replace(walker.out.document("docx"), original=path.read_bytes())


class _BodyWalker:
    """Turns body XML into segments; one instance per import, used on the importing thread."""

    def __init__(self, out: SegmentCollector, styles: StyleTable, footnotes: dict | None = None,
                 endnotes: dict | None = None, runs: RunReader | None = None):
        self.out = out
        self.styles = styles
        self.runs = runs or RunReader()  # the translated export's replay needs no formatting
        self._footnotes, self._endnotes = footnotes or {}, endnotes or {}
        self._cited_endnotes: list[str] = []
        # Called with (element, segments it gave) after each paragraph or cell: the translated
        # export replays the import's walk to find the element behind every paragraph.
        self.located = None

    def _add(self, element, kind, pieces: InlineText, level: int = 0) -> None:
        before = len(self.out.segments)
        self.out.add_inline(kind, pieces, level)
        if self.located is not None:
            self.located(element, len(self.out.segments) - before)

    def notes_of(self, element) -> None:
        """The footnotes `element` cites, now (each once); its endnotes, for the end."""
        for nid in notes.cited(element, "footnoteReference"):
            if (note := self._footnotes.pop(nid, None)) is not None:
                self.blocks(note)
        self._cited_endnotes += notes.cited(element, "endnoteReference")

    def endnotes(self) -> None:
        for nid in self._cited_endnotes:
            if (note := self._endnotes.pop(nid, None)) is not None:
                self.blocks(note)

    def blocks(self, parent) -> None:
        for child in parent:
            if child.tag == f"{W}p":
                self.paragraph(child)
            elif child.tag == f"{W}tbl":
                self.table(child)
            elif child.tag in _WRAPPERS:
                self.blocks(child)

    def paragraph(self, p) -> None:
        pieces, boxes = self.runs.paragraph(p)
        kind, level = self.styles.classify(p.find(f"{W}pPr"))
        self._add(p, kind, pieces, level)
        for box in boxes:
            self.blocks(box)
        self.notes_of(p)

    def table(self, tbl) -> None:
        for tc in _cells(tbl):
            self.cell(tc)

    def cell(self, tc) -> None:
        buffer = InlineText()  # the cell's paragraphs, joined by "\n"
        for child in _flatten(tc):
            if child.tag == f"{W}p":
                pieces, boxes = self.runs.paragraph(child)
                buffer.add_line(pieces)
                if boxes:
                    self._flush(buffer, tc)
                    for box in boxes:
                        self.blocks(box)
            elif child.tag == f"{W}tbl":
                self._flush(buffer, tc)
                self.table(child)
        self._flush(buffer, tc)
        self.notes_of(tc)

    def _flush(self, buffer: InlineText, tc) -> None:
        if buffer:
            self._add(tc, Kind.TABLE_CELL, buffer)
            buffer.clear()


def _flatten(parent):
    """Children of `parent`, with content-control and custom-XML wrappers opened."""
    for child in parent:
        if child.tag in _WRAPPERS:
            yield from _flatten(child)
        else:
            yield child


def _cells(tbl):
    for row in _flatten(tbl):
        if row.tag != f"{W}tr":
            continue
        for tc in _flatten(row):
            if tc.tag == f"{W}tc" and not _is_merge_continuation(tc):
                yield tc


def _is_merge_continuation(tc) -> bool:
    props = tc.find(f"{W}tcPr")
    if props is None:
        return False
    for tag in (f"{W}vMerge", f"{W}hMerge"):
        merge = props.find(tag)
        if merge is not None and merge.get(f"{W}val", "continue") != "restart":
            return True
    return False
