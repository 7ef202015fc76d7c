"""Round trips of every ProjectStore method on real SQLite files."""

from __future__ import annotations

import random
import sqlite3
import threading

import pytest

from tests.store.support import SAMPLE_SEGMENTS, odd_text, sample_document, sha256
from workbench.core.errors import ProjectError, ProjectExists
from workbench.core.model import Draft, Kind, Origin, Status
from workbench.paths import PROJECT_SUFFIX
from workbench.store import ProjectStore
from workbench.store.lock import lock_path_for


def reopen(store: ProjectStore) -> ProjectStore:
    store.close()
    return ProjectStore.open(store.path)


def test_create_writes_a_marked_project_and_leaves_no_temporary_file(tmp_path):
    path = tmp_path / f"new{PROJECT_SUFFIX}"
    store = ProjectStore.create(path)
    assert store.path == path
    assert lock_path_for(path).exists()
    store.close()
    store.close()  # idempotent
    assert sorted(p.name for p in tmp_path.iterdir()) == [path.name]
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA application_id").fetchone()[0] == ProjectStore.APPLICATION_ID
        assert conn.execute("PRAGMA user_version").fetchone()[0] == ProjectStore.SCHEMA_VERSION
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        applied = conn.execute("SELECT COUNT(*) FROM _sqlite_migrations").fetchone()[0]
        assert applied == ProjectStore.SCHEMA_VERSION
    finally:
        conn.close()


def test_create_refuses_an_existing_file_and_leaves_it_alone(tmp_path, project_path):
    before = sha256(project_path)
    with pytest.raises(ProjectExists):
        ProjectStore.create(project_path)
    other = tmp_path / "notes.wbproj"
    other.write_text("my notes")
    with pytest.raises(ProjectExists):
        ProjectStore.create(other)
    assert sha256(project_path) == before and other.read_text() == "my notes"
    assert not lock_path_for(other).exists()


def test_opening_and_closing_without_writes_leaves_the_file_byte_identical(project_path):
    before = sha256(project_path)
    store = ProjectStore.open(project_path)
    store.paragraphs(), store.status_counts(), store.documents(), store.integrity_check()
    store.close()
    assert sha256(project_path) == before


def test_settings_round_trip(store):
    assert store.get_setting("engine") is None
    assert store.get_setting("engine", "argos") == "argos"
    store.set_setting("source_lang", "ar")
    store.set_setting("engine", "argos")
    store.set_setting("engine", "gloss")
    store = reopen(store)
    assert store.get_setting("source_lang") == "ar"
    assert store.get_setting("engine") == "gloss"
    store.close()


def test_documents_and_paragraphs_round_trip_in_project_order(store):
    second = store.add_document(sample_document("second.md", repeat=2))
    assert second.paragraph_count == 2 * len(SAMPLE_SEGMENTS)
    store = reopen(store)
    docs = store.documents()
    assert [(d.name, d.format, d.paragraph_count) for d in docs] == [
        ("sample.txt", "txt", len(SAMPLE_SEGMENTS)),
        ("second.md", "txt", 2 * len(SAMPLE_SEGMENTS)),
    ]
    assert docs[1] == second
    paras = store.paragraphs()
    assert store.paragraph_count() == len(paras) == 3 * len(SAMPLE_SEGMENTS)
    assert [p.position for p in paras] == list(range(len(paras)))
    assert [p.source for p in paras] == [s.text for s in SAMPLE_SEGMENTS * 3]
    assert [(p.kind, p.level, p.translatable) for p in paras[: len(SAMPLE_SEGMENTS)]] == [
        (s.kind, s.level, s.translatable) for s in SAMPLE_SEGMENTS
    ]
    assert {p.document_id for p in paras[len(SAMPLE_SEGMENTS) :]} == {second.id}
    assert store.paragraph_ids() == [p.id for p in paras]
    assert store.paragraphs(offset=3, limit=4) == paras[3:7]
    assert store.paragraphs(offset=19) == paras[19:]
    assert store.paragraph(paras[5].id) == paras[5]
    with pytest.raises(KeyError):
        store.paragraph(10_000)
    store.close()


def test_status_counts_cover_translatable_paragraphs_only(store):
    ids = store.paragraph_ids()
    store.apply_drafts([Draft(ids[1], "A fisherman went out.", "argos", "ar_en-1.0")])
    store.save_target(ids[2], "The teacher said.", Status.REVIEWED)
    counts = store.status_counts()
    translatable = sum(s.translatable for s in SAMPLE_SEGMENTS)
    assert counts.total == translatable
    assert counts[Status.MACHINE] == 1 and counts[Status.REVIEWED] == 1
    assert counts[Status.UNTRANSLATED] == translatable - 2
    assert counts[Status.APPROVED] == 0 and set(counts.counts) == set(Status)


