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
