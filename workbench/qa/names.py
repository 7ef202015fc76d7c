"""The `name-variant` kind: one Arabic name rendered with different English spellings in
different paragraphs of a project (محمد as Mohammed here and Muhammad there).

Which English word renders which Arabic word: a capitalized English word whose consonant
skeleton equals that of the Arabic word's romanization (arabic.translit.to_english_name) in the
same paragraph. Short vowels are unwritten in Arabic and spelled freely in English, so both sides
are reduced to consonants with the usual spelling variants folded (v/f, q/k/c, j/g, z/s, dh/d,
th/t, kh/x, doubled letters once); a word-initial vowel is kept for a first comparison and
dropped for a second (عمر -> "'mr" equals Omar and Umar). An English word matching several
Arabic words goes to the one it matches with its initial vowel. (qa sits beside mt, so the
aligner's name matcher is not borrowed; this one only compares skeletons for equality, which
keeps 15,000 paragraphs fast.)

Grouped by the Arabic word (clitics and article off); when one Arabic word has two spellings,
the paragraphs with the less common spelling are flagged, naming both spellings and the
paragraphs of each. Pure.
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache

from workbench.qa.number_words import fold_arabic_word

_AR_WORD = re.compile(r"[\u0621-\u063a\u0641-\u064a\u0671-\u06d3\u064b-\u0652\u0640\u0670]+")
_EN_NAME = re.compile(r"\b(?:(?:[Aa]l|[Ee]l)[-‑])?([A-Z][a-z]+(?:['’][a-z]+)?)(?:['’]s)?\b")
_DIGRAPHS = (("sh", "s"), ("ch", "s"), ("kh", "x"), ("gh", "g"), ("th", "t"), ("dh", "d"),
             ("ph", "f"), ("ck", "k"), ("ou", "u"), ("ee", "i"), ("oo", "u"))  # fmt: skip
_FOLD = str.maketrans({"v": "f", "p": "b", "c": "k", "q": "k", "j": "g", "e": "i", "o": "u", "z": "s"})
_VOWELS = frozenset("aiuy")
_PREFIXES = ("و", "ف")
_PREPOSITIONS = ("ب", "ل", "ك")
MIN_LETTERS = 3  # Arabic words shorter than this (من, في, عن) match far too many English words
# capitalized English words that start sentences or titles, never a rendered name
STOP = frozenset(
    "The A An In On At He She It They We I You This That These Those But And Or If As By For From With Of "
    "To After Before When While Many Some His Her Their Its Our Mr Mrs Ms Dr Prof Minister President "
    "Mister Sheikh Said Also Then Than There Here Most More".split()
)


@lru_cache(maxsize=50_000)
def skeleton(name: str) -> str:
    """"Muhammad" -> "mhmd", "Mhmd" -> "mhmd", "Omar" -> "umr", "'Mr" -> "mr"."""
    low = re.sub(r"[^a-z]", "", name.lower())
    for digraph, one in _DIGRAPHS:
        low = low.replace(digraph, one)
    low = low.translate(_FOLD)
    out = low[:1] + "".join(ch for ch in low[1:] if ch not in _VOWELS and ch != "w")
    return re.sub(r"(.)\1+", r"\1", out)


def _consonants(sk: str) -> str:
    return sk[1:] if sk[:1] in _VOWELS else sk


@lru_cache(maxsize=50_000)
def arabic_forms(word: str) -> tuple[tuple[str, str, str, float], ...]:
    """(key, skeleton, consonant skeleton, penalty) for an Arabic word and its readings without
    a leading و/ف, a preposition ب/ل/ك and the article; empty for short words. The penalty
    (0.5 when the article came off) lets a bare word win a tie: names seldom take the article
    (أمين "Amin" before الأمن "security")."""
    from workbench.arabic.translit import to_english_name

    folded = fold_arabic_word(word)
    forms = [folded]
    rest = folded[1:] if folded[:1] in _PREFIXES and len(folded) > MIN_LETTERS else folded
    forms.append(rest)
    if rest[:1] in _PREPOSITIONS and len(rest) > MIN_LETTERS:
        forms.append(rest[1:])
    out = []
    for form in dict.fromkeys(forms):
        penalty = 0.0
        if form.startswith(("ال", "لل")) and len(form) > MIN_LETTERS + 1:
            form, penalty = form[2:], 0.5
        if len(form) < MIN_LETTERS:
            continue
        sk = skeleton(to_english_name(form))
        if len(_consonants(sk)) >= 2:
            out.append((form, sk, _consonants(sk), penalty))
    return tuple(dict.fromkeys(out))


@lru_cache(maxsize=50_000)
def _probes(word: str) -> frozenset[str]:
    return frozenset(p for _key, sk, consonants, _penalty in arabic_forms(word) for p in (sk, consonants))


def english_names(target: str) -> list[tuple[str, int, int]]:
    """(name, start, end) of the capitalized words of English text that could render a name,
    without an al-/el- article or a possessive 's."""
    return [(m.group(1), m.start(1), m.start(1) + len(m.group(1))) for m in _EN_NAME.finditer(target)
            if m.group(1) not in STOP]  # fmt: skip


