"""How far a project is, per document: paragraphs, Arabic words and characters by status.

Words are counted the way an Arabic reader counts them: a run of text between spaces that holds
a letter or a digit is one word, so a clitic-bearing word (وبالحكومة) is one word, not three,
and a lone dash or comma is none. Characters are the letters, digits and punctuation without
spaces, diacritics or tatweel (what the reader sees, whatever the vocalisation). Only
paragraphs for translation count. Qt-free; one pass over the paragraphs (store thread).
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from dataclasses import dataclass, field

from workbench.core.model import Status

TATWEEL = "\u0640"


def word_count(text: str) -> int:
    return sum(1 for token in text.split() if any(ch.isalnum() for ch in token))


def char_count(text: str) -> int:
    return sum(1 for ch in text if not ch.isspace() and ch != TATWEEL
               and unicodedata.category(ch) not in ("Mn", "Cf"))


@dataclass
class Tally:
    """Counts by status for one document (or all of them)."""

    name: str
    paragraphs: Counter = field(default_factory=Counter)
    words: Counter = field(default_factory=Counter)
    chars: Counter = field(default_factory=Counter)

    def add(self, status: Status, source: str) -> None:
        self.paragraphs[status] += 1
        self.words[status] += word_count(source)
        self.chars[status] += char_count(source)

    def total(self, what: str = "words") -> int:
        return sum(getattr(self, what).values())

    def done(self, what: str = "words", statuses=(Status.REVIEWED, Status.APPROVED)) -> int:
        counts = getattr(self, what)
        return sum(counts[s] for s in statuses)

    def as_dict(self) -> dict:
        def by_status(counts: Counter) -> dict:
            return {s.value: counts[s] for s in Status}

        return {"name": self.name, "paragraphs": by_status(self.paragraphs),
                "words": by_status(self.words), "characters": by_status(self.chars),
                "total_words": self.total("words"), "total_characters": self.total("chars")}


def progress(project, batch: int = 2000) -> tuple[list[Tally], Tally]:
    """(one Tally per document in import order, the project's Tally)."""
    documents = project.documents()
    tallies = {doc.id: Tally(doc.name) for doc in documents}
    whole = Tally(project.path.stem)
    for offset in range(0, project.paragraph_count(), batch):
        for para in project.paragraphs(offset, batch):
            if not para.translatable:
                continue
            tallies.setdefault(para.document_id, Tally("?")).add(para.status, para.source)
            whole.add(para.status, para.source)
    return [tallies[doc.id] for doc in documents if doc.id in tallies], whole
