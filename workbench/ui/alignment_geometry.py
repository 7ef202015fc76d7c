"""Where the words of a grid cell are painted: boxes per word, cached per laid-out cell.

A cell's boxes come from the delegate's own cached QTextLayout (the one it paints), one
rectangle per word and line in layout coordinates; they are measured once per (text, width,
style) and serve both the pointer (which word is under it) and the painting of the links, so
neither walks the text's characters on every mouse move or repaint.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QPoint, QPointF, QRectF

from workbench.ui.alignment_cache import word_spans
from workbench.ui.delegates.text_delegate import PAD_X, PAD_Y

_LIMIT = 300  # cells
_SLACK = 6.0  # px: a pointer in the space between two words still points at the nearer one


@dataclass(frozen=True, slots=True)
class CellBoxes:
    """`words[i]`: the rectangles of word i (a word wrapped anywhere spans lines);
    `lines[n]`: (word, rectangle) pairs on line n."""

    words: tuple[tuple[QRectF, ...], ...]
    lines: dict[int, tuple[tuple[int, QRectF], ...]]
    line_tops: tuple[tuple[float, float], ...]  # (top, bottom) of each line

    def word_at(self, point: QPointF) -> int | None:
        for n, (top, bottom) in enumerate(self.line_tops):
            if top <= point.y() < bottom:
                best, distance = None, _SLACK
                for word, rect in self.lines.get(n, ()):
                    if rect.left() <= point.x() <= rect.right():
                        return word
                    gap = min(abs(point.x() - rect.left()), abs(point.x() - rect.right()))
                    if gap < distance:
                        best, distance = word, gap
                return best
        return None

    def sentence_rects(self, first: int, end: int) -> list[QRectF]:
        """One rectangle per line covering words [first, end) (the spaces between included)."""
        per_line: dict[float, QRectF] = {}
        for word in range(first, min(end, len(self.words))):
            for rect in self.words[word]:
                found = per_line.get(rect.top())
                per_line[rect.top()] = rect if found is None else found.united(rect)
        return list(per_line.values())


def measure(layout, shown) -> CellBoxes:
    """Boxes of the words of `shown.original` in `layout` (which lays out `shown.text`)."""
    spans = word_spans(shown.original)
    words: list[tuple[QRectF, ...]] = []
    lines: dict[int, list[tuple[int, QRectF]]] = {}
    count = layout.lineCount()
    for i, (start, end) in enumerate(spans):
        a, b = shown.span(start, end)
        rects = []
        if b > a:
            n = layout.lineForTextPosition(a).lineNumber() if count else -1
            while 0 <= n < count:
                line = layout.lineAt(n)
                first, last = line.textStart(), line.textStart() + line.textLength()
                if first >= b:
                    break
                s, e = max(a, first), min(b, last)
                if e > s:
                    xa, xb = line.cursorToX(s)[0], line.cursorToX(e)[0]
                    rect = QRectF(min(xa, xb), line.y(), abs(xb - xa), line.height())
                    rects.append(rect)
                    lines.setdefault(n, []).append((i, rect))
                n += 1
        words.append(tuple(rects))
    tops = tuple((layout.lineAt(n).y(), layout.lineAt(n).y() + layout.lineAt(n).height())
                 for n in range(count))
    return CellBoxes(tuple(words), {n: tuple(v) for n, v in lines.items()}, tops)


@dataclass(frozen=True, slots=True)
class Cell:
    """A grid cell as painted: its index, stored text, shown text, layout and origin."""

    index: QModelIndex
    text: str
    shown: object  # display_text.ShownText
    layout: object  # QTextLayout
    origin: QPointF  # where the layout's (0, 0) is, in viewport coordinates
    key: tuple


class BoxCache:
    """CellBoxes by (column, text, shown text, width, style). GUI thread only."""

    def __init__(self) -> None:
        self._boxes: OrderedDict[tuple, CellBoxes] = OrderedDict()

    def boxes(self, key: tuple, layout, shown) -> CellBoxes:
        found = self._boxes.get(key)
        if found is None:
            found = self._boxes[key] = measure(layout, shown)
            if len(self._boxes) > _LIMIT:
                self._boxes.popitem(last=False)
        else:
            self._boxes.move_to_end(key)
        return found


def cell_key(column: int, shown, width: int, style) -> tuple:
    return column, shown.original, shown.text, width, style


def cell_at(view, pos: QPoint, columns: tuple[int, ...]) -> Cell | None:
    """The cell under viewport position `pos` when it is one of `columns` and holds text."""
    index = view.indexAt(pos)
    if not index.isValid() or index.column() not in columns:
        return None
    text = index.data() or ""
    if not text.strip():
        return None
    delegate = view.itemDelegateForColumn(index.column())
    rect = view.visualRect(index)  # below a document's band, as painted
    style = delegate.style_of(index)
    shown, layout = delegate.cell(index, rect.width())  # as painted (chips of inline tags too)
    origin = QPointF(rect.left() + PAD_X, rect.top() + PAD_Y)
    return Cell(index, text, shown, layout, origin, cell_key(index.column(), shown, rect.width(), style))
