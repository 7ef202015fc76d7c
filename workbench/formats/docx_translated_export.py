"""The translated DOCX: the source document itself, its text replaced by the English.

The project keeps the file a DOCX was imported from (documents' `original`). This export opens
that file again, replays the import's walk (docx_import._BodyWalker, so the same paragraphs in
the same order: headers and footers, body, footnotes, endnotes) to find the element behind each
paragraph, and writes the paragraph's English there:
- a paragraph keeps its properties (style, heading level, numbering, spacing) and its first
  run's formatting; its text becomes one run in that formatting (inline formatting inside a
  paragraph - a bold word - is not carried over yet);
- a table cell's translation goes line by line into the cell's own paragraphs;
- everything becomes left to right: w:bidi (paragraphs, styles, sections), w:rtl and w:cs,
  w:bidiVisual (tables) are removed; a paragraph aligned to its right edge because it was
  right to left is aligned to the left; runs are tagged English, and a run naming only a
  complex-script font gets the document's Latin font;
- a paragraph without a translation stays Arabic, as it was, and is counted.
Images, tables, headers, footers, footnotes, sections and styles are the source's own.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

from workbench.core.model import Paragraph
from workbench.formats.docx_styles_import import W

_RTL_ONLY = (f"{W}bidi", f"{W}bidiVisual", f"{W}rtl", f"{W}cs")


@dataclass(frozen=True)
class TranslatedReport:
    path: Path
    translated: int
    untranslated: int  # paragraphs left in Arabic (no English yet)
    unplaced: int  # paragraphs the source file no longer has a place for (should be 0)


def export_translated(original: bytes, paragraphs: list[Paragraph], out: Path) -> TranslatedReport:
    """Rebuild the source DOCX `original` with the English of `paragraphs` (one document's, in
    project order) and write it to `out` (atomically)."""
    import docx

    from workbench.formats import docx_notes_import as notes
    from workbench.formats.atomic import write_bytes
    from workbench.formats.docx_import import _BodyWalker
    from workbench.formats.docx_styles_import import StyleTable
    from workbench.formats.import_common import SegmentCollector

    document = docx.Document(io.BytesIO(original))
    roots = {rt: notes.part_roots(document, rt) for rt in (notes.FOOTNOTES, notes.ENDNOTES)}
    walker = _BodyWalker(SegmentCollector(out), StyleTable(document.styles.element),
                         notes.notes(document, notes.FOOTNOTES, [r for _p, r in roots[notes.FOOTNOTES]]),
                         notes.notes(document, notes.ENDNOTES, [r for _p, r in roots[notes.ENDNOTES]]))
    places: list = []
    walker.located = lambda element, count: places.extend([element] * count)
    seen: set[str] = set()
    for root in notes.margins(document):
        text = "".join(t.text or "" for t in root.iter(f"{W}t")).strip()
        if text and text not in seen:
            seen.add(text)
            walker.blocks(root)
    walker.blocks(document.element.body)
    walker.endnotes()
    cells: dict[int, tuple[object, list[str]]] = {}
    translated = untranslated = 0
    for element, para in zip(places, paragraphs):
        english = para.target if para.translatable and para.target.strip() else ""
        if not english:
            untranslated += para.translatable
            continue
        translated += 1
        if element.tag == f"{W}tc":
            cells.setdefault(id(element), (element, []))[1].append(english)
        else:
            _write_paragraph(element, english)
    for element, texts in cells.values():
        _write_cell(element, "\n".join(texts))
    for part_roots in roots.values():
        for part, root in part_roots:
            notes.store_root(part, root)
    _left_to_right(document)
    buffer = io.BytesIO()
    document.save(buffer)
    write_bytes(out, buffer.getvalue())
    return TranslatedReport(out, translated, untranslated, max(0, len(paragraphs) - len(places)))


def _write_paragraph(p, text: str) -> None:
    """`text` as the paragraph's run, in its first text run's formatting; a line break in the
    text becomes w:br, a tab w:tab. Content controls, fields and hyperlinks give way to the plain run; a
    note's number stays before the text; drawings, text boxes (their own paragraphs) and note
    references are kept after it."""
    from copy import deepcopy

    from lxml import etree

    text_runs = [r for r in p.iter(f"{W}r") if r.find(f"{W}t") is not None]
    first = text_runs[0].find(f"{W}rPr") if text_runs else None
    keep = [c for c in p if c.tag == f"{W}pPr"]
    # a note's own number leads its text; drawings, text boxes and note references follow it
    leading = [r for r in p.iter(f"{W}r") if r.find(f"{W}footnoteRef") is not None
               or r.find(f"{W}endnoteRef") is not None]
    trailing = [r for r in p.iter(f"{W}r") if any(r.find(f".//{W}{tag}") is not None for tag in (
        "drawing", "pict", "footnoteReference", "endnoteReference"))]
    for child in list(p):
        p.remove(child)
    p.extend(keep + leading)
    run = etree.SubElement(p, f"{W}r")
    if first is not None:
        run.append(deepcopy(first))
    if leading and not text.startswith(" "):
        text = " " + text  # the note's number, then its text
    for n, line in enumerate(text.split("\n")):
        if n:
            etree.SubElement(run, f"{W}br")
        for m, piece in enumerate(line.split("\t")):
            if m:
                etree.SubElement(run, f"{W}tab")  # a tab survives as Word's own
            t = etree.SubElement(run, f"{W}t")
            t.text = piece
            t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    p.extend(trailing)


def _write_cell(tc, text: str) -> None:
    """The cell's lines into its own paragraphs (the last one takes what is left over)."""
    own = [child for child in tc if child.tag == f"{W}p"]
    if not own:
        return
    lines = text.split("\n")
    for n, p in enumerate(own):
        if n < len(own) - 1:
            _write_paragraph(p, lines[n] if n < len(lines) else "")
        else:
            _write_paragraph(p, "\n".join(lines[n:]) if n < len(lines) else "")


def _left_to_right(document) -> None:
    """Remove what makes text right to left, everywhere the document says it."""
    roots = [document.element, document.styles.element]
    for rel in document.part.rels.values():
        part = rel.target_part
        if not rel.is_external and hasattr(part, "element") and all(part.element is not r for r in roots):
            roots.append(part.element)
    for root in roots:
        for element in list(root.iter(*_RTL_ONLY)):
            if element.tag == f"{W}cs" and element.getparent().tag != f"{W}rPr":
                continue
            element.getparent().remove(element)
        for jc in root.iter(f"{W}jc"):
            if jc.get(f"{W}val") in ("right", "end"):
                jc.set(f"{W}val", "left")
        for lang in root.iter(f"{W}lang"):
            lang.set(f"{W}val", "en-US")
            if lang.get(f"{W}bidi") is not None:
                del lang.attrib[f"{W}bidi"]
        for fonts in root.iter(f"{W}rFonts"):
            cs = fonts.get(f"{W}cs")
            if cs and not fonts.get(f"{W}ascii"):
                fonts.set(f"{W}ascii", "Calibri")
                fonts.set(f"{W}hAnsi", "Calibri")
