"""The QA issue record and the catalogue of check kinds. Pure data; any thread."""

from __future__ import annotations

from dataclasses import dataclass

# name -> one-line description; the order is the order issues of one paragraph are reported in.
KINDS: dict[str, str] = {
    "term-missing": "a glossary term in the Arabic whose English is missing from the translation",
    "term-forbidden": "a glossary term rendered in a way the glossary forbids",
    "number-missing": "a number in the Arabic (any digits, separators or small number word) is not in the English",
    "number-extra": "a number written in digits in the English is not in the Arabic",
    "date-mismatch": "a month (Gregorian or Hijri, any Arabic series) or weekday of the Arabic is missing or different in the English",
    "untranslated": "a paragraph marked as translated whose English is empty",
    "copied-source": "the English is the Arabic copied unchanged",
    "arabic-in-english": "Arabic letters left in the English (outside quotes and brackets)",
    "sentence-count": "the English has fewer sentences than the Arabic: a sentence may have been dropped",
    "repeated-phrase": "a phrase repeated back to back in the English (not in the Arabic): a model caught in a loop",
    "length-ratio": "the English is far longer or shorter than the project's usual English/Arabic ratio",
    "punctuation": "doubled or unbalanced punctuation, « » or Arabic punctuation (، ؛ ؟) in the English",
    "leftover-marker": "an unknown-token marker (⁇, U+FFFD) or an HTML entity left in the English",
    "double-space": "two or more spaces inside the English",
    "spelling": "an English word no installed Hunspell dictionary (en_US, en_GB) knows",
    "tags": "inline tags ({1} {/1}) missing, extra, out of order or with no words between them",
    "bidi-control": "invisible bidi or format characters that can hide or reorder text",
    "inconsistent-translation": "the same Arabic paragraph translated differently in the project",
    "same-english": "the same English used for different Arabic paragraphs (a possible copy-paste)",
    "name-variant": "the same Arabic name spelled two ways in the English of the project (Mohammed, Muhammad)",
}
TERM_KINDS = ("term-missing", "term-forbidden")
_ORDER = {kind: i for i, kind in enumerate(KINDS)}
# "error": the English says something else or nothing (a reviewer must act); "warning": worth a
# look, often right; "info": a note about the check itself (no dictionary), not about the text.
ERRORS = frozenset({"term-missing", "term-forbidden", "number-missing", "date-mismatch", "untranslated",
                    "copied-source", "arabic-in-english", "leftover-marker", "bidi-control", "tags"})  # fmt: skip


def severity(found) -> str:
    """"error", "warning" or "info" for an Issue or a glossary.check.Problem."""
    if getattr(found, "number", 1) == 0 and not getattr(found, "entry", ""):
        return "info"
    return "error" if found.kind in ERRORS else "warning"


def kind_order(kind: str) -> int:
    return _ORDER.get(kind, len(_ORDER))


@dataclass(frozen=True, slots=True)
class Issue:
    """One QA finding. `number` is 1-based in the project (the window's row number; 0 for a
    glossary entry), `position` 1-based within the document, `document` its name. Spans are
    (start, end) offsets into the paragraph's source / target; `related` holds the numbers of
    the other paragraphs a consistency issue names; `entry` the Arabic of a glossary entry."""

    paragraph_id: int
    number: int
    document: str
    position: int
    kind: str
    message: str
    source_spans: tuple[tuple[int, int], ...] = ()
    target_spans: tuple[tuple[int, int], ...] = ()
    related: tuple[int, ...] = ()
    entry: str = ""

    def as_dict(self) -> dict:
        # "paragraph" is the number within the document, as in the terminology problems.
        return {
            "paragraph": self.position,
            "number": self.number,
            "document": self.document,
            "paragraph_id": self.paragraph_id,
            "kind": self.kind,
            "message": self.message,
            "source_spans": [list(s) for s in self.source_spans],
            "target_spans": [list(s) for s in self.target_spans],
            "related": list(self.related),
            "entry": self.entry,
            "severity": severity(self),
        }


def parse_kinds(text: str | None) -> frozenset[str]:
    """A comma-separated list of kinds (the `qa_disabled` setting, `--kinds`); ValueError names
    any unknown kind."""
    kinds = frozenset(k.strip() for k in (text or "").split(",") if k.strip())
    unknown = sorted(kinds - KINDS.keys())
    if unknown:
        raise ValueError(f"unknown check kind(s): {', '.join(unknown)}")
    return kinds
