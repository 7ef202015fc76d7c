"""The translated DOCX: the source document itself, its text replaced by the English.

The project keeps the file a DOCX was imported from (documents' `original`). This export opens
that file again, replays the import's walk (docx_import._BodyWalker, so the same paragraphs in
the same order: headers and footers, body, footnotes, endnotes) to find the element behind each
paragraph, and writes the paragraph's English there:
- a paragraph keeps its properties (style, heading level, numbering, spacing) and its first
  run's formatting; its English becomes runs in that formatting plus the inline formatting its
  tags restore: bold words, links (the original relationships), note references where their
  tags sit (translated_runs_export);
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
from dataclasses import dataclass, replace
from pathlib import Path

from workbench.core import inline
from workbench.core.model import Paragraph
from workbench.formats import translated_runs_export as runs
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
    from workbench.formats.docx_styles_import import RunStyles, StyleTable
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
    parts = {id(document.element): document.part}  # the part holding each tree: its links
    for rt in (notes.HEADER, notes.FOOTER):
        parts.update((id(root), part) for part, root in notes.part_roots(document, rt))
    parts.update((id(root), part) for found in roots.values() for part, root in found)
    writer = _Writer(RunStyles(document.styles.element), runs.Links(parts))
    cells: dict[int, tuple[object, list[list[inline.Run]]]] = {}
    translated = untranslated = 0
    for element, para in zip(places, paragraphs):
        english = para.target if para.translatable and inline.plain(para.target).strip() else ""
        if not english:
            untranslated += para.translatable
            continue
        translated += 1
        if element.tag == f"{W}tc":
            cells.setdefault(id(element), (element, []))[1].append(inline.runs(english, para.marks))
        else:
            writer.paragraph(element, inline.runs(english, para.marks))
    for element, texts in cells.values():
        joined = [run for n, part in enumerate(texts) for run in ([inline.Run("\n")] if n else []) + part]
        writer.cell(element, joined)
    for part_roots in roots.values():
        for part, root in part_roots:
            notes.store_root(part, root)
    _left_to_right(document)
    buffer = io.BytesIO()
    document.save(buffer)
    write_bytes(out, buffer.getvalue())
    return TranslatedReport(out, translated, untranslated, max(0, len(paragraphs) - len(places)))


class _Writer:
    """Writes English runs into the source's paragraphs; one per export."""

    def __init__(self, run_styles, links) -> None:
        self.run_styles, self.links = run_styles, links

    def paragraph(self, p, english: list[inline.Run], notes: dict | None = None, last: bool = True) -> None:
        """`english` as the paragraph's runs (translated_runs_export), after a note's own number
        (a footnote's text), before drawings and text boxes. Content controls and fields give
        way to the English. `notes`: the note reference runs to place (default: the
        paragraph's own); with `last`, those whose tag the English lacks go at the end."""
        base = runs.base_properties(p, self.run_styles)
        originals = self.links.originals(p)
        notes = runs.note_runs(p) if notes is None else notes
        keep = [c for c in p if c.tag == f"{W}pPr"]
        leading = [r for r in p.iter(f"{W}r") if r.find(f"{W}footnoteRef") is not None
                   or r.find(f"{W}endnoteRef") is not None]
        placed = {id(r) for r in notes.values()}
        trailing = [r for r in p.iter(f"{W}r") if id(r) not in placed and any(
            r.find(f".//{W}{tag}") is not None for tag in ("drawing", "pict"))]
        for child in list(p):
            p.remove(child)
        p.extend(keep + leading)
        if leading and english and not english[0].solo and not english[0].text.startswith(" "):
            english = [inline.Run(" "), *english]  # the note's number, then its text
        p.extend(runs.english_runs(p, english, base, notes, self.links, originals))
        if last:
            p.extend(notes.pop(key) for key in list(notes))  # no note is orphaned
        p.extend(trailing)

    def cell(self, tc, english: list[inline.Run]) -> None:
        """The cell's lines into its own paragraphs (the last one takes what is left over)."""
        own = [child for child in tc if child.tag == f"{W}p"]
        if not own:
            return
        lines: list[list[inline.Run]] = [[]]
        for run in english:
            pieces = [run.text] if run.solo else run.text.split("\n")
            for n, piece in enumerate(pieces):
                if n:
                    lines.append([])
                if piece or run.solo:
                    lines[-1].append(replace(run, text=piece))
        notes = runs.note_runs(tc)
        for n, p in enumerate(own):
            mine = lines[n:n + 1] if n < len(own) - 1 else lines[n:]
            joined = [run for m, line in enumerate(mine) for run in ([inline.Run("\n")] if m else []) + line]
            self.paragraph(p, joined, notes, last=n == len(own) - 1)


def _left_to_right(document) -> None:
    """Remove what makes text right to left, everywhere the document says it."""
    roots = [document.element, document.styles.element]
    for rel in document.part.rels.values():
        if rel.is_external:  # a hyperlink's address: no part (target_part would raise)
            continue
        part = rel.target_part
        if hasattr(part, "element") and all(part.element is not r for r in roots):
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
