"""Which lines of a plain-text block are hard-wrapped prose (joined) and which are paragraphs.

Newspaper text comes one paragraph per line, with headlines, bylines, datelines and list items on
lines of their own; only prose that an editor or a mail client wrapped at a fixed width is joined.
Blank lines always separate. Within a block of non-blank lines:

- **The wrap width W.** The widest length at which a cluster of lines ends: at least two lines and
  30% of all lines within [W - max(10, W/5), W], at most 10% longer than W + 2, 40 <= W <= 160,
  and the clustered lines break mid-sentence (at least two do not end a sentence, and fewer than
  40% do). A block too small to tell (fewer than three lines, or no cluster) borrows the width
  found the same way over the whole file. One-paragraph-per-line text has no such width: its
  lines differ widely in length, or each of them ends a sentence.
- **A line is joined to the next** only when a width exists and the line is *full* (the next
  line's first word would not have fitted on it), does not end a sentence (. ! ? ؟ … ۔ : and any
  closing quotes or brackets after them), holds no tab or wide gap (columns, verse), and the next
  line does not start a list item (bullets; Western, Arabic-Indic or Persian numbers; an Arabic or
  Latin letter with ) - . after it) or a first-line indent. A list item takes only lines indented
  under it.
- **A joined run must end a sentence** (or be a list item with its continuation); otherwise its
  lines stay separate: a list of titles of similar length is not prose.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator

MIN_WIDTH = 40  # poetry and short headlines sit below any width prose is wrapped at
MAX_WIDTH = 160  # nobody hard-wraps wider; a longer line is a paragraph written on one line
NEAR_SHARE = 0.3
OVER_SHARE = 0.1
ENDED_SHARE = 0.4

_CLOSERS = "\"'»”’)\\]›﴾﴿"
_ENDS_SENTENCE = re.compile(f"[.!?؟…۔:][{_CLOSERS}]*$")
_ENDS_RUN = re.compile(f"(?:[.!?؟…۔:][{_CLOSERS}]*|[{_CLOSERS}])$")
_DIGITS = "0-9\u0660-\u0669\u06f0-\u06f9"
_ITEM = re.compile(
    "(?:[-–—*]\\s|[•·▪●○■□►▸◦‣✓✔→]\\s?"  # a bullet (a dash or star needs a space after it)
    f"|\\(?[{_DIGITS}]{{1,3}}(?:[.)\\]\\-–:]|\\s*[-–]\\s)(?![{_DIGITS}])"  # 1. 1) ١- (12) 3 -
    "|\\(?[\u0621-\u064a][)\\-–.]\\s|\\([\u0621-\u064a]\\)"  # أ- أ) ب. (ج)
    "|\\(?[a-zA-Z]\\)\\s)"  # a) (b)
)
_GAP = re.compile(r"\t| {4,}")

Line = tuple[int, int, str]  # (1-based line number, indent in characters, stripped text)


def ends_sentence(text: str) -> bool:
    return _ENDS_SENTENCE.search(text) is not None


def is_item(text: str) -> bool:
    return _ITEM.match(text) is not None


def line_stats(texts: Iterable[str]) -> tuple[Counter[int], Counter[int]]:
    """(lines per length, lines ending a sentence per length); lengths past MAX_WIDTH share one
    bucket. Only what wrap_width needs is measured: sentence ends of lines that could cluster."""
    lengths: Counter[int] = Counter()
    ended: Counter[int] = Counter()
    for text in texts:
        size = min(len(text), MAX_WIDTH + 1)
        lengths[size] += 1
        if MIN_WIDTH - 10 <= size <= MAX_WIDTH and _ENDS_SENTENCE.search(text):
            ended[size] += 1
    return lengths, ended


def wrap_width(lengths: Counter[int], ended: Counter[int]) -> int | None:
    """The width the lines were hard-wrapped at, or None (see the module docstring)."""
    total = sum(lengths.values())
    if total < 2:
        return None
    for width in sorted((n for n in lengths if MIN_WIDTH <= n <= MAX_WIDTH), reverse=True):
        if sum(c for n, c in lengths.items() if n > width + 2) > OVER_SHARE * total:
            return None  # narrower candidates only have more lines past them
        low = width - max(10, width // 5)
        near = sum(c for n, c in lengths.items() if low <= n <= width)
        stops = sum(c for n, c in ended.items() if low <= n <= width)
        if near >= 2 and near >= NEAR_SHARE * total and near - stops >= 2 and stops < ENDED_SHARE * near:
            return width
    return None


def paragraphs(lines: Iterable[Line], width: int | None) -> Iterator[tuple[int, str]]:
    """(line where it starts, paragraph) for the lines of one block, per the module rules."""
    if width is None:
        yield from ((number, text) for number, _indent, text in lines)
        return
    run: list[Line] = []
    for line in lines:
        if run and _joins(run, line, width):
            run.append(line)
            continue
        yield from _flush(run)
        run = [line]
    yield from _flush(run)


def _joins(run: list[Line], line: Line, width: int) -> bool:
    _, indent, text = line
    _, last_indent, last = run[-1]
    if _ENDS_SENTENCE.search(last) or _ITEM.match(text) or _GAP.search(last) or _GAP.search(text):
        return False
    if _ITEM.match(run[0][2]):
        if indent <= run[0][1]:
            return False  # a list item takes only the lines indented under it
    elif indent > last_indent:
        return False  # a first-line indent starts a paragraph
    space = text.find(" ")
    word = len(text) if space < 0 else space
    # full: the next line's first word did not fit (a little slack for a width read off the text)
    return 0.6 * width <= len(last) <= width + 2 and len(last) + 1 + word > width - max(2, width // 25)


def _flush(run: list[Line]) -> Iterator[tuple[int, str]]:
    if not run:
        return
    if len(run) == 1 or _ENDS_RUN.search(run[-1][2]) or _ITEM.match(run[0][2]):
        yield run[0][0], " ".join(text for _number, _indent, text in run)
    else:
        yield from ((number, text) for number, _indent, text in run)
