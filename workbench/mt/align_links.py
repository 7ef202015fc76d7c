"""A word link and how links from the lexicon and from the model are combined.

Word indices are 0-based positions in `text.split()` (whitespace-separated words) of the Arabic
source and of the English target: the same numbers the window, the CLI JSON and tests use.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

ORIGINS = ("lexicon", "number", "glossary", "name", "model")
MODEL_THRESHOLD = 0.1  # translateLocally drops attention links below this
# A model link the lexicon confirms: the lexical weight is raised towards 1 by the model's
# (noisy-or, so neither source alone ever reaches 1 unless it already was 1).
_CONFIRMED_ORIGIN_SUFFIX = "+model"


@dataclass(frozen=True, slots=True)
class Link:
    """English word `target` comes (partly) from Arabic word `source`; `weight` 0-1.

    `origin` says why: "lexicon" (a BAMA gloss of the Arabic word), "number", "glossary",
    "name" (transliteration), "model" (attention); a lexical link the model agrees with keeps
    its lexical origin with "+model" appended ("lexicon+model").
    """

    source: int
    target: int
    weight: float
    origin: str

    def as_dict(self) -> dict:
        return {"source": self.source, "target": self.target,
                "weight": round(self.weight, 3), "origin": self.origin}  # fmt: skip


def combine(lexical: Iterable[Link], model: Iterable[Link]) -> list[Link]:
    """Lexical links, raised where the model agrees; model links only for English words the
    lexicon left unlinked (where the lexicon speaks, a disagreeing model is noise). Sorted by
    target, then source."""
    lexical = list(lexical)
    by_pair = {(m.source, m.target): m for m in model if m.weight >= MODEL_THRESHOLD}
    linked_targets = {link.target for link in lexical}
    out: list[Link] = []
    for link in lexical:
        agree = by_pair.pop((link.source, link.target), None)
        if agree is None:
            out.append(link)
        else:
            weight = 1 - (1 - link.weight) * (1 - agree.weight)
            out.append(Link(link.source, link.target, weight, link.origin + _CONFIRMED_ORIGIN_SUFFIX))
    out.extend(m for m in by_pair.values() if m.target not in linked_targets)
    return sorted(out, key=lambda link: (link.target, link.source))
