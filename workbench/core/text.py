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


# --- Added for hostile input (issue 12) -------------------------------------------------------

MAX_MARKS_PER_LETTER = 8
"""Combining marks kept in one run. No real text needs more (Arabic stacks at most ~4 on a letter:
shadda, a vowel, a Quranic small letter, a madda), while NFC reorders a run of marks with an
insertion sort: 200,000 marks on one letter took 42 s. Runs are capped *before* normalizing."""

# Isolated harakat (U+FE70-U+FE7F, U+FC5E-U+FC63) become marks when clean_text maps presentation
# forms, so they count as marks here too.
_MARK_FORMS = "\ufe70-\ufe7f\ufc5e-\ufc63"


@lru_cache(maxsize=2)
def _mark_run(astral: bool) -> re.Pattern[str]:
    """Runs longer than the cap of characters NFC may reorder (canonical combining class > 0).
    The BMP-only pattern is ten times faster (sre keeps a BMP class as a bitmap); the full one is
    used only for text holding characters beyond U+FFFF."""
    ranges: list[str] = []
    start = None
    last = 0x110000 if astral else 0x10000
    for code in range(last + 1):
        marked = code < last and unicodedata.combining(chr(code)) > 0
        if marked and start is None:
            start = code
        elif not marked and start is not None:
            ranges.append(f"{re.escape(chr(start))}-{re.escape(chr(code - 1))}")
            start = None
    return re.compile(f"[{''.join(ranges)}{_MARK_FORMS}]{{{MAX_MARKS_PER_LETTER + 1},}}")


_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


def cap_mark_runs(text: str) -> tuple[str, int]:
    """`text` with every run of combining marks cut to MAX_MARKS_PER_LETTER (the first ones are
    kept), and the number of marks dropped. Linear time; call it before clean_text."""
    dropped = 0

    def cut(match: re.Match[str]) -> str:
        nonlocal dropped
        dropped += len(match.group()) - MAX_MARKS_PER_LETTER
        return match.group()[:MAX_MARKS_PER_LETTER]

    astral = _ASTRAL.search(text) is not None
    return _mark_run(astral).sub(cut, text), dropped


_UNPRINTABLE = re.compile(
    "[\x00-\x1f\x7f-\x9f\u2028\u2029" + "".join(sorted(BIDI_CONTROLS - {"\u200e", "\u200f", "\u061c"})) + "]"
)


def printable_text(text: str) -> str:
    """`text` safe to print on a terminal on one line: control characters (ESC, CR, LF, DEL, C1),
    line/paragraph separators and bidi embedding/override/isolate controls become visible
    escapes (ESC -> "\\x1b", RLO -> "\\u202e"), so a file name cannot move the cursor, clear the
    screen, recolour the output or reorder what follows it."""

    def escape(match: re.Match[str]) -> str:
        code = ord(match.group())
        return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"

    return _UNPRINTABLE.sub(escape, text)


def printable_name(name: object) -> str:
    """A file name or path (str, Path, any os.PathLike) for a message: see printable_text."""
    import os

    try:
        text = os.fspath(name)  # type: ignore[arg-type]
    except TypeError:
        text = str(name)
    if isinstance(text, bytes):
        text = text.decode("utf-8", "backslashreplace")
    return printable_text(text)


__all__ += ["MAX_MARKS_PER_LETTER", "cap_mark_runs", "printable_name", "printable_text"]
