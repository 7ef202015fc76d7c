"""All SQL of the project file: the only module (with migrations.py) that knows table names.

Takes and returns core dataclasses, never rows. It never begins or commits a transaction: the
ProjectStore wraps every write method in one transaction and acknowledges only after COMMIT.
Reads go straight to the sqlite3 connection (one query each, tuples unpacked positionally),
which keeps `paragraphs()` over 15,000 rows cheap.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import replace
from datetime import datetime, timezone

from workbench.core import inline
from workbench.core.model import (
    Document,
    Kind,
    Origin,
    Paragraph,
    Revision,
    SourceDocument,
    Status,
    StatusCounts,
)

_KINDS = {k.value: k for k in Kind}
class _Lookup(dict):
    """Stored value -> enum. A value this version does not know (the project then opens
    read-only, see schema_guard) reads as `fallback`, so the project can still be shown."""

    def __init__(self, enum, fallback):
        super().__init__((member.value, member) for member in enum)
        self.fallback = fallback

    def __missing__(self, key):
        return self.fallback


# Unknown statuses read as "edited": a person's text, which no draft may replace.
_STATUSES = _Lookup(Status, Status.EDITED)
_ORIGINS = _Lookup(Origin, Origin.USER)
_PARAGRAPH_COLUMNS = (
    "id, document_id, position, kind, source, target, status, level, translatable, "
    "engine, model, comment, updated_at, marks, confidence"
)
_REVISION_COLUMNS = ("id, paragraph_id, text, status, origin, engine, model, created_at, author, "
                     "confidence")


def _metadata(stored: str) -> tuple[tuple[str, str], ...]:
    try:
        value = json.loads(stored or "{}")
    except ValueError:  # a foreign program's text: the document is still shown
        return ()
    return tuple((str(k), str(v)) for k, v in value.items()) if isinstance(value, dict) else ()


def now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="milliseconds")


def _paragraph(row: tuple) -> Paragraph:
    pid, doc, pos, kind, source, target, status, level, translatable, engine, model, comment, upd, \
        marks, confidence = row
    return Paragraph(
        pid, doc, pos, _KINDS[kind], source, target, _STATUSES[status], level, bool(translatable),
        engine, model, comment, upd, inline.from_json(marks), scores_from_json(confidence),
    )  # fmt: skip


def _revision(row: tuple) -> Revision:
    rid, pid, text, status, origin, engine, model, created_at, author, confidence = row
    return Revision(rid, pid, text, _STATUSES[status], _ORIGINS[origin], engine, model, created_at,
                    author, scores_from_json(confidence))


def scores_to_json(scores: tuple) -> str:
    """A draft's (mean, min) log-probabilities per sentence as stored ("" for none)."""
    return json.dumps([[round(a, 4), round(b, 4)] for a, b in scores]) if scores else ""


def scores_from_json(stored: str) -> tuple:
    if not stored:
        return ()
    try:
        return tuple((float(a), float(b)) for a, b in json.loads(stored))
    except (ValueError, TypeError):  # another program's edit: no score, the text is still shown
        return ()


