"""What the word panel shows for one word, computed on the `nlp` lane, and where a word is.

`look_up` does every piece of Arabic work (analysis, transliteration, diacritics removal) on the
lane, so the panel's model only reads finished strings and the GUI thread never imports
camel-tools or waits for the lexicon to load.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from workbench.core.jobs import JobContext

_TATWEEL = "\u0640"
_JOINERS = "\u200c\u200d"


def is_word_char(ch: str) -> bool:
    """Arabic letters, Arabic diacritics (and other combining marks on them), tatweel, joiners."""
    if ch == _TATWEEL or ch in _JOINERS:
        return True
    if unicodedata.category(ch) == "Mn":
        return True  # a mark belongs to the letter before it, whatever the block
    code = ord(ch)
    arabic_block = (0x0600 <= code <= 0x06FF or 0x0750 <= code <= 0x077F or 0x08A0 <= code <= 0x08FF
                    or 0xFB50 <= code <= 0xFDFF or 0xFE70 <= code <= 0xFEFF)
    return arabic_block and unicodedata.category(ch) == "Lo"


def word_at(text: str, index: int) -> tuple[int, int, str]:
    """The Arabic word holding the character at `index`, as (start, end, text[start:end]).

    A cursor position just after a word (a click on its left edge, in RTL text) also finds it.
    Digits, punctuation, Latin words and spaces give (index, index, ""). Leading marks are not
    part of a word (a diacritic cannot start one).
    """
    n = len(text)
    if not 0 <= index <= n:
        return index, index, ""
    if index < n and is_word_char(text[index]):
        at = index
    elif index > 0 and is_word_char(text[index - 1]):
        at = index - 1
    else:
        return index, index, ""
    start, end = at, at + 1
    while start > 0 and is_word_char(text[start - 1]):
        start -= 1
    while end < n and is_word_char(text[end]):
        end += 1
    while start < end and unicodedata.category(text[start]) == "Mn":
        start += 1
    if not any(unicodedata.category(c) == "Lo" for c in text[start:end]):
        return index, index, ""  # only tatweel or marks: no word
    return start, end, text[start:end]


@dataclass(frozen=True, slots=True)
class AnalysisRow:
    """One analysis with the strings the panel shows, all computed off the GUI thread."""

    analysis: object  # workbench.arabic.morphology.Analysis
    diac_plain: str  # the diacritized form without its diacritics
    lemma_plain: str
    buckwalter: str  # of the diacritized form
    readable: str
    term_arabic: str  # what "Add to glossary" proposes: the lemma's undiacritized base form
    term_english: str  # the first alternative of the stem gloss


@dataclass(frozen=True, slots=True)
class WordLookup:
    """The analyses of one word, most likely first; `rows` is empty for an unknown word, whose
    own transliteration is then the useful part (names)."""

    word: str
    context: str
    rows: tuple[AnalysisRow, ...]
    buckwalter: str  # of the word as written
    readable: str
    database: str  # "bama-1.0" or "calima-msa-r13"
    source: str  # "bama" or "calima"
    term_arabic: str  # the word's base form: what to add when no analysis is selected


def look_up(word: str, context: str = "", ctx: JobContext | None = None, analyzer=None) -> WordLookup:
    """Analyze `word` (loading the lexicon on first use). Runs on the nlp lane; any thread."""
    from workbench.arabic.clitics import base_form
    from workbench.arabic.morphology.analyzer import default_analyzer
    from workbench.arabic.morphology.english import first_alternative
    from workbench.arabic.translit import dediacritize, to_buckwalter, to_readable

    analyzer = analyzer or default_analyzer()
    if ctx is not None:
        ctx.check()
    analyses = analyzer.analyze(word)
    if ctx is not None:
        ctx.check()
    info = analyzer.database_info()
    rows = []
    for a in analyses:
        lemma = dediacritize(a.lemma) if a.lemma else base_form(word)
        rows.append(AnalysisRow(
            a, dediacritize(a.diac), dediacritize(a.lemma), to_buckwalter(a.diac),
            to_readable(a.diac), lemma, first_alternative(a.stem_gloss),
        ))  # fmt: skip
    return WordLookup(word, context, tuple(rows), to_buckwalter(word), to_readable(word),
                      info.name, info.source, base_form(word))  # fmt: skip
