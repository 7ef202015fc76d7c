"""Sentence counts for the `sentence-count` check: a small splitter of our own (qa sits beside
mt, so it does not borrow the aligner's).

A sentence ends at . ! ? ؟ (any run of them) followed by space and more text. Not ends: an
ellipsis (… or ...), a decimal point, an English abbreviation or initial (Mr. Dr. U.S. J.), and
in the English a stop followed by a lower-case letter. ؛ and ، never end a sentence.
"""

from __future__ import annotations

import re

_END = re.compile(r"(?<!\.)([.!?؟]+)[\"'”’»)\]]*\s+(?=\S)")
_ABBREV = frozenset(
    "mr mrs ms dr prof st mt no nos vs etc e.g i.e u.s u.k u.n a.m p.m jan feb mar apr jun jul aug "
    "sep sept oct nov dec gen col lt sgt rev jr sr co corp inc ltd fig al".split()
)
_LAST_WORD = re.compile(r"([\w.]+)\.$")


def _count(text: str, english: bool) -> int:
    text = text.strip()
    if not text:
        return 0
    count = 1
    for m in _END.finditer(text):
        stops = m.group(1)
        if stops.startswith("..") or stops.startswith("…"):
            continue
        if english:
            following = text[m.end()]
            if following.islower():
                continue
            if stops == ".":
                word = _LAST_WORD.search(text, 0, m.start() + 1)
                if word and (word.group(1).lower() in _ABBREV or len(word.group(1)) == 1):
                    continue
        count += 1
    return count


def count_arabic(text: str) -> int:
    return _count(text, False)


def count_english(text: str) -> int:
    return _count(text, True)
