"""Our statuses in XLIFF 1.2 and 2.0, both ways, and the export stamp merge compares.

Export (status -> file), chosen so that reading our own file gives every status back:

| status       | XLIFF 1.2 target state, state-qualifier       | approved | XLIFF 2.0 state, subState |
|--------------|-----------------------------------------------|----------|---------------------------|
| untranslated | new (empty target)                            |          | initial (no target)       |
| machine      | needs-review-translation, mt-suggestion       |          | initial, wb:machine       |
| gloss        | needs-translation, leveraged-glossary         |          | initial, wb:gloss         |
| memory       | needs-review-translation, leveraged-tm        |          | initial, wb:memory        |
| edited       | translated                                    |          | translated                |
| reviewed     | signed-off                                    |          | reviewed                  |
| approved     | final                                         | yes      | final                     |

Import (file -> status), never above what the file says:
- 1.2: approved="yes" or final -> approved; signed-off -> reviewed; translated, or no state at
  all -> edited; needs-review-* -> edited (a person's text awaiting review) unless the qualifier
  says machine translation (mt-suggestion, leveraged-mt) -> machine; any other state (new,
  needs-translation, needs-l10n, needs-adaptation) -> machine; leveraged-glossary -> gloss;
  needs-* with leveraged-tm -> memory (a memory's draft nobody has read).
- 2.0: final -> approved; reviewed -> reviewed; translated -> edited; initial, or no state (the
  2.0 default is initial) -> machine, or gloss / memory with subState wb:gloss / wb:memory.
A draft status (machine, gloss, memory) may later be replaced by an engine; the version from the file
stays in the paragraph's history.
"""

from __future__ import annotations

import hashlib

from workbench.core.model import Status

NS_WB = "urn:x-arabic-workbench:xliff"  # our extension attributes: project, exported, stamp
SUBSTATE_PREFIX = "wb"

STATE_12: dict[Status, tuple[str, str | None]] = {
    Status.UNTRANSLATED: ("new", None),
    Status.MACHINE: ("needs-review-translation", "mt-suggestion"),
    Status.GLOSS: ("needs-translation", "leveraged-glossary"),
    Status.MEMORY: ("needs-review-translation", "leveraged-tm"),
    Status.EDITED: ("translated", None),
    Status.REVIEWED: ("signed-off", None),
    Status.APPROVED: ("final", None),
}
STATE_20: dict[Status, tuple[str, str | None]] = {
    Status.UNTRANSLATED: ("initial", None),
    Status.MACHINE: ("initial", f"{SUBSTATE_PREFIX}:machine"),
    Status.GLOSS: ("initial", f"{SUBSTATE_PREFIX}:gloss"),
    Status.MEMORY: ("initial", f"{SUBSTATE_PREFIX}:memory"),
    Status.EDITED: ("translated", None),
    Status.REVIEWED: ("reviewed", None),
    Status.APPROVED: ("final", None),
}
_MT_QUALIFIERS = frozenset({"mt-suggestion", "leveraged-mt"})
_ORDER = list(Status)


def status_from_12(state: str | None, qualifier: str | None, approved: str | None) -> Status:
    """The status a 1.2 trans-unit's target stands at (see the module docstring)."""
    state = (state or "").strip().lower()
    qualifier = (qualifier or "").strip().lower()
    if (approved or "").strip().lower() == "yes" or state == "final":
        return Status.APPROVED
    if state == "signed-off":
        return Status.REVIEWED
    if qualifier == "leveraged-glossary":
        return Status.GLOSS
    if qualifier == "leveraged-tm" and state.startswith("needs"):
        return Status.MEMORY  # a memory's draft, not yet read by a person
    if state in ("", "translated"):
        return Status.EDITED
    if state.startswith("needs-review") and qualifier not in _MT_QUALIFIERS:
        return Status.EDITED
    return Status.MACHINE


def status_from_20(state: str | None, substate: str | None) -> Status:
    """The status a 2.0 segment's target stands at (see the module docstring)."""
    state = (state or "initial").strip().lower()
    if state == "final":
        return Status.APPROVED
    if state == "reviewed":
        return Status.REVIEWED
    if state == "translated":
        return Status.EDITED
    if (substate or "").strip().lower() == f"{SUBSTATE_PREFIX}:gloss":
        return Status.GLOSS
    if (substate or "").strip().lower() == f"{SUBSTATE_PREFIX}:memory":
        return Status.MEMORY
    return Status.MACHINE


def lowest(statuses: list[Status]) -> Status:
    """The least advanced of several segments' statuses (a unit is only as far as its least)."""
    return min(statuses, key=_ORDER.index)


def stamp(target: str, status: Status) -> str:
    """What a paragraph looked like at export, as a short hash of its target and status: merge
    calls it changed since the export when today's stamp differs."""
    digest = hashlib.sha256(f"{Status(status).value}\n{target}".encode()).hexdigest()
    return digest[:20]


def direction(lang: str) -> str:
    """"rtl" for a right-to-left language code, else "ltr"."""
    primary = lang.strip().lower().replace("_", "-").split("-")[0]
    return "rtl" if primary in {"ar", "fa", "he", "ur", "ps", "ckb", "yi", "dv", "sd", "ug"} else "ltr"
