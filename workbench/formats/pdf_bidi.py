"""One line of PDF text from visual order (left to right on the page) to logical order, and
the characters producers use for shaped Arabic back to plain letters.

A PDF draws glyphs; whether its content stream lists them in logical or visual order differs by
producer (and even by run), so the PDF importer sorts each line's glyph clusters by their
position and calls `visual_to_logical`. It gives each cluster an embedding level (a simplified
Unicode bidi algorithm, enough for Arabic text with embedded English words and numbers) and
applies rule L2 - reversing every run at each level from the highest down to 1. L2 is its own
inverse once every unit carries its level, so applying it to the visual order gives back the
logical one. Levels, for an Arabic (RTL) line: Arabic 1; Latin letters and numbers 2; a neutral
(space, punctuation) 2 only between two level-2 units that belong together (two Latin words, a
Latin word then its number as in "Windows 11", the parts of "3,500"), else 1. For a Latin (LTR)
line: Latin 0; Arabic 1; a number between Arabic units 2; neutrals between Arabic units 1.
Brackets and quotes at an odd level were drawn mirrored; they are mirrored back.

`clean_letters` maps presentation forms (U+FB50-U+FDFF, U+FE70-U+FEFF) to letters with NFKC,
one character at a time (NFKC elsewhere would also change digits, fractions and the like), puts
a lam-alef ligature that a producer mapped as alef + lam back in logical order, drops tatweel
between two letters (justification's kashida; a word-final tatweel, as in هـ, is kept) and
returns NFC.
"""

from __future__ import annotations

import re
import unicodedata

from workbench.arabic.chars import TATWEEL

_MIRROR = dict(zip("()[]{}<>«»‹›", ")(][}{><»«›‹"))
_OPENING = "([{<«‹"
_BRACKETS = re.compile("[" + re.escape("()[]{}<>«»‹›") + "]")
_SWAP = str.maketrans(_MIRROR)
_NUMBER = frozenset({"EN", "AN"})
_NUMBER_GLUE = frozenset({"CS", "ET", "ES"})  # 3,500 3.5 50% +7 inside a number
_ALEF_LAM = re.compile("([\u0622\u0623\u0625\u0627\u0671])(\u0644)")
_KASHIDA = re.compile(f"(?<=\\w){TATWEEL}+(?=\\w)")


def unit_class(unit: str) -> str:
    """'R', 'L', 'N' (number) or 'W' (weak/neutral) for a cluster, from its first base character."""
    for ch in unit:
        kind = unicodedata.bidirectional(ch)
        if kind in ("R", "AL"):
            return "R"
        if kind == "L":
            return "L"
        if kind in _NUMBER:
            return "N"
        if kind != "NSM":
            return "W"
    return "W"


def is_rtl_line(units: list[str]) -> bool:
    classes = [unit_class(u) for u in units]
    return classes.count("R") >= classes.count("L")


def visual_to_logical(units: list[str], rtl: bool) -> list[str]:
    """`units` (glyph clusters, left to right as drawn) in the order they were written."""
    classes = [unit_class(u) for u in units]
    levels = _rtl_levels(units, classes) if rtl else _ltr_levels(classes)
    order = list(range(len(units)))
    for level in range(max(levels, default=0), 0, -1):
        i = 0
        while i < len(order):
            if levels[order[i]] >= level:
                j = i
                while j < len(order) and levels[order[j]] >= level:
                    j += 1
                order[i:j] = order[i:j][::-1]
                i = j
            else:
                i += 1
    out = []
    for index in order:
        unit = units[index]
        if levels[index] % 2 and classes[index] == "W":
            unit = "".join(_MIRROR.get(ch, ch) for ch in unit)
        out.append(unit)
    return out


def _neighbours(classes: list[str], i: int) -> tuple[int, int]:
    """Indexes of the nearest non-neutral units left and right of i (-1 when none)."""
    left = next((k for k in range(i - 1, -1, -1) if classes[k] != "W"), -1)
    right = next((k for k in range(i + 1, len(classes)) if classes[k] != "W"), -1)
    return left, right


def _rtl_levels(units: list[str], classes: list[str]) -> list[int]:
    levels = [2 if c in ("L", "N") else 1 for c in classes]
    for i, c in enumerate(classes):
        if c != "W":
            continue
        left, right = _neighbours(classes, i)
        if left < 0 or right < 0:
            continue
        pair = (classes[left], classes[right])
        if pair in (("L", "L"), ("L", "N")):
            levels[i] = 2
        elif pair == ("N", "N") and right - left == 2 and _glue(units[i]):
            levels[i] = 2
    for i, c in enumerate(classes):  # 50% $5: a sign touching a number belongs to it
        if c == "W" and all(unicodedata.bidirectional(ch) == "ET" for ch in units[i]):
            if (i > 0 and classes[i - 1] == "N") or (i + 1 < len(classes) and classes[i + 1] == "N"):
                levels[i] = 2
    return levels


def _glue(unit: str) -> bool:
    return bool(unit) and all(unicodedata.bidirectional(ch) in _NUMBER_GLUE for ch in unit)


def _ltr_levels(classes: list[str]) -> list[int]:
    levels = [1 if c == "R" else 0 for c in classes]
    for i, c in enumerate(classes):
        if c == "R":
            continue
        left, right = _neighbours(classes, i)
        sides = {classes[k] for k in (left, right) if k >= 0}
        if c == "N" and "R" in sides and "L" not in sides:
            levels[i] = 2
        elif c == "W" and left >= 0 and right >= 0 and sides <= {"R", "N"} and "R" in sides:
            levels[i] = 1
    return levels


def clean_letters(text: str) -> str:
    """Presentation forms to letters, lam-alef in logical order, kashida out, NFC."""
    if any("\ufb50" <= ch <= "\ufdff" or "\ufe70" <= ch <= "\ufeff" for ch in text):
        text = "".join(unicodedata.normalize("NFKC", ch) if "\ufb50" <= ch <= "\ufdff" or "\ufe70" <= ch <= "\ufeff"
                       else ch for ch in text)
    text = _KASHIDA.sub("", text)
    return unicodedata.normalize("NFC", text)


def fix_ligature(cluster: str) -> str:
    """One glyph's characters: a lam-alef whose ToUnicode says alef, lam (LibreOffice writes
    it so; an alef never joins the letter after it) -> lam, alef; "..." drawn as one glyph -> …"""
    if cluster == "...":
        return "\u2026"
    return _ALEF_LAM.sub(r"\2\1", cluster) if len(cluster) <= 3 else cluster


def fix_mirrored(text: str) -> str:
    """Brackets and quotes the other way round when most of them face away from their words.

    Some producers map a mirrored glyph to the mirrored character (so visual_to_logical mirrors
    it back), others to the original one; an opening « or ( that ends a word tells them apart."""
    score = 0
    for match in _BRACKETS.finditer(text):
        ch, start, end = match.group(), match.start(), match.end()
        before = text[start - 1] if start else " "
        after = text[end] if end < len(text) else " "
        opening = ch in _OPENING
        if before.isspace() and not after.isspace():
            score += 1 if opening else -1
        elif after.isspace() and not before.isspace():
            score += -1 if opening else 1
    return text.translate(_SWAP) if score < 0 else text
