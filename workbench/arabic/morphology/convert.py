"""Converting BAMA 1.0 into a CAMeL Tools MorphologyDB text file, cached per source hash.

The file follows the sections `camel_tools.morphology.database.MorphologyDB` parses: DEFINES,
DEFAULTS, ORDER, TOKENIZATIONS, STEMBACKOFF, PREFIXES, SUFFIXES, STEMS, TABLE AB/BC/AC.
Constraints of that parser this writer respects:
- feature values are separated by spaces, so spaces inside glosses are written as '_';
- entry keys must be in the analyzer's normalized spelling (alef variants -> ا, ى -> ي, ة -> ه),
  because the analyzer normalizes the input word before looking it up; BAMA lists hamza and
  hamza-less spellings separately, which collapse to one key, so duplicates are dropped;
- the merge of prefix, stem and suffix features copies only keys the *stem* has: stems carry
  `pfxdiac/pfxgloss/sfxdiac/sfxgloss` set to '-' so that the affix values reach the analysis,
  while `stembw` (the stem's own POS tag; `bw` is joined over all three parts) is stem-only;
- the last table runs to the end of the file, so no trailing blank line is written.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

from workbench import paths
from workbench.arabic.morphology import bama
from workbench.arabic.morphology.pos import camel_pos

FORMAT_VERSION = "5"  # bump whenever the written file changes; part of the cache key
DB_PREFIX = "bama-1.0-"
FEATURES = ("pos", "diac", "lex", "gloss", "bw", "stembw", "lexid",
            "pfxdiac", "pfxgloss", "sfxdiac", "sfxgloss")
POS_VALUES = (
    "noun noun_prop noun_num adj adv adv_interrog pron pron_dem pron_rel verb part part_det "
    "part_fut part_interrog part_neg part_emphatic prep conj interj abbrev punc digit latin"
).split()


def _mappers():
    from camel_tools.utils.charmap import CharMapper

    from workbench.arabic.morphology.camel import NORMALIZE_MAP

    return CharMapper.builtin_mapper("bw2ar"), CharMapper(NORMALIZE_MAP)


def _value(text: str) -> str:
    """A feature value without spaces (the parser splits on them); decoded by `decode_value`."""
    return text.replace(" ", "_")


def decode_value(text: str) -> str:
    return text.replace("_", " ")


def _lemma(lemma_id: str) -> str:
    """'>ab~-ui_1' -> '>ab~': BAMA appends the verb's vowel class and a sense number."""
    return lemma_id.split("_")[0].split("-")[0]


def db_lines(lexicon: bama.Lexicon) -> Iterator[str]:
    bw2ar, normalize = _mappers()
    ar = bw2ar.map_string

    def key(form: str) -> str:
        return normalize.map_string(ar(form))

    yield "###DEFINES###"
    yield "DEFINE pos " + " ".join(f"pos:{p}" for p in POS_VALUES)
    for feat in FEATURES[1:]:
        yield f"DEFINE {feat} {feat}:*open*"
    yield "###DEFAULTS###"
    for pos in ("digit", "punc", "latin"):
        yield f"DEFAULT pos:{pos} " + " ".join(f"{f}:*" for f in FEATURES[1:7]) + " " + " ".join(
            f"{f}:-" for f in FEATURES[7:]
        )
    yield "###ORDER###"
    yield "ORDER " + " ".join(FEATURES)
    yield "###TOKENIZATIONS###"
    yield "###STEMBACKOFF###"
    yield "###PREFIXES###"
    for line in _unique(
        f"{key(e.form)}\t{e.cat}\tdiac:{ar(e.voc)} gloss:{_value(e.gloss)} bw:{e.tag} "
        f"pfxdiac:{ar(e.voc)} pfxgloss:{_value(e.gloss)}"
        for e in lexicon.prefixes
    ):
        yield line
    yield "###SUFFIXES###"
    for line in _unique(
        f"{key(e.form)}\t{e.cat}\tdiac:{ar(e.voc)} gloss:{_value(e.gloss)} bw:{e.tag} "
        f"sfxdiac:{ar(e.voc)} sfxgloss:{_value(e.gloss)}"
        for e in lexicon.suffixes
    ):
        yield line
    yield "###STEMS###"
    for line in _unique(
        f"{key(e.form)}\t{e.cat}\tpos:{camel_pos(e.tag)} diac:{ar(e.voc)} "
        f"lex:{ar(_lemma(e.lemma_id))} gloss:{_value(e.gloss)} bw:{e.tag} stembw:{e.tag} "
        f"lexid:{e.lemma_id} pfxdiac:- pfxgloss:- sfxdiac:- sfxgloss:-"
        for e in lexicon.stems
    ):
        yield line
    for title, table in (("AB", lexicon.table_ab), ("BC", lexicon.table_bc), ("AC", lexicon.table_ac)):
        yield f"###TABLE {title}###"
        yield from (f"{a} {b}" for a, b in dict.fromkeys(table))


def _unique(lines: Iterator[str]) -> Iterator[str]:
    yield from dict.fromkeys(lines)


def write_db(lexicon: bama.Lexicon, path: Path) -> None:
    """Write atomically: a reader never sees a half-written database."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=path.name + ".", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as out:
            out.write("\n".join(db_lines(lexicon)))
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def cache_folder() -> Path:
    return paths.cache_dir() / "morphology"


def cache_key(folder: Path | None = None) -> str:
    return f"{FORMAT_VERSION}-{bama.source_hash(folder)[:20]}"


def ensure_converted(folder: Path | None = None, cache: Path | None = None) -> tuple[Path, bool]:
    """The converted database for the BAMA files in `folder` (default: the installed ones), and
    whether this call built it.

    Cached as <cache>/bama-1.0-<key>.db, cache defaulting to cache_dir()/morphology; a change of
    the source files (or of this converter's FORMAT_VERSION) gives a new key: the file is rebuilt
    and stale ones are removed.
    """
    folder = folder or bama.data_dir()
    cache = cache or cache_folder()
    target = cache / f"{DB_PREFIX}{cache_key(folder)}.db"
    if target.is_file():
        return target, False
    write_db(bama.load_lexicon(folder), target)
    for stale in cache.glob(f"{DB_PREFIX}*"):
        if stale != target and not stale.name.startswith(target.name):
            stale.unlink(missing_ok=True)
    return target, True


def converted_db(folder: Path | None = None) -> Path:
    return ensure_converted(folder)[0]
