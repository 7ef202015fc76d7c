"""`workbench analyze TEXT [--format text|json]`."""

from __future__ import annotations

import io
import json

from workbench.cli import main


def test_text_format_lists_analyses_best_first(capsys):
    assert main(["analyze", "الموصل", "بالمدينة،", "فلوجتستانيات"]) == 0
    out = capsys.readouterr().out
    lines = out.splitlines()
    assert lines[0].startswith("# database: bama-1.0")
    assert lines[1] == "الموصل"
    assert lines[2].startswith("   1. ") and "noun_prop" in lines[2] and "the + Mosul (Iraq)" in lines[2]
    assert "segments ال+مَوْصِل" in lines[3]
    assert out.index("Mosul") < out.index("conductor")  # alternatives follow the best reading
    assert "بالمدينة\n" in out and "with/by + the + city" in out
    assert "،" not in out.split("بالمدينة")[1].splitlines()[0]  # punctuation is not a word
    assert "فلوجتستانيات\n    (no analysis)" in out


def test_json_format(capsys):
    assert main(["analyze", "--format", "json", "وقالت الحكومة 2024"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [entry["word"] for entry in data] == ["وقالت", "الحكومة"]
    best = data[0]["analyses"][0]
    assert {"word", "diac", "lemma", "pos", "gloss", "segmentation"} <= set(best)
    assert best["pos"] == "verb" and best["gloss"].startswith("and + said")
    assert best["segmentation"] == "وَ+قال+َت" and best["word"] == "وقالت"
    government = data[1]["analyses"][0]
    assert government["lemma"] == "حُكُومَة" and "government" in government["gloss"]


def test_top_limits_and_stdin(capsys, monkeypatch):
    monkeypatch.setattr("sys.stdin", io.StringIO("الموصل"))
    assert main(["analyze", "--format", "json", "--top", "1", "-"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert len(data) == 1 and len(data[0]["analyses"]) == 1
