"""What the translated layouts of HTML, ODT and Markdown sources share: which text a paragraph
contributes (its English, or its Arabic when it has none yet), cut into formatted runs, and
which link addresses may be written as links.

A translated document shows the English where there is English and keeps the Arabic, counted,
where there is none: the reader sees at once what is missing, and nothing is dropped. Code and
other untranslatable text is the source's own.
Pure functions over core types; any thread may call them.
"""

from __future__ import annotations

from dataclasses import dataclass

from workbench.core import inline
from workbench.core.model import Kind, Paragraph
from workbench.formats import prepare_export as prep
from workbench.formats.docx_translated_export import TranslatedReport

__all__ = ["Piece", "TranslatedReport", "Tally", "piece", "safe_href"]

# A link in a generated file is followed by a click: only addresses that open a web page or a
# mail, never a script (javascript:, data:, vbscript:) a hostile source could have carried.
_SAFE_SCHEMES = ("http://", "https://", "mailto:")


@dataclass(frozen=True, slots=True)
class Piece:
    """A paragraph as a translated document writes it: `runs` of its English (`english` True)
    or of its source (False: no English yet, or never translated, as code)."""

    paragraph: Paragraph
    runs: list[inline.Run]
    english: bool

    @property
    def text(self) -> str:
        return "".join(run.text for run in self.runs if not run.solo)


def piece(paragraph: Paragraph) -> Piece:
    """The runs a translated document writes for `paragraph` (prepare_export's target-only
    rule: the English, else the source). A target's tag that names no mark of the source is
    dropped (inline.runs), never its words."""
    text, is_source = prep.target_only_text(paragraph, tags=True)
    return Piece(paragraph, prep.formatted(text, paragraph), not is_source)


class Tally:
    """Counts what a translated export wrote: paragraphs in English, and translatable ones left
    in Arabic (what the command's report prints)."""

    def __init__(self) -> None:
        self.translated = 0
        self.untranslated = 0

    def count(self, item: Piece) -> Piece:
        if item.english:
            self.translated += 1
        elif item.paragraph.translatable and item.paragraph.kind != Kind.CODE:
            self.untranslated += 1
        return item


def safe_href(href: str) -> str:
    """`href` when it is a web or mail address, else "" (the text is then written without
    a link)."""
    href = href.strip()
    return href if href.lower().startswith(_SAFE_SCHEMES) and len(href) < 4096 else ""
