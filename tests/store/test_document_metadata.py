"""What an importer knew about a document (title, author, date) is kept in the project file,
and a project made before that (schema 3) upgrades with its documents intact."""

from __future__ import annotations

from tests.store.support import add_document_as_old_schema, sample_document
from workbench.core.model import Kind, Segment, SourceDocument
from workbench.store import ProjectStore, connection, migrations


def test_metadata_is_stored_and_read_back(tmp_path):
    source = SourceDocument("page.html", "html", (Segment(Kind.HEADING, "عنوان الخبر", 1),),
                            metadata=(("title", "عنوان الخبر"), ("author", "سلمى حداد"),
                                      ("date", "2026-11-30")))
    with ProjectStore.create(tmp_path / "p.wbproj") as store:
        doc = store.add_document(source)
        assert dict(doc.metadata)["author"] == "سلمى حداد"
    with ProjectStore.open(tmp_path / "p.wbproj") as store:
        assert dict(store.documents()[0].metadata) == {"title": "عنوان الخبر", "author": "سلمى حداد",
                                                        "date": "2026-11-30"}


def test_a_schema_3_project_upgrades_with_empty_metadata(tmp_path):
    path = tmp_path / "old.wbproj"
    db = connection.connect(path)
    try:
        migrations.MIGRATIONS.apply(db, stop_before="0004_document_metadata")
        assert db.conn.execute("PRAGMA user_version").fetchone()[0] == 3
        with db.atomic():
            add_document_as_old_schema(db.conn, sample_document())
    finally:
        db.close()
    with ProjectStore.open(path) as store:
        (doc,) = store.documents()
        assert doc.metadata == () and doc.paragraph_count == len(sample_document().segments)
    assert connection.read_header(path)[1] == migrations.SCHEMA_VERSION
