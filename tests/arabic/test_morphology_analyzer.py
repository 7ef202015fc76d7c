"""The analyzer over the real BAMA 1.0 data: a table of words with the lemma and gloss BAMA gives
them, the ranking rules, the one lazy thread-safe load, and the database choice."""

from __future__ import annotations

import threading

import pytest

from workbench.arabic.morphology import analysis as analysis_mod
from workbench.arabic.morphology.analyzer import MorphAnalyzer, default_analyzer, tokenize
from workbench.arabic.translit import dediacritize, to_buckwalter

# word, expected best reading: lemma (Buckwalter transliteration of the diacritized lemma: it
# avoids Unicode-order ambiguity of stacked marks), pos, gloss substring, segmentation
BEST = [
    # common nouns with the article
    ("الحكومة", "Hukuwmap", "noun", "government", "ال+حُكُوم+َة"),
    ("الكتاب", "kitAb", "noun", "book", "ال+كِتاب"),
    ("المدرسة", "madorasap", "noun", "school", "ال+مَدْرَس+َة"),
    ("الأسبوع", ">usobuwE", "noun", "week", "ال+أُسْبُوع"),
    ("الجديدة", "jadiyd", "adj", "new", "ال+جَدِيد+َة"),
    ("والطريق", "Tariyq", "noun", "road", "وَال+طَرِيق"),
    # prepositions fused to nouns
    ("بالمدينة", "madiynap", "noun", "city", "بِال+مَدِين+َة"),
    ("للشركات", "$arikap", "noun", "companies", "لِل+شَرِك+ات"),
    ("وبالقلم", "qalam", "noun", "pen", "وَبِال+قَلَم"),
    # possessive suffixes
    ("كتابه", "kitAb", "noun", "book + its/his", "كِتاب+ه"),
    ("مدرستنا", "madorasap", "noun", "school + our", "مَدْرَس+َتنا"),
    ("سيارتهم", "say~Arap", "noun", "car", "سَيّار+َتهم"),
    # verbs with subject and object clitics
    ("قالت", "qAl", "verb", "said", "قال+َت"),
    ("يكتبون", "katab", "verb", "they (people) + write", "يَ+كْتُب+ُونَ"),
    ("سيبدأ", "bada>", "verb", "will + he/it + start", "سَيَ+بْدَأ"),
    ("كتبناه", "katab", "verb", "write + we <verb> it/him", "كَتَب+ْناهُ"),
    ("يزورونها", "zAr", "verb", "visit + it/them/her", "يَ+زُور+ُونَها"),
    ("سنذهب", "*ahab", "verb", "will + we + go", "سَنَ+ذْهَب"),
    # names, also those that share their spelling with common words
    ("القاهرة", "qAhirap", "noun_prop", "the + Cairo", "ال+قاهِر+َة"),
    ("الموصل", "mawoSil", "noun_prop", "the + Mosul (Iraq)", "ال+مَوْصِل"),
    ("بغداد", "bagodAd", "noun_prop", "Baghdad", "بَغْداد"),
    ("مصر", "miSor", "noun_prop", "Egypt", "مِصْر"),
    ("لبنان", "lubonAn", "noun_prop", "Lebanon", "لُبْنان"),
    # function words
    ("في", "fiy", "prep", "in", "فِي"),
    ("إلى", "<ilaY", "prep", "to", "إِلَى"),
    ("الى", "<ilaY", "prep", "to", "إِلَى"),  # written without hamza: a spelling variant
    ("وفي", "fiy", "prep", "and + in", "وَ+فِي"),
    ("هذا", "h`*A", "pron_dem", "this", "هٰذا"),
    ("الذي", "Al~a*iy", "pron_rel", "which", None),
]

# ambiguous words: the reading must be among the analyses (not necessarily first)
AMONG = [
    ("كتبها", "katab", "verb", "write + he/it <verb> it/them/her"),
    ("كتبها", "kitAb", "noun", "books + its/their/her"),
    ("أخبره", ">axobar", "verb", "notify"),
    ("بالمدينة", "madiynap", "noun_prop", "Medina"),
    ("الموصل", "muwaS~il", "noun", "conductor"),
]


@pytest.fixture(scope="module")
def analyzer() -> MorphAnalyzer:
    return default_analyzer()


@pytest.mark.parametrize("word,lemma,pos,gloss,segmentation", BEST)
def test_best_reading(analyzer, word, lemma, pos, gloss, segmentation):
    found = analyzer.analyze(word)
    assert found, f"no analysis for {word}"
    best = found[0]
    assert (to_buckwalter(best.lemma), best.pos) == (lemma, pos), [(a.lemma, a.pos, a.gloss) for a in found]
    assert gloss in best.gloss
    if segmentation is not None:
        assert best.segmentation == segmentation
    assert best.source == "bama" and best.word == word
    assert dediacritize(best.diac) != best.diac  # the diacritized form carries vowels


