"""Glossary terms as gloss units: a term of any length found in a run of words replaces the
glosses of its words (the glossary's English, said once), before set phrases and names.

A hit may start inside a word (وبالحكومة holds the term الحكومة): the letters before it are
conjunctions and prepositions, said in English before the term ("and with the Government"); a
hit that cannot be read so (it starts inside a word's stem) is left to the word glosses.
"""

from __future__ import annotations

from collections.abc import Sequence

from workbench.mt.gloss_units import Unit, unit_of

_PROCLITICS = {"\u0648": "and", "\u0641": "so", "\u0628": "with", "\u0644": "for", "\u0643": "like"}


def proclitic_english(prefix: str) -> str | None:
    """وب -> "and with", فال -> "so"; None when `prefix` is not proclitics (and the article)."""
    letters = prefix[:-2] if prefix.endswith("\u0627\u0644") else prefix
    if letters.endswith("\u0644\u0644"):  # لل: ل + the article
        letters = letters[:-1]
    if any(c not in _PROCLITICS for c in letters):
        return None
    return " ".join(_PROCLITICS[c] for c in letters)


def term_units(run: Sequence, line: str, hits: Sequence) -> dict[int, Unit]:
    """{index of the run's word where a term starts: its unit} for the glossary hits of `line`
    that lie inside the run (`run`: gloss.Token of its Arabic words, in order)."""
    units: dict[int, Unit] = {}
    taken = -1
    for hit in hits:
        first = next((i for i, t in enumerate(run) if t.start <= hit.start < t.end), None)
        last = next((i for i, t in enumerate(run) if t.start < hit.end <= t.end), None)
        if first is None or last is None or first <= taken:
            continue
        prefix = proclitic_english(line[run[first].start : hit.start])
        if prefix is None:
            continue
        definite = hit.matched_text.startswith("\u0627\u0644") or line[run[first].start : hit.start].endswith(
            ("\u0627\u0644", "\u0644\u0644"))
        units[first] = unit_of(first, last + 1, hit.entry.english.strip(), "term", prefix, definite)
        taken = last
    return units
