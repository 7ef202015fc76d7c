"""From the lines of every page to paragraphs: page furniture dropped, headings found, lines
joined.

- Page furniture: among the top and bottom three lines of each page (inside the top or bottom
  15% of the page), a line whose text, digits ignored, stands at the same height (within 4 pt) on
  at least half the pages (and two or more) is a running header or footer; a line there that is
  only a page number ("7", "٧", "- 7 -", "Page 7 of 9", "صفحة ٧ من ٩") is dropped on any page.
- Headings: a line whose font is at least 15% larger than the body size (the size most
  characters have); levels by size, largest first.
- Paragraphs: a line starts a new paragraph after a vertical gap over 1.35 times the page's usual
  line pitch, when the heading state or font size changes, after a line that stops short of the
  text block's end side (left for Arabic, right for Latin) by more than 10% of its width, or when
  it is indented at its start side after a line ending a sentence. Lines are joined with a space
  (a soft hyphen at a line end is removed with the break).
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
    top = [line for line in page.lines[:EDGE_LINES] if line.y >= page.height * (1 - EDGE_SHARE)]
    bottom = [line for line in page.lines[-EDGE_LINES:] if line.y <= page.height * EDGE_SHARE]
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
    for page in pages:
        left, right, pitch = _frame(page, body)
        width = max(right - left, 1.0)
        for index, line in enumerate(page.lines):
            line_level = level_of.get(round(line.size, 1), 0)
            if previous is None or line_level != level or \
                    _breaks(previous, line, index == 0, left, right, width, pitch):
                if current:
                    out.append(Block(_join(current), level))
                current, level = [], line_level
            current.append(line.text)
            previous = line
    if current:
        out.append(Block(_join(current), level))
    return out


def _frame(page: Page, body: float) -> tuple[float, float, float]:
    """The text block's left and right edges and the usual distance between baselines."""
    lines = [line for line in page.lines if abs(line.size - body) < 0.5] or page.lines
    if not lines:
        return 0.0, page.width, body * 1.2
    gaps = [a.y - b.y for a, b in zip(lines, lines[1:]) if 0 < a.y - b.y < 2.5 * body]
    pitch = statistics.median(gaps) if gaps else body * 1.2
    return min(l.x0 for l in lines), max(l.x1 for l in lines), pitch


def _breaks(prev: Line, line: Line, first_on_page: bool, left: float, right: float,
            width: float, pitch: float) -> bool:
    if abs(prev.size - line.size) > 0.1 * max(prev.size, line.size):
        return True
    if not first_on_page and prev.y - line.y > 1.35 * pitch:
        return True
    free = prev.x0 - left if prev.rtl else right - prev.x1
    if free > 0.10 * width:
        return True
    indent = right - line.x1 if line.rtl else line.x0 - left
    return indent > 0.03 * width and prev.text.endswith(_SENTENCE_END)


def _join(lines: list[str]) -> str:
    text = lines[0]
    for line in lines[1:]:
        text = text[:-1] + line if text.endswith("\u00ad") else f"{text} {line}"
    return text
