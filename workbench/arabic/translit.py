"""Transliteration and diacritics removal, through CAMeL Tools' character maps.

Schemes (camel_tools.utils.charmap.CharMapper built-in maps):
- "bw": Buckwalter (ar2bw), the ASCII scheme of the BAMA lexicon: القاهرة -> AlqAhrp
- "safebw": Safe Buckwalter (ar2safebw), letters only, safe in file names and XML
- "hsb": Habash-Soudi-Buckwalter (ar2hsb), the readable scheme: القاهرة -> AlqAhrħ, شمس -> šms
Characters outside the Arabic block pass through unchanged.
"""

from __future__ import annotations

from functools import lru_cache

SCHEMES = {"bw": "ar2bw", "safebw": "ar2safebw", "hsb": "ar2hsb"}
READABLE = "hsb"


@lru_cache(maxsize=None)
def _mapper(map_name: str):
    from camel_tools.utils.charmap import CharMapper

    return CharMapper.builtin_mapper(map_name)


def transliterate(text: str, scheme: str = READABLE) -> str:
    """Arabic script to `scheme` ("bw", "safebw" or "hsb")."""
    try:
        map_name = SCHEMES[scheme]
    except KeyError:
        raise ValueError(f"unknown transliteration scheme {scheme!r}; one of {sorted(SCHEMES)}") from None
    return _mapper(map_name).map_string(text)


def to_buckwalter(text: str) -> str:
    return transliterate(text, "bw")


def from_buckwalter(text: str) -> str:
    """Buckwalter back to Arabic script (bw2ar). Every Latin letter is a Buckwalter letter, so
    only pass Buckwalter text."""
    return _mapper("bw2ar").map_string(text)


def to_readable(text: str) -> str:
    return transliterate(text, READABLE)


def dediacritize(text: str) -> str:
    """Remove Arabic diacritics (short vowels, shadda, sukun, tanwin, dagger alef)."""
    from camel_tools.utils.dediac import dediac_ar

    return dediac_ar(text)


# Consonants as English readers spell them in names (ع as an apostrophe, emphatics plain).
_NAME_LETTERS = {
    "ب": "b", "ت": "t", "ث": "th", "ج": "j", "ح": "h", "خ": "kh", "د": "d", "ذ": "dh", "ر": "r",
    "ز": "z", "س": "s", "ش": "sh", "ص": "s", "ض": "d", "ط": "t", "ظ": "z", "ع": "'", "غ": "gh",
    "ف": "f", "ق": "q", "ك": "k", "ل": "l", "م": "m", "ن": "n", "ه": "h", "ة": "a", "ى": "a",
    "آ": "a", "ا": "a", "ٱ": "a", "پ": "p", "چ": "ch", "ڤ": "v", "گ": "g", "ک": "k", "ی": "y",
}
_VOWEL_LETTERS = frozenset("اأإآٱى")
_HAMZA = frozenset("ءؤئ")


def _name_letter(letters: str, i: int) -> str:
    ch = letters[i]
    before = letters[i - 1] if i else ""
    after = letters[i + 1] if i + 1 < len(letters) else ""
    if ch in "أإ":
        return ("i" if ch == "إ" else "a") if i == 0 else ""  # a medial hamza is dropped
    if ch in _HAMZA:
        return ""
    if ch in "وي":
        # A consonant at the start, beside a long vowel or before another و/ي; a vowel between
        # consonants or at the end (أوباما -> Awbama, يوسف -> Yusf, علي -> 'li).
        if ch == "ي" and before == "إ" and i == 1:
            return ""  # إي- is one long i: إيران -> Iran
        if i == 0 or before in _VOWEL_LETTERS or (after and after in "اوية"):
            return "w" if ch == "و" else "y"
        return "u" if ch == "و" else "i"
    return _NAME_LETTERS.get(ch, ch if ch.isascii() else "")


def to_english_name(word: str) -> str:
    """A plain ASCII romanization of a name or unknown word that English readers can say:
    القاهرة -> "al-Qahra", أوباما -> "Awbama", داعش -> "Da'sh". Simple letter rules, no short
    vowels (unwritten in the text): the article ال -> "al-", ا/ى/ة -> a, و/ي -> w/y at the start
    or beside a long vowel and u/i elsewhere, ع -> ', initial أ/إ -> a/i, other hamzas dropped;
    the name part starts with a capital. Not reversible: for scholarly use see to_readable()."""
    letters = dediacritize(word).replace("\u0640", "")
    article = ""
    if letters.startswith("ال") and len(letters) > 3:
        article, letters = "al-", letters[2:]
    name = "".join(_name_letter(letters, i) for i in range(len(letters)))
    at = next((i for i, ch in enumerate(name) if ch.isalpha()), None)
    if at is not None:
        name = name[:at] + name[at].upper() + name[at + 1:]
    return article + name
