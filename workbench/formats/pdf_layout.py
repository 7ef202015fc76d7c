"""From the lines of every page to paragraphs: page furniture dropped, headings found, lines
joined. Lines come in reading order; on a page in columns (pdf_columns) each line carries its
band and column, and each full-width band and column is framed on its own.

- Page furniture: among the top and bottom three lines of each page (inside the top or bottom
  15% of the page), a line whose text, digits ignored, stands at the same height (within 4 pt) on
  at least half the pages (and two or more) is a running header or footer; a line there that is
  only a page number ("7", "٧", "- 7 -", "Page 7 of 9", "صفحة ٧ من ٩") is dropped on any page.
- Headings: a line whose font is at least 15% larger than the body size (the size most
  characters have); levels by size, largest first.
- Paragraphs: a line starts a new paragraph after a vertical gap over 1.35 times the page's usual
  line pitch (not measured across a page or column turn), when the heading state or font size
  changes, after a line that stops short of its text block's end side (left for Arabic, right
  for Latin) by more than 10% of its width, or when it is indented at its start side after a
  line ending a sentence. A paragraph runs on from one column into the next as from one page to
  the next. Lines are joined with a space (a soft hyphen at a line end is removed with the break).
"""

from __future__ import annotations

import re
import statistics
from collections import Counter, defaultdict
from dataclasses import dataclass

from workbench.formats.pdf_chars import Line

_DIGITS = re.compile(r"[0-9\u0660-\u0669\u06f0-\u06f9]+")
_PAGE_NUMBER = re.compile(
    r"^[\W_]*(?:page|p\.|pg\.?|صفحة|الصفحة|ص)?\s*[0-9\u0660-\u0669\u06f0-\u06f9]+"
    r"(?:\s*(?:of|/|من|-)\s*[0-9\u0660-\u0669\u06f0-\u06f9]+)?[\W_]*$", re.IGNORECASE)
_SENTENCE_END = tuple(".!?؟…:؛»”\"')")
EDGE_SHARE = 0.15
EDGE_LINES = 3
HEADING_RATIO = 1.05  # LibreOffice's Heading 1 in python-docx's template: 14 pt over 13


@dataclass(slots=True)
class Page:
    width: float
    height: float
    lines: list[Line]


@dataclass(slots=True)
class Block:
    text: str
    heading_level: int  # 0 for body text