def test_translation_requests_skip_code_and_human_work(store):
    paras = store.paragraphs()
    code = next(p for p in paras if p.kind is Kind.CODE)
    heading, fisher, teacher = paras[0], paras[1], paras[2]
    store.apply_drafts([Draft(fisher.id, "The fisherman left.", "argos", "m")])
    store.save_target(teacher.id, "The teacher said.")
    requested = [r.paragraph_id for r in store.translation_requests()]
    expected = [p.id for p in paras if p.translatable and p.id != teacher.id]
    assert requested == expected and code.id not in requested
    assert store.translation_requests()[0].source == heading.source
    untranslated = [r.paragraph_id for r in store.translation_requests(only_untranslated=True)]
    assert untranslated == [i for i in expected if i != fisher.id]
    chosen = store.translation_requests(paragraph_ids=[teacher.id, fisher.id, code.id, heading.id])
    assert [r.paragraph_id for r in chosen] == [heading.id, fisher.id]


def test_apply_drafts_writes_machine_drafts_with_engine_and_revision(store):
    ids = store.paragraph_ids()
    written = store.apply_drafts(
        [
            Draft(ids[0], "A trip to the coast", "argos", "translate-ar_en-1.9"),
            Draft(ids[1], "fisherman went out", "gloss", "bama", Status.GLOSS),
        ]
    )
    assert [(p.id, p.status, p.engine) for p in written] == [
        (ids[0], Status.MACHINE, "argos"),
        (ids[1], Status.GLOSS, "gloss"),
    ]
    store = reopen(store)
    assert store.paragraph(ids[0]) == written[0]
    (rev,) = store.revisions(ids[1])
    assert (rev.text, rev.status, rev.origin, rev.engine, rev.model) == (
        "fisherman went out", Status.GLOSS, Origin.GLOSS, "gloss", "bama",
    )  # fmt: skip
    store.close()


def test_apply_drafts_skips_human_edits_untranslatables_unknown_ids_and_repeats(store):
    paras = store.paragraphs()
    code = next(p for p in paras if not p.translatable)
    store.save_target(paras[1].id, "Edited by a person")
    store.apply_drafts([Draft(paras[2].id, "The teacher said", "argos", "m")])
    written = store.apply_drafts(
        [
            Draft(paras[1].id, "machine would overwrite", "argos", "m"),
            Draft(code.id, "code", "argos", "m"),
            Draft(99_999, "nobody", "argos", "m"),
            Draft(paras[2].id, "The teacher said", "argos", "m"),  # identical: nothing new
            Draft(paras[3].id, "Buy bread and milk", "argos", "m"),
        ]
    )
    assert [p.id for p in written] == [paras[3].id]
    assert store.paragraph(paras[1].id).target == "Edited by a person"
    assert store.paragraph(code.id).target == ""
    assert len(store.revisions(paras[2].id)) == 1
    with pytest.raises(ValueError):
        store.apply_drafts([Draft(paras[4].id, "x", "argos", "m", Status.EDITED)])


def test_every_save_appends_a_revision_and_the_machine_draft_survives(store):
    pid = store.paragraph_ids()[1]
    store.apply_drafts([Draft(pid, "The fisherman went out before dawn.", "argos", "m1")])
    store.save_target(pid, "The fisherman set out before dawn.")
    store.save_target(pid, "The fisherman set out before daybreak.")
    same = store.save_target(pid, "The fisherman set out before daybreak.")  # no-op
    store.save_target(pid, "The fisherman set out before daybreak.", Status.APPROVED)
    store = reopen(store)
    revs = store.revisions(pid)
    assert [(r.origin, r.status) for r in revs] == [
        (Origin.MACHINE, Status.MACHINE),
        (Origin.USER, Status.EDITED),
        (Origin.USER, Status.EDITED),
        (Origin.USER, Status.APPROVED),
    ]
    assert revs[0].text == "The fisherman went out before dawn."
    assert store.machine_draft(pid) == revs[0]
    para = store.paragraph(pid)
    # A person rewrote the draft: the engine no longer names who made the text (the grid says
    # "person"); the draft's revision keeps its engine.
    assert (para.target, para.status, para.engine, para.model) == (same.target, Status.APPROVED, "", "")
    assert (revs[0].engine, revs[0].model) == ("argos", "m1")
    assert store.machine_draft(store.paragraph_ids()[2]) is None
    store.close()


