"""The word diff the matches panel shows: a match's words the current Arabic lacks, compared as
the memory compares words (clitics, diacritics, letter variants, digits folded)."""

from __future__ import annotations

from workbench.memory.diff import differing_words

# Written for this test.
MATCH = "استقبل وزيرُ الخارجيّة سفيرَ ألمانيا في مكتبه وبحث معه سبل التعاون عام 2024."
CURRENT = "واستقبل وزير الخارجية سفير إيطاليا في مكتبه صباح اليوم وبحث معه سبل التعاون عام ٢٠٢٤."


def marked(old: str, new: str) -> list[str]:
    return [piece for piece, differs in differing_words(old, new) if differs]


def test_only_the_words_to_change_are_marked():
    assert marked(MATCH, CURRENT) == ["ألمانيا"]
    assert "".join(piece for piece, _ in differing_words(MATCH, CURRENT)) == MATCH  # nothing lost


def test_clitics_and_articles_fold_and_order_counts():
    assert marked("وبالحكومة الجديدة", "الحكومة جديدة") == []
    assert len(marked("الحكومة الجديدة", "الجديدة الحكومة")) == 1  # order counts: one is out of place
    assert marked("لقد قال", "قد قال") == ["لقد"]  # ل before a short stem is not a clitic
    assert marked("نص", "") == ["نص"] and differing_words("", "نص") == []
