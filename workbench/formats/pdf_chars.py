"""The characters of one PDF page, from pdfium's text page, as lines of logical-order text.

pdfium lists characters in content-stream order with their boxes, baseline origins and font
sizes. Here:
- characters pdfium made up (its line breaks and guessed spaces), controls and space glyphs are
  skipped: Qt and cairo place space glyphs off their gaps, so word breaks come from gaps;
- a combining mark joins the character before it, and characters sharing one box (the parts of
  a ligature glyph) form one cluster, so neither is separated when clusters are sorted;
- clusters are grouped into lines by baseline (within 40% of the font size); each line is cut
  into runs (_chunks), the runs sorted left to right, a space put where a gap is wider than
  WORD_GAP of the font size, and the whole turned to logical order by pdf_bidi; on a page with
  columns, each row is first cut at the gutters and the pieces put in reading order
  (pdf_columns).
Called only by pdf_import, which holds the pdfium lock.
"""

from __future__ import annotations

import ctypes
import statistics
import unicodedata
from dataclasses import dataclass

from workbench.formats import pdf_bidi, pdf_columns

WORD_GAP = 0.18  # a horizontal gap wider than this share of the font size separates words


@dataclass(slots=True)
class Cluster:
    text: str
    x0: float
    x1: float
    y: float  # baseline
    size: float  # font size in points (the font's size times the text matrix's scale)
    index: int  # position in the content stream


@dataclass(slots=True)
class Line:
    """One line of text on a page: logical-order text, its extent, baseline and font size."""

    text: str
    x0: float
    x1: float
    y: float
    size: float
    rtl: bool
    band: int = 0  # pdf_columns: the page's full-width blocks and column bands, top to bottom
    column: int = 0  # pdf_columns: the column in the band, in reading order


def page_clusters(pdfium_c, textpage) -> list[Cluster]:
    count = pdfium_c.FPDFText_CountChars(textpage)
    ox, oy = ctypes.c_double(), ctypes.c_double()
    rect, matrix = pdfium_c.FS_RECTF(), pdfium_c.FS_MATRIX()
    out: list[Cluster] = []
    previous_box = None
    for i in range(max(count, 0)):
        if pdfium_c.FPDFText_IsGenerated(textpage, i) == 1:
            continue
        code = pdfium_c.FPDFText_GetUnicode(textpage, i)
        ch = chr(code) if 0 < code < 0x110000 else ""
        if not ch or ch.isspace() or unicodedata.category(ch) in ("Cc", "Cs", "Zl", "Zp"):
            previous_box = None  # word breaks come from gaps: producers put space glyphs anywhere
            continue
        if unicodedata.combining(ch) and out:
            out[-1].text += ch
            continue
        pdfium_c.FPDFText_GetLooseCharBox(textpage, i, rect)
        box = (round(rect.left, 2), round(rect.right, 2), round(rect.bottom, 2))
        if box == previous_box and out:
            out[-1].text += ch  # a ligature: one glyph, several characters
            continue
        previous_box = box
        pdfium_c.FPDFText_GetCharOrigin(textpage, i, ox, oy)
        pdfium_c.FPDFText_GetMatrix(textpage, i, matrix)
        scale = abs(matrix.a * matrix.d - matrix.b * matrix.c) ** 0.5 or 1.0
        size = pdfium_c.FPDFText_GetFontSize(textpage, i) * scale or abs(rect.top - rect.bottom)
        out.append(Cluster(ch, min(rect.left, rect.right), max(rect.left, rect.right), oy.value, size, len(out)))
    return out


def page_lines(clusters: list[Cluster]) -> list[Line]:
    """Lines in reading order: top to bottom (PDF y grows upwards), a multi-column band column
    by column (pdf_columns); each line keeps content-stream order."""
    rows: list[list[Cluster]] = []
    for cluster in sorted(clusters, key=lambda c: -c.y):
        if rows and abs(rows[-1][0].y - cluster.y) <= 0.4 * max(cluster.size, rows[-1][0].size, 1.0):
            rows[-1].append(cluster)
        else:
            rows.append([cluster])
    out = []
    for band, column, row in pdf_columns.reading_order(rows):
        line = _line(sorted(row, key=lambda c: c.index))
        if line is not None:
            line.band, line.column = band, column
            out.append(line)
    return out


def _chunks(row: list[Cluster], size: float) -> list[list[Cluster]]:
    """Runs of one class (Arabic, Latin, digits) adjacent in the stream and on the page, each
    in logical order: a run drawn left to right that should read right to left is reversed.
    Keeping a word's stream order copes with glyphs stacked or overlapping inside a word."""
    chunks: list[list[Cluster]] = []
    kind = ""
    last: Cluster | None = None
    for cluster in row:
        cls = pdf_bidi.unit_class(cluster.text)
        if last is None or cls != kind or cls == "W" or cluster.index != last.index + 1 \
                or max(cluster.x0 - last.x1, last.x0 - cluster.x1) > WORD_GAP * size:
            chunks.append([])
        chunks[-1].append(cluster)
        kind, last = cls, cluster
    for chunk in chunks:
        centre = [c.x0 + c.x1 for c in chunk]
        if len(chunk) > 1 and (centre[0] < centre[-1]) == (pdf_bidi.unit_class(chunk[0].text) == "R"):
            chunk.reverse()
    return chunks


def _line(row: list[Cluster]) -> Line | None:
    ink = row
    if not ink:
        return None
    size = statistics.median(c.size for c in row)
    chunks = sorted(_chunks(row, size), key=lambda k: min(c.x0 for c in k) + max(c.x1 for c in k))
    units: list[str] = []
    right_edge = None
    for chunk in chunks:
        left = min(c.x0 for c in chunk)
        if right_edge is not None and left - right_edge > WORD_GAP * size:
            units.append(" ")
        units.append("".join(pdf_bidi.fix_ligature(c.text) for c in chunk))
        right_edge = max(c.x1 for c in chunk) if right_edge is None else max(right_edge, max(c.x1 for c in chunk))
    rtl = pdf_bidi.is_rtl_line(units)
    text = pdf_bidi.clean_letters("".join(pdf_bidi.visual_to_logical(units, rtl)))
    text = pdf_bidi.fix_mirrored(text).strip()
    if not text:
        return None
    x0 = min(c.x0 for c in ink)
    x1 = max(c.x1 for c in ink)
    return Line(text, x0, x1, statistics.median(c.y for c in ink), size, rtl)
