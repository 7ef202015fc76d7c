"""The memory file: creation, upserts, look-ups through the index, concordance, streaming."""

from __future__ import annotations

import random
import sqlite3

import pytest

from workbench.memory import store as store_module
from workbench.memory.store import MemoryFileError, MemoryStore, memory_path
from workbench.memory.units import Unit

SENTENCE = "استقبل صاحب السمو الملكي الأمير وفد الشركة في القصر"
TRANSLATION = "His Royal Highness the Prince received the company's delegation at the palace"


@pytest.fixture
def tm(tmp_path):
    with MemoryStore.open(tmp_path / "ar-en.wbtm") as store:
        yield store


def test_the_default_file_is_created_under_workbench_home(monkeypatch, tmp_path):
    monkeypatch.setenv("WORKBENCH_HOME", str(tmp_path))
    path = memory_path()
    assert path == tmp_path.resolve() / "data" / "memory" / "ar-en.wbtm"
    with MemoryStore.open() as tm:
        assert tm.path == path
        assert tm.stats()["units"] == 0
    assert path.is_file()
    assert memory_path("ar", "fr").name == "ar-fr.wbtm"


def test_a_foreign_database_is_refused_and_left_alone(tmp_path):
    path = tmp_path / "other.wbtm"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE notes (x)")
    with pytest.raises(MemoryFileError):
        MemoryStore.open(path)
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT name FROM sqlite_schema").fetchall() == [("notes",)]


def test_reconfirming_updates_and_never_duplicates(tm):
    first = Unit(SENTENCE, "draft", project="p", key="7", created="2026-01-01T00:00:00Z")
    assert tm.add([first]) == 1
    assert tm.add([Unit(SENTENCE, TRANSLATION, project="p", key="7", status="approved")]) == 1
    (unit,) = tm.units()
    assert unit.target == TRANSLATION and unit.status == "approved"
    assert unit.created == "2026-01-01T00:00:00Z" and unit.changed > unit.created
    # without a key, the (source, target) pair is the key
    tmx = Unit("صباح الخير", "Good morning", origin="tmx")
    assert tm.add([tmx, tmx]) == 2
    assert tm.add([Unit("صباح الخير", "Morning", origin="tmx")]) == 1
    assert tm.stats()["units"] == 3
    # the index follows the update: the old source is gone from it, the new one is there
    tm.add([Unit("غادر الوفد المطار مساء اليوم", "x", project="p", key="7")])
    assert tm.lookup(SENTENCE) == []
    assert tm.lookup("غادر الوفد المطار مساء اليوم")[0].exact


def test_remove_project_key_drops_a_paragraph_and_its_sentences(tm):
    tm.add([Unit("جملة أولى هنا", "a", project="p", key="12"),
            Unit("جملة ثانية هنا", "b", project="p", key="12.1"),
            Unit("جملة ثالثة هنا", "c", project="p", key="123"),
            Unit("جملة رابعة هنا", "d", project="q", key="12")])  # fmt: skip
    assert tm.remove_project_key("p", "12") == 2
    assert sorted(u.key + u.project for u in tm.units()) == ["123p", "12q"]
    assert [m.unit.target for m in tm.lookup("جملة ثانية هنا", min_score=100)] == []


def test_lookup_best_first_then_newest_first_among_equals(tm):
    tm.add([Unit(SENTENCE, "older", key="1", project="p", changed="2026-01-01T00:00:00Z", created="2026-01-01T00:00:00Z"),
            Unit(SENTENCE, "newer", key="2", project="p", changed="2026-03-01T00:00:00Z", created="2026-01-01T00:00:00Z"),
            Unit("استقبل صاحب السمو الملكي الأمير وفد الوزارة في القصر", "fuzzy", key="3", project="p")])  # fmt: skip
    matches = tm.lookup("واستقبل صاحب السمو الملكي الأمير وفد الشركة في القصر")
    assert [m.unit.target for m in matches] == ["newer", "older", "fuzzy"]
    assert [m.score for m in matches] == [100, 100, 88]  # 100 * (9 - 1) // 9


def test_min_score_and_limit(tm):
    words = SENTENCE.split()
    units = []
    for changed in range(1, 9):  # sentences with 0..7 of their last words replaced
        text = " ".join(words[: 10 - changed] + ["كلمة"] * changed)
        units.append(Unit(text, f"t{changed}", key=str(changed)))
    tm.add(units)
    assert [m.score for m in tm.lookup(SENTENCE)] == [90, 80, 70, 60, 50]
    assert [m.score for m in tm.lookup(SENTENCE, limit=2)] == [90, 80]
    assert [m.score for m in tm.lookup(SENTENCE, min_score=75, limit=10)] == [90, 80]
    assert [m.score for m in tm.lookup(SENTENCE, min_score=20, limit=10)] == [90, 80, 70, 60, 50, 40, 30, 20]


