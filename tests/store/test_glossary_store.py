"""The project glossary in the project file (migration 2, also from an existing schema-1 file)
and the user glossary file shared by every project."""

from __future__ import annotations

import sqlite3
import threading

import pytest

from tests.store.support import add_document_as_old_schema, sample_document, sha256
from workbench.core.errors import GlossaryError, NotAProject, SaveFailed
from workbench.glossary.entries import GlossaryChanges, GlossaryEntry, plan_add, plan_delete, plan_update
from workbench.store import ProjectStore, connection, migrations, user_glossary
from workbench.store.repository import Repository
from workbench.store.user_glossary import UserGlossary

GOV = GlossaryEntry("الحُكومة", "the Government", "capital G", ("regime", "the cabinet"))
BANK = GlossaryEntry("البنك الدولي", "the World Bank", mode="exact")


def test_project_glossary_round_trip(tmp_path):
    path = tmp_path / "p.wbproj"
    with ProjectStore.create(path) as store:
        added = store.change_glossary(plan_add(GOV)).add[0]
        store.change_glossary(plan_add(BANK))
        assert (added.id, added.scope) == (1, "project")
        assert added.created_at and added.created_at == added.edited_at
    with ProjectStore.open(path) as store:
        gov, bank = store.glossary_entries()
        assert (gov.arabic, gov.english, gov.note, gov.forbidden, gov.mode) == (
            "الحُكومة", "the Government", "capital G", ("regime", "the cabinet"), "smart",
        )  # fmt: skip
        assert (bank.arabic, bank.mode, bank.forbidden) == ("البنك الدولي", "exact", ())
        edited = store.change_glossary(plan_update(GlossaryEntry(**{**_fields(gov), "english": "the State"}))).update[0]
        assert edited.created_at == gov.created_at and edited.edited_at >= gov.edited_at
        assert edited.former == ("the Government",)  # remembered for re-applying the glossary
        store.change_glossary(plan_delete(bank))
    with ProjectStore.open(path) as store:
        assert [(e.id, e.english, e.former) for e in store.glossary_entries()] == [
            (1, "the State", ("the Government",))
        ]


def _fields(entry: GlossaryEntry) -> dict:
    return {name: getattr(entry, name) for name in GlossaryEntry.__slots__}


def test_refused_change_writes_nothing(tmp_path):
    path = tmp_path / "p.wbproj"
    with ProjectStore.create(path) as store:
        store.change_glossary(plan_add(GOV))
    before = sha256(path)
    with ProjectStore.open(path) as store:
        with pytest.raises(GlossaryError) as info:
            store.change_glossary(plan_add(GlossaryEntry("حكومه", "the State")))  # same match key
        assert info.value.reason == "duplicate"
        with pytest.raises(GlossaryError):
            store.change_glossary(plan_delete(GlossaryEntry("x", "y", id=99)))

        def half_then_fail(current):
            return GlossaryChanges(add=(BANK, GlossaryEntry("", "")))  # the second row breaks a CHECK

        with pytest.raises(sqlite3.IntegrityError):
            store.change_glossary(half_then_fail)
        assert [e.arabic for e in store.glossary_entries()] == ["الحُكومة"]
    assert sha256(path) == before


def _schema_1_project(path):
    """A project made by the schema-1 code path: migration 1 only, with a document and an edit."""
    db = connection.connect(path)
    try:
        migrations.MIGRATIONS.apply(db, stop_before="0002_glossary")
        assert db.conn.execute("PRAGMA user_version").fetchone()[0] == 1
        repo = Repository(db.conn)
        with db.atomic():
            repo.set_setting("source_lang", "ar")
            add_document_as_old_schema(db.conn, sample_document())
    finally:
        db.close()


def test_schema_1_project_is_upgraded_and_keeps_its_data(tmp_path):
    path = tmp_path / "old.wbproj"
    _schema_1_project(path)
    with ProjectStore.open(path) as store:
        para = store.paragraphs()[1]
        store.save_target(para.id, "The fisherman left before dawn.")
        assert store.glossary_entries() == []
        store.change_glossary(plan_add(GOV))
    assert connection.read_header(path) == (migrations.APPLICATION_ID, migrations.SCHEMA_VERSION)
    with ProjectStore.open(path) as store:
        assert store.get_setting("source_lang") == "ar"
        assert len(store.paragraphs()) == len(sample_document().segments)
        assert store.paragraph(para.id).target == "The fisherman left before dawn."
        assert [e.english for e in store.glossary_entries()] == ["the Government"]
        assert store.integrity_check() == []


