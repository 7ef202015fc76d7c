"""What the word panel shows for one word, computed on the `nlp` lane.

`look_up` does every piece of Arabic work (analysis, transliteration, diacritics removal) on the
lane, so the panel's model only reads finished strings and the GUI thread never imports
camel-tools or waits for the lexicon to load.
"""

from __future__ import annotations

from dataclasses import dataclass

from workbench.core.jobs import JobContext


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