def test_set_status_and_comment(store):
    pid = store.paragraph_ids()[2]
    store.save_target(pid, "The teacher told his pupils.")
    store.set_status(pid, Status.REVIEWED)
    store.set_status(pid, Status.REVIEWED)  # no-op
    store.set_comment(pid, "راجع كلمة «مهارة»")
    store = reopen(store)
    para = store.paragraph(pid)
    assert (para.status, para.comment) == (Status.REVIEWED, "راجع كلمة «مهارة»")
    revs = store.revisions(pid)
    assert [(r.text, r.status) for r in revs] == [
        ("The teacher told his pupils.", Status.EDITED),
        ("The teacher told his pupils.", Status.REVIEWED),
    ]
    store.close()


def test_odd_text_round_trips_exactly(store):
    rng = random.Random(7)
    ids = store.paragraph_ids()
    texts = {pid: odd_text(rng, 20) for pid in ids}
    for pid, text in texts.items():
        store.save_target(pid, text)
    store = reopen(store)
    for pid, text in texts.items():
        assert store.paragraph(pid).target.encode("utf-8") == text.encode("utf-8")
        assert store.revisions(pid)[-1].text == text
    store.close()


def test_backup_is_a_complete_project(tmp_path, store):
    pid = store.paragraph_ids()[1]
    store.save_target(pid, "saved before the backup")
    dest = tmp_path / "backups" / "copy.wbproj"
    dest.parent.mkdir()
    dest.write_bytes(b"an older backup")
    store.backup(dest)
    store.save_target(pid, "saved after the backup")
    assert [p.name for p in dest.parent.iterdir()] == ["copy.wbproj"]
    with pytest.raises(ValueError):
        store.backup(store.path)
    with ProjectStore.open(dest) as copy:
        assert copy.paragraph(pid).target == "saved before the backup"
        assert copy.integrity_check() == []
        assert len(copy.revisions(pid)) == 1


def test_the_store_belongs_to_the_thread_that_opened_it(store):
    errors = []

    def other_thread():
        try:
            store.paragraph_count()
        except Exception as exc:  # noqa: BLE001 - we record whatever sqlite3 raises
            errors.append(exc)

    worker = threading.Thread(target=other_thread)
    worker.start()
    worker.join()
    assert len(errors) == 1 and isinstance(errors[0], sqlite3.ProgrammingError)


def test_a_closed_store_refuses_calls(store):
    store.close()
    with pytest.raises(sqlite3.ProgrammingError):
        store.paragraphs()


def test_create_in_a_missing_folder_is_a_typed_error(tmp_path):
    with pytest.raises(ProjectError):
        ProjectStore.create(tmp_path / "no-such-folder" / "p.wbproj")
    assert list(tmp_path.iterdir()) == []


def test_an_empty_batch_of_drafts_writes_nothing(store):
    assert store.apply_drafts([]) == []
    assert store.apply_drafts(iter(())) == []


def test_a_gloss_draft_never_replaces_a_machine_draft_but_a_machine_draft_replaces_a_gloss(store):
    first, second = store.paragraph_ids()[:2]
    store.apply_drafts([Draft(first, "The fisherman went out", "argos", "m")])
    store.apply_drafts([Draft(second, "went out the+fisherman", "gloss", "bama", Status.GLOSS)])
    written = store.apply_drafts(
        [
            Draft(first, "went out the+fisherman", "gloss", "bama", Status.GLOSS),
            Draft(second, "The fisherman went out", "argos", "m"),
        ]
    )
    assert [p.id for p in written] == [second]
    assert store.paragraph(first).target == "The fisherman went out"
    assert store.paragraph(second).status is Status.MACHINE


def test_only_untranslated_still_offers_gloss_drafts_to_a_model(store):
    """A gloss is no translation: 'translate untranslated' after installing a model replaces it."""
    first, second, third = store.paragraph_ids()[:3]
    store.apply_drafts([Draft(first, "The fisherman left.", "argos", "m"),
                        Draft(second, "went out the+fisherman", "gloss", "bama", Status.GLOSS)])
    wanted = [r.paragraph_id for r in store.translation_requests(only_untranslated=True)]
    assert second in wanted and third in wanted and first not in wanted