@pytest.mark.parametrize("word,lemma,pos,gloss", AMONG)
def test_reading_is_among_analyses(analyzer, word, lemma, pos, gloss):
    found = analyzer.analyze(word)
    assert any(to_buckwalter(a.lemma) == lemma and a.pos == pos and gloss in a.gloss for a in found), found


def test_analysis_fields_are_consistent(analyzer):
    best = analyzer.analyze("وقالت")[0]
    assert best.prefix == "وَ" and best.prefix_gloss == "and" and best.prefix_bw == "wa/CONJ"
    assert best.stem_gloss == "said" and best.suffix_bw == "at/PVSUFF_SUBJ:3FS"
    assert best.bw == "wa/CONJ+qAl/VERB_PERFECT+at/PVSUFF_SUBJ:3FS"
    assert best.lemma_id == "qAl-u_1" and best.exact
    data = best.to_dict()
    assert {"word", "diac", "lemma", "pos", "gloss", "segmentation"} <= set(data)


def test_spelling_variants_rank_after_exact_readings(analyzer):
    found = analyzer.analyze("على")
    assert found[0].gloss.startswith("on") and found[0].exact
    assert all(not a.exact for a in found[1:] if a.lemma != found[0].lemma)


def test_written_diacritics_pick_the_matching_reading(analyzer):
    assert analyzer.analyze("كتب")[0].pos == "noun"  # bare: "books" and "wrote" both possible
    assert analyzer.analyze("كَتَبَ")[0].pos == "verb"
    assert analyzer.analyze("كُتُب")[0].pos == "noun"


def test_presentation_forms_and_joiners_are_cleaned_before_analysis(analyzer):
    assert to_buckwalter(analyzer.analyze("\ufe8d\ufedf\ufea4\ufedc\ufeee\ufee3\ufe94")[0].lemma) == "Hukuwmap"
    assert to_buckwalter(analyzer.analyze("\u200fالحكومة\u200c")[0].lemma) == "Hukuwmap"


def test_function_words_filed_by_bama_come_first(analyzer):
    assert analyzer.analyze("نعم")[0].stem_gloss == "yes"  # before نِعْم "wonderful"
    assert analyzer.analyze("أيضا")[0].stem_gloss.startswith("also")


def test_non_words_and_unknown_words_have_no_analysis(analyzer):
    for token in ("", "  ", "2024", "،", "hello", "فلوجتستانيات"):
        assert analyzer.analyze(token) == []
    assert analyzer.best("فلوجتستانيات") is None


def test_results_are_fresh_lists_of_frozen_analyses(analyzer):
    first = analyzer.analyze("الكتاب")
    first.clear()
    assert analyzer.analyze("الكتاب")
    with pytest.raises(AttributeError):
        analyzer.analyze("الكتاب")[0].lemma = "x"  # type: ignore[misc]


def test_tokenize_splits_words_and_punctuation():
    assert tokenize("قالت الحكومة، أمس: نعم!") == ["قالت", "الحكومة", "،", "أمس", ":", "نعم", "!"]


def test_first_load_happens_once_under_concurrent_callers():
    fresh = MorphAnalyzer()
    assert fresh.database_info().load_seconds == 0.0  # nothing loaded by asking
    results: list = []
    threads = [threading.Thread(target=lambda: results.append(fresh.analyze("الحكومة"))) for _ in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(results) == 6 and all(r and to_buckwalter(r[0].lemma) == "Hukuwmap" for r in results)
    info = fresh.database_info()
    assert info.source == "bama" and info.name == "bama-1.0" and info.path.is_file()
    assert info.load_seconds > 0
    print(f"\nBAMA analyzer load (cached database): {info.load_seconds:.2f} s, converted={info.converted}")


def test_calima_is_preferred_when_installed(tmp_path, monkeypatch, analyzer):
    """A calima-msa-r13 found through CAMeL's catalogue wins over BAMA. The real calima database
    cannot be downloaded here, so its place is taken by our converted file (same format)."""
    import json

    bama_db = analyzer.load().path
    target = tmp_path / "data" / "morphology_db" / "calima-msa-r13"
    target.mkdir(parents=True)
    (target / "morphology.db").symlink_to(bama_db)
    catalogue = {"components": {"MorphologyDB": {"default": "calima-msa-r13",
                 "datasets": {"calima-msa-r13": {"path": "morphology_db/calima-msa-r13"}}}}}
    (tmp_path / "catalogue.json").write_text(json.dumps(catalogue), encoding="utf-8")
    monkeypatch.setenv("CAMELTOOLS_DATA", str(tmp_path))

    calima = MorphAnalyzer()
    assert calima.database_info().source == "calima"
    best = calima.analyze("الحكومة")[0]
    assert best.source == analysis_mod.CALIMA and to_buckwalter(best.lemma) == "Hukuwmap"
    assert "government" in best.gloss
    assert MorphAnalyzer(prefer_calima=False).database_info().source == "bama"
