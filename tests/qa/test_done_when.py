"""Done-when: a document with one planted problem of every kind and more clean paragraphs:
every problem found, no false flag; the table is printed (pytest -s)."""

from __future__ import annotations

from tests.fixtures.tiny_text import ARABIC_LINES, ENGLISH_LINES
from tests.qa.document import CLEAN, GLOSSARY, PLANTED, build
from workbench.qa import KINDS, check_paragraphs
from workbench.qa.spelling import load_speller


def test_every_planted_problem_found_and_nothing_else():
    paragraphs, expected = build(zip(ARABIC_LINES, ENGLISH_LINES))
    assert {kind for kind, _rows in PLANTED} == set(KINDS)
    clean = len(paragraphs) - sum(len(rows) for _k, rows in PLANTED)
    assert clean >= len(CLEAN) >= len(PLANTED)
    issues = check_paragraphs(paragraphs, documents={1: "planted.txt"}, glossary_entries=GLOSSARY)
    if load_speller() is None:  # no Hunspell dictionary here: the kind says so once instead
        print("no English dictionary installed: the planted misspelling cannot be found")
        expected = {e for e in expected if e[0] != "spelling"} | {("spelling", 0)}
    print(f"\n{len(paragraphs)} paragraphs ({clean} clean), {len(issues)} issues")
    print(f"{'kind':<26}{'para':>5}  message")
    for i in issues:
        print(f"{i.kind:<26}{i.number:>5}  {i.message}")
    assert {(i.kind, i.number) for i in issues} == expected
    assert len(issues) == len(expected)
    assert all(i.document == "planted.txt" for i in issues if i.number)
