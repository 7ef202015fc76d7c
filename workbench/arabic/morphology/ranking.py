"""Ordering a word's analyses, most likely first, without corpus frequencies.

Neither BAMA 1.0 nor anything else installed here carries word or lemma frequencies, so the order
comes from a cost (lower is better) built from regularities of written Arabic:

0. Written diacritics (+4): a reading that lacks a vowel or shadda the word carries (قُرِّر is
   passive, not قَرَّرَ) comes last; undiacritized text is unaffected.
1. Spelling (+3): a reading that assumes a different hamza, alef or ta-marbuta than the word has
   (CAMeL's "spvar") comes after readings that match it as written.
2. Clitics (+1 each; the article +0.5): every conjunction, preposition, future or emphatic
   particle, possessive or object pronoun attached to the stem costs; obligatory inflection
   (verb person prefixes and subject suffixes, feminine/dual/plural endings) costs nothing.
   So "the + Mosul" beats nothing, but a bare reading beats one that needs two clitics.
3. Part of speech: closed-class words (في, من, على, إلى, أن, هذا, also with a clitic: وفي, أنه;
   and interjections BAMA files as function words, such as نعم "yes") are the most frequent
   words of any text (-1.5); nouns and adverbs cost 0, proper nouns and
   adjectives and interjections 0.3, verbs 0.4, abbreviations 2 (BAMA lists "V." for في).
4. Verbs: passive (+1), rarer than their active twins spelled the same; 1st or 2nd person or
   imperative (+0.4), dual or feminine plural (+0.3): news prose is third person.
5. Dual (+0.3): nouns in -ين/-ان are more often plural than dual where both readings exist.
6. Word lists (wordlists.py, our own): a proper-noun reading whose gloss is a country, capital,
   large city, weekday or month (-0.5; a weekday with the article -1.5: الأحد is "Sunday",
   أحد "one"; other names such as Amal, Watan, Nour stay behind the
   common word they spell: hope, homeland, light); numbers from three up and a few very frequent
   lemmas (-0.3: ألف "thousand" before "beginning", دار "house" before "aware"); a gloss that
   starts with an everyday English word (-0.25): common concepts have common English names, so
   مدينة is "city" before "creditor", تعمل "works" before "mannerism".
Ties keep the database's order (BAMA lists a form's lemmas in its own sense order).
With calima-msa-r13 its pos-lemma log probability replaces terms 3-6. Duplicate readings (same
diac, lemma, pos and gloss) are merged.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from workbench.arabic.morphology.analysis import Analysis

from workbench.arabic.morphology.wordlists import (
    BASIC_ENGLISH,
    FREQUENT_LEMMAS,
    NAME_AFTER,
    NAME_BEFORE,
    NAME_HEADS,
    NAMES,
    NUMBERS,
    PREFERRED,
    WEEKDAYS,
)

# Affix tags that are inflection (always present on a verb or noun form), not clitics.
_INFLECTION = ("IV", "PV", "CV", "NSUFF", "CASE")
_FUNCTION_POS = frozenset({
    "prep", "conj", "pron", "pron_dem", "pron_rel", "part", "part_neg", "part_interrog",
    "part_fut", "part_det", "part_emphatic", "adv_interrog",
})
_POS_COST = {"noun": 0.0, "noun_prop": 0.3, "adj": 0.3, "verb": 0.4, "adv": 0.0, "interj": 0.3,
             "abbrev": 2.0}


def clitic_cost(analysis: Analysis) -> float:
    cost = 0.0
    for piece in f"{analysis.prefix_bw}+{analysis.suffix_bw}".split("+"):
        tag = piece.rpartition("/")[2].lower()
        if not tag:
            continue
        if tag in ("det", "al_det"):
            cost += 0.5
        elif "_do:" in tag or "pron" in tag or "poss" in tag or "dobj" in tag:
            cost += 1.0
        elif not tag.upper().startswith(_INFLECTION):
            cost += 1.0  # conjunction, preposition, future, emphatic, subjunctive li-, question
    return cost


_PERSON = re.compile(r"(?:IV|SUBJ:)([123])([MF]?)([SDP])")


def person_cost(analysis: Analysis) -> float:
    """Verb forms other than 3rd person singular/masculine plural, rarer in prose."""
    match = _PERSON.search(analysis.bw)
    if match is None:
        return 0.4 if "CVSUFF" in analysis.bw else 0.0  # imperatives
    person, gender, number = match.groups()
    extra = {"1": 0.4, "2": 0.4}.get(person, 0.0)
    if number == "D" or (gender == "F" and number == "P"):
        extra += 0.3
    return min(extra, 0.5)


def _diacritics(word: str) -> list[tuple[str, frozenset[str]]]:
    """[(letter, diacritics on it)] for a (partly) diacritized word."""
    out: list[tuple[str, set[str]]] = []
    for ch in word:
        if ch in _DIACS:
            if out:
                out[-1][1].add(ch)
        elif ch != "\u0640":
            out.append((ch, set()))
    return [(letter, frozenset(marks)) for letter, marks in out]


_DIACS = frozenset("\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0670")


def contradicts_marks(analysis: Analysis) -> bool:
    """True when the word as written carries a vowel or shadda this reading lacks (قُرِّر is
    not قَرَّرَ). Words written without diacritics contradict nothing."""
    if not any(ch in _DIACS for ch in analysis.word):
        return False
    written, reading = _diacritics(analysis.word), _diacritics(analysis.diac)
    if len(written) != len(reading):
        return False  # spelling changed (article assimilation, alef variants): cannot align
    return any(not marks <= other for (_, marks), (_, other) in zip(written, reading))


def cost(analysis: Analysis) -> float:
    """Lower is more likely; see the module docstring for each term."""
    total = 0.0 if analysis.exact else 3.0
    if contradicts_marks(analysis):
        total += 4.0
    clitics = clitic_cost(analysis)
    total += clitics
    if analysis.logprob is not None:  # calima: a real corpus frequency outweighs the rules
        return total - 2.0 * analysis.logprob
    if analysis.pos in _FUNCTION_POS or (analysis.pos == "interj" and analysis.category.startswith("FW")):
        total -= 1.5  # BAMA files نعم "yes" as a function-word interjection
    else:
        total += _POS_COST.get(analysis.pos, 0.5)
    first = _first_gloss(analysis.stem_gloss)
    if analysis.pos == "noun_prop" and first in NAMES:
        total -= 1.5 if first in WEEKDAYS and "DET" in analysis.prefix_bw else 0.5
    if first in NUMBERS or analysis.lemma_id in FREQUENT_LEMMAS:
        total -= 0.3
    if _basic(analysis.stem_gloss):
        total -= 0.25
    if _preferred(analysis):
        total -= 1.0
    total += _split_stem(analysis)
    if "_DU" in analysis.suffix_bw:  # -ين/-ان: the plural reading is commoner than the dual
        total += 0.3
    if "Pass" in analysis.category:
        total += 1.0
    total += person_cost(analysis)
    return total


def _basic(gloss: str) -> bool:
    """True when one of the gloss alternatives starts with an everyday English word."""
    return any(alt.strip().split(" ")[0].lower() in BASIC_ENGLISH for alt in gloss.split(";") if alt.strip())


def _undiac(text: str) -> str:
    return "".join(ch for ch in text if ch not in _DIACS).replace("\u0671", "\u0627")


def _preferred(analysis: Analysis) -> bool:
    """True when the reading is the sense wordlists.PREFERRED gives for its lemma."""
    keywords = PREFERRED.get(_undiac(analysis.lemma))
    if not keywords:
        return False
    alternatives = [alt.strip().lower() for alt in analysis.stem_gloss.split(";")]
    return any(alt.startswith(k) for alt in alternatives for k in keywords)


def _split_stem(analysis: Analysis) -> float:
    """Pieces beyond one inside the stem itself (لَ/PREP+كُنَّ/PRON filed as one stem)."""
    pieces = [p for p in analysis.bw.split("+") if p]
    affixes = [p for p in f"{analysis.prefix_bw}+{analysis.suffix_bw}".split("+") if p]
    return float(max(0, len(pieces) - len(affixes) - 1))


def _first_gloss(gloss: str) -> str:
    """'Mosul (Iraq)' -> 'Mosul'; 'Maghreb;Maghrib' -> 'Maghreb'."""
    return gloss.split(";")[0].split("(")[0].strip()


def rank(analyses: Iterable[Analysis]) -> list[Analysis]:
    """Most likely first; duplicates (same diac, lemma, pos and gloss) merged."""
    unique: dict[tuple, Analysis] = {}
    for a in analyses:
        unique.setdefault((a.diac, a.lemma, a.pos, a.gloss), a)
    return sorted(unique.values(), key=cost)  # sorted() is stable: ties keep database order


def in_context(readings: Sequence[Sequence[Analysis]]) -> list[Analysis | None]:
    """The best reading of each word of a run of words, given its neighbours: a word with a
    proper-noun reading is read as a name after a name word (بن, عبد, الملك, الشيخ ...) or before
    بن; a name head (عبد, أبو) is read as a name when a word that can be a name follows it.
    Otherwise each word keeps its own first reading; [] gives None."""
    words = [_undiac(r[0].word) if r else "" for r in readings]
    best: list[Analysis | None] = [r[0] if r else None for r in readings]
    for i, options in enumerate(readings):
        name = next((a for a in options if a.pos == "noun_prop"), None)
        if name is None or best[i] is name:
            continue
        before = words[i - 1] if i else ""
        after = words[i + 1] if i + 1 < len(words) else ""
        next_is_name = i + 1 < len(readings) and any(a.pos == "noun_prop" for a in readings[i + 1])
        if before in NAME_BEFORE or after in NAME_AFTER or (words[i] in NAME_HEADS and next_is_name):
            best[i] = name
    return best
