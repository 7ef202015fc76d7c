"""Arabic as it is shown: with or without its diacritics, and the offsets between the two.

Hiding the diacritics is a display choice only: the stored text, the search, the glossary and
the word under the pointer all speak in offsets of the stored text. Stripping deletes single
characters and never adds any, so one sorted table of the kept characters' original indexes
maps both ways: a stored span onto the shown text (search hit, glossary term) and a shown
character back to the stored one (the word under the pointer). `ltr` keeps Latin runs
(transliterations, key sequences) in their order inside right-to-left interface text.
"""

from __future__ import annotations

from array import array
from bisect import bisect_left
from collections import OrderedDict

from workbench.arabic.normalize import DIACRITICS, strip_diacritics

_CACHE_LIMIT = 2000  # texts; a few screens of rows, each asked for on every repaint
LRI, PDI = "\u2066", "\u2069"  # left-to-right isolate, pop directional isolate


def ltr(text: str) -> str:
    """`text` as an isolated left-to-right run: Latin transliterations (Buckwalter's "~" and
    ">") and key sequences ("Ctrl++") keep their order inside Arabic interface text."""
    return f"{LRI}{text}{PDI}" if text else text


class ShownText:
    """`text` is what is painted; `original` what is stored. Immutable, any thread."""

    __slots__ = ("original", "text", "_kept")

    def __init__(self, original: str, text: str, kept: array | None) -> None:
        self.original = original
        self.text = text
        self._kept = kept  # original index of each shown character; None: nothing removed

    @property
    def identity(self) -> bool:
        return self._kept is None

    def to_shown(self, index: int) -> int:
        """Shown index of stored index `index` (a removed mark maps to the next kept char)."""
        if self._kept is None:
            return index
        return bisect_left(self._kept, index)

    def to_original(self, index: int) -> int:
        """Stored index of shown index `index` (`len(text)` maps to `len(original)`)."""
        if self._kept is None:
            return index
        return self._kept[index] if index < len(self._kept) else len(self.original)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The shown span of stored span [start, end): empty when it held only marks."""
        return self.to_shown(start), self.to_shown(end)


def shown_text(text: str, hide_diacritics: bool) -> ShownText:
    if not hide_diacritics:
        return ShownText(text, text, None)
    stripped = strip_diacritics(text)
    if len(stripped) == len(text):
        return ShownText(text, text, None)
    kept = array("i", (i for i, c in enumerate(text) if ord(c) not in DIACRITICS))
    return ShownText(text, stripped, kept)


class ShownTexts:
    """A small cache of ShownText for one display setting. GUI thread (not locked)."""

    def __init__(self, hide_diacritics: bool = False) -> None:
        self.hide_diacritics = hide_diacritics
        self._cache: OrderedDict[str, ShownText] = OrderedDict()

    def set_hide_diacritics(self, hide: bool) -> None:
        if hide != self.hide_diacritics:
            self.hide_diacritics = hide
            self._cache.clear()

    def get(self, text: str) -> ShownText:
        if not self.hide_diacritics:
            return ShownText(text, text, None)
        found = self._cache.get(text)
        if found is None:
            found = self._cache[text] = shown_text(text, True)
            if len(self._cache) > _CACHE_LIMIT:
                self._cache.popitem(last=False)
        else:
            self._cache.move_to_end(text)
        return found
