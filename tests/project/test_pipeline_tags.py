"""The pipeline gives machine and memory drafts the source's inline tags: the engine (the real
tiny CTranslate2 model) translates plain text, and no draft of a marked paragraph lacks a tag."""

from __future__ import annotations

import sqlite3

import pytest

from workbench.core import inline
from workbench.core.inline import Mark
from workbench.core.jobs import JobContext
from workbench.project import Project, pipeline

HEADLINE = "افتتاح المكتبة الوطنية في بغداد"
BODY = "قال الوزير إن المكتبة الجديدة تضم آلاف الكتب"


@pytest.fixture
def path(tmp_path):
    doc = tmp_path / "news.txt"
    doc.write_text(f"{HEADLINE}\n\n{BODY}.\n\n{BODY} والمخطوطات.", encoding="utf-8")
    path = tmp_path / "p.wbproj"
    with Project.create(path) as p:
        p.import_document(doc)
    bold_headline = [Mark(1, "b", 0, len(HEADLINE))]
    word = BODY.index("الوزير")
    body = [Mark(1, "i", word, word + len("الوزير")), Mark(2, "note", len(BODY), len(BODY), "footnote:1", "1")]
    conn = sqlite3.connect(path)  # the marks an importer keeps (tests/formats cover importers)
    with conn:
        conn.execute("UPDATE paragraphs SET marks = ? WHERE position = 0", (inline.to_json(bold_headline),))
        conn.execute("UPDATE paragraphs SET marks = ? WHERE position = 1", (inline.to_json(body),))
    conn.close()
    return path


def test_marks_are_stored_and_read_back(path):
    with Project.open(path) as p:
        first, second, third = p.paragraphs()
    assert first.marks == (Mark(1, "b", 0, len(HEADLINE)),)
    assert [m.kind for m in second.marks] == ["i", "note"] and second.marks[1].href == "footnote:1"
    assert third.marks == ()


def test_machine_drafts_carry_every_tag(path, installed_tiny_model):
    translator = pipeline.Translator(pipeline.EngineSpec("argos", {"beam_size": 1}))
    with Project.open(path) as p:
        assert pipeline.translate(p, translator, JobContext()) == 3
        first, second, third = p.paragraphs()
    assert inline.visible(first.target).startswith("{1}") and inline.visible(first.target).endswith("{/1}")
    problems = inline.problems(second.marks, second.target)
    assert not [x for x in problems if x.code in ("missing", "extra", "order")], problems
    assert inline.tags_in(third.target) == []  # an unmarked paragraph gets none


def test_a_repeat_formatted_otherwise_gets_the_words_without_foreign_tags(tmp_path):
    doc = tmp_path / "r.txt"
    doc.write_text(f"{BODY}\n\n{BODY}", encoding="utf-8")
    path = tmp_path / "r.wbproj"
    with Project.create(path) as p:
        p.import_document(doc)
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE paragraphs SET marks = ? WHERE position = 0",
                     (inline.to_json([Mark(1, "b", 0, 3)]),))
    conn.close()
    with Project.open(path) as p:
        first = p.paragraphs()[0]
        p.save_target(first.id, inline.open_tag(1) + "He" + inline.close_tag(1) + " said")
        second = p.paragraphs()[1]
    assert second.target == "He said" and second.status.value == "memory"
