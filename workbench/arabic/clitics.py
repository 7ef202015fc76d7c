"""Clitic analysis for matching: which stems can one written Arabic word stand for?

A word is read as proclitics + stem + enclitic, every way the spelling allows; the matcher
compares the stems with glossary terms, so a term must cover a whole stem. Without a lexicon
the readings over-generate on purpose (كمال is also ك + مال); the term tables decide.

Grammar covered (on clitic keys, see ``normalize.clitic_key``):

* proclitics: conjunction و ف, then a preposition ب ك ل or the future س (only before an
  imperfect prefix ي ت ن أ), then the article ال, which after ل contracts to لل (لل + حكومة);
* enclitic pronouns ه ها هم هما هن ك كم كما كن نا ني ي, never together with the article
  (nor ي after a word starting with ال: الوطني is the adjective "national");
  before them a stem's ة is written ت (حكومتنا) and its ى is written ا (مستشفاه): both restored;
* the alef of an indefinite accusative (كتاباً, often written كتابا), treated like an enclitic.

Not covered: inflection inside the stem or after it (dual, plurals, verb prefixes): those are
other words with other English renderings, and a glossary lists them separately.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import NamedTuple

from workbench.arabic.normalize import clitic_key, clitic_key_with_map, fold_clitic_key

MIN_STEM = 2
ENCLITICS = ("هما", "كما", "ها", "هم", "هن", "كم", "كن", "نا", "ني", "ه", "ك", "ي")
_SUFFIXES_BY_LAST = {}  # last letter -> the suffixes ending with it: most words end with none
for _suffix in (*ENCLITICS, "ا"):
    _SUFFIXES_BY_LAST.setdefault(_suffix[-1], []).append(_suffix)
_LONG_ENCLITICS = frozenset(e for e in ENCLITICS if len(e) > 1)
_IMPERFECT = frozenset("يتنأ")
# Words whose initial ال is not the article (clitic-key spelling: ئ is ء there).
_NOT_ARTICLE = frozenset(
    ("الله", "اللهم", "الذي", "التي", "الذين", "اللذان", "اللتان", "اللذين", "اللتين",
     "اللاتي", "اللواتي", "اللاءي")
)
_INVISIBLE = str.maketrans({"ـ": None, "\u200c": None, "\u200d": None, "\u200e": None, "\u200f": None})


class Reading(NamedTuple):
    """One way to read a word; positions index the word's clitic key (a tuple: cheap to make)."""

    stem: str  # the stem as a match key, with ة / ى restored
    start: int  # start of what a hit highlights: the article when written in full, else the stem
    stem_start: int
    end: int  # end of the stem as written (the enclitic excluded)
    article: bool
    proclitics: str  # conjunction / preposition / future letters before the article
    suffix: str = ""  # the enclitic (or tanwin alef) after the stem
    restored: str = ""  # "ة" or "ى" when the stem's written last letter stands for it

    @property
    def stripped(self) -> int:
        """How many letters this reading takes away from the word (its cost)."""
        return self.stem_start + len(self.suffix)


def _prefixes(word: str) -> list[tuple[int, int]]:
    """(stem start, article start or -1) for every proclitic chain the spelling allows.

    An article start equal to the stem start means an article written with no letter of its
    own (لليل: ل + ال + ليل)."""
    found: list[tuple[int, int]] = []
    for c in (0, 1) if word[:1] in ("و", "ف") else (0,):
        if c:
            found.append((c, -1))
        if word.startswith("ال", c):
            found.append((c + 2, c))
        p, letter = c + 1, word[c : c + 1]
        if letter in ("ب", "ك", "ل"):
            found.append((p, -1))
            if letter == "ل" and word.startswith("ل", p):
                found.append((p + 1, p))  # لل: li + al with the alef dropped
                found.append((p, p))  # li + al + a ل-initial stem: لليل is ل + الليل
            elif letter != "ل" and word.startswith("ال", p):
                found.append((p + 2, p))
        elif letter == "س" and word[p : p + 1] in _IMPERFECT:
            found.append((p, -1))
    return found


