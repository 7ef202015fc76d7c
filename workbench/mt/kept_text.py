"""Text a model never reads: links, e-mail addresses and @handles inside an Arabic sentence.

A model would translate an address as if it were Arabic (or garble its letters); the gloss
engine and the CTranslate2 engines both keep these parts byte for byte and translate only the
Arabic around them. A link's closing punctuation (a full stop, a bracket) is not part of it."""

from __future__ import annotations

import re

KEEP = re.compile(r"(?:https?://|www\.)[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=%]+"
                  r"|[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+"
                  r"|(?<![A-Za-z0-9])@[A-Za-z0-9_]+")
KEEP_TAIL = ".,;:!?)]'\""
_LETTER = re.compile(r"[^\W\d_]")


class Kept(str):
    """A part of a sentence written out exactly as it came."""


def split_kept(sentence: str) -> list[str]:
    """`sentence` cut into parts to translate (str) and parts to keep (Kept), in order; a part
    with no letter (a lone full stop between two addresses) is kept too."""
    parts: list[str] = []
    last = 0
    for match in KEEP.finditer(sentence):
        start, end = match.span()
        while end > start + 1 and sentence[end - 1] in KEEP_TAIL:  # "see www.x.org." ends the sentence
            end -= 1
        parts.append(sentence[last:start])
        parts.append(Kept(sentence[start:end]))
        last = end
    parts.append(sentence[last:])
    out: list[str] = []
    for part in parts:
        if not part.strip():
            continue
        out.append(part if isinstance(part, Kept) or _LETTER.search(part) else Kept(part.strip()))
    return out


def join_parts(parts: list[str]) -> str:
    """Parts back into one sentence: a space between two, none before closing punctuation."""
    text = ""
    for part in parts:
        if not part:
            continue
        if text and not (part[0] in KEEP_TAIL):
            text += " "
        text += part
    return text
