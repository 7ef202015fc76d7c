"""Arabic-aware sentence splitting for machine translation (pure Python, no models).

A sentence ends after . ! ? ؟ ؛ ۔ … or "..." (with any closing quotes or brackets) when
whitespace or the end of the text follows, and at every line end. The Arabic comma ، never ends
a sentence; numbers such as 3.5 and ٣٫٥ stay whole; a full stop after a single letter (U.S.,
د., «أ.), dotted Arabic initials (أ.د.), a Latin letter spelled in Arabic (إي. إل.), a known
abbreviation (Dr., Mr., No.) or a list number at the start of a line does not end one, nor does
a full stop followed by a lower-case Latin word. Invisible format characters (soft hyphen, bidi
controls) are never a sentence: they are trimmed into the separators.

`split_sentences(text)` returns a `SentenceSplit` that knows how to rejoin translated
sentences: a single space between sentences of one line, a line break where the source had one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

_TERMINATORS = ".!?؟؛۔…"
_CLOSERS = "\"'”’»)]}›"
# A run of terminators with its closing quotes/brackets, followed by whitespace or the end.
# Invisible format characters (soft hyphen, bidi marks and embeddings) never make a sentence of
# their own: they may stand between a terminator and the whitespace, and are trimmed off the
# edges of every sentence (they stay in the separators).
_FORMAT = "\u00ad\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff"
_END = re.compile(rf"[{re.escape(_TERMINATORS)}]+[{re.escape(_CLOSERS)}]*(?=[\s{_FORMAT}]|$)")
_EDGE = re.compile(rf"^[\s{_FORMAT}]+|[\s{_FORMAT}]+$")
_LINE_ENDS = "\n\r\u2028\u2029\x0b\x0c\x85"
_LINE_END = re.compile(f"[{_LINE_ENDS}]")
_OPENERS = "(\"'«[{"
_INITIALS = re.compile(r"^[(\"'«]*(?:[A-Za-z]\.)*[A-Za-z]$")
_ARABIC_INITIALS = re.compile(r"^[(\"'«]*(?:[\u0621-\u064a]\.)+[\u0621-\u064a]$")  # أ.د. ص.ب.
# Latin letters spelled in Arabic script, as initials of foreign names: "إي. إل. دوكتورو".
_SPELLED_LETTERS = frozenset(
    "إي إيه بي سي دي إف جي جيه إتش آي كيه إل إم إن بي كيو آر إس تي يو دبليو إكس واي زد".split()
)
_LIST_NUMBER = re.compile(r"^(?:\d{1,3}|[٠-٩]{1,3}|[ivxIVX]{1,4})$")
_ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof st jr sr no nos vs fig figs cf approx inc ltd co corp dept gen col lt "
    "sgt capt rev hon gov sen rep est vol pp ed eds al jan feb mar apr jun jul aug sep sept "
    "oct nov dec".split()
)


@dataclass(frozen=True, slots=True)
class SentenceSplit:
    """The sentences of one paragraph and the whitespace that separated them in the source."""

    sentences: tuple[str, ...]
    separators: tuple[str, ...]  # len(sentences) - 1 entries

    def join(self, translations: Sequence[str]) -> str:
        """Rejoin one translation per sentence: a space within a line, a newline across lines.

        Empty translations are dropped without doubling the separator around them.
        """
        if len(translations) != len(self.sentences):
            raise ValueError("one translation per sentence expected")
        out: list[str] = []
        pending_break = False
        for i, part in enumerate(translations):
            if i and _LINE_END.search(self.separators[i - 1]):
                pending_break = True
            part = part.strip()
            if not part:
                continue
            if out:
                out.append("\n" if pending_break else " ")
            out.append(part)
            pending_break = False
        return "".join(out)


def split_sentences(text: str) -> SentenceSplit:
    """Split a paragraph into sentences (stripped, non-empty) and their separators."""
    cuts = {m.end() for m in _LINE_END.finditer(text)}
    for m in _END.finditer(text):
        if _ends_sentence(text, m):
            cuts.add(m.end())
    spans: list[tuple[int, int]] = []
    start = 0
    for cut in sorted(cuts | {len(text)}):
        chunk = text[start:cut]
        edges = list(_EDGE.finditer(chunk))
        lead = edges[0].end() if edges and edges[0].start() == 0 else 0
        trail = edges[-1].start() if edges and edges[-1].end() == len(chunk) else len(chunk)
        if trail > lead:
            spans.append((start + lead, start + trail))
        start = cut
    sentences = tuple(text[a:b] for a, b in spans)
    separators = tuple(text[spans[i][1] : spans[i + 1][0]] for i in range(len(spans) - 1))
    return SentenceSplit(sentences, separators)


def _ends_sentence(text: str, m: re.Match[str]) -> bool:
    run = m.group().rstrip(_CLOSERS)
    if run != ".":
        return True  # ! ? ؟ ؛ … "..." and mixed runs always end a sentence
    line_start = max(text.rfind(c, 0, m.start()) for c in _LINE_ENDS) + 1
    before = text[line_start : m.start()]
    word = before.split()[-1] if before.split() else ""
    if not word:
        return True
    bare = word.lstrip(_OPENERS)
    if len(bare) == 1 and bare.isalpha():  # an initial: "J." or Arabic "د.", also «أ.
        return False
    if bare in _SPELLED_LETTERS or _ARABIC_INITIALS.match(word):
        return False
    if _INITIALS.match(word) or word.lower().lstrip("(\"'«") in _ABBREVIATIONS:
        return False
    if before.strip() == word and _LIST_NUMBER.match(word):  # "1. " opening a list item
        return False
    following = text[m.end() :].lstrip()
    return not (following[:1].isascii() and following[:1].islower())
