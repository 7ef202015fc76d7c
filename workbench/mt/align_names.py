"""How alike a romanized Arabic name and an English word are: a normalized edit distance.

translit.to_english_name writes no short vowels (محمد -> "Mhmd") while English spellings do
("Muhammad", "Mohammed"), and the same sound has several spellings (v/f for ف, g/gh/j, k/q/c).
So both sides are reduced to a consonant skeleton: lower case, letters only, spelling variants
folded to one letter, vowels dropped except a word-initial one, doubled letters collapsed.
Similarity is 1 - Levenshtein(skeletons) / longer skeleton; skeletons shorter than two letters
never match (too many words share them).
"""

from __future__ import annotations

import re
from functools import lru_cache

_DIGRAPHS = (("sh", "s"), ("ch", "s"), ("kh", "x"), ("gh", "g"), ("th", "t"), ("dh", "d"),
             ("ph", "f"), ("ck", "k"), ("ou", "u"), ("ee", "i"), ("oo", "u"))  # fmt: skip
_FOLD = str.maketrans({"v": "f", "p": "b", "c": "k", "q": "k", "j": "g", "e": "i", "o": "u",
                       "z": "s"})  # fmt: skip
_VOWELS = frozenset("aiuy")


@lru_cache(maxsize=20_000)
def skeleton(name: str) -> str:
    """"Muhammad" -> "mhmd", "Mhmd" -> "mhmd", "Lavrov" -> "lfrf", "Erdogan" -> "irdgn"."""
    low = re.sub(r"[^a-z]", "", name.lower())
    if low.startswith("al") and len(low) > 5 and name[:3].lower() in ("al-", "al "):
        low = low[2:]
    for digraph, one in _DIGRAPHS:
        low = low.replace(digraph, one)
    low = low.translate(_FOLD)
    out = low[:1] + "".join(ch for ch in low[1:] if ch not in _VOWELS and ch != "w")
    return re.sub(r"(.)\1+", r"\1", out)


def name_similarity(romanized: str, english: str) -> float:
    """0-1: 1 when the skeletons are equal (and at least two letters long). A word-initial
    vowel is compared both kept and dropped: ع and أ spell what English writes as A, E, O or
    nothing at all (عباس -> "'bas", "Abbas")."""
    a, b = skeleton(romanized), skeleton(english)
    best = 0.0
    for x, y in ((a, b), (_consonants(a), _consonants(b))):
        if len(x) >= 2 and len(y) >= 2:
            best = max(best, 1.0 - _levenshtein(x, y) / max(len(x), len(y)))
    return best


def _consonants(skeleton_: str) -> str:
    return skeleton_[1:] if skeleton_[:1] in _VOWELS else skeleton_


def _levenshtein(a: str, b: str) -> int:
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, start=1):
        current = [i]
        for j, cb in enumerate(b, start=1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        previous = current
    return previous[-1]
