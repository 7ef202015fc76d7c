"""What the aligner knows of one Arabic word: its glosses, numbers and possible name spellings.

From every analysis of the word (morphology analyzer, BAMA or calima): the stem gloss's content
words, each alternative ("government;administration", "with/by") counted; the function words
the stem itself means (في -> "in"); the function words of its clitics and affixes (و -> "and",
ال -> "the", ـها -> "its", the object of a verb), which link only next to the English words the
stem links to. Numbers from digits (Western, Arabic-Indic, Persian; ٫ ٬ separators) and from
number glosses ("three" -> 3). Words the lexicon does not know, or knows as proper nouns, also
carry romanizations (translit.to_english_name) of the word and of the word without its
proclitics, for matching names by spelling.

The analyzer is the process-wide one (loaded once, lazily, thread-safe); results are cached.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from workbench.mt.align_english import FUNCTION_WORDS, NUMBER_WORDS, numbers_in

_EDGE = re.compile(r"^[^\w]+|[^\w]+$")
_NOTES = re.compile(r"\[[^\]]*\]|\([^)]*\)")
_ARABIC_LETTER = re.compile("[\u0621-\u064a\u0671-\u06d3]")
_PROCLITICS = ("وبال", "وال", "فال", "بال", "كال", "لل", "ال", "وب", "ول", "فب", "فل",
               "و", "ف", "ب", "ل", "ك")  # fmt: skip
_SKIP_SUBJECTS = frozenset({"he", "it", "she", "they", "i", "you", "we"})
_NOT_ALIGNED = frozenset({"be", "become", "make", "do", "one", "thing", "oneself"})
# Ranks below the first analysis weigh a little less: BAMA lists readings by plausibility.
_RANK_DISCOUNT = 0.9


@dataclass(slots=True)
class ArabicWord:
    """Alignment features of one whitespace-separated Arabic word."""

    text: str
    content: dict[str, float] = field(default_factory=dict)  # gloss word -> weight
    stem_function: set[str] = field(default_factory=set)  # "in" for في
    affix_function: set[str] = field(default_factory=set)  # "and", "the", "its", "him"
    numbers: set[str] = field(default_factory=set)
    names: tuple[str, ...] = ()  # romanizations, for unknown words and proper nouns
    known: bool = False


def arabic_words(text: str) -> list[ArabicWord]:
    """Features of each whitespace-separated word of `text`, in order."""
    return [arabic_word(token) for token in text.split()]


@lru_cache(maxsize=20_000)
def arabic_word(token: str) -> ArabicWord:
    word = ArabicWord(token)
    core = _EDGE.sub("", token)
    word.numbers.update(numbers_in(token))
    if not _ARABIC_LETTER.search(core):
        return word
    from workbench.arabic.morphology.analyzer import default_analyzer

    analyses = default_analyzer().analyze(_letters_only(core))
    proper = False
    for rank, analysis in enumerate(analyses):
        discount = 1.0 if rank == 0 else _RANK_DISCOUNT
        _add_stem(word, analysis.stem_gloss, discount)
        _add_affixes(word, analysis.prefix_gloss)
        _add_affixes(word, analysis.suffix_gloss)
        proper = proper or analysis.pos == "noun_prop"
    word.known = bool(analyses)
    for gloss_word in word.content:
        number = NUMBER_WORDS.get(gloss_word) or NUMBER_WORDS.get(gloss_word.removesuffix("s"))
        if number:
            word.numbers.add(number)
    if proper or not analyses:
        word.names = _romanizations(_letters_only(core))
    return word


def _letters_only(core: str) -> str:
    """The Arabic part of a token such as "و2015" or "الحكومة-" for the analyzer."""
    letters = re.findall("[\u0621-\u065f\u0670-\u06d3]+", core)
    return max(letters, key=len) if letters else core


def _add_stem(word: ArabicWord, stem_gloss: str, discount: float) -> None:
    cleaned = _NOTES.sub(" ", stem_gloss)
    for alternative in re.split(r"[;,]", cleaned):
        for phrase in _slashed(alternative):
            words = [w.lower() for w in re.findall(r"[A-Za-z]+", phrase)]
            content = [w for w in words if w not in FUNCTION_WORDS and w not in _NOT_ALIGNED]
            weight = (0.95 if len(content) == 1 else 0.8) * discount
            for w in content:
                if weight > word.content.get(w, 0.0):
                    word.content[w] = weight
            if not content:
                word.stem_function.update(w for w in words if w in FUNCTION_WORDS)


def _slashed(alternative: str) -> list[str]:
    """"with/by" -> ["with", "by"]; "more/most generous" -> ["more generous", "most generous"]."""
    words = alternative.split()
    for at, piece in enumerate(words):
        if "/" in piece:
            return [" ".join([*words[:at], option, *words[at + 1 :]]) for option in piece.split("/")]
    return [alternative]


def _add_affixes(word: ArabicWord, affix_gloss: str) -> None:
    gloss = _NOTES.sub(" ", affix_gloss)
    subject, verb, obj = gloss.partition("<verb>")
    if verb:
        gloss = obj  # the subject of a verb is usually a separate English word (or dropped)
    for w in re.findall(r"[A-Za-z]+", gloss):
        low = w.lower()
        if low in FUNCTION_WORDS or low == "two":
            word.affix_function.add(low)
    if verb:
        word.affix_function.update(
            w.lower() for w in re.findall(r"[A-Za-z]+", subject) if w.lower() not in _SKIP_SUBJECTS
        )


def _romanizations(letters: str) -> tuple[str, ...]:
    from workbench.arabic.translit import to_english_name

    forms = [letters]
    for prefix in _PROCLITICS:
        if letters.startswith(prefix) and len(letters) - len(prefix) >= 3:
            forms.append(letters[len(prefix) :])
    names = []
    for form in forms:
        name = to_english_name(form)
        if name.startswith("al-"):
            name = name[3:]
        if name not in names:
            names.append(name)
    return tuple(names)
