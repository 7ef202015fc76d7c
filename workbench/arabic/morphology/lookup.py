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


def look_up(word: str, context: str = "", ctx: JobContext | None = None, analyzer=None,
            start: int | None = None) -> WordLookup:
    """Analyze `word` (loading the lexicon on first use). Runs on the nlp lane; any thread.

    With `context` (the paragraph) the readings are ranked as the gloss draft ranks them, by
    the word before it (workbench.arabic.reading_context): عدن in مطار عدن is Aden first.
    `start` is the word's offset in `context`; without it, its first occurrence."""
    from workbench.arabic.clitics import base_form
    from workbench.arabic.morphology.analyzer import default_analyzer
    from workbench.arabic.morphology.english import first_alternative
    from workbench.arabic.translit import dediacritize, to_buckwalter, to_readable

    analyzer = analyzer or default_analyzer()
    if ctx is not None:
        ctx.check()
    analyses = analyzer.analyze(word)
    if context and analyses:
        from workbench.arabic.reading_context import rank_in_context, word_before

        analyses = rank_in_context(analyses, word_before(context, word, start))
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
