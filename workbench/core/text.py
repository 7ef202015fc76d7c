"""Normalization applied to every piece of text an importer stores.

`clean_text` is pure and thread-agnostic. It makes text safe to keep and to write back out:

- line ends: CRLF, CR, NEL (U+0085) and LINE SEPARATOR (U+2028) become "\\n"; PARAGRAPH SEPARATOR
  (U+2029) becomes "\\n\\n" so a plain-text splitter sees a paragraph break;
- XML-illegal characters (C0 controls other than TAB/LF/CR, lone surrogates, U+FFFE, U+FFFF) are
  removed, because python-docx and lxml refuse them on export. VT (\\x0b) and FF (\\x0c) are line
  breaks in Word and in plain text, so they become "\\n" rather than gluing two words together;
  they still count as removed. A byte-order mark left inside the text (U+FEFF) is dropped too;
- Arabic presentation forms (U+FB50-U+FDFF, U+FE70-U+FEFF) are mapped to base letters with NFKC
  on just those characters, so "ﻻ" becomes lam + alef and the isolated harakat forms lose the
  space NFKC puts in front of them (it would split the word they belong to);
- the result is NFC;
- ZWNJ/ZWJ are kept; bidi controls are kept (they may be intended) and counted so QA can flag them.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

__all__ = ["BIDI_CONTROLS", "CleanResult", "clean_text", "normalize_line_ends"]

BIDI_CONTROLS = frozenset(
    "\u202a\u202b\u202c\u202d\u202e"  # LRE RLE PDF LRO RLO
    "\u2066\u2067\u2068\u2069"  # LRI RLI FSI PDI
    "\u200e\u200f\u061c"  # LRM RLM ALM
)

_LINE_ENDS = re.compile("\r\n|[\r\x85\u2028]")
# Characters XML 1.0 forbids (lxml raises on them), plus a stray BOM. VT/FF handled separately.
_ILLEGAL = re.compile("[\x00-\x08\x0e-\x1f\ud800-\udfff\ufffe\uffff\ufeff]")
_BREAKING_CONTROLS = re.compile("[\x0b\x0c]")
_PRESENTATION = re.compile("[\ufb50-\ufdff\ufe70-\ufefe]")
_BIDI = re.compile("[" + "".join(sorted(BIDI_CONTROLS)) + "]")


@dataclass(frozen=True, slots=True)
class CleanResult:
    """Cleaned text with what was found on the way."""

    text: str
    bidi_controls: int = 0  # bidi control characters kept in `text`
    removed_controls: int = 0  # XML-illegal characters (and stray BOMs) dropped


def normalize_line_ends(text: str) -> str:
    """CRLF, CR, NEL and U+2028 -> "\\n"; U+2029 -> "\\n\\n"."""
    return _LINE_ENDS.sub("\n", text).replace("\u2029", "\n\n")


@lru_cache(maxsize=1024)
def _base_form(char: str) -> str:
    mapped = unicodedata.normalize("NFKC", char)
    # Isolated harakat (U+FE70-U+FE7E, U+FC5E-U+FC63) decompose to SPACE + mark; the space would
    # break the word the mark sits on, so keep only the mark.
    if len(mapped) > 1 and mapped[0] == " " and all(unicodedata.combining(c) for c in mapped[1:]):
        return mapped[1:]
    return mapped


def clean_text(text: str) -> CleanResult:
    """Return `text` normalized for storage (see the module docstring for the exact rules)."""
    text = normalize_line_ends(text)
    text, breaks = _BREAKING_CONTROLS.subn("\n", text)
    text, removed = _ILLEGAL.subn("", text)
    text = _PRESENTATION.sub(lambda m: _base_form(m.group()), text)
    text = unicodedata.normalize("NFC", text)
    return CleanResult(text, len(_BIDI.findall(text)), removed + breaks)
