"""Glossary terms found in Arabic text, and the English side of the terminology check.

Smart mode (the default) reads every word as clitics + stem (``clitics.readings``) and needs a
term word to equal a whole stem, so علم hits والعلم and بعلمه but never معلم or علماء:

* one-word terms ignore definiteness: الحكومة hits حكومة, حكومتنا, للحكومة and vice versa;
* the pronoun ي ("my") counts only after ت standing for ة (حكومتي): elsewhere a final ي is
  taken as the nisba ending, so مصر does not hit مصري "Egyptian" (nor, sadly, كتابي "my book");
* several words: the first word may carry a conjunction, a preposition and the article, the
  last word an enclitic; the words after the first carry no proclitic and keep the term's
  article (البنك الدولي hits للبنك الدولي, not بنك دولي, which is "an international bank");
  a term written with no article after its first word also hits its definite form
  (ذكاء اصطناعي hits الذكاء الاصطناعي); only spaces may separate the words.

Exact mode compares whole words of the match key (no clitics).

A hit's span, in the ORIGINAL text, covers the stem and the article when it is written in full
(وبالحكومة -> الحكومة; للحكومة -> حكومة; حكومتنا -> حكومت), with the stem's diacritics.
Overlapping hits: the leftmost wins, then the longest; hits with the same span are all kept.

English side: a rendering is present when its words occur in order, case-insensitively,
between word boundaries, with any spaces or hyphens between them; a leading "the"/"a"/"an" of
the rendering is optional (the Government matches "our government"); no plural or possessive
stemming beyond that ("the Government's" counts; "governments" does not).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from workbench.arabic.clitics import Reading, readings
from workbench.arabic.normalize import clitic_key, clitic_key_map, fold_clitic_key, match_key
from workbench.core.errors import WorkbenchError

MODES = ("smart", "exact")
_WORD = re.compile(r"\w+")
_MEMO_LIMIT = 200_000


class InvalidTerm(WorkbenchError):
    """A glossary term that can never match (no word in its Arabic) or has an unknown mode."""

    def __init__(self, term_id, reason: str):
        super().__init__(f"term {term_id!r}: {reason}")
        self.term_id = term_id
        self.reason = reason


@dataclass(frozen=True, slots=True)
class Term:
    """A glossary entry as the matcher and the check see it."""

    id: int | str
    arabic: str
    english: str
    mode: str = "smart"
    forbidden: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if self.mode not in MODES:
            raise InvalidTerm(self.id, f"unknown match mode {self.mode!r}")
        if not _WORD.search(match_key(self.arabic)):
            raise InvalidTerm(self.id, "the Arabic term has no word in it")


@dataclass(frozen=True, slots=True)
class TermHit:
    """A term found in a text; start/end index the original text given to ``find``."""

    term_id: int | str
    start: int
    end: int
    matched_text: str


@dataclass(frozen=True, slots=True)
class _Entry:
    term: Term
    smart: bool
    words: tuple  # smart: per word, a frozenset of (stem, article); exact: per word, its key


class TermMatcher:
    """Finds a fixed set of terms; build once per glossary version (it indexes by first word).

    Immutable after construction apart from a memo of word analyses; ``find`` may run on any
    thread, and concurrently (the memo is a dict whose reads and writes are atomic).
    """

    def __init__(self, terms: Iterable[Term]):
        self._terms: dict[int | str, Term] = {}
        self._smart: dict[str, list[_Entry]] = {}
        self._exact: dict[str, list[_Entry]] = {}
        self._memo: dict[str, tuple[tuple[_Entry, Reading | None], ...]] = {}
        for term in terms:
            self._terms[term.id] = term
            words = _WORD.findall(clitic_key(term.arabic))
            if term.mode == "exact":
                entry = _Entry(term, False, tuple(fold_clitic_key(w) for w in words))
                self._exact.setdefault(entry.words[0], []).append(entry)
                continue
            entry = _Entry(term, True, _smart_forms(words))
            for stem in {stem for stem, _article in entry.words[0]}:
                self._smart.setdefault(stem, []).append(entry)

    def __len__(self) -> int:
        return len(self._terms)

    def term(self, term_id: int | str) -> Term:
        return self._terms[term_id]

    def find(self, text: str) -> list[TermHit]:
        """Every term occurrence in ``text``, non-overlapping, in text order."""
        km = clitic_key_map(text)
        key = km.key
        words = _WORD.findall(key)
        memo = self._memo
        candidates = [memo.get(w) for w in words]  # the common case: one dict lookup per word
        for i, pairs in enumerate(candidates):
            if pairs is None:
                candidates[i] = self._first_word(words[i])
        if not any(candidates):
            return []
        tokens = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(key)]
        found: list[tuple[int, int, Term]] = []
        for i, pairs in enumerate(candidates):
            for entry, first in pairs:
                end = self._rest(entry, first, tokens, i, key)
                if end is not None:
                    start = tokens[i][0] + first.start if first else tokens[i][0]
                    found.append((start, end, entry.term))
        if not found:
            return []
        hits = []
        for start, end, term in _leftmost_longest(found):
            s, e = km.span(start, end)
            hits.append(TermHit(term.id, s, e, text[s:e]))
        return hits

    def terms_in(self, text: str) -> list[Term]:
        """The distinct terms occurring in ``text``, in order of first occurrence."""
        return [self._terms[i] for i in dict.fromkeys(hit.term_id for hit in self.find(text))]

    def _first_word(self, word: str) -> tuple[tuple[_Entry, Reading | None], ...]:
        """The terms whose first word this word may be, with the reading that fits each."""
        pairs: list[tuple[_Entry, Reading | None]] = []
        seen: set[int] = set()
        for reading in _matchable(word):  # fewest letters stripped first: the widest span wins
            for entry in self._smart.get(reading.stem, ()):
                if id(entry) not in seen and (len(entry.words) == 1 or not reading.suffix):
                    seen.add(id(entry))
                    pairs.append((entry, reading))
        pairs.extend((entry, None) for entry in self._exact.get(fold_clitic_key(word), ()))
        if len(self._memo) >= _MEMO_LIMIT:
            self._memo.clear()
        result = self._memo[word] = tuple(pairs)
        return result

    @staticmethod
    def _rest(entry: _Entry, first: Reading | None, tokens: list, i: int, key: str) -> int | None:
        """Key offset where the term ends if its other words follow token i, else None."""
        n = len(entry.words)
        end = tokens[i][0] + first.end if first else tokens[i][1]
        if n == 1:
            return end
        if i + n > len(tokens):
            return None
        for j in range(1, n):
            start, tok_end, word = tokens[i + j]
            if not key[end:start].isspace():
                return None
            if not entry.smart:
                if fold_clitic_key(word) != entry.words[j]:
                    return None
                end = tok_end
                continue
            reading = _follower(word, entry.words[j], last=j == n - 1)
            if reading is None:
                return None
            end = start + reading.end
        return end


def _smart_forms(words: list[str]) -> tuple[frozenset, ...]:
    """Per term word, the (stem, article) pairs a text word may show."""
    forms = [
        {(r.stem, r.article) for r in readings(w) if not r.proclitics and not r.suffix} for w in words
    ]
    if not any(article for pairs in forms[1:] for _stem, article in pairs):
        # Written without articles, the term names the general form: its definite use
        # (ذكاء اصطناعي -> الذكاء الاصطناعي, وزير خارجية -> وزير الخارجية) is the same term.
        for pairs in forms[1:]:
            pairs |= {(stem, True) for stem, _article in pairs}
    return tuple(frozenset(pairs) for pairs in forms)


@lru_cache(maxsize=1 << 16)
def _matchable(word: str) -> tuple[Reading, ...]:
    # A bare ي after a stem is far more often the nisba ending (مصري "Egyptian", رئيسي "main")
    # than "my": it counts as the pronoun only where ت shows a ة before it (حكومتي).
    return tuple(r for r in readings(word) if r.suffix != "ي" or r.restored == "ة")


@lru_cache(maxsize=1 << 16)  # a glossary of "noun + adjective" terms asks the same many times
def _follower(word: str, forms: frozenset, last: bool) -> Reading | None:
    for r in _matchable(word):
        if not r.proclitics and (r.stem, r.article) in forms and (last or not r.suffix):
            return r
    return None


def _leftmost_longest(found: list[tuple[int, int, Term]]) -> list[tuple[int, int, Term]]:
    found.sort(key=lambda f: (f[0], f[0] - f[1]))
    kept: list[tuple[int, int, Term]] = []
    for start, end, term in found:
        if not kept or start >= kept[-1][1]:
            kept.append((start, end, term))
        elif (start, end) == kept[-1][:2] and all(k[2].id != term.id for k in kept if k[:2] == (start, end)):
            kept.append((start, end, term))  # two entries for the same words: report both
    return kept


@lru_cache(maxsize=4096)
def _english_pattern(phrase: str) -> re.Pattern[str] | None:
    phrase = _ARTICLE.sub("", phrase.translate(_QUOTES).strip(), count=1)
    words = [w for w in _SEPARATORS.split(phrase) if w]
    if not words:
        return None
    body = _SEP.join(re.escape(w) for w in words)
    return re.compile(rf"(?<!\w){body}(?!\w)", re.IGNORECASE)


_SEP = r"[\s\-\u2010\u2011\u2013]+"  # spaces and hyphens between words are interchangeable
_SEPARATORS = re.compile(_SEP)
_ARTICLE = re.compile(r"^(?:the|an?)\s+(?=\S)", re.IGNORECASE)
_QUOTES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'"})


def find_english(target: str, english: str) -> list[tuple[int, int]]:
    """Spans of ``english`` in ``target`` (see the module docstring for the tolerance)."""
    pattern = _english_pattern(english)
    if pattern is None:
        return []
    return [m.span() for m in pattern.finditer(target.translate(_QUOTES))]


def english_present(target: str, english: str) -> bool:
    """True if the rendering occurs in ``target``; a blank rendering asks for nothing."""
    pattern = _english_pattern(english)
    return pattern is None or pattern.search(target.translate(_QUOTES)) is not None


def forbidden_present(target: str, forbidden: Iterable[str]) -> list[str]:
    """The forbidden renderings that occur in ``target``, in the order given."""
    return [f for f in dict.fromkeys(forbidden) if _english_pattern(f) and find_english(target, f)]
