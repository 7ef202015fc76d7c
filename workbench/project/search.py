"""Find and replace over paragraphs: pure functions, no I/O, no Qt.

The Arabic side matches regardless of diacritics, tatweel and alef/ya/ta-marbuta variants: both
the text and the query are folded to match keys (workbench.arabic.normalize) and the hit is
mapped back to a span of the original text, so the UI can highlight and select it. The English
side is matched literally, case-insensitive by default. Replacing only ever touches targets:
the source is what the author wrote.

Replace all never changes locked work: approved paragraphs (and reviewed ones, by the user's
preference) are left alone unless the user includes them on purpose, and the plan counts what it
will change and what it leaves, by status, so the window can say so before anything is written.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from workbench.core import inline
from workbench.core.model import Paragraph, Status

SOURCE = "source"
TARGET = "target"


@dataclass(frozen=True, slots=True)
class Match:
    """One hit: `text[start:end]` of the paragraph's `field` ("source" or "target")."""

    paragraph_id: int
    field: str
    start: int
    end: int


def find_arabic(text: str, query: str) -> list[tuple[int, int]]:
    """Spans of `text` matching `query` regardless of diacritics and letter variants.

    The cheap key is tried first; the map back to the text is built only for a paragraph that
    has a hit, so a find that walks 15,000 rows without one stays fast on the GUI thread.
    """
    from workbench.arabic.normalize import match_key_map

    needle = _key(query)
    if not needle or not text or needle not in _key(text):
        return []
    mapped = match_key_map(text)
    found, at = [], mapped.key.find(needle)
    while at >= 0:
        found.append(mapped.span(at, at + len(needle)))
        at = mapped.key.find(needle, at + len(needle))
    return found


@lru_cache(maxsize=32_768)
def _key(text: str) -> str:
    # Sources never change, so a find that counts every hit of a 15,000-paragraph book folds each
    # one once per session, not once per press of Find next (a few MB for a whole book).
    from workbench.arabic.normalize import match_key

    return match_key(text)


def find_literal(text: str, query: str, *, case_sensitive: bool = False) -> list[tuple[int, int]]:
    """Spans of `text` equal to `query` (ignoring case unless `case_sensitive`). Inline tags in
    a target are read through: "the minister" finds "the {1}minister{/1}"."""
    if not query or not text:
        return []
    flags = 0 if case_sensitive else re.IGNORECASE
    if not inline.RESERVED.search(text):
        return [(m.start(), m.end()) for m in re.finditer(re.escape(query), text, flags)]
    at = [i for i, char in enumerate(text) if not inline.RESERVED.match(char)]  # plain -> text
    return [(at[m.start()], at[m.end() - 1] + 1)
            for m in re.finditer(re.escape(inline.plain(query)), inline.plain(text), flags) if m.end() > m.start()]


def _with_tags(replacement: str, replaced: str) -> str:
    """The replacement, followed by the tags the replaced text held: replacing words never
    deletes a tag (QA then shows where it moved, if it did)."""
    kept = "".join(inline.RESERVED.findall(replaced))
    return replacement + kept


def search(
    paragraphs: Iterable[Paragraph],
    query: str,
    *,
    in_source: bool = True,
    in_target: bool = True,
    case_sensitive: bool = False,
) -> list[Match]:
    """Every hit in project order: a paragraph's source hits before its target hits."""
    hits: list[Match] = []
    if not query:
        return hits
    for p in paragraphs:
        if in_source:
            hits += [Match(p.id, SOURCE, s, e) for s, e in find_arabic(p.source, query)]
        if in_target:
            hits += [Match(p.id, TARGET, s, e)
                     for s, e in find_literal(p.target, query, case_sensitive=case_sensitive)]
    return hits


def replace_in_text(text: str, query: str, replacement: str, *,
                    case_sensitive: bool = False) -> tuple[str, int]:
    """`text` with every hit of `query` replaced; returns (new text, number replaced)."""
    spans = find_literal(text, query, case_sensitive=case_sensitive)
    if not spans:
        return text, 0
    parts, last = [], 0
    for start, end in spans:
        parts += [text[last:start], _with_tags(replacement, text[start:end])]
        last = end
    parts.append(text[last:])
    return "".join(parts), len(spans)


def replace_at(text: str, start: int, end: int, replacement: str) -> str:
    """`text` with the one span [start, end) replaced (replace the current hit only)."""
    return text[:start] + _with_tags(replacement, text[start:end]) + text[end:]


def locked_statuses(*, lock_reviewed: bool = True, include_locked: bool = False) -> frozenset:
    """The statuses Replace all leaves alone: approved always, reviewed when the preference says
    so; none when the user ticked "include" on purpose."""
    if include_locked:
        return frozenset()
    return frozenset({Status.APPROVED, Status.REVIEWED} if lock_reviewed else {Status.APPROVED})


@dataclass
class ReplacePlan:
    """What Replace all would do: `changes` (paragraph id, new target) in project order;
    `changed` counts them by the status they have now, `locked` counts the paragraphs with a
    hit that are left alone because of their status."""

    changes: list[tuple[int, str]] = field(default_factory=list)
    changed: Counter = field(default_factory=Counter)
    locked: Counter = field(default_factory=Counter)


def plan_replace_all(
    paragraphs: Iterable[Paragraph], query: str, replacement: str, *,
    case_sensitive: bool = False, locked: frozenset | None = None,
) -> ReplacePlan:
    """Every target that would change, except those whose status is in `locked` (counted
    apart; by default approved and reviewed, see `locked_statuses`). Sources and untranslatable
    paragraphs are never touched."""
    locked = locked_statuses() if locked is None else locked
    plan = ReplacePlan()
    for p in paragraphs:
        if not p.translatable:
            continue
        new, count = replace_in_text(p.target, query, replacement, case_sensitive=case_sensitive)
        if not count or new == p.target:
            continue
        if p.status in locked:
            plan.locked[p.status] += 1
        else:
            plan.changes.append((p.id, new))
            plan.changed[p.status] += 1
    return plan
