"""Quality checks of translated paragraphs (numbers, untranslated and copied text, form,
bidi controls, consistency), beside the terminology check of workbench.glossary. Qt-free and
store-free: `check_paragraphs` takes paragraphs and returns `Issue`s; `KINDS` names every kind."""

from workbench.qa.checks import check_paragraphs
from workbench.qa.issue import KINDS, TERM_KINDS, Issue, parse_kinds

__all__ = ["KINDS", "TERM_KINDS", "Issue", "check_paragraphs", "parse_kinds"]
