"""The terminology check of one paragraph: terms found in the Arabic whose English is missing
from the translation (`term-missing`), or rendered in a way the glossary forbids
(`term-forbidden`). Pure functions; any thread.

A paragraph is checked once it has a translation: untranslated paragraphs, blank targets and
untranslatable segments are not. Each term is reported once per paragraph and kind, at its
first occurrence, however often it appears.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from workbench.arabic.term_matcher import TermMatcher, english_present, find_english
from workbench.core import inline
from workbench.core.model import Paragraph, Status

KINDS = ("term-missing", "term-forbidden")


@dataclass(frozen=True, slots=True)
class Problem:
    """One terminology problem. `position` is 1-based within the paragraph's document, `number`
    1-based in the project (the grid's row number; 0 when not known), `document` the name of
    the paragraph's document ("" when not known); `span` is the term's first occurrence in the
    source; `target_span` the forbidden rendering found."""

    paragraph_id: int
    position: int
    kind: str  # "term-missing" | "term-forbidden"
    term: str  # the Arabic term as in the glossary
    english: str  # the glossary's English term
    detail: str  # term-missing: the English expected; term-forbidden: the rendering found
    span: tuple[int, int]
    target_span: tuple[int, int] | None = None
    entry_ref: str = ""
    document_id: int = 0
    number: int = 0
    document: str = ""

    def as_dict(self) -> dict:
        # "paragraph" stays the number within the document (scripts read it); "number" and
        # "document" were added beside it.
        return {
            "paragraph": self.position,
            "number": self.number,
            "document": self.document,
            "paragraph_id": self.paragraph_id,
            "kind": self.kind,
            "term": self.term,
            "english": self.english,
            "detail": self.detail,
            "span": list(self.span),
        }


def needs_check(paragraph: Paragraph) -> bool:
    return (
        paragraph.translatable
        and paragraph.status is not Status.UNTRANSLATED
        and bool(paragraph.target.strip())
    )


def check_paragraph(
    paragraph: Paragraph,
    matcher: TermMatcher,
    entries: Mapping[str, object] | Iterable,
    *,
    position: int | None = None,
) -> list[Problem]:
    """Problems of `paragraph`, in the order the terms occur in its source.

    `entries` maps the matcher's term ids (GlossaryEntry.ref) to entries, or is an iterable of
    entries; `position` defaults to the paragraph's project position + 1 (the document's name
    is left for the caller, which knows the documents).
    """
    if not needs_check(paragraph):
        return []
    by_ref = entries if isinstance(entries, Mapping) else {e.ref: e for e in entries}
    pos = paragraph.position + 1 if position is None else position
    first: dict = {}
    for hit in matcher.find(paragraph.source):
        first.setdefault(hit.term_id, hit)
    target = inline.plain(paragraph.target)  # a term split by a bold tag is still there
    problems: list[Problem] = []
    for ref, hit in first.items():
        term = matcher.term(ref)
        entry = by_ref.get(ref)
        arabic = entry.arabic if entry is not None else term.arabic

        def problem(kind: str, detail: str, target_span=None) -> Problem:
            return Problem(
                paragraph.id, pos, kind, arabic, term.english, detail, (hit.start, hit.end),
                target_span, str(ref), paragraph.document_id, paragraph.position + 1,
            )  # fmt: skip

        if not english_present(target, term.english):
            problems.append(problem("term-missing", term.english))
        for rendering in dict.fromkeys(term.forbidden):
            spans = find_english(target, rendering)
            if spans:  # found in the words, shown on the stored text (tags count there)
                start, end = spans[0]
                stored = paragraph.target
                problems.append(problem("term-forbidden", rendering, (
                    inline.text_offset(stored, start, after_tags=True),
                    max(inline.text_offset(stored, start, after_tags=True), inline.text_offset(stored, end)))))
    return problems
