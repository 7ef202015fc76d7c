"""Migration 3: revisions name their author, and a paragraph's engine names who made its
current text. A real project file written by the schema-2 code is upgraded keeping every
revision byte for byte."""

from __future__ import annotations

import sqlite3

from tests.store.support import add_document_as_old_schema, sample_document
from workbench.core.model import Draft, Origin, Status
from workbench.store import ProjectStore, connection, migrations

DRAFT = "The fisherman went out before dawn."
REWRITTEN = "The fisherman set out before daybreak."
TEACHER = "The teacher told his pupils that writing grows with patience."


def _schema_2_project(path) -> list[int]:
    """Migrations 1-2 and the rows the schema-2 code wrote (its SQL, no author column): a
    draft a person rewrote and approved, a draft a person approved as it was, and a person's
    translation with no draft at all. Returns the paragraph ids used."""
    db = connection.connect(path)
    try:
        migrations.MIGRATIONS.apply(db, stop_before="0003_revision_authors")
        assert db.conn.execute("PRAGMA user_version").fetchone()[0] == 2
        with db.atomic():
            add_document_as_old_schema(db.conn, sample_document())
        ids = [row[0] for row in db.conn.execute("SELECT id FROM paragraphs ORDER BY position")]
        rows = [  # (paragraph, text, status, origin, engine, model)
            (ids[1], DRAFT, "machine", "machine", "argos", "m1"),
            (ids[1], REWRITTEN, "edited", "user", "", ""),
            (ids[1], REWRITTEN, "approved", "user", "", ""),
            (ids[2], TEACHER, "machine", "machine", "argos", "m1"),
            (ids[2], TEACHER, "approved", "user", "", ""),
            (ids[3], "Buying bread and milk.", "edited", "user", "", ""),
        ]
        with db.atomic():
            for n, (pid, text, status, origin, engine, model) in enumerate(rows):
                db.conn.execute(
                    "INSERT INTO revisions(paragraph_id, text, status, origin, engine, model, "
                    "created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (pid, text, status, origin, engine, model, f"2024-05-0{n + 1}T10:00:00.000+00:00"),
                )  # fmt: skip
            # The schema-2 code kept the draft's engine on the paragraph after a person's edit.
            for pid, text, status in ((ids[1], REWRITTEN, "approved"), (ids[2], TEACHER, "approved")):
                db.conn.execute("UPDATE paragraphs SET target = ?, status = ?, engine = 'argos', "
                                "model = 'm1' WHERE id = ?", (text, status, pid))
            db.conn.execute("UPDATE paragraphs SET target = 'Buying bread and milk.', "
                            "status = 'edited' WHERE id = ?", (ids[3],))
    finally:
        db.close()
    return ids


def _revision_rows(path) -> list[tuple]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT id, paragraph_id, text, status, origin, engine, model, "
                            "created_at FROM revisions ORDER BY id").fetchall()
    finally:
        conn.close()


def test_a_schema_2_project_opens_upgraded_with_every_revision_kept(tmp_path):
    path = tmp_path / "old.wbproj"
    ids = _schema_2_project(path)
    before = _revision_rows(path)
    ProjectStore.open(path).close()  # the upgrade
    assert _revision_rows(path) == before  # every revision, byte for byte
    with ProjectStore.open(path) as store:
        assert [r.author for r in store.revisions(ids[1])] == ["", "", ""]
        rewritten, accepted, own = (store.paragraph(pid) for pid in ids[1:4])
        assert (rewritten.target, rewritten.status, rewritten.engine) == (REWRITTEN, Status.APPROVED, "")
        assert (accepted.target, accepted.engine, accepted.model) == (TEACHER, "argos", "m1")
        assert own.engine == ""
        store.save_target(ids[1], "The fisherman left before dawn.", author="Huda Saleh")
        assert store.integrity_check() == []
    assert connection.read_header(path) == (migrations.APPLICATION_ID, migrations.SCHEMA_VERSION)
    with ProjectStore.open(path) as store:
        revs = store.revisions(ids[1])
        assert [(r.text, r.author) for r in revs][-1] == ("The fisherman left before dawn.", "Huda Saleh")
        assert len(revs) == 4


def test_a_person_s_revision_names_its_author_and_the_engine_follows_the_text(store):
    pid = store.paragraph_ids()[1]
    store.apply_drafts([Draft(pid, DRAFT, "argos", "m1")])
    assert store.set_status(pid, Status.REVIEWED, author="Huda").engine == "argos"  # kept as drafted
    rewritten = store.save_target(pid, REWRITTEN, author="Omar")
    assert (rewritten.engine, rewritten.model) == ("", "")
    back = store.save_target(pid, DRAFT, Status.APPROVED, author="Omar")  # the draft brought back
    assert (back.engine, back.model) == ("argos", "m1")
    assert [(r.origin, r.author) for r in store.revisions(pid)] == [
        (Origin.MACHINE, ""), (Origin.USER, "Huda"), (Origin.USER, "Omar"), (Origin.USER, "Omar")]
