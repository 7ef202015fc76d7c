"""Merge an XLIFF file that another tool translated back into its project (`workbench merge`).

Units are matched to paragraphs by id, never by position, and each is judged on its own:
- invalid: the file gives no usable id, or only some segments of a unit are translated;
- other project: the file names another project (wb:project differs from "project_uuid");
- unknown: no paragraph has the unit's id;
- skipped: the unit or the paragraph is not for translation (code);
- source differs: the unit's Arabic is not the paragraph's (collapsed spaces and NFC aside);
- empty: the unit has no translation; unchanged: the file's target is the project's already;
- conflict: the paragraph changed in the project since the export (its target and status no
  longer match the unit's wb:stamp), or, in a file without stamps, a person's text would be
  replaced: a person's words are never overwritten without asking;
- applied: everything else, as a new revision of origin "xliff" at the status the unit's state
  gives (xliff_states), never above it. Every earlier version stays in the history.
All applied units are written in one transaction (ProjectStore.merge_targets, compare-and-set),
or none is. `dry_run` judges the same and writes nothing. A file that is refused (unsafe, too
large, not XLIFF) raises DocumentImportError before the project is touched.
Qt-free; runs on the thread that owns the project.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from workbench.core import inline
from workbench.core.model import Origin, Paragraph
from workbench.core.text import clean_text
from workbench.formats.xliff_export import xml_text
from workbench.formats.xliff_import import XliffUnit, read_xliff
from workbench.formats.xliff_states import stamp
from workbench.mt.tags import retag
from workbench.project.backups import IDENTITY_KEY  # the project's identity ("project_uuid")


class Outcome(StrEnum):
    APPLIED = "applied"
    UNCHANGED = "unchanged"
    EMPTY = "empty"
    SKIPPED = "skipped"
    CONFLICT = "conflict"
    UNKNOWN = "unknown"
    OTHER_PROJECT = "other-project"
    SOURCE_DIFFERS = "source-differs"
    INVALID = "invalid"
    MISSING = "missing"  # review files: a paragraph the file should hold has no row


NOT_APPLIED = frozenset({Outcome.CONFLICT, Outcome.UNKNOWN, Outcome.OTHER_PROJECT,
                         Outcome.SOURCE_DIFFERS, Outcome.INVALID, Outcome.MISSING})


@dataclass(frozen=True, slots=True)
class UnitResult:
    unit_id: str
    outcome: Outcome
    detail: str = ""
    status: str = ""  # the status applied (or that would be, in a dry run)
    project_target: str | None = None  # conflicts: both texts, for the person to choose
    file_target: str | None = None


@dataclass(frozen=True, slots=True)
class MergeReport:
    file: str
    version: str
    dry_run: bool
    results: tuple[UnitResult, ...]
    warnings: tuple[str, ...] = ()
    comments: int = 0  # review files: paragraphs whose comment the file added to

    def count(self, outcome: Outcome) -> int:
        return sum(1 for r in self.results if r.outcome is outcome)

    @property
    def problems(self) -> list[UnitResult]:
        """Units that were not applied and need a person's attention (exit code 1)."""
        return [r for r in self.results if r.outcome in NOT_APPLIED]

    def as_dict(self) -> dict:
        keep = ("unit_id", "outcome", "detail", "status", "project_target", "file_target")
        return {
            "file": self.file, "version": self.version, "dry_run": self.dry_run,
            "counts": {o.value: self.count(o) for o in Outcome} | {"comments": self.comments},
            "warnings": list(self.warnings),
            "units": [{k: getattr(r, k) for k in keep if getattr(r, k) not in (None, "")}
                      for r in self.results],
        }


def export_xliff(project, out: Path | str, fmt: str = "xliff") -> Path:
    """Export `project` as XLIFF ("xliff" 1.2 or "xliff2" 2.0) with its identity in the header,
    which merge checks (the facade's export passes no identity yet)."""
    from workbench.formats.exporters import export

    docs = project.documents()
    return export(project.paragraphs(), Path(out), fmt,
                  title=docs[0].name if len(docs) == 1 else project.path.stem,
                  source_lang=project.setting("source_lang", "ar") or "ar",
                  target_lang=project.setting("target_lang", "en") or "en",
                  project_id=project.setting(IDENTITY_KEY, "") or "")


def merge_xliff(project, path: Path | str, *, dry_run: bool = False) -> MergeReport:
    """Judge every unit of the XLIFF file at `path` and write the applicable ones (see above)."""
    xliff = read_xliff(Path(path))
    identity = project.setting(IDENTITY_KEY, "") or ""
    paragraphs = {p.id: p for p in project.paragraphs()}
    results, changes = [], []
    for unit in xliff.units:
        result, change = _judge(unit, paragraphs, identity)
        results.append(result)
        if change is not None:
            changes.append(change)
    warnings = []
    if xliff.units and not any(u.project for u in xliff.units):
        warnings.append("the file names no project: units were matched by id and source text only")
    if changes and not dry_run:
        # The store's one-transaction compare-and-set write; then what a person confirmed in
        # the other tool joins the translation memory, as an edit made here would.
        written = project._store.merge_targets(changes, Origin.XLIFF)
        from workbench.project import memory

        for para in written:
            memory.feed_after_edit(project, para)
    return MergeReport(str(path), xliff.version, dry_run, tuple(results), tuple(warnings))


def _judge(unit: XliffUnit, paragraphs: dict[int, Paragraph], identity: str):
    uid = unit.id
    if unit.problem:
        return UnitResult(uid, Outcome.INVALID, unit.problem), None
    if unit.project and unit.project != identity:
        return UnitResult(uid, Outcome.OTHER_PROJECT, f"exported from project {unit.project[:40]}"), None
    numeric = uid.isascii() and uid.isdigit() and len(uid) <= 18  # int() of 5,000 digits raises
    para = paragraphs.get(int(uid)) if numeric else None
    if para is None:
        return UnitResult(uid, Outcome.UNKNOWN, "no paragraph has this id"), None
    if not unit.translatable or not para.translatable:
        return UnitResult(uid, Outcome.SKIPPED, "not for translation"), None
    if _key(unit.source) != _key(para.source):
        return UnitResult(uid, Outcome.SOURCE_DIFFERS, "the unit's source is not the paragraph's"), None
    text = inline.plain(clean_text(unit.target or "").text)  # a file cannot forge a tag
    if not text.strip() or unit.status is None:
        return UnitResult(uid, Outcome.EMPTY), None
    if text in (para.target, xml_text(para.target), inline.plain(para.target)):
        return UnitResult(uid, Outcome.UNCHANGED), None
    text = retag(para.source, para.marks, text)  # the other tool's words, the source's tags
    if unit.stamp and unit.stamp != stamp(para.target, para.status):
        return _conflict(uid, "changed in the project since the export", para, text), None
    if not unit.stamp and not para.status.is_draft:
        return _conflict(uid, "the file has no export stamp and the paragraph holds a "
                              "person's text", para, text), None
    change = (para.id, para.target, para.status, text, unit.status)
    return UnitResult(uid, Outcome.APPLIED, status=unit.status.value), change


def _conflict(uid: str, why: str, para: Paragraph, text: str) -> UnitResult:
    return UnitResult(uid, Outcome.CONFLICT, why, para.status.value, para.target, text)


def _key(text: str) -> str:
    """Source text as compared: NFC, XML-illegal characters gone, runs of spaces collapsed."""
    return " ".join(unicodedata.normalize("NFC", xml_text(text)).split())