# -- the user glossary --------------------------------------------------------------------------


def test_user_glossary_is_created_on_first_write_only(tmp_path):
    glossary = UserGlossary(tmp_path / "data" / "glossary.sqlite")
    assert glossary.entries() == [] and glossary.stamp() == ()
    assert not glossary.path.exists()
    added = glossary.change_glossary(plan_add(GOV)).add[0]
    assert (added.scope, added.id) == ("user", 1)
    with pytest.raises(NotAProject):  # never mistaken for a project
        ProjectStore.open(glossary.path)
    assert [e.english for e in UserGlossary(glossary.path).entries()] == ["the Government"]


def test_default_user_glossary_lives_in_the_data_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("WORKBENCH_HOME", str(tmp_path))
    assert UserGlossary().path == tmp_path / "data" / "glossary.sqlite"


def test_stamp_changes_with_every_write_from_any_instance(tmp_path):
    path = tmp_path / "glossary.sqlite"
    first, second = UserGlossary(path), UserGlossary(path)
    first.change_glossary(plan_add(GOV))
    stamp = first.stamp()
    assert second.stamp() == stamp
    entry = second.entries()[0]
    second.change_glossary(plan_update(GlossaryEntry(**{**_fields(entry), "note": "changed"})))
    assert first.stamp() != stamp
    assert first.entries()[0].note == "changed"


def test_two_writers_adding_the_same_term_cannot_both_succeed(tmp_path):
    path = tmp_path / "glossary.sqlite"
    UserGlossary(path).change_glossary(plan_add(BANK))  # the file exists: both race on writes
    barrier = threading.Barrier(2)
    outcomes: list[str] = []

    def add(english):
        barrier.wait()
        try:
            UserGlossary(path).change_glossary(plan_add(GlossaryEntry("الحكومة", english)))
            outcomes.append("added")
        except GlossaryError as exc:
            outcomes.append(exc.reason)

    threads = [threading.Thread(target=add, args=(e,)) for e in ("the Government", "the State")]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(outcomes) == ["added", "duplicate"]
    assert len(UserGlossary(path).entries()) == 2


def test_a_writer_that_stays_busy_gets_save_failed_and_nothing_changes(tmp_path, monkeypatch):
    path = tmp_path / "glossary.sqlite"
    UserGlossary(path).change_glossary(plan_add(GOV))
    monkeypatch.setattr(user_glossary, "BUSY_TIMEOUT_S", 0.05)
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")  # another program holds the file
    try:
        with pytest.raises(SaveFailed):
            UserGlossary(path).change_glossary(plan_add(BANK))
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert [e.arabic for e in UserGlossary(path).entries()] == ["الحُكومة"]


@pytest.mark.parametrize("kind", ["foreign", "project", "newer", "text"])
def test_files_that_are_not_our_user_glossary_are_refused_untouched(tmp_path, kind):
    path = tmp_path / "glossary.sqlite"
    if kind == "foreign":
        conn = sqlite3.connect(path)
        conn.execute("CREATE TABLE glossary (x)")
        conn.commit()
        conn.close()
    elif kind == "project":
        ProjectStore.create(path).close()
    elif kind == "newer":
        UserGlossary(path).change_glossary(plan_add(GOV))
        conn = sqlite3.connect(path)
        conn.execute(f"PRAGMA user_version = {user_glossary.SCHEMA_VERSION + 1}")
        conn.commit()
        conn.close()
    else:
        path.write_text("arabic,english\n", encoding="utf-8")
    before = sha256(path)
    for action in (UserGlossary(path).entries, lambda: UserGlossary(path).change_glossary(plan_add(BANK))):
        with pytest.raises(GlossaryError) as info:
            action()
        assert info.value.reason == "unreadable"
    assert sha256(path) == before