def test_lookup_substitutes_numbers_and_applies_penalties_end_to_end(tm):
    tm.add([Unit("بلغ عدد الزوار ١٢٠٠ زائر في عام ٢٠٢٥", "Visitors numbered 1200 in 2025", project="a")])
    (match,) = tm.lookup("بلغ عدد الزوار 1500 زائر في عام 2026", project="b")
    assert match.target == "Visitors numbered 1500 in 2026"
    assert match.penalties == ("other project", "numbers differ")


def _filler(rng: random.Random) -> str:
    letters = "بتثجحخدذرزسشصضطظعغقمن"
    return " ".join("".join(rng.choice(letters) for _ in range(5)) for _ in range(rng.randint(6, 14)))


def test_lookup_finds_the_one_match_among_thousands_through_the_index(tm, monkeypatch):
    rng = random.Random(11)
    tm.add(Unit(_filler(rng), f"filler {i}", key=str(i)) for i in range(5000))
    tm.add([Unit(SENTENCE, TRANSLATION, key="needle")])
    scored = []
    original = store_module.Query.match
    monkeypatch.setattr(store_module.Query, "match", lambda self, unit, m=0: scored.append(unit) or original(self, unit, m))
    (match,) = tm.lookup("واستقبل صاحب السمو الملكي الأمير وفد المؤسسة في القصر")
    assert match.unit.target == TRANSLATION and match.score == 88
    assert len(scored) == tm.last_scored <= store_module.CANDIDATES
    assert len(scored) < 10  # the fillers share no word with the query: never scored


def test_concordance_is_diacritic_and_clitic_insensitive(tm):
    tm.add([Unit("وبالحكومة الجديدة ثقة كبيرة", "a", key="1"),
            Unit("قالت الحُكومَة الجديدة", "b", key="2"),
            Unit("الحكومة القديمة والجديدة", "c", key="3"),  # both words, not as a phrase
            Unit("لا علاقة", "d", key="4")])  # fmt: skip
    assert [h.unit.target for h in tm.concordance("حكومة جديدة")] == ["b", "a"]
    assert [h.unit.target for h in tm.concordance("الحكومة", limit=2)] == ["c", "b"]
    assert tm.concordance("غير موجود") == []


def test_letters_the_index_tokenizer_splits_do_not_break_searches(tm):
    tm.add([Unit("كلمة ᦰᦱ هنا", "odd script", key="1")])  # New Tai Lue: FTS5 splits these
    assert [m.unit.target for m in tm.lookup("كلمة ᦰᦱ هنا")] == ["odd script"]
    assert tm.concordance("ᦰᦱ") == []


def test_units_stream_every_unit_and_stats_count_them(tm):
    tm.add(Unit(f"جملة رقم {i} هنا", f"Sentence {i}", project=f"p{i % 3}", key=str(i),
                origin="machine" if i % 5 == 0 else "person") for i in range(1, 31))  # fmt: skip
    stream = tm.units()
    assert next(stream).target == "Sentence 1"  # a generator, not a list built up front
    assert len(list(stream)) == 29
    stats = tm.stats()
    assert stats["units"] == 30 and stats["projects"] == 3
    assert stats["machine"] == 6 and stats["person"] == 24 and stats["tmx"] == 0


def test_word_counts_follow_updates_and_removals(tm):
    from workbench.memory import index

    tm.add([Unit("زار الوزير المدينة", "a", project="p", key="1"),
            Unit("زار الوزير القرية", "b", project="p", key="2")])  # fmt: skip
    conn = tm._conn
    assert index.frequencies(conn, [("وزير",), ("مدينه",), ("قريه",)]) == [2, 1, 1]
    tm.add([Unit("زار الوزير البلدة", "a2", project="p", key="1")])
    assert index.frequencies(conn, [("وزير",), ("مدينه",), ("بلده",)]) == [2, 0, 1]
    tm.remove_project_key("p", "2")
    assert index.frequencies(conn, [("وزير",), ("قريه",)]) == [1, 0]
    assert conn.execute("SELECT COUNT(*) FROM terms WHERE df <= 0").fetchone()[0] == 0


def test_a_segment_of_common_words_only_reads_the_units_holding_them_all(tm, monkeypatch):
    from workbench.memory import index

    tm.add(Unit(f"في ذلك الوقت كان رقم {i}", f"t{i}", key=str(i)) for i in range(40))
    tm.add([Unit("وفي ذلك الوقت", "At that time", key="x")])
    queries = []
    original = index.postings
    monkeypatch.setattr(index, "postings", lambda conn, q, order="": queries.append(q) or original(conn, q, order))
    monkeypatch.setattr(store_module, "POSTINGS_BUDGET", 10)  # every word is now common
    matches = tm.lookup("في ذلك الوقت", min_score=100)
    assert [m.unit.target for m in matches] == ["At that time"]
    assert len(queries) == 1 and " AND " in queries[0]  # one intersection, no posting list read
