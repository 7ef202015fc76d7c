"""Which words of a match's Arabic differ from the current Arabic, in the memory's own terms:
two words are the same when they share a key (tokens.py: diacritics, letter variants and
clitics folded; numbers by their digits), so وبالحكومة against الحكومة, or وزيرُ against
وزير, is no difference, and what is marked is what the translator must change.
"""

from __future__ import annotations

import difflib
import re

from workbench.arabic.normalize import clitic_key
from workbench.memory.tokens import _TOKEN, number_value, word_keys

_PIECES = re.compile(r"\s+|\S+")


def _keys(piece: str) -> frozenset[str]:
    keys: set[str] = set()
    for token in _TOKEN.findall(clitic_key(piece)):
        keys.update(("#" + number_value(token),) if token[0].isdigit() else word_keys(token))
    return frozenset(keys) or frozenset((piece,))  # punctuation alone: itself


def differing_words(old: str, new: str) -> list[tuple[str, bool]]:
    """`old` cut into pieces (its space-separated words and the spaces between), each with
    True when `new` does not hold it at that place (difflib over shared-key word ids)."""
    pieces = _PIECES.findall(old)
    old_words = [p for p in pieces if not p.isspace()]
    new_words = new.split()
    ids: dict[str, int] = {}  # key -> the id of the first word that had it
    words_seen: dict[str, int] = {}

    def word_id(word: str) -> int:
        if word in words_seen:
            return words_seen[word]
        keys = _keys(word)
        found = next((ids[k] for k in sorted(keys) if k in ids), None)
        if found is None:
            found = len(words_seen) + 1  # more than any id given so far
        words_seen[word] = found
        for k in keys:
            ids.setdefault(k, found)
        return found

    a = [word_id(w) for w in old_words]
    b = [word_id(w) for w in new_words]
    differs = [True] * len(a)
    for block in difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_matching_blocks():
        for i in range(block.a, block.a + block.size):
            differs[i] = False
    marks = iter(differs)
    return [(p, False if p.isspace() else next(marks)) for p in pieces]
