"""Form checks of one paragraph: `punctuation`, `leftover-marker`, `double-space`,
`bidi-control`. Each returns a list of (kind, message, source_spans, target_spans). Pure."""

from __future__ import annotations

import re
import unicodedata

# Invisible characters that can hide or reorder text: bidi embeddings, overrides and isolates,
# the direction marks (LRM, RLM, ALM), zero-width space, word joiner and invisible operators,
# deprecated format controls, BOM. ZWNJ/ZWJ (U+200C/D) are left alone: Arabic-script spelling uses them.
BIDI_CONTROLS = frozenset(
    (0x061C, 0x200B, 0x200E, 0x200F, 0x180E, 0xFEFF, *range(0x202A, 0x202F), *range(0x2060, 0x2065),
     *range(0x2066, 0x2070))  # fmt: skip
)
_BIDI_RE = re.compile("[" + "".join(f"\\u{cp:04x}" for cp in sorted(BIDI_CONTROLS)) + "]+")
_DOUBLED = re.compile(r"(?<!\.)\.\.(?!\.)|,,|;;|::")
_ARABIC_PUNCT = re.compile(r"[،؛؟«»]")
_MARKER = re.compile(r"⁇|\ufffd|&(?:[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});|<unk>")
_DOUBLE_SPACE = re.compile(r"(?<=\S)[ \u00a0]{2,}(?=\S)")
_PAIRS = (("(", ")"), ("[", "]"), ("{", "}"), ("“", "”"), ("«", "»"))


def _spans(matches) -> tuple[tuple[int, int], ...]:
    return tuple((m.start(), m.end()) for m in matches)


def _quoted(found: list) -> str:
    shown = list(dict.fromkeys(m.group() for m in found))
    return ", ".join(f"“{s}”" for s in shown[:5])


def _balance(text: str) -> list[str]:
    """The bracket and quote kinds unbalanced in `text` ("«" counts with “ and ")."""
    bad = []
    for open_, close in _PAIRS:
        if text.count(open_) != text.count(close):
            bad.append(open_ + close)
    if text.count('"') % 2:
        bad.append('"')
    return bad


def punctuation(source: str, target: str) -> list:
    out = []
    doubled = list(_DOUBLED.finditer(target))
    if doubled:
        out.append(f"doubled punctuation {_quoted(doubled)}")
    arabic = list(_ARABIC_PUNCT.finditer(target))
    if arabic:
        out.append(f"Arabic punctuation or « » left in the English: {' '.join(dict.fromkeys(m.group() for m in arabic))}")
    # unbalanced in the English only when the Arabic is balanced (a quote may span paragraphs)
    # (every quote style counts as one: « » may become " " or “ ”)
    def group(b: str) -> str:
        return "quotes" if b in ('"', "“”", "«»") else b

    source_bad = {group(b) for b in _balance(source)}
    unbalanced = [b for b in _balance(target) if group(b) not in source_bad]
    if unbalanced:
        out.append(f"unbalanced {' '.join(unbalanced)} in the English")
    if not out:
        return []
    return [("punctuation", "; ".join(out), (), _spans(doubled + arabic))]


def leftover_marker(target: str) -> list:
    found = list(_MARKER.finditer(target))
    if not found:
        return []
    return [("leftover-marker", f"leftover marker or entity {_quoted(found)} in the English", (), _spans(found))]


def double_space(target: str) -> list:
    found = list(_DOUBLE_SPACE.finditer(target))
    if not found:
        return []
    return [("double-space", f"{len(found)} double space(s) in the English", (), _spans(found))]


def describe_controls(text: str) -> tuple[str, tuple[tuple[int, int], ...]]:
    """"U+202E RIGHT-TO-LEFT OVERRIDE, ..." for the controls in `text`, and their spans."""
    found = list(_BIDI_RE.finditer(text))
    if not found:
        return "", ()
    chars = dict.fromkeys(ch for m in found for ch in m.group())
    names = ", ".join(f"U+{ord(c):04X} {unicodedata.name(c, 'FORMAT CHARACTER')}" for c in chars)
    return names, _spans(found)


def bidi_control(source: str, target: str) -> list:
    out = []
    names, spans = describe_controls(source)
    if names:
        out.append(("bidi-control", f"invisible control characters in the Arabic: {names}", spans, ()))
    names, spans = describe_controls(target)
    if names:
        out.append(("bidi-control", f"invisible control characters in the English: {names}", (), spans))
    return out
