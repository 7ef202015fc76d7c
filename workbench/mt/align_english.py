"""English words for the aligner: bare forms, light lemmas, function words, numbers.

A word of the alignment is a whitespace-separated token; its bare form drops the punctuation
around it ("(Baghdad)," -> "baghdad"). Lemmatizing is deliberately light: the endings -s, -es,
-ies, -ed, -ied, -ing, a doubled final consonant, the irregular pasts and plurals the gloss
drafts already know (morphology/inflect.py), and case. A gloss word matches an English word when
the English word's candidate lemmas meet the gloss word's forms (its own, past, third person,
plural), so "decided" meets the gloss "decide" and "cities" meets "city".
"""

from __future__ import annotations

import re
from functools import lru_cache

_EDGE = re.compile(r"^[^\w]+|[^\w]+$")
_APOSTROPHE_S = re.compile(r"['’]s$")

# English words that carry grammar rather than content: linked only when a gloss names them.
FUNCTION_WORDS = frozenset(
    """a an the and or but nor so yet if then than that this these those there here it its
    he him his she her hers they them their theirs we us our ours you your yours i me my mine
    of in on at by for from to with without into onto upon over under about above below after
    before since until during between among against through across along around within near
    is are was were be been being am has have had having do does did will would shall should
    can could may might must not no as also which who whom whose what when where why how all
    any each every some such own same other another more most very just only up out off again
    further once both either neither too because while although though""".split()
)

NUMBER_WORDS = {
    "zero": "0", "one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6",
    "seven": "7", "eight": "8", "nine": "9", "ten": "10", "eleven": "11", "twelve": "12",
    "thirteen": "13", "fourteen": "14", "fifteen": "15", "sixteen": "16", "seventeen": "17",
    "eighteen": "18", "nineteen": "19", "twenty": "20", "thirty": "30", "forty": "40",
    "fifty": "50", "sixty": "60", "seventy": "70", "eighty": "80", "ninety": "90",
    "hundred": "100", "thousand": "1000", "million": "1000000", "billion": "1000000000",
}
_ORDINALS = {
    "first": "1", "second": "2", "third": "3", "fourth": "4", "fifth": "5", "sixth": "6",
    "seventh": "7", "eighth": "8", "ninth": "9", "tenth": "10",
}
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
_NUMBER = re.compile(r"\d+(?:[.,٫٬]\d+)*")


def bare(word: str) -> str:
    """The word without surrounding punctuation or a possessive 's, lower-cased."""
    return _APOSTROPHE_S.sub("", _EDGE.sub("", word)).lower()


def is_function_word(word: str) -> bool:
    """True for grammar words; "US" (all capitals) and capitalized "May" (the month) are names."""
    core = _APOSTROPHE_S.sub("", _EDGE.sub("", word))
    if (len(core) > 1 and core.isupper()) or core == "May":
        return False
    return core.lower() in FUNCTION_WORDS


def numbers_in(word: str) -> list[str]:
    """The numbers written in a token, Western, Arabic-Indic or Persian digits, as plain digit
    strings with thousands separators removed and the decimal point as '.': "١٬٢٠٠" -> "1200",
    "٣٫٥" -> "3.5", "1,200" -> "1200", "15/7/2015" -> ["15", "7", "2015"]."""
    found = []
    for match in _NUMBER.finditer(word.translate(_DIGITS)):
        text = match.group().replace("٬", "").replace("٫", ".")
        if re.fullmatch(r"\d{1,3}(?:,\d{3})+", text):
            text = text.replace(",", "")
        found.extend(part for part in text.split(",") if part)
    return [_canonical(n) for n in found]


def number_word(word: str) -> str | None:
    """"three" -> "3", "third" -> "3" (as digits), else None."""
    low = bare(word)
    return NUMBER_WORDS.get(low) or _ORDINALS.get(low)


def _canonical(number: str) -> str:
    whole, _, fraction = number.partition(".")
    whole = whole.lstrip("0") or "0"
    fraction = fraction.rstrip("0")
    return f"{whole}.{fraction}" if fraction else whole


@lru_cache(maxsize=20_000)
def lemmas(word: str) -> frozenset[str]:
    """Candidate lemmas of an English word (bare, lower-case): the word itself and what it
    could be with one inflectional ending removed."""
    from workbench.arabic.morphology.inflect import _IRREGULAR_PAST, _IRREGULAR_PLURAL

    low = bare(word)
    found = {low}
    if len(low) > 3:
        for ending, replacements in (("ies", ("y",)), ("ied", ("y",)), ("es", ("", "e")),
                                     ("s", ("",)), ("ed", ("", "e")), ("ing", ("", "e"))):
            if low.endswith(ending) and len(low) - len(ending) >= 2:
                stem = low[: -len(ending)]
                found.update(stem + r for r in replacements)
                if ending in ("ed", "ing") and len(stem) > 2 and stem[-1] == stem[-2]:
                    found.add(stem[:-1])  # stopped -> stop
    found.update(base for base, past in _IRREGULAR_PAST.items() if past == low)
    found.update(base for base, many in _IRREGULAR_PLURAL.items() if many == low)
    return frozenset(found)


@lru_cache(maxsize=50_000)
def gloss_forms(gloss_word: str) -> frozenset[str]:
    """A gloss word and its inflections: "decide" -> decide, decided, decides, decides."""
    from workbench.arabic.morphology.inflect import past_tense, plural, third_person

    low = gloss_word.lower()
    if not low.isalpha():
        return frozenset({low})
    return frozenset({low, past_tense(low), third_person(low), plural(low)})


def matches(word: str, gloss_word: str) -> bool:
    """True when the English word and the gloss word are forms of one word ("decided" and
    "decide", "people" and "persons")."""
    return bool(lemmas(word) & (gloss_forms(gloss_word) | lemmas(gloss_word)))


# Derivational endings tried (one, on either side) when no inflected form matches: "electric"
# and "electrical", "Jordan" and "Jordanian", "postpone" and "postponement".
_DERIVATIONS = ("ational", "ation", "ments", "ment", "ical", "ian", "ity", "ness", "ive", "al",
                "an", "ic", "ly", "er", "ed", "s")  # fmt: skip
_MIN_STEM = 4


@lru_cache(maxsize=50_000)
def _stems(word: str) -> frozenset[str]:
    low = bare(word)
    if low.endswith("tre"):  # kilometre, centre: the British spelling
        low = low[:-3] + "ter"
    found = {low}
    for ending in _DERIVATIONS:
        if low.endswith(ending) and len(low) - len(ending) >= _MIN_STEM:
            stem = low[: -len(ending)]
            found.update((stem, stem + "e", stem.rstrip("i")))
    return frozenset(s for s in found if len(s) >= _MIN_STEM)


def related(word: str, gloss_word: str) -> bool:
    """A weaker match: the two words share a stem once one derivational ending is removed."""
    return bool(_stems(word) & _stems(gloss_word))
