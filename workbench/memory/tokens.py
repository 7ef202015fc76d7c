"""How the memory reads a segment: raw words, folded clitic-aware words, numbers.

Each folded word stands for a small set of stems (its "keys"): the word itself plus the stems
its clitics allow (`arabic.clitics.readings`), so وبالحكومة, الحكومة and حكومة share حكومه.
Two words are the same word when their key sets meet. The readings over-generate on purpose
in the clitic matcher; here they are narrowed, because a false equality inflates a score:

* the article with any proclitics before it: always (الحكومة, وبالحكومة, للحكومة);
* a conjunction و ف alone: stems of 2+ letters (وقد = قد, ووزير = وزير);
* a preposition ب ل ك or the future س without the article: stems of 3+ letters
  (كما is not ما, لقد is not قد);
* pronoun enclitics on stems of 3+ letters, but not ي nor ك (مصري is not مصر, هناك is not هنا);
  the tanwin alef only on stems of 4+ letters not ending in ي (روسيا is not روسي).

Numbers are keyed by their ASCII digits (Western, Arabic-Indic and Persian digits fold alike).
The index stores the keys of every word (`index_text`); changing these rules changes what the
contentless full-text index holds, so it must come with a schema migration that rebuilds it.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from workbench.arabic.clitics import readings
from workbench.arabic.normalize import clitic_key, fold_clitic_key, match_key

_TOKEN = re.compile(r"\d+(?:[.,]\d+)*|[^\W\d_]+")
_PUNCT = "\"'`.,;:!?()[]{}<>«»“”‘’،؛؟…-–—/\\|*#%&+=_~^@$"
_DIGITS = str.maketrans({**{0x0660 + d: str(d) for d in range(10)}, **{0x06F0 + d: str(d) for d in range(10)}})
_ALEF_ENCLITICS = ("نا", "ها", "ما")
NUMBER_IN_TEXT = re.compile(r"[0-9٠-٩۰-۹]+(?:[.,٫٬][0-9٠-٩۰-۹]+)*")


def number_value(token: str) -> str:
    """A number's comparable value: ASCII digits, thousands separators dropped."""
    return token.translate(_DIGITS).replace("٬", "").replace(",", "").replace("٫", ".")


@lru_cache(maxsize=1 << 17)
def word_keys(word: str) -> tuple[str, ...]:
    """The keys of one word given as a clitic key (see the module docstring), the word first."""
    keys = {fold_clitic_key(word): None}
    options = readings(word)
    if any(r.article for r in options):  # the article settles the reading: its stems only
        options = tuple(r for r in options if r.article)
    for r in options:
        stem = r.stem
        if r.article:
            keys[stem] = None
        elif not r.suffix:
            if r.proclitics and len(stem) >= (2 if r.proclitics in ("و", "ف") else 3):
                keys[stem] = None
        elif r.suffix in ("ي", "ك") or len(stem) < 3:
            continue
        elif r.suffix == "ا" and (len(stem) < 4 or stem.endswith("ي") or word.endswith(_ALEF_ENCLITICS)):
            continue
        elif not r.proclitics or r.proclitics in ("و", "ف") or len(stem) >= 3:
            keys[stem] = None
    return tuple(keys)


class Segment(NamedTuple):
    """A text read for matching. `words` holds, per folded token, its keys, or for a number
    a one-tuple ("#" + value,); `numbers` the numbers in order, as written but with ASCII digits."""

    text: str
    raw: tuple[str, ...]
    words: tuple[tuple[str, ...], ...]
    numbers: tuple[str, ...]
    folded: str  # the whole text's match key, spaces collapsed (the exact flag compares it)


def analyse(text: str) -> Segment:
    raw = tuple(w for w in (t.strip(_PUNCT) for t in text.split()) if w)
    words: list[tuple[str, ...]] = []
    numbers: list[str] = []
    for token in _TOKEN.findall(clitic_key(text)):
        if token[0].isdigit():
            value = number_value(token)
            numbers.append(token)
            words.append(("#" + value,))
        else:
            words.append(word_keys(token))
    return Segment(text, raw, tuple(words), tuple(numbers), " ".join(match_key(text).split()))


def index_text(segment: Segment) -> str:
    """What the full-text index holds for a segment: every key of every word, numbers left
    out (a match whose numbers differ must still be found)."""
    return " ".join(k for keys in segment.words if not keys[0].startswith("#") for k in keys)


def is_number(keys: tuple[str, ...]) -> bool:
    return keys[0].startswith("#")


def holds_phrase(words: tuple[tuple[str, ...], ...], wanted: list[set[str]]) -> bool:
    """Do consecutive `words` meet the key sets `wanted`, one by one?"""
    n = len(wanted)
    return any(all(wanted[j].intersection(words[i + j]) for j in range(n)) for i in range(len(words) - n + 1))