class Repository:
    """SQL over one connection. Owned by the ProjectStore's thread, like the connection."""

    def __init__(self, conn: sqlite3.Connection):
        self._conn = conn

    # -- settings ---------------------------------------------------------------------------
    def get_setting(self, key: str) -> str | None:
        row = self._conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        return None if row is None else row[0]

    def set_setting(self, key: str, value: str) -> None:
        self._conn.execute(
            "INSERT INTO settings(key, value) VALUES (?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (key, value),
        )

    # -- documents --------------------------------------------------------------------------
    def add_document(self, source: SourceDocument) -> Document:
        imported_at = now()
        cur = self._conn.execute(
            "INSERT INTO documents(name, format, imported_at, encoding, bidi_controls, "
            "removed_controls, metadata) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (source.name, source.format, imported_at, source.encoding, source.bidi_controls,
             source.removed_controls, json.dumps(dict(source.metadata), ensure_ascii=False)),
        )  # fmt: skip
        doc_id = cur.lastrowid
        if source.original:
            self._conn.execute("INSERT INTO document_sources(document_id, data) VALUES (?, ?)",
                               (doc_id, source.original))
        start = self._conn.execute("SELECT COALESCE(MAX(position) + 1, 0) FROM paragraphs").fetchone()[0]
        self._conn.executemany(
            "INSERT INTO paragraphs(document_id, position, kind, level, translatable, source, "
            "updated_at, marks) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                (doc_id, start + i, Kind(seg.kind).value, seg.level, int(seg.translatable), seg.text,
                 imported_at, inline.to_json(seg.marks))
                for i, seg in enumerate(source.segments)
            ),
        )  # fmt: skip
        return Document(doc_id, source.name, source.format, imported_at, len(source.segments),
                        tuple(source.metadata))

    def documents(self) -> list[Document]:
        rows = self._conn.execute(
            "SELECT d.id, d.name, d.format, d.imported_at, "
            "(SELECT COUNT(*) FROM paragraphs p WHERE p.document_id = d.id), d.metadata "
            "FROM documents d ORDER BY d.id"
        )
        return [Document(*row[:5], _metadata(row[5])) for row in rows]

    def document_source(self, document_id: int) -> bytes | None:
        row = self._conn.execute("SELECT data FROM document_sources WHERE document_id = ?",
                                 (document_id,)).fetchone()
        return None if row is None else bytes(row[0])

    def delete_document(self, document_id: int) -> None:
        """The document, its paragraphs and their revisions (inside the caller's transaction)."""
        self._conn.execute("DELETE FROM document_sources WHERE document_id = ?", (document_id,))
        self._conn.execute("DELETE FROM revisions WHERE paragraph_id IN "
                           "(SELECT id FROM paragraphs WHERE document_id = ?)", (document_id,))
        self._conn.execute("DELETE FROM paragraphs WHERE document_id = ?", (document_id,))
        self._conn.execute("DELETE FROM documents WHERE id = ?", (document_id,))

    # -- paragraphs -------------------------------------------------------------------------
    def paragraph_count(self) -> int:
        return self._conn.execute("SELECT COUNT(*) FROM paragraphs").fetchone()[0]

    def paragraphs(self, offset: int, limit: int | None) -> list[Paragraph]:
        rows = self._conn.execute(
            f"SELECT {_PARAGRAPH_COLUMNS} FROM paragraphs ORDER BY position LIMIT ? OFFSET ?",
            (-1 if limit is None else limit, offset),
        )
        return [_paragraph(row) for row in rows]

    def paragraph_ids(self) -> list[int]:
        return [row[0] for row in self._conn.execute("SELECT id FROM paragraphs ORDER BY position")]

    def find_paragraph(self, paragraph_id: int) -> Paragraph | None:
        row = self._conn.execute(
            f"SELECT {_PARAGRAPH_COLUMNS} FROM paragraphs WHERE id = ?", (paragraph_id,)
        ).fetchone()
        return None if row is None else _paragraph(row)

    def status_counts(self) -> StatusCounts:
        counts = dict.fromkeys(Status, 0)
        for status, n in self._conn.execute(
            "SELECT status, COUNT(*) FROM paragraphs WHERE translatable = 1 GROUP BY status"
        ):
            counts[_STATUSES[status]] += n
        return StatusCounts(counts)

    def translation_requests(self, statuses: frozenset[Status]) -> list[tuple[int, str, str]]:
        marks = ", ".join("?" * len(statuses))
        return self._conn.execute(
            f"SELECT id, source, marks FROM paragraphs WHERE translatable = 1 AND status IN ({marks}) "
            "ORDER BY position",
            [s.value for s in sorted(statuses)],
        ).fetchall()

    def machine_scores(self) -> list[tuple[str, str]]:
        """(model, stored scores) of every scored machine draft the project ever received."""
        return self._conn.execute(
            "SELECT model, confidence FROM revisions WHERE origin = 'machine' AND confidence != ''"
        ).fetchall()

    def latest_origin(self, origin: Origin) -> list[int]:
        """Ids of the paragraphs whose latest revision has `origin`, in project order."""
        return [row[0] for row in self._conn.execute(
            "SELECT p.id FROM paragraphs p JOIN revisions r ON r.id = "
            "(SELECT MAX(id) FROM revisions WHERE paragraph_id = p.id) "
            "WHERE r.origin = ? ORDER BY p.position", (origin.value,))]

    def repeats(self, paragraph: Paragraph) -> list[Paragraph]:
        """Other translatable paragraphs whose source is `paragraph`'s (ends trimmed)."""
        rows = self._conn.execute(
            f"SELECT {_PARAGRAPH_COLUMNS} FROM paragraphs WHERE translatable = 1 AND id != ? "
            "AND trim(source, ' \t\n\r') = ? ORDER BY position",
            (paragraph.id, paragraph.source.strip(" \t\n\r")),
        )
        return [_paragraph(row) for row in rows]

    # -- writes (inside the caller's transaction) -------------------------------------------
    def update_target(
        self, para: Paragraph, text: str, status: Status, origin: Origin, engine: str = "",
        model: str = "", author: str = "", confidence: tuple = (),
    ) -> Paragraph:  # fmt: skip
        """Set target and status and append the matching revision. Returns the new paragraph.

        The paragraph's engine and model name whoever made its current text: a person's text
        that differs from the latest draft clears them (the grid then says "person"), and
        a person's text equal to that draft (kept, or brought back) names its engine again, and
        a change of status alone keeps them. `author` is recorded on user revisions only.
        """
        stamp = now()
        memory_draft = (origin, status) == (Origin.MEMORY, Status.MEMORY)
        if origin in (Origin.MACHINE, Origin.GLOSS) or memory_draft:
            new = replace(para, target=text, status=status, engine=engine, model=model, updated_at=stamp,
                          confidence=confidence if origin is Origin.MACHINE else ())
            author = ""
        elif text == para.target:  # only the status changes: whoever made the text still did
            new = replace(para, status=status, updated_at=stamp)
        else:  # a person's text: the model's score stays only while it is the model's text
            draft = self.machine_draft(para.id)
            same = draft is not None and draft.text == text
            made_by = (draft.engine, draft.model) if same else ("", "")
            new = replace(para, target=text, status=status, engine=made_by[0], model=made_by[1],
                          updated_at=stamp, confidence=draft.confidence if same else ())
        self._conn.execute(
            "UPDATE paragraphs SET target = ?, status = ?, engine = ?, model = ?, updated_at = ?, "
            "confidence = ? WHERE id = ?",
            (new.target, new.status.value, new.engine, new.model, stamp,
             scores_to_json(new.confidence), para.id),
        )
        self._conn.execute(
            "INSERT INTO revisions(paragraph_id, text, status, origin, engine, model, created_at, "
            "author, confidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (para.id, text, status.value, origin.value, engine, model, stamp, author,
             scores_to_json(confidence if origin is Origin.MACHINE else ())),
        )
        return new

    def add_revision(self, paragraph_id: int, text: str, status: Status, origin: Origin,
                     engine: str = "", model: str = "", author: str = "") -> Revision:
        """Append a revision and leave the paragraph as it is (an engine's draft, or a
        reviewer's text in conflict, kept beside a person's text). Returns the new revision."""
        stamp = now()
        cur = self._conn.execute(
            "INSERT INTO revisions(paragraph_id, text, status, origin, engine, model, created_at, "
            "author) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (paragraph_id, text, status.value, origin.value, engine, model, stamp, author),
        )
        return Revision(cur.lastrowid, paragraph_id, text, status, origin, engine, model, stamp,
                        author)

    def update_comment(self, para: Paragraph, comment: str) -> Paragraph:
        new = replace(para, comment=comment, updated_at=now())
        self._conn.execute(
            "UPDATE paragraphs SET comment = ?, updated_at = ? WHERE id = ?",
            (comment, new.updated_at, para.id),
        )
        return new

    # -- revisions --------------------------------------------------------------------------
    def revisions(self, paragraph_id: int) -> list[Revision]:
        rows = self._conn.execute(
            f"SELECT {_REVISION_COLUMNS} FROM revisions WHERE paragraph_id = ? ORDER BY id",
            (paragraph_id,),
        )
        return [_revision(row) for row in rows]

    def machine_draft(self, paragraph_id: int) -> Revision | None:
        row = self._conn.execute(
            f"SELECT {_REVISION_COLUMNS} FROM revisions WHERE paragraph_id = ? "
            "AND origin IN (?, ?) ORDER BY id DESC LIMIT 1",
            (paragraph_id, Origin.MACHINE.value, Origin.GLOSS.value),
        ).fetchone()
        return None if row is None else _revision(row)