def drop_furniture(pages: list[Page]) -> int:
    """Remove running headers, footers and page numbers in place; returns how many lines went."""
    body = body_size(pages)
    edges = [[line for line in _edge_lines(page) if line.size < body * HEADING_RATIO] for page in pages]
    seen: dict[str, list[tuple[int, Line]]] = defaultdict(list)
    for number, lines in enumerate(edges):
        for line in lines:
            seen[_DIGITS.sub("#", line.text)].append((number, line))
    doomed: set[int] = set()
    need = max(2, (len(pages) + 1) // 2)
    for hits in seen.values():
        middle = statistics.median(line.y for _, line in hits)
        near = [(n, line) for n, line in hits if abs(line.y - middle) <= 4]
        if len({n for n, _ in near}) >= need:
            doomed.update(id(line) for _, line in near)
    for lines in edges:
        doomed.update(id(line) for line in lines if _PAGE_NUMBER.match(line.text))
    before = sum(len(page.lines) for page in pages)
    for page in pages:
        page.lines = [line for line in page.lines if id(line) not in doomed]
    return before - sum(len(page.lines) for page in pages)


def _edge_lines(page: Page) -> list[Line]:
    lines = sorted(page.lines, key=lambda line: -line.y)  # a page with columns is read out of y order
    top = [line for line in lines[:EDGE_LINES] if line.y >= page.height * (1 - EDGE_SHARE)]
    bottom = [line for line in lines[-EDGE_LINES:] if line.y <= page.height * EDGE_SHARE]
    return top + [line for line in bottom if line not in top]


def body_size(pages: list[Page]) -> float:
    """The font size most characters have."""
    weights: Counter[float] = Counter()
    for page in pages:
        for line in page.lines:
            weights[round(line.size, 1)] += len(line.text)
    return weights.most_common(1)[0][0] if weights else 0.0


def blocks(pages: list[Page]) -> list[Block]:
    """The paragraphs and headings of the document, in reading order."""
    body = body_size(pages)
    big = sorted({round(l.size, 1) for p in pages for l in p.lines if l.size >= body * HEADING_RATIO}, reverse=True)
    level_of = {size: min(i + 1, 6) for i, size in enumerate(big)}
    out: list[Block] = []
    current: list[str] = []
    level = 0
    previous: Line | None = None
    previous_frame, single = (0.0, 0.0, 0.0), True
    for page in pages:
        frames = _frames(page, body)
        for index, line in enumerate(page.lines):
            frame = frames[line.band, line.column]
            line_level = level_of.get(round(line.size, 1), 0)
            # a column continues the one before it like a new page (no vertical gap to measure).
            # Between two single-column pages the last line is measured in the new page's frame,
            # as before columns were read (pages share a frame within a point or two)
            turn = index == 0 or (line.band == previous.band and line.column != previous.column)
            if index == 0 and single and len(frames) == 1:
                previous_frame = frame
            if previous is None or line_level != level or _breaks(previous, line, turn, previous_frame, frame):
                if current:
                    out.append(Block(_join(current), level))
                current, level = [], line_level
            current.append(line.text)
            previous, previous_frame = line, frame
        single = len(frames) <= 1 if page.lines else single
    if current:
        out.append(Block(_join(current), level))
    return out


Frame = tuple[float, float, float]  # the text block's left and right edges, the usual line pitch


def _frames(page: Page, body: float) -> dict[tuple[int, int], Frame]:
    """The frame of each full-width band and column (pdf_columns) of the page; a page without
    columns has one, measured on all its lines. Columns share one pitch, measured inside each."""
    regions: dict[tuple[int, int], list[Line]] = defaultdict(list)
    for line in page.lines:
        regions[line.band, line.column].append(line)
    frames = {key: _frame(lines, body) for key, lines in regions.items()}
    if len(frames) > 1:
        gaps = [gap for lines in regions.values() for gap in _gaps(_body_lines(lines, body), body)]
        pitch = statistics.median(gaps) if gaps else body * 1.2
        frames = {key: (left, right, pitch) for key, (left, right, _) in frames.items()}
    return frames


def _body_lines(lines: list[Line], body: float) -> list[Line]:
    return [line for line in lines if abs(line.size - body) < 0.5] or lines


def _gaps(lines: list[Line], body: float) -> list[float]:
    return [a.y - b.y for a, b in zip(lines, lines[1:]) if 0 < a.y - b.y < 2.5 * body]


def _frame(lines: list[Line], body: float) -> Frame:
    lines = _body_lines(lines, body)
    gaps = _gaps(lines, body)
    pitch = statistics.median(gaps) if gaps else body * 1.2
    return min(l.x0 for l in lines), max(l.x1 for l in lines), pitch


def _breaks(prev: Line, line: Line, turn: bool, prev_frame: Frame, frame: Frame) -> bool:
    """Whether `line` starts a paragraph after `prev` (the vertical gap is not measured across
    a page or column turn; how far each line falls short is measured in its own frame)."""
    if abs(prev.size - line.size) > 0.1 * max(prev.size, line.size):
        return True
    left, right, pitch = frame
    if not turn and prev.y - line.y > 1.35 * pitch:
        return True
    prev_left, prev_right, _ = prev_frame
    free = prev.x0 - prev_left if prev.rtl else prev_right - prev.x1
    if free > 0.10 * max(prev_right - prev_left, 1.0):
        return True
    indent = right - line.x1 if line.rtl else line.x0 - left
    return indent > 0.03 * max(right - left, 1.0) and prev.text.endswith(_SENTENCE_END)


def _join(lines: list[str]) -> str:
    text = lines[0]
    for line in lines[1:]:
        text = text[:-1] + line if text.endswith("\u00ad") else f"{text} {line}"
    return text
