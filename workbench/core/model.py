"""Domain types shared by every layer. Plain frozen dataclasses: safe to pass between threads."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class Status(StrEnum):
    """Where a paragraph's target text stands. Order is the workflow order."""

    UNTRANSLATED = "untranslated"
    MACHINE = "machine"
    GLOSS = "gloss"
    MEMORY = "memory"  # a translation-memory draft (pre-translated, or a confirmed repeat)
    EDITED = "edited"
    REVIEWED = "reviewed"
    APPROVED = "approved"

    @property
    def is_draft(self) -> bool:
        """True when no person has touched the target: an engine may overwrite it."""
        return self in DRAFT_STATUSES


DRAFT_STATUSES = frozenset({Status.UNTRANSLATED, Status.MACHINE, Status.GLOSS, Status.MEMORY})


class Kind(StrEnum):
    """What a segment is in its source document."""

    HEADING = "heading"
    PARAGRAPH = "paragraph"
    LIST_ITEM = "list_item"
    TABLE_CELL = "table_cell"
    QUOTE = "quote"
    CODE = "code"  # kept for export, never translated


class Origin(StrEnum):
    """Who produced a revision."""

    IMPORT = "import"
    MACHINE = "machine"
    GLOSS = "gloss"
    USER = "user"
    MEMORY = "memory"  # a memory match: inserted by a person (Ctrl+1..5, status edited), or a
    # draft (status memory) pre-translated from the memory or copied from a confirmed repeat
    XLIFF = "xliff"  # a target merged from an XLIFF file another tool translated
    REVIEW = "review"  # a reviewer's English from a review DOCX (workbench merge), by its author


@dataclass(frozen=True, slots=True)
class Segment:
    """One unit an importer found, before it is stored."""

    kind: Kind
    text: str
    level: int = 0  # heading level (1-6), list depth; 0 otherwise
    translatable: bool = True
    marks: tuple = ()  # core.inline.Mark: bold words, links... over `text` (kept as tags)


@dataclass(frozen=True, slots=True)
class SourceDocument:
    """What an importer returns: the segments of one file, in document order."""

    name: str
    format: str  # "txt", "md", "docx"
    segments: tuple[Segment, ...]
    encoding: str | None = None
    bidi_controls: int = 0  # bidi control characters kept in the text (flagged by QA later)
    removed_controls: int = 0  # XML-illegal control characters dropped
    metadata: tuple[tuple[str, str], ...] = ()  # e.g. (("title", ...), ("author", ...), ("date", ...))
    original: bytes = b""  # the file as read, kept where an export rebuilds it (DOCX)


@dataclass(frozen=True, slots=True)
class Document:
    """A stored source document."""

    id: int
    name: str
    format: str
    imported_at: str  # ISO 8601, UTC
    paragraph_count: int = 0
    metadata: tuple[tuple[str, str], ...] = ()  # what the importer knew: title, author, date...


@dataclass(frozen=True, slots=True)
class Paragraph:
    """One stored segment with its translation. `id` is stable for the life of the project."""

    id: int
    document_id: int
    position: int  # 0-based order within the project (documents in import order)
    kind: Kind
    source: str
    target: str = ""
    status: Status = Status.UNTRANSLATED
    level: int = 0
    translatable: bool = True
    engine: str = ""  # engine that made the current text; "" once a person rewrote the draft
    model: str = ""  # model name/version behind that draft
    comment: str = ""
    updated_at: str = ""
    marks: tuple = ()  # core.inline.Mark over `source`; the target carries their tags
    confidence: tuple = ()  # the model's (mean, min) token log-probability per sentence of the
    # machine draft this text is (see mt/confidence.py); () for a person's or a gloss text


@dataclass(frozen=True, slots=True)
class Revision:
    """One saved version of a paragraph's target. Every save appends one; none is ever deleted."""

    id: int
    paragraph_id: int
    text: str
    status: Status
    origin: Origin
    engine: str = ""
    model: str = ""
    created_at: str = ""
    author: str = ""  # the person who saved a user revision ("" for engines, imports, old files)
    confidence: tuple = ()  # a machine draft's (mean, min) log-probability per sentence


@dataclass(frozen=True, slots=True)
class TranslationRequest:
    """A paragraph to translate: what the store hands the MT lane."""

    paragraph_id: int
    source: str
    marks: tuple = ()  # the source's inline marks: the draft gets their tags back (mt/tags.py)


@dataclass(frozen=True, slots=True)
class Draft:
    """An engine's output for one paragraph: what the MT lane hands back to the store."""

    paragraph_id: int
    text: str
    engine: str
    model: str
    status: Status = Status.MACHINE  # MACHINE, GLOSS or MEMORY
    confidence: tuple = ()  # (mean, min) token log-probability per sentence, from the model


@dataclass(frozen=True, slots=True)
class StatusCounts:
    """Paragraph counts by status (translatable paragraphs only)."""

    counts: dict[Status, int] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    def __getitem__(self, status: Status) -> int:
        return self.counts.get(status, 0)
