"""Steerable translation through the real CTranslate2 path, with the tiny Argos and Marian models:
n-best, word alternatives at a position, completion (whole word and mid-word), glossary terms."""

from __future__ import annotations

import pytest

from tests.fixtures.tiny_text import ARABIC_LINES
from workbench.glossary.entries import Glossary, GlossaryEntry
from workbench.mt.cleanup import clean_translation
from workbench.mt.steer import (
    Option, SteeringUnsupported, alternatives, rank, sentence_options, steerable, word_options,
)  # fmt: skip
from workbench.mt.steer_complete import complete, completion

SOURCES = (ARABIC_LINES[0], ARABIC_LINES[3], ARABIC_LINES[6])


@pytest.fixture(scope="module")
def marian_model(tmp_path_factory):
    from tests.fixtures.tiny_marian import build_tiny_marian
    from workbench.mt.marian_import import import_marian
    from workbench.mt.argos_packages import remove_model

    model = import_marian(build_tiny_marian(tmp_path_factory.mktemp("steer-marian")))
    yield model
    remove_model(model.name)


@pytest.fixture(params=["argos", "marian"])
def engine(request, no_network):
    if request.param == "argos":
        from workbench.mt.argos_engine import ArgosEngine

        return ArgosEngine(request.getfixturevalue("installed_tiny_model"))
    from workbench.mt.marian_engine import MarianEngine

    return MarianEngine(request.getfixturevalue("marian_model"))


def draft_of(engine, source: str) -> str:
    return alternatives(engine, source, 1)[0]


def test_n_best_is_distinct_cleaned_and_best_first(engine):
    for source in SOURCES:
        found = alternatives(engine, source, 5)
        assert 2 <= len(found) <= 5
        assert len(set(found)) == len(found)
        assert all(text == clean_translation(text) and text for text in found)
    assert alternatives(engine, "   ", 5) == [] and alternatives(engine, SOURCES[0], 0) == []


def test_word_alternatives_keep_the_prefix_change_the_word_and_continue(engine):
    checked = 0
    for source in SOURCES:
        draft = draft_of(engine, source)
        words = draft.split()
        for index in range(min(3, len(words))):
            options = word_options(engine, source, draft, index, 5)
            for option in options:
                new = option.text.split()
                assert new[:index] == words[:index]  # the prefix is kept word for word
                assert new[index] == option.word != words[index]  # another word at the position
                assert option.text.startswith(" ".join(words[:index]))
            assert len({o.word for o in options}) == len(options)
            # choosing one re-decodes the rest: the sentence goes on after the new word
            checked += any(len(o.text.split()) > index + 1 for o in options)
    assert checked >= 3


def test_word_alternatives_for_the_next_word_and_out_of_range(engine):
    source = SOURCES[1]
    draft = draft_of(engine, source)
    words = draft.split()
    for option in word_options(engine, source, " ".join(words[:2]), 2, 3):
        assert option.text.split()[:2] == words[:2]
    with pytest.raises(IndexError):
        word_options(engine, source, draft, len(words) + 1)


def test_completion_after_whole_words_starts_where_typing_ended(engine):
    for source in SOURCES:
        words = draft_of(engine, source).split()
        typed = " ".join(words[:2]) + " "
        suffix = complete(engine, source, typed)
        assert suffix and not suffix[0].isspace()
        assert (typed + suffix).split()[:2] == words[:2]
        # beam 2 is accepted and keeps the prefix too
        assert (typed + complete(engine, source, typed, beam_size=2)).startswith(typed)
    first = complete(engine, SOURCES[0], "")
    assert first and first == first.strip()


def test_completion_mid_word_completes_that_word(engine):
    done = 0
    for source in SOURCES:
        words = draft_of(engine, source).split()
        word = next((w for w in words[1:] if len(w) >= 4 and w.isalpha()), None)
        if word is None:
            continue
        index = words.index(word, 1)
        typed = " ".join(words[:index]) + " " + word[:2]
        result = completion(engine, source, typed)
        assert result.text == typed + result.suffix
        assert result.text.split()[:index] == words[:index]
        assert result.text.split()[index].casefold().startswith(word[:2].casefold())
        done += 1
    assert done


def _glossary(english: str, arabic: str) -> Glossary:
    return Glossary([GlossaryEntry(arabic, english, id=1)])


def test_options_dropping_a_glossary_term_are_flagged_and_ranked_lower(engine):
    from workbench.arabic.term_matcher import english_present

    source = ARABIC_LINES[0]  # holds المكتبة
    draft = draft_of(engine, source)
    plain = word_options(engine, source, draft, 1, 5)
    # a word only a lower-ranked option holds becomes the required English term
    term = next((o.word for o in plain[1:] if o.word.isalpha()
                 and not english_present(plain[0].text, o.word)), None)  # fmt: skip
    assert term, plain
    ranked = word_options(engine, source, draft, 1, 5, glossary=_glossary(term, "المكتبة"))
    assert {o.text for o in ranked} == {o.text for o in plain}
    assert ranked[0].keeps_terms and ranked[0] != plain[0]
    assert not ranked[-1].keeps_terms and ranked[-1].missing == (term,)
    flags = [o.keeps_terms for o in ranked]
    assert flags == sorted(flags, reverse=True)  # every keeper before every dropper

    never = _glossary("Zanzibarian", "المكتبة")
    assert all(o.missing == ("Zanzibarian",) for o in sentence_options(engine, source, 3, glossary=never))
    flagged = completion(engine, source, draft.split()[0] + " ", glossary=never)
    assert flagged.missing == ("Zanzibarian",)
    # a term already typed holds
    kept = completion(engine, source, "Zanzibarian ", glossary=never)
    assert kept.missing == () and kept.text.startswith("Zanzibarian ")


def test_rank_is_stable_and_puts_keepers_first():
    options = [Option("a", missing=("x",)), Option("b"), Option("c", missing=("x", "y")), Option("d")]
    assert [o.text for o in rank(options)] == ["b", "d", "a", "c"]


def test_the_gloss_engine_is_refused_clearly():
    class Gloss:
        name = "gloss"

    with pytest.raises(SteeringUnsupported, match="gloss engine cannot"):
        steerable(Gloss())
    with pytest.raises(SteeringUnsupported):
        alternatives(Gloss(), "نص", 3)
