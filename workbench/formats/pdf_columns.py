"""Columns on a PDF page: the rows of glyph clusters put in reading order, column by column.

pdf_chars groups a page's clusters into rows by baseline; on a page in columns a row holds a
line of each column (or, where the columns' baselines differ, rows of both columns alternate),
and read row by row the columns interleave. Here, before rows become lines:
- each row is cut into spans where two clusters are further apart than GUTTER of the font size
  (word gaps, even stretched by justification, stay inside a span);
- a gutter candidate is the middle of a valley in the count of rows covering each point of the
  text block: covered by fewer rows than both its sides and than half of all rows (a ragged
  column edge slopes down into the valley; its floor is the gutter);
- it must be free "over most of the page's text height": runs of MIN_BAND or more consecutive
  rows not crossing it hold at least half of the rows (a gap that a few justified lines share
  by chance fails); of two candidates with no text column between them, the deeper stays;
- and the columns on both sides must look like text columns: at least MIN_ROWS rows of ink,
  MIN_WIDTH of the text block wide, most lines filling MIN_FILL of the column width. A table of
  contents (page numbers far right) or a term list (short ragged terms) is not split.
A row crossing a gutter (a headline, a table, a centred running header), and a run of fewer
than MIN_BAND rows between such rows (the short last line of a full-width paragraph, a page
number), stays whole and in place; each run of other rows is a band whose columns are read
whole, one after the other: right to left on a page where Arabic letters are at least as many as
Latin ones, left to right otherwise. Three columns work the same way. A page without a gutter
comes back row for row as given, so single-column pages read exactly as before.
"""

from __future__ import annotations

import bisect
import itertools
import math
import statistics
from typing import TYPE_CHECKING

from workbench.formats import pdf_bidi

if TYPE_CHECKING:
    from workbench.formats.pdf_chars import Cluster

GUTTER = 0.9  # a gap wider than this share of the font size may be a gutter
MIN_ROWS = 2  # rows of ink a column needs
MIN_WIDTH = 0.15  # of the text block's width, per column
MIN_FILL = 0.6  # of the column's width, filled by its median line
MIN_BAND = 3  # consecutive rows beside a gutter that count towards "most of the height"
SAMPLE = 400  # clusters looked at to tell an Arabic page from a Latin one
MAX_EXTENT = 20_000  # points: the widest text block measured point by point (A0 is 2,384)

Span = tuple[float, float]


def reading_order(rows: list[list[Cluster]]) -> list[tuple[int, int, list[Cluster]]]:
    """(band, column, row piece) in reading order; band and column number the regions that
    pdf_layout frames separately (0, 0 throughout on a page without columns)."""
    spans = [_spans(row) for row in rows]
    gutters = find_gutters(spans)
    if not gutters:
        return [(0, 0, row) for row in rows]
    order = list(range(len(gutters), -1, -1) if _rtl(rows) else range(len(gutters) + 1))
    out: list[tuple[int, int, list[Cluster]]] = []
    band, columns = -1, None
    for row, wide in zip(rows, _full_width(spans, gutters)):
        if wide:
            if columns is not None or band < 0:
                _flush(out, band, order, columns)
                band, columns = band + 1, None
            out.append((band, 0, row))
            continue
        if columns is None:
            band, columns = band + 1, [[] for _ in order]
        pieces: list[list[Cluster]] = [[] for _ in order]
        for cluster in row:
            pieces[bisect.bisect_left(gutters, (cluster.x0 + cluster.x1) / 2)].append(cluster)
        for k, piece in enumerate(pieces):
            if piece:
                columns[k].append(piece)
    _flush(out, band, order, columns)
    return out


def _full_width(spans: list[list[Span]], gutters: list[float]) -> list[bool]:
    """Rows that cross a gutter, and runs of fewer than MIN_BAND rows between them (the short
    last line of a full-width paragraph, a page number): these stay whole, in place."""
    wide = [any(_crosses(row, g) for g in gutters) for row in spans]
    start = 0
    for i in range(len(wide) + 1):
        if i == len(wide) or wide[i]:
            if i - start < MIN_BAND:
                wide[start:i] = [True] * (i - start)
            start = i + 1
    return wide


def _flush(out: list, band: int, order: list[int], columns: list[list[list[Cluster]]] | None) -> None:
    if columns is not None:
        for position, k in enumerate(order):
            out.extend((band, position, piece) for piece in columns[k])