@lru_cache(maxsize=1 << 16)
def readings(word: str) -> tuple[Reading, ...]:
    """Every reading of one word (a clitic key without spaces), the bare word first.

    Ordered by how much each takes away, fewest first. Cached: text is Zipfian.
    """
    if not word:
        return ()
    found = [Reading(fold_clitic_key(word), 0, 0, len(word), False, "")]
    for stem_start, article in _prefixes(word):
        rest = word[stem_start:]
        if len(rest) < MIN_STEM or (article >= 0 and word[article:] in _NOT_ARTICLE):
            continue
        # The article is highlighted only where it is written in full (not in لل).
        start = article if article >= 0 and word.startswith("ال", article) else stem_start
        proclitics = word[: min(article, stem_start) if article >= 0 else stem_start]
        found.append(Reading(fold_clitic_key(rest), start, stem_start, len(word), article >= 0, proclitics))
        if article < 0:
            found.extend(_suffixed(rest, stem_start, proclitics))
    found.extend(_suffixed(word, 0, ""))
    unique = dict.fromkeys(found)
    return tuple(sorted(unique, key=lambda r: r.stripped))


def _suffixed(rest: str, stem_start: int, proclitics: str) -> list[Reading]:
    out = []
    for suffix in _SUFFIXES_BY_LAST.get(rest[-1:], ()):
        if not rest.endswith(suffix) or len(rest) - len(suffix) < MIN_STEM:
            continue
        if suffix == "ي" and rest.startswith("ال"):
            continue  # الوطني is the nisba adjective "national", never "my الوطن"
        body = rest[: -len(suffix)]
        end = stem_start + len(body)
        out.append(Reading(fold_clitic_key(body), stem_start, stem_start, end, False, proclitics, suffix))
        if suffix == "ا":
            continue
        for written, restored in (("ت", "ة"), ("ا", "ى")):
            if body.endswith(written):
                stem = fold_clitic_key(body[:-1] + restored).replace("ى", "ي")
                out.append(Reading(stem, stem_start, stem_start, end, False, proclitics, suffix, restored))
    return out


def candidate_stems(word_key: str) -> set[str]:
    """The match keys of every stem ``word_key`` may carry (raw text is keyed first)."""
    return {r.stem for r in readings(clitic_key(word_key))}


def base_form(text: str, known: Callable[[str], bool] | None = None) -> str:
    """The glossary form of a selection: clitics removed, diacritics and tatweel dropped.

    One word: no article either (وبالحكومة -> حكومة, حكومتنا -> حكومة), because smart
    matching ignores definiteness on single words. Several words: the article stays, since it
    tells an idafa from an adjective phrase (للأمم المتحدة -> الأمم المتحدة); only the first
    word's conjunction/preposition and the last word's enclitic go.

    ``known`` (a lexicon lookup on undiacritized stems) picks the least-stripped reading it
    knows. Without it the choice is conservative: a conjunction or preposition goes only with
    an article after it, an enclitic only when long (هم, نا...) or when ت shows a ة before it.
    """
    words = text.split()
    if len(words) == 1:
        return _base_word(words[0], known, keep_article=False)
    if not words:
        return ""
    first = _base_word(words[0], known, keep_article=True, drop_suffix=False)
    last = _base_word(words[-1], known, keep_article=True, drop_prefix=False)
    middle = [_plain(w) for w in words[1:-1]]
    return " ".join([first, *middle, last])


def _plain(word: str) -> str:
    from workbench.arabic.normalize import strip_diacritics

    return strip_diacritics(word).translate(_INVISIBLE)


def _base_word(word, known, keep_article, drop_prefix=True, drop_suffix=True) -> str:
    key, offsets = clitic_key_with_map(word)
    options = [
        r for r in readings(key)
        if (drop_prefix or r.stem_start == 0) and (drop_suffix or not r.suffix)
    ]
    if not options:
        return _plain(word)

    def stem_of(r: Reading) -> str:
        stem = _plain(word[offsets[r.stem_start][0] : offsets[r.end - 1][1]])
        if r.restored:
            return stem[:-1] + r.restored
        if r.suffix and stem[-2:] in ("ائ", "اؤ"):
            return stem[:-1] + "ء"  # وزرائها, علماؤه: the final hamza sits on a seat
        return stem

    chosen = next((r for r in options if known(stem_of(r))), None) if known else None
    chosen = chosen or _likely(options)
    return ("ال" if keep_article and chosen.article else "") + stem_of(chosen)


def _likely(options: list[Reading]) -> Reading:
    # Article readings: a stem of 3+ letters after لل, else the ل-initial one (للغة -> لغة).
    with_article = sorted((r for r in options if r.article), key=lambda r: (len(r.stem) < 3, -r.stem_start))
    if with_article:
        return with_article[0]
    suffixed = [
        r for r in options
        if not r.proclitics and (r.restored == "ة" or (r.suffix in _LONG_ENCLITICS and len(r.stem) >= 4))
    ]
    suffixed.sort(key=lambda r: r.restored != "ة")
    return suffixed[0] if suffixed else options[0]
