"""The memory is fed by what people confirm: a paragraph confirmed in one project is offered in
another at the right percent; drafts never enter; re-confirming replaces; a memory that cannot
be written never costs the edit."""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

import pytest

from workbench.core.model import Draft, Status
from workbench.memory.store import MemoryStore, memory_path
from workbench.project import Project, memory

PALACE = "استقبل الأمير الوفد الرسمي في القصر صباح اليوم."
PALACE_EN = "The prince received the official delegation at the palace this morning."
TWO = "هطلت أمطار غزيرة على المدينة. وأغلقت المدارس أبوابها."
TWO_EN = "Heavy rain fell on the city. Schools closed their doors."


@pytest.fixture(autouse=True)
def own_home(tmp_path, monkeypatch):
    """Each test its own user data folder, so its own memory file."""
    monkeypatch.setenv("WORKBENCH_HOME", str(tmp_path / "home"))


def _project(tmp_path: Path, name: str, *paragraphs: str) -> Project:
    source = tmp_path / f"{name}.txt"
    source.write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")
    project = Project.create(tmp_path / f"{name}.wbproj")
    project.import_document(source)
    return project


def _memory_units() -> list:
    with MemoryStore.open(memory_path()) as store:
        return list(store.units())


def test_a_paragraph_confirmed_in_one_project_is_offered_in_another(tmp_path):
    first = _project(tmp_path, "monday", PALACE)
    first.author = "Layla"
    pid = first.paragraph_ids()[0]
    first.save_target(pid, PALACE_EN)
    owner = memory.project_id(first)
    first.close()

    second = _project(tmp_path, "tuesday", "واستقبل الأمير الوفد الرسمي في القصر مساء اليوم.")
    text = second.paragraphs()[0].source
    [match] = memory.lookup(text, project=memory.project_id(second))
    # 8 words; the clitic و folds away, so only صباح/مساء differ: 100 * 7 // 8 = 87, less the
    # 2 points for a unit of another project; on the words as written two differ: 100 * 6 // 8
    assert (match.score, match.raw_score, match.exact) == (85, 75, False)
    assert match.penalties == ("other project",)
    assert match.target == PALACE_EN
    assert (match.unit.project, match.unit.author, match.unit.status) == (owner, "Layla", "edited")
    assert match.unit.document == "monday.txt" and match.unit.origin == "person"
    assert memory.lookup(text)[0].score == 87  # asked for no project: no penalty
    second.close()


def test_sentences_enter_where_the_split_agrees(tmp_path):
    with _project(tmp_path, "news", TWO, PALACE) as project:
        first, second = project.paragraph_ids()
        project.save_target(first, TWO_EN)
        project.save_target(second, "The prince received the delegation. It was at the palace.")
        keys = sorted(unit.key for unit in _memory_units())
    assert keys == sorted([str(first), f"{first}.1", f"{first}.2", str(second)])
    [match] = memory.lookup("وأغلقت المدارس أبوابها.")
    assert match.exact and match.score == 100 and match.target == "Schools closed their doors."


def test_english_abbreviations_and_initials_do_not_end_sentences():
    assert memory.split_sentences("Mr. Smith met U.S. envoys in Jan. 2024. They talked.",
                                  english=True) == ["Mr. Smith met U.S. envoys in Jan. 2024.", "They talked."]
    assert memory.split_sentences("قال: هل انتهى؟ نعم. «انتهى.» ثم غادر") == [
        "قال: هل انتهى؟", "نعم.", "«انتهى.»", "ثم غادر"]  # fmt: skip


def test_machine_and_gloss_drafts_never_enter(tmp_path):
    with _project(tmp_path, "drafts", PALACE, TWO, "ارتفع سعر الخبز.") as project:
        one, two, three = project.paragraph_ids()
        project.apply_drafts([Draft(one, PALACE_EN, "argos", "m"),
                              Draft(two, TWO_EN, "gloss", "", Status.GLOSS)])  # fmt: skip
        assert project.memory_feed_all() == 0
        project.save_target(three, "")  # an edit that leaves nothing to remember
        assert _memory_units() == []
        project.save_target(three, "Bread went up.")
        assert [u.target for u in _memory_units()] == ["Bread went up."]


def test_reconfirming_updates_and_never_duplicates(tmp_path):
    with _project(tmp_path, "again", TWO) as project:
        pid = project.paragraph_ids()[0]
        project.save_target(pid, TWO_EN)
        project.save_target(pid, "Heavy rain fell on the town; schools shut.")  # one sentence now
        project.set_status(pid, Status.APPROVED)
        project.memory_feed_all()
        units = _memory_units()
    assert [(u.key, u.target, u.status) for u in units] == [
        (str(pid), "Heavy rain fell on the town; schools shut.", "approved")]  # fmt: skip
    [match] = memory.lookup(TWO)
    assert match.exact and match.target == "Heavy rain fell on the town; schools shut."


@pytest.mark.parametrize("spoil", ["foreign database", "folder in its place"])
def test_a_memory_that_cannot_be_written_never_blocks_the_edit(tmp_path, caplog, spoil):
    path = memory_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    if spoil == "foreign database":
        sqlite3.connect(path).execute("create table notes(x)").connection.close()
    else:
        path.mkdir()
    with _project(tmp_path, "kept", PALACE) as project, caplog.at_level(logging.WARNING, "workbench.memory"):
        pid = project.paragraph_ids()[0]
        saved = project.save_target(pid, PALACE_EN)
        marked = project.set_status(pid, Status.REVIEWED)
    assert (saved.target, marked.status) == (PALACE_EN, Status.REVIEWED)
    with Project.open(tmp_path / "kept.wbproj", backup=False) as project:
        assert project.paragraph(pid).status == Status.REVIEWED
    warnings = [r for r in caplog.records if r.name == "workbench.memory"]
    assert len(warnings) == 2 and "translation memory not updated" in warnings[0].getMessage()


def test_tmx_round_trip_of_the_memory_and_of_one_project(tmp_path, monkeypatch):
    with _project(tmp_path, "export", TWO, PALACE) as project:
        first, second = project.paragraph_ids()
        project.save_target(first, TWO_EN)
        project.apply_drafts([Draft(second, PALACE_EN, "argos", "m")])
        from_project = memory.export_tmx(tmp_path / "project.tmx", project)
    whole = memory.export_tmx(tmp_path / "all.tmx")
    before = sorted((u.source, u.target, u.key, u.project) for u in _memory_units())
    monkeypatch.setenv("WORKBENCH_HOME", str(tmp_path / "elsewhere"))
    assert memory.import_tmx(whole) == 3
    assert sorted((u.source, u.target, u.key, u.project) for u in _memory_units()) == before
    assert memory.import_tmx(whole) == 3 and len(_memory_units()) == 3  # same keys: replaced
    monkeypatch.setenv("WORKBENCH_HOME", str(tmp_path / "third"))
    assert memory.import_tmx(from_project) == 3  # the paragraph and its two sentences, no draft
    assert memory.stats()["units"] == 3
