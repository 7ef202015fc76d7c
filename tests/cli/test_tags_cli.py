"""Inline tags on the command line: `show` spells them {1} {/1} {1/}, `edit` reads that
spelling back into tags and says which tags the English still lacks."""

from __future__ import annotations

import json
import sqlite3

from tests.cli.support import run
from workbench.core import inline
from workbench.core.inline import Mark
from workbench.project import Project

SOURCE = "زار الوزير مكتبة بغداد"


def marked_project(tmp_path):
    doc = tmp_path / "a.txt"
    doc.write_text(SOURCE, encoding="utf-8")
    path = tmp_path / "p.wbproj"
    with Project.create(path) as p:
        p.import_document(doc)
    word = SOURCE.index("الوزير")
    marks = [Mark(1, "b", word, word + len("الوزير")), Mark(2, "link", SOURCE.index("مكتبة"), len(SOURCE),
                                                         "https://example.org/library")]
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE paragraphs SET marks = ?", (inline.to_json(marks),))
    return path


def test_edit_reads_tags_and_show_spells_them(tmp_path, capsys):
    path = marked_project(tmp_path)
    code, out, _ = run(capsys, "edit", path, 1, "The {1}minister{/1} visited {2}the library of Baghdad{/2}")
    assert code == 0 and "note:" not in out
    with Project.open(path) as p:
        target = p.paragraphs()[0].target
    assert [(r, n) for _i, r, n in inline.tags_in(target)] == [("open", 1), ("close", 1), ("open", 2), ("close", 2)]
    code, out, _ = run(capsys, "show", path)
    assert "ar: زار {1}الوزير{/1} {2}مكتبة بغداد{/2}" in out
    assert "en: The {1}minister{/1} visited {2}the library of Baghdad{/2}" in out
    code, out, _ = run(capsys, "show", path, "--format", "json")
    record = json.loads(out)[0]
    assert record["source"] == SOURCE  # plain for scripts, the tags beside it
    assert record["tags"][1] == {"number": 2, "kind": "link", "text": "مكتبة بغداد",
                                 "href": "https://example.org/library"}


def test_a_missing_tag_is_named_and_unknown_braces_stay_text(tmp_path, capsys):
    path = marked_project(tmp_path)
    code, out, _ = run(capsys, "edit", path, 1, "The {1}minister{/1} visited {7} Baghdad")
    assert code == 0
    assert "note: tag {2} (link to https://example.org/library) is missing" in out
    with Project.open(path) as p:
        assert inline.plain(p.paragraphs()[0].target) == "The minister visited {7} Baghdad"
