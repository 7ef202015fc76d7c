"""Merge a review DOCX back into its project (`workbench merge PROJECT FILE.docx`).

A reviewer edited the English column of our review file (formats.review_export) in Word or
LibreOffice, tracked changes or not, and added comments; formats.review_read gives each row's
final English, its tracked changes (with authors) and the comments anchored in it. Rows are
matched to paragraphs by the id in the first column, never by position, and each row is judged
on its own (project.merge's outcomes):
- invalid: the id cell is not a paragraph id (damaged), or the id is in the file twice, or the
  English cell was emptied (a row deleted with tracked changes reads so once LibreOffice
  rewrote the file: an empty text never replaces a translation);
- other project: the file names another project; unknown: no paragraph has the id;
- skipped: the paragraph is not for translation;
- unchanged: the reviewer's English is the text the paragraph had when the file was exported
  (spaces, Unicode forms and typographic quotes aside: an office suite's autocorrect is not
  an edit), or the project's text now;
- conflict: the paragraph changed in the project after the export (a revision newer than the
  file's export time) and the reviewer changed it too: the project's text stays, the
  reviewer's is kept beside it in the history (origin review), both are in the report;
- missing: a paragraph the file should hold (its status at export was among those exported)
  has no row: the reviewer deleted it;
- applied: a new revision of origin "review", by the reviewer (the last tracked change's
  author in that cell, else `author`), at `status` (reviewed unless asked otherwise).
Comments (Word's, and a changed comment column) are added to the paragraph's comment, each
once. Everything is written in one transaction (ProjectStore.apply_review) or nothing is;
`dry_run` judges the same and writes nothing. A refused file raises DocumentImportError first.
"""

from __future__ import annotations

import unicodedata
from datetime import datetime, timezone
from pathlib import Path

from workbench.core import inline
from workbench.core.model import Paragraph, Status
from workbench.mt.tags import retag
from workbench.project.backups import IDENTITY_KEY
from workbench.project.merge import MergeReport, Outcome, UnitResult

_QUOTES = str.maketrans({"“": '"', "”": '"', "„": '"', "‘": "'", "’": "'", "\u00a0": " ",
                         "\u202f": " ", "–": "-", "—": "-"})  # fmt: skip


def same_text(a: str, b: str) -> bool:
    """Equal for a reader: NFC, runs of white space, typographic quotes and dashes aside."""
    return _key(a) == _key(b)


