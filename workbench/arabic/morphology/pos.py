"""BAMA part-of-speech tags mapped to CAMeL Tools' `pos` values (noun, noun_prop, verb, adj, ...)."""

from __future__ import annotations

# Longest-prefix wins: BAMA tags such as DEM_PRON_MS or PRON_3FS carry person/number suffixes.
_TAG_TO_POS = {
    "NOUN_PROP": "noun_prop",
    "NOUN_NUM": "noun_num",
    "NOUN": "noun",
    "ADJ": "adj",
    "ADV": "adv",
    "VERB_PERFECT": "verb",
    "VERB_IMPERFECT": "verb",
    "VERB_IMPERATIVE": "verb",
    "PREP": "prep",
    "CONJ": "conj",
    "SUB_CONJ": "conj",
    "ABBREV": "abbrev",
    "INTERJ": "interj",
    "INTERROG_PART": "part_interrog",
    "INTERROG": "adv_interrog",
    "NEG_PART": "part_neg",
    "FUT_PART": "part_fut",
    "EMPHATIC_PARTICLE": "part_emphatic",
    "REL_PRON": "pron_rel",
    "DEM_PRON": "pron_dem",
    "PRON": "pron",
    "DET": "part_det",
    "NUMERIC_COMMA": "punc",
    "FUNC_WORD": "part",
    "PART": "part",
}
_ORDERED = sorted(_TAG_TO_POS, key=len, reverse=True)


def stem_tag(tag: str) -> str:
    """The tag of a stem's first morpheme: 'All~`h/NOUN_PROP' -> 'NOUN_PROP',
    '>ab/NOUN+iy/POSS_PRON_1S' -> 'NOUN'."""
    first = tag.split("+")[0]
    return first.rpartition("/")[2]


def camel_pos(tag: str) -> str:
    """CAMeL-style pos for a BAMA stem tag. Unknown tags fall back to 'part' (function words)."""
    name = stem_tag(tag)
    for known in _ORDERED:
        if name.startswith(known):
            return _TAG_TO_POS[known]
    return "part"
