"""Quality checks of translated paragraphs (numbers, dates, untranslated and copied text, form,
inline tags, spelling, bidi controls, consistency, names spelled two ways), beside the
terminology check of workbench.glossary. Qt-free and store-free: `check_paragraphs` takes
paragraphs and returns `Issue`s; `KINDS` names every kind; `report` writes CSV and HTML."""

from workbench.qa.checks import check_paragraphs
from workbench.qa.issue import KINDS, TERM_KINDS, Issue, parse_kinds, severity

__all__ = ["KINDS", "TERM_KINDS", "Issue", "check_paragraphs", "parse_kinds", "severity"]
