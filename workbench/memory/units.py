"""What the memory stores (`Unit`) and what a look-up returns (`Match`): plain frozen values,
safe to hand from the store's thread to any other."""

from __future__ import annotations

from dataclasses import dataclass

ORIGINS = ("person", "tmx", "machine")


@dataclass(frozen=True, slots=True)
class Unit:
    """One confirmed translation. `key` is the stable upsert key within a project (a paragraph
    id, or "paragraph.sentence"); "" keys the unit by its (source, target) pair instead."""

    source: str  # Arabic
    target: str  # English
    project: str = ""  # the project's "project_uuid" setting, or "" for imported TMX
    document: str = ""
    key: str = ""
    author: str = ""
    created: str = ""  # ISO 8601 UTC; filled by the store when empty
    changed: str = ""
    status: str = ""  # edited / reviewed / approved, or "" for imported units
    origin: str = "person"  # "person" | "tmx" | "machine" (machine units are penalised)
    note: str = ""


@dataclass(frozen=True, slots=True)
class Match:
    """A unit offered for a segment. `score` (0-100) is on the folded, clitic-aware words after
    penalties; `raw_score` on the words as written (diacritics kept), without penalties;
    `exact` when the sources are identical after folding; `target` has the segment's numbers
    substituted when only numbers differ; `project_name` names the unit's project ("" when
    the unit has none, e.g. another tool's TMX, or the memory never learnt its name)."""

    unit: Unit
    score: int
    raw_score: int
    exact: bool
    target: str
    penalties: tuple[str, ...]
    project_name: str = ""


@dataclass(frozen=True, slots=True)
class Hit:
    """A unit a concordance search found, with its project's name (as in Match)."""

    unit: Unit
    project_name: str = ""


@dataclass(frozen=True, slots=True)
class ProjectName:
    """What the memory keeps of a project: its name (the project file's stem) and path."""

    uuid: str
    name: str
    path: str = ""