def _key(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", inline.plain(text)).translate(_QUOTES).split())


def _when(stamp: str) -> datetime | None:
    try:
        moment = datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.replace(microsecond=moment.microsecond // 1000 * 1000)  # revisions: ms


def at_export(project, para: Paragraph, exported: datetime | None) -> tuple[str, Status, bool]:
    """(target, status) the paragraph had when the file was exported, and whether it changed
    since. A revision in the export's own millisecond counts as after it: a doubt is a
    conflict."""
    if exported is None:
        return para.target, para.status, False
    before = [r for r in project.revisions(para.id) if (_when(r.created_at) or exported) < exported]
    changed = len(before) < len(project.revisions(para.id))
    if not changed:
        return para.target, para.status, False
    if not before:
        return "", Status.UNTRANSLATED, True
    return before[-1].text, before[-1].status, True


def merge_review(project, path: Path | str, *, status: Status = Status.REVIEWED, author: str = "",
                 dry_run: bool = False) -> MergeReport:
    """Judge every row of the review file at `path` and write what applies (see above)."""
    from workbench.formats.review_read import read_review

    review = read_review(Path(path))
    identity = project.setting(IDENTITY_KEY, "") or ""
    exported = _when(review.exported_at) if review.exported_at else None
    paragraphs = {p.id: p for p in project.paragraphs()}
    results: list[UnitResult] = []
    changes, kept, comments, seen = [], [], [], set()
    warnings = [] if review.project else ["the file names no project: rows were matched by id only"]
    for row in review.rows:
        uid = row.id_text or f"row {row.row}"
        para = paragraphs.get(row.paragraph_id) if row.paragraph_id is not None else None
        if row.problem or row.paragraph_id is None:
            results.append(UnitResult(uid, Outcome.INVALID, row.problem or f"row {row.row}: the id "
                                      "cell is damaged"))
            continue
        if review.project and identity and review.project != identity:
            results.append(UnitResult(uid, Outcome.OTHER_PROJECT, f"exported from project {review.project[:40]}"))
            continue
        if row.paragraph_id in seen:
            results.append(UnitResult(uid, Outcome.INVALID, f"row {row.row}: the id is in the file twice"))
            continue
        seen.add(row.paragraph_id)
        if para is None:
            results.append(UnitResult(uid, Outcome.UNKNOWN, "no paragraph has this id"))
            continue
        if not para.translatable:
            results.append(UnitResult(uid, Outcome.SKIPPED, "not for translation"))
            continue
        if not same_text(row.source, para.source):
            warnings.append(f"paragraph {uid}: the Arabic was changed in the file; the project's stays")
        reviewer = next((c.author for c in reversed(row.changes) if c.author), "") or author
        note = _comment(para.comment, row)
        if note is not None:
            comments.append((para.id, para.comment, note))
        results.append(_judge(project, para, row, exported, status, reviewer, changes, kept))
    results += _missing(project, review, paragraphs, seen, exported)
    if (changes or kept or comments) and not dry_run:
        written = project._store.apply_review(changes, kept, comments)
        from workbench.project import memory

        for para in written:
            memory.feed_after_edit(project, para)
    report = MergeReport(str(path), review.format or "review", dry_run, tuple(results), tuple(warnings))
    return report if not comments else _with_comments(report, len(comments))


def _judge(project, para, row, exported, status, reviewer, changes, kept) -> UnitResult:
    uid = str(para.id)
    text = retag(para.source, para.marks, row.target)  # a reviewer's words, the source's tags
    then_target, then_status, changed_since = at_export(project, para, exported)
    if same_text(text, then_target) or same_text(text, para.target):
        return UnitResult(uid, Outcome.UNCHANGED)
    if not text.strip():
        # An emptied English cell is what a row deleted with tracked changes becomes after an
        # office suite rewrote the file: never taken as a translation.
        return UnitResult(uid, Outcome.INVALID, "the English cell is empty (its row deleted with "
                          "tracked changes?); nothing changed", "", para.target, text)
    if changed_since:
        kept.append((para.id, text, para.status, reviewer))
        return UnitResult(uid, Outcome.CONFLICT, "changed in the project since the export; the "
                          "reviewer's text is kept in the history", para.status.value, para.target, text)
    changes.append((para.id, para.target, para.status, text, status, reviewer))
    return UnitResult(uid, Outcome.APPLIED, f"by {reviewer}" if reviewer else "", status.value,
                      para.target, text)


def _comment(current: str, row) -> str | None:
    """The paragraph's comment with the row's new notes added once each, or None if none."""
    notes = [f"{c.author or 'reviewer'}{f' ({c.date[:10]})' if c.date else ''}: {c.text.strip()}"
             for c in row.comments if c.text.strip()]
    cell = row.comment_cell.strip()
    if cell and not same_text(cell, current):
        notes.insert(0, cell[len(current):].strip() if current and cell.startswith(current) else cell)
    new = current
    for note in notes:
        if note and _key(note) not in _key(new):
            new = f"{new}\n{note}" if new else note
    return new if new != current else None


def _missing(project, review, paragraphs, seen, exported) -> list[UnitResult]:
    """Paragraphs the file should hold and does not: a reviewer deleted their rows."""
    if exported is None:
        return []
    wanted = {s.strip() for s in (getattr(review, "statuses", "") or "").split(",") if s.strip()}
    imported = {doc.id: _when(doc.imported_at) or exported for doc in project.documents()}
    out = []
    for pid, para in paragraphs.items():
        if pid in seen or not para.translatable or imported.get(para.document_id, exported) > exported:
            continue  # a document imported after the export was not in the file
        _target, then_status, _changed = at_export(project, para, exported)
        if not wanted or then_status.value in wanted:
            out.append(UnitResult(str(pid), Outcome.MISSING, "no row in the file: deleted there?"))
    return out


def _with_comments(report: MergeReport, count: int) -> MergeReport:
    from dataclasses import replace

    return replace(report, comments=count)