def renderings(source: str, target: str) -> list[tuple[str, tuple[int, int], str, tuple[int, int]]]:
    """(Arabic key, Arabic span, English spelling, English span) for every English word of the
    target that transliterates a word of the source."""
    english = english_names(target)
    if not english:
        return []
    full: dict[str, list] = defaultdict(list)
    bare: dict[str, list] = defaultdict(list)
    for name, s, e in english:
        sk = skeleton(name)
        if len(_consonants(sk)) >= 2:
            full[sk].append((name, s, e))
            bare[_consonants(sk)].append((name, s, e))
    probes = full.keys() | bare.keys()
    best: dict[tuple[int, int], tuple[float, str, str]] = {}
    for word in dict.fromkeys(_AR_WORD.findall(source)):  # each distinct word once
        if _probes(word).isdisjoint(probes):
            continue
        for key, sk, consonants, penalty in arabic_forms(word):
            for rank, table, probe in ((penalty, full, sk), (1 + penalty, bare, consonants)):
                for _name, s, e in table.get(probe, ()):
                    if (s, e) not in best or best[(s, e)][0] > rank:
                        best[(s, e)] = (rank, key, word)
    out = []
    for (s, e), (_rank, key, word) in sorted(best.items()):
        at = _word_at(source, word)
        out.append((key, (at, at + len(word)), target[s:e], (s, e)))
    return out


def _word_at(source: str, word: str) -> int:
    """Where `word` first stands as a whole word in `source`."""
    m = re.search(rf"(?<![\u0621-\u06d3]){re.escape(word)}(?![\u0621-\u06d3\u064b-\u0652])", source)
    return m.start() if m else source.find(word)


def _numbers(items) -> str:
    return ", ".join(str(n) for n in items)


def name_variants(rows) -> dict[int, list]:
    """rows: (number, source, target) of checked paragraphs (the target without tags). Returns
    number -> findings (kind, message, source_spans, target_spans, related)."""
    groups: dict[str, dict[str, dict[int, tuple]]] = defaultdict(lambda: defaultdict(dict))
    shown: dict[tuple[str, str], str] = {}
    for number, source, target in rows:
        for key, ar_span, spelling, en_span in renderings(source, target):
            folded = spelling.casefold()
            shown.setdefault((key, folded), spelling)
            groups[key][folded].setdefault(number, (ar_span, en_span, source[ar_span[0]:ar_span[1]]))
    out: dict[int, list] = defaultdict(list)
    for key, spellings in groups.items():
        if len(spellings) < 2:
            continue
        ranked = sorted(spellings, key=lambda sp: -len(spellings[sp]))  # stable: first seen wins a tie
        main = ranked[0]
        main_numbers = sorted(spellings[main])
        for minority in ranked[1:]:
            for number, (ar_span, en_span, arabic) in sorted(spellings[minority].items()):
                message = (f"{arabic} is spelled “{shown[(key, minority)]}” here and "
                           f"“{shown[(key, main)]}” in paragraph(s) {_numbers(main_numbers)}")
                others = tuple(n for n in main_numbers if n != number)
                out[number].append(("name-variant", message, (ar_span,), (en_span,), others))
    return out
