"""Sentence pairs: 1:1 when the counts agree, Gale-Church beads when a translator merged or split."""

from __future__ import annotations

from workbench.mt.align_sentences import (
    pair_sentences, sentence_groups, sentence_pairs, sentence_word_spans, split_english,
)  # fmt: skip

ARABIC = "وصل الرئيس إلى تونس مساء الأربعاء. وكان في استقباله رئيس الحكومة. وعقد الجانبان اجتماعا مطولا."


def test_same_count_is_one_to_one():
    english = "The president arrived in Tunis on Wednesday evening. He was received by the head of " \
              "government. The two sides held a long meeting."
    assert sentence_pairs(ARABIC, english) == [(0, 0), (1, 1), (2, 2)]


def test_merged_sentences_pair_two_to_one():
    english = ("The president arrived in Tunis on Wednesday evening and was received by the head of "
               "government. The two sides held a long meeting.")
    assert sentence_pairs(ARABIC, english) == [(0, 0), (1, 0), (2, 1)]
    assert sentence_groups([(0, 0), (1, 0), (2, 1)]) == [([0, 1], [0]), ([2], [1])]


def test_split_sentence_pairs_one_to_two():
    source = ["a" * 120, "b" * 40]
    target = ["x" * 70, "y" * 70, "z" * 45]
    assert pair_sentences(source, target) == [(0, 0), (0, 1), (1, 2)]
    assert pair_sentences([], ["x"]) == [] and pair_sentences(["a"], []) == []


def test_english_splitter_skips_abbreviations_initials_and_numbers():
    text = "Dr. Smith met U.S. officials on Jan. 5 and paid 3.5 million. They left at noon."
    assert split_english(text) == [
        "Dr. Smith met U.S. officials on Jan. 5 and paid 3.5 million.", "They left at noon."
    ]


def test_word_spans_follow_whitespace_words():
    text = "One two.  Three four five!\nSix."
    sentences = split_english(text)
    assert sentence_word_spans(text, sentences) == [(0, 2), (2, 5), (5, 6)]
