"""Word links from the glossary: each term found in the Arabic, to its English where it occurs.

The Arabic side uses the glossary's own matcher (clitics and article aware: وبالحكومة hits the
term الحكومة); the English side the terminology check's tolerant search (term_matcher.
find_english: case-insensitive, an optional leading article). When the English holds the term
more than once, each Arabic hit takes the free occurrence nearest its own relative position.
Every Arabic word of the hit links to every English word of the occurrence, weight 1.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from workbench.mt.align_links import Link

_WORD = re.compile(r"\S+")


def as_glossary(glossary):
    """A Glossary from a Glossary or an iterable of GlossaryEntry (ids filled in if missing, so
    every entry has its own reference)."""
    from workbench.glossary.entries import Glossary

    if glossary is None or isinstance(glossary, Glossary):
        return glossary
    entries = list(glossary)
    if any(e.id is None for e in entries):
        entries = [replace(e, id=-(k + 1)) if e.id is None else e for k, e in enumerate(entries)]
    return Glossary(entries)


def glossary_links(source: str, target: str, glossary) -> list[Link]:
    """Links for the glossary terms of `source` found in `target` (see the module docstring)."""
    from workbench.arabic.term_matcher import find_english

    glossary = as_glossary(glossary)
    if glossary is None or not len(glossary) or not source.strip() or not target.strip():
        return []
    ar_spans = [m.span() for m in _WORD.finditer(source)]
    en_spans = [m.span() for m in _WORD.finditer(target)]
    used: set[tuple[int, int]] = set()
    links: list[Link] = []
    for hit in glossary.hits(source):
        if not hit.entry.english.strip():
            continue
        place = hit.start / max(1, len(source))
        free = [span for span in find_english(target, hit.entry.english) if span not in used]
        if not free:
            continue
        span = min(free, key=lambda s: abs(s[0] / max(1, len(target)) - place))
        used.add(span)
        for i in _covered(ar_spans, (hit.start, hit.end)):
            links.extend(Link(i, j, 1.0, "glossary") for j in _covered(en_spans, span))
    return links


def _covered(words: Iterable[tuple[int, int]], span: tuple[int, int]) -> list[int]:
    return [k for k, (a, b) in enumerate(words) if a < span[1] and span[0] < b]