def find_gutters(spans: list[list[Span]]) -> list[float]:
    """The x of each accepted gutter, left to right (empty for a single-column page)."""
    if len(spans) < 2 * MIN_ROWS:
        return []
    left, right = min(s[0][0] for s in spans), max(s[-1][1] for s in spans)
    if not 0 < right - left <= MAX_EXTENT:  # a glyph placed miles away (or NaN): no columns
        return []
    x0, x1 = math.floor(left), math.ceil(right)
    valleys = [(depth, g) for depth, g in _valleys(spans, x0, x1) if _mostly_free(spans, g)]
    while True:  # of two valleys with no column between them (a ragged edge), the deeper stays
        pairs = [(a, b) for a, b in zip(valleys, valleys[1:]) if not _column(spans, a[1], b[1], x1 - x0)]
        if not pairs:
            break
        a, b = pairs[0]
        valleys.remove(b if b[0] > a[0] else a)
    edges = [float(x0), *(g for _, g in valleys), float(x1)]
    return [g for k, (_, g) in enumerate(valleys)
            if _column(spans, edges[k], g, x1 - x0) and _column(spans, g, edges[k + 2], x1 - x0)]


def _valleys(spans: list[list[Span]], x0: int, x1: int) -> list[tuple[int, float]]:
    """(rows crossing, x) at the middle of each stretch of the text block covered by fewer rows
    than both its neighbours and than half of all rows."""
    coverage = [0] * (x1 - x0 + 2)
    for row in spans:
        for a, b in row:
            if not x0 <= a <= b <= x1:
                continue  # not a number
            coverage[math.floor(a) - x0] += 1
            coverage[math.ceil(b) - x0] -= 1
    runs: list[list[int]] = []  # value, start, end
    running = 0
    for i, step in enumerate(coverage):
        running += step
        if runs and runs[-1][0] == running:
            runs[-1][2] = i + 1
        else:
            runs.append([running, i, i + 1])
    return [(v, x0 + (start + end) / 2) for (p, _, _), (v, start, end), (n, _, _) in zip(runs, runs[1:], runs[2:])
            if p > v < n and v < len(spans) / 2]


def _mostly_free(spans: list[list[Span]], gutter: float) -> bool:
    """Whether runs of MIN_BAND or more consecutive rows not crossing the gutter hold at least
    half of the rows (a gap that a few justified lines share by chance is no gutter)."""
    free, run = 0, 0
    for row in spans:
        if _crosses(row, gutter):
            free += run if run >= MIN_BAND else 0
            run = 0
        else:
            run += 1
    free += run if run >= MIN_BAND else 0
    return free * 2 >= len(spans)


def _column(spans: list[list[Span]], left: float, right: float, total: float) -> bool:
    """Whether the ink between two gutters (or a gutter and the text edge) is a text column."""
    extents = []
    for row in spans:
        if any(a < left < b or a < right < b for a, b in row):
            continue  # a full-width row
        inside = [(a, b) for a, b in row if left <= (a + b) / 2 <= right]
        if inside:
            extents.append((inside[0][0], inside[-1][1]))
    if len(extents) < MIN_ROWS:
        return False
    lo, hi = min(a for a, _ in extents), max(b for _, b in extents)
    width = hi - lo
    if width < MIN_WIDTH * total:
        return False
    return statistics.median((b - a) / width for a, b in extents) >= MIN_FILL


def _spans(row: list[Cluster]) -> list[Span]:
    """The row's ink, left to right, cut where a gap is wider than GUTTER of the font size (of
    the row's middle cluster: a median would cost a sort per row, and rows are one size)."""
    gap = GUTTER * row[len(row) // 2].size
    pieces = []
    a, b = row[0].x0, row[0].x1
    for cluster in row:  # stream order is mostly page order: merge neighbours first, sort the few pieces
        x0, x1 = cluster.x0, cluster.x1
        if x0 <= b + gap and x1 >= a - gap:
            if x0 < a:
                a = x0
            if x1 > b:
                b = x1
        else:
            pieces.append((a, b))
            a, b = x0, x1
    pieces.append((a, b))
    if len(pieces) == 1:
        return pieces
    pieces.sort()
    out = [pieces[0]]
    for a, b in pieces[1:]:
        if a - out[-1][1] > gap:
            out.append((a, b))
        elif b > out[-1][1]:
            out[-1] = (out[-1][0], b)
    return out


def _crosses(spans: list[Span], gutter: float) -> bool:
    return any(a < gutter < b for a, b in spans)


def _rtl(rows: list[list[Cluster]]) -> bool:
    """The page's dominant script: Arabic (right column first) when its clusters are at least
    as many as the Latin ones, counted on up to SAMPLE clusters spread over the page."""
    total = sum(len(row) for row in rows)
    counts = {"R": 0, "L": 0}
    for cluster in itertools.islice(itertools.chain.from_iterable(rows), 0, None, max(1, total // SAMPLE)):
        kind = pdf_bidi.unit_class(cluster.text)
        if kind in counts:
            counts[kind] += 1
    return counts["R"] >= counts["L"]
