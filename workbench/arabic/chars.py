"""What counts as Arabic: the one definition every package uses (import, glossary, gloss drafts,
the word panel, the command line, normalization).

Built from the Unicode database at import (about 2,000 code points, well under a millisecond), not
from camel-tools' charsets: its AR_LETTERS_CHARSET is the 42 letters of MSA and tatweel, which
misses Persian/Urdu letters and presentation forms that real documents carry, and importing it
costs a second.

- an Arabic *letter*: a code point of category Lo in the Arabic blocks (so not digits, marks,
  punctuation or tatweel);
- an Arabic *character*: anything in those blocks (letters, marks, digits, ، ؛ ؟, tatweel);
- a *word character* (for finding the word under a click): letters, combining marks, tatweel and
  the joiners ZWNJ/ZWJ.
"""

from __future__ import annotations

import re
import unicodedata

# Arabic, Arabic Supplement, Arabic Extended-B and -A, Presentation Forms-A and -B.
ARABIC_BLOCKS = ((0x0600, 0x0700), (0x0750, 0x0780), (0x0870, 0x08A0), (0x08A0, 0x0900),
                 (0xFB50, 0xFE00), (0xFE70, 0xFF00))
TATWEEL = "\u0640"
JOINERS = "\u200c\u200d"

ARABIC_LETTERS = frozenset(
    chr(cp) for lo, hi in ARABIC_BLOCKS for cp in range(lo, hi) if unicodedata.category(chr(cp)) == "Lo"
)


def _char_class(chars: frozenset[str]) -> str:
    """A regex character class of `chars`, as ranges of consecutive code points."""
    points = sorted(ord(c) for c in chars)
    parts, start = [], points[0]
    for prev, cp in zip(points, [*points[1:], None]):
        if cp != prev + 1:
            parts.append(f"\\u{start:04x}" if start == prev else f"\\u{start:04x}-\\u{prev:04x}")
            start = cp
    return "[" + "".join(parts) + "]"


ARABIC_LETTER_CLASS = _char_class(ARABIC_LETTERS)
ARABIC_LETTER = re.compile(ARABIC_LETTER_CLASS)
ARABIC_CHAR = re.compile("[" + "".join(f"\\u{lo:04x}-\\u{hi - 1:04x}" for lo, hi in ARABIC_BLOCKS) + "]")


def is_arabic_letter(ch: str) -> bool:
    return ch in ARABIC_LETTERS


def is_arabic_char(ch: str) -> bool:
    code = ord(ch)
    return any(lo <= code < hi for lo, hi in ARABIC_BLOCKS)


def has_arabic_letter(text: str) -> bool:
    return ARABIC_LETTER.search(text) is not None


def is_word_char(ch: str) -> bool:
    """Arabic letters, combining marks (a mark belongs to the letter before it, whatever its
    block), tatweel and the joiners."""
    return ch in ARABIC_LETTERS or ch == TATWEEL or ch in JOINERS or unicodedata.category(ch) == "Mn"


def word_at(text: str, index: int) -> tuple[int, int, str]:
    """The Arabic word holding the character at `index`, as (start, end, text[start:end]).

    A cursor position just after a word (a click on its left edge, in RTL text) also finds it.
    Digits, punctuation, Latin words and spaces give (index, index, ""). Leading marks are not
    part of a word (a diacritic cannot start one).
    """
    n = len(text)
    if not 0 <= index <= n:
        return index, index, ""
    if index < n and is_word_char(text[index]):
        at = index
    elif index > 0 and is_word_char(text[index - 1]):
        at = index - 1
    else:
        return index, index, ""
    start, end = at, at + 1
    while start > 0 and is_word_char(text[start - 1]):
        start -= 1
    while end < n and is_word_char(text[end]):
        end += 1
    while start < end and unicodedata.category(text[start]) == "Mn":
        start += 1
    if not any(c in ARABIC_LETTERS for c in text[start:end]):
        return index, index, ""  # only tatweel, joiners or marks: no word
    return start, end, text[start:end]
