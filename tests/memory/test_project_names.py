"""Project names in the memory (schema 2): a unit keeps its project's uuid; the `projects` table
names it, so look-ups and concordance hits say which project a unit came from. A file written
at schema 1 upgrades in place, its units kept and found again."""

from __future__ import annotations

import sqlite3

from sqlite_utils import Database

from workbench.memory import index
from workbench.memory.store import MIGRATIONS, MemoryStore
from workbench.memory.units import ProjectName, Unit

# Written for these tests.
BRIDGE = "افتتح المحافظ الجسر الجديد فوق النهر صباح اليوم"
BRIDGE_EN = "The governor opened the new bridge over the river this morning"
SCHOOL = "زار الوزير المدرسة الجديدة في القرية صباح اليوم"
SCHOOL_EN = "The minister visited the new school in the village this morning"


def test_matches_and_hits_carry_their_projects_name(tmp_path):
    with MemoryStore.open(tmp_path / "ar-en.wbtm") as tm:
        tm.add([Unit(BRIDGE, BRIDGE_EN, project="uuid-a", key="1")],
               [ProjectName("uuid-a", "river-news", "/work/river-news.wbproj")])
        tm.add([Unit(SCHOOL, SCHOOL_EN, project="uuid-b", key="1"),  # a project never named
                Unit(SCHOOL + " أيضا", SCHOOL_EN, origin="tmx")])  # another tool's TMX: no project
        (match,) = tm.lookup(BRIDGE)
        assert match.unit.project == "uuid-a" and match.project_name == "river-news"
        names = {m.unit.origin + m.unit.project: m.project_name for m in tm.lookup(SCHOOL)}
        assert names == {"personuuid-b": "", "tmx": ""}
        (hit,) = tm.concordance("الجسر الجديد")
        assert hit.unit.target == BRIDGE_EN and hit.project_name == "river-news"
        assert tm.project_names() == {"uuid-a": "river-news"}


def test_a_later_feed_renames_and_keep_names_does_not(tmp_path):
    with MemoryStore.open(tmp_path / "ar-en.wbtm") as tm:
        tm.add([Unit(BRIDGE, BRIDGE_EN, project="u", key="1")], [ProjectName("u", "draft", "/a/draft.wbproj")])
        tm.add([Unit(BRIDGE, BRIDGE_EN, project="u", key="1")], [ProjectName("u", "final", "/a/final.wbproj")])
        assert tm.project_names(["u", "unknown"]) == {"u": "final"}
        tm.add([Unit(SCHOOL, SCHOOL_EN, project="u", key="2")], [ProjectName("u", "from a tmx")], keep_names=True)
        assert tm.project_names(["u"]) == {"u": "final"}
        row = tm._conn.execute("SELECT path, seen FROM projects").fetchone()
        assert row[0] == "/a/final.wbproj" and row[1].endswith("Z")
        assert tm.stats()["units"] == 2


def _schema_1_file(path) -> None:
    """A memory file as schema 1 wrote it: migration 0001 only, units added by the store."""
    conn = sqlite3.connect(path, isolation_level=None)
    MIGRATIONS.apply(Database(conn, execute_plugins=False), stop_before="0002_project_names")
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    old = MemoryStore(path, conn)  # the store's own writes, on the old schema
    old.add([Unit(BRIDGE, BRIDGE_EN, project="uuid-a", key="7", author="Huda"),
             Unit(SCHOOL, SCHOOL_EN, origin="tmx")])  # fmt: skip
    old.close()


def test_a_schema_1_file_upgrades_in_place_without_losing_units(tmp_path):
    path = tmp_path / "ar-en.wbtm"
    _schema_1_file(path)
    with sqlite3.connect(path) as conn:
        assert "projects" not in {r[0] for r in conn.execute("SELECT name FROM sqlite_schema")}
    with MemoryStore.open(path) as tm:
        assert tm._conn.execute("PRAGMA user_version").fetchone()[0] == index.SCHEMA_VERSION == 2
        assert tm.stats()["units"] == 2
        (match,) = tm.lookup(BRIDGE)
        assert match.unit.author == "Huda" and match.project_name == ""  # not named yet
        tm.add([Unit(BRIDGE, BRIDGE_EN, project="uuid-a", key="7")], [ProjectName("uuid-a", "river")])
        assert tm.lookup(BRIDGE)[0].project_name == "river"
        assert tm.stats()["units"] == 2  # re-confirming the old unit updated it
        assert [h.unit.target for h in tm.concordance("المدرسة الجديدة")] == [SCHOOL_EN]
    with MemoryStore.open(path) as tm:  # opening again migrates nothing twice
        assert tm.project_names() == {"uuid-a": "river"}
