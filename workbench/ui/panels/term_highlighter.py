"""Glossary hits inside Arabic text, as what a painter needs: format ranges and tooltips.

A delegate that paints a cell with a QTextLayout passes `format_ranges(text)` as the
`selections` of `QTextLayout.draw`, and answers a tooltip event with `tooltip_at(text,
cursor_at(layout, point))`. Hits are cached per text (painting asks for the same rows again
and again); build a new highlighter when the glossary changes.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable

from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor, QTextCharFormat, QTextLayout, QTextLine

_CACHE_LIMIT = 2000


def default_format() -> QTextCharFormat:
    """A translucent amber behind the term and a dotted underline: readable on light and dark."""
    fmt = QTextCharFormat()
    fmt.setBackground(QColor(255, 190, 0, 80))
    fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
    fmt.setUnderlineColor(QColor(200, 130, 0))
    return fmt


class TermHighlighter:
    """Finds a TermMatcher's hits in Arabic text. GUI thread (it makes Qt text formats).

    `matcher` is a workbench.arabic.term_matcher.TermMatcher (or None: nothing is highlighted);
    `english_of(term_id)` gives the tooltip, by default the matcher's Term.english.
    """

    def __init__(self, matcher=None, english_of: Callable[[object], str] | None = None,
                 fmt: QTextCharFormat | None = None) -> None:
        self.matcher = matcher if matcher is not None and len(matcher) else None
        self._english_of = english_of or (lambda term_id: matcher.term(term_id).english)
        self.format = fmt or default_format()
        self._hits: OrderedDict[str, list] = OrderedDict()

    @classmethod
    def from_glossary(cls, glossary, fmt: QTextCharFormat | None = None) -> TermHighlighter:
        """For a glossary.entries.Glossary snapshot (its matcher's term ids are entry refs)."""
        return cls(glossary.matcher, lambda ref: glossary.entry(ref).english, fmt)

    def hits(self, text: str) -> list:
        """TermHit list for `text`, in text order (start/end index `text`)."""
        if self.matcher is None or not text:
            return []
        found = self._hits.get(text)
        if found is None:
            found = self.matcher.find(text)
            self._hits[text] = found
            if len(self._hits) > _CACHE_LIMIT:
                self._hits.popitem(last=False)
        else:
            self._hits.move_to_end(text)
        return found

    def spans(self, text: str) -> list[tuple[int, int]]:
        """Distinct (start, end) of the hits, in text order."""
        return list(dict.fromkeys((h.start, h.end) for h in self.hits(text)))

    def format_ranges(self, text: str) -> list[QTextLayout.FormatRange]:
        ranges = []
        for start, end in self.spans(text):
            r = QTextLayout.FormatRange()
            r.start, r.length, r.format = start, end - start, self.format
            ranges.append(r)
        return ranges

    def tooltip_at(self, text: str, position: int) -> str | None:
        """The English term(s) of the hit covering the character at `position`, or None."""
        english = [self._english_of(h.term_id) for h in self.hits(text) if h.start <= position < h.end]
        return "; ".join(dict.fromkeys(english)) if english else None


def cursor_at(layout: QTextLayout, point: QPointF) -> int | None:
    """The index of the character under `point` (layout coordinates), None outside the text.

    Each character of the line under the point is tried against its own leading and trailing
    edges: `QTextLine.xToCursor` answers with a cursor position that, in joined Arabic, can be
    several letters away from the glyph under the point (measured: a click on the ب of
    وبالحكومة gave the cursor after its ل). One line is at most a few hundred characters.
    """
    leading, trailing = QTextLine.Edge.Leading, QTextLine.Edge.Trailing
    for i in range(layout.lineCount()):
        line = layout.lineAt(i)
        if not line.y() <= point.y() < line.y() + line.height():
            continue
        x = point.x()
        for index in range(line.textStart(), line.textStart() + line.textLength()):
            a, b = line.cursorToX(index, leading)[0], line.cursorToX(index, trailing)[0]
            if a != b and min(a, b) <= x < max(a, b):
                return index
        return None
    return None
