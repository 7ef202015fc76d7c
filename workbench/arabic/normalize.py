"""Match keys: Arabic text folded so that spelling variants compare equal, with an offset map.

The key is camel-tools' normalization pipeline - ``normalize_unicode`` (NFKC), ``dediac_ar``,
``normalize_alef_ar``, ``normalize_alef_maksura_ar``, ``normalize_teh_marbuta_ar`` - followed by
folds of our own (the tests check the key against camel-tools on the same text):

* deleted: tatweel U+0640; Quranic annotation marks and any hamza/madda mark left uncomposed
  after NFKC (U+0610-061A, U+0653-065F, U+06D6-06ED); invisible format characters (ZWNJ/ZWJ,
  LRM/RLM/ALM, bidi embeddings and isolates, BOM, soft hyphen, CGJ);
* hamza on waw/ya (ؤ ئ) -> bare hamza ء: the seat of the hamza varies between spellings
  (مسؤول/مسئول, شؤون/شئون, علماؤه/علمائه) while a dropped hamza on waw/ya is rare;
* Arabic-Indic and Persian digits -> ASCII digits, ٫ ٬ ٪ -> . , %;
* Persian yeh/keheh/heh doachashmee (ی ک ھ) -> Arabic ي ك ه;
* Latin (and any cased script) case-folded.

Two keys are offered. ``match_key`` folds everything. ``clitic_key`` keeps أ إ آ and ة
distinct, because they tell clitics apart (a final ة is never the pronoun ه; the article's alef
never carries a hamza); ``fold_clitic_key`` completes it into the match key. They differ only by
one-to-one folds, so their offset maps are the same. ``match_key_map`` / ``clitic_key_map``
return a ``KeyMap`` that maps key ranges back to the original text lazily (for highlighting).

camel-tools' ``normalize_unicode`` and letter normalizers build our tables (once, on first use)
and key the rare text the tables cannot; ``dediac_ar`` is not imported at run time because its
module pulls in camel's charsets (0.4 s, emoji tables): our diacritic set is a superset of
camel's AR_DIAC_CHARSET, which the tests check.

Speed: text made only of "safe" characters (whose key does not depend on neighbours: no
canonical composition, at most one output character) is keyed with a regex deletion plus a few
``str.replace`` folds, or one ``str.translate`` when it holds rarer characters (presentation
forms, Latin capitals). Other text (ligatures, decomposed hamza, combining accents) goes
through camel-tools per cluster (a character and the marks bound to it).
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from workbench.arabic.chars import ARABIC_BLOCKS


Offsets = list[tuple[int, int]]

_HAMZA_ALEFS = "أإآ"
_TEH_MARBUTA = "ة"

# Arabic blocks whose nonspacing marks (harakat, tanwin, shadda, sukun, superscript alef,
# Quranic marks) are diacritics for us; camel's AR_DIAC_CHARSET is the core of this set.
_ARABIC_MARKS = frozenset(
    cp for lo, hi in ARABIC_BLOCKS for cp in range(lo, hi) if unicodedata.category(chr(cp)) == "Mn"
)
_LETTER_MARKS = frozenset((0x0653, 0x0654, 0x0655))  # madda, hamza above/below: part of a letter
DIACRITICS = _ARABIC_MARKS - _LETTER_MARKS
_INVISIBLE = frozenset((0x00AD, 0x034F, 0x061C, 0xFEFF, *range(0x200B, 0x2010), *range(0x202A, 0x202F),
                        *range(0x2066, 0x206A)))
_DELETED = _ARABIC_MARKS | _INVISIBLE | {0x0640}
_EXTRA_FOLDS = {
    ord("ؤ"): "ء", ord("ئ"): "ء",
    ord("ی"): "ي", ord("ک"): "ك", ord("ھ"): "ه",
    ord("٫"): ".", ord("٬"): ",", ord("٪"): "%",
    **{0x0660 + d: str(d) for d in range(10)},
    **{0x06F0 + d: str(d) for d in range(10)},
}

# Characters that canonical composition can merge into the character before them (NFC's
# "second elements", plus the Hangul vowels and trailing consonants composed algorithmically).
# A test rebuilds this set from unicodedata and checks it is covered.
_COMPOSING = frozenset((
    *range(0x0300, 0x0305), *range(0x0306, 0x030D), 0x030F, 0x0311, 0x0313, 0x0314, 0x031B,
    *range(0x0323, 0x0329), 0x032D, 0x032E, 0x0330, 0x0331, 0x0338, 0x0342, 0x0345,
    0x05B4, *range(0x05B7, 0x05BA), 0x05BC, 0x05BF, 0x05C1, 0x05C2, 0x0653, 0x0654, 0x0655,
    0x093C, 0x09BC, 0x09BE, 0x09D7, 0x0A3C, 0x0B3C, 0x0B3E, 0x0B56, 0x0B57, 0x0BBE, 0x0BD7,
    0x0C56, 0x0CC2, 0x0CD5, 0x0CD6, 0x0D3E, 0x0D57, 0x0DCA, 0x0DCF, 0x0DDF, 0x0F72, 0x0F74,
    0x0F80, 0x0FB5, 0x0FB7, 0x102E, 0x1B35, *range(0x1161, 0x1176), *range(0x11A8, 0x11C3),
    0x3099, 0x309A, 0x110BA, 0x11127, 0x1133E, 0x11357, 0x114B0, 0x114BA, 0x114BD, 0x115AF,
    0x11930, 0x1D165, *range(0x1D16E, 0x1D173),
))
# Where the fast translate table is built: Latin, Arabic, punctuation, presentation forms.
_FAST_RANGES = ((0x0000, 0x0370), *ARABIC_BLOCKS, (0x2000, 0x2070))


def _binds_to_previous(ch: str) -> bool:
    """True if NFKC may reorder or compose ``ch`` with the character before it."""
    return (
        unicodedata.combining(ch) != 0
        or ord(ch) in _COMPOSING
        or unicodedata.combining(unicodedata.normalize("NFKD", ch)[0]) != 0
    )


def _char_class(codepoints: list[int]) -> str:
    ranges: list[list[int]] = []
    for cp in sorted(codepoints):
        if ranges and cp == ranges[-1][1] + 1:
            ranges[-1][1] = cp
        else:
            ranges.append([cp, cp])
    return "".join(f"\\U{lo:08x}-\\U{hi:08x}" for lo, hi in ranges)


@cache
def _post_nfkc_table(clitic: bool) -> dict[int, str | None]:
    """Every fold that follows camel's normalize_unicode, as one translate table."""
    table: dict[int, str | None] = {cp: None for cp in _DELETED}
    table.update(_EXTRA_FOLDS)
    table[ord("ٱ")] = "ا"  # alef wasla is the article's alef in vocalized text: folded in both keys
    table[ord("ى")] = "ي"
    if not clitic:
        table.update({ord(c): "ا" for c in _HAMZA_ALEFS})
        table[ord(_TEH_MARBUTA)] = "ه"
    return table


def _pipeline(text: str, clitic: bool) -> str:
    from camel_tools.utils.normalize import normalize_unicode

    return normalize_unicode(text).translate(_post_nfkc_table(clitic)).casefold()


class _Folder:
    """One key flavour: a translate table for safe text and per-cluster folding for the rest."""

    def __init__(self, clitic: bool):
        self.clitic = clitic
        table: dict[int, str | None] = {}
        safe: list[int] = []
        for cp in (cp for lo, hi in _FAST_RANGES for cp in range(lo, hi)):
            ch = chr(cp)
            out = _pipeline(ch, clitic)
            if self._fast_safe(ch, out):
                safe.append(cp)
                if out != ch:
                    table[cp] = out or None
        self.table = table
        self.deleted = frozenset(chr(cp) for cp, out in table.items() if out is None)
        self.safe = frozenset(safe)
        self.slow_re = re.compile("[^" + _char_class(safe) + "]")
        # Commonest case, ~4x faster than translate: deletions, a few dozen str.replace folds and
        # lower() for ASCII. Text with any other folded character (presentation forms, Latin
        # capitals beyond ASCII, odd spaces) takes the table.
        self.folds = [(chr(cp), out) for cp, out in table.items() if out and 0x0600 <= cp < 0x0700]
        self.uncommon_re = re.compile("[^" + _char_class([cp for cp in safe if self._common(cp)]) + "]")
        self.deleted_re = re.compile("[" + _char_class([ord(c) for c in self.deleted]) + "]")

    def _common(self, cp: int) -> bool:
        """Does the common path (deletion, ``self.folds``, ``lower()``) key ``chr(cp)`` right?"""
        ch = chr(cp)
        out = self.table.get(cp, ch)
        if out is None or (0x0600 <= cp < 0x0700):
            return True
        return out == ch.lower() and (cp < 0x80 or out == ch)

    def _fast_safe(self, ch: str, out: str) -> bool:
        """May ``ch`` be keyed alone, whatever its neighbours? (See the module docstring.)"""
        if len(out) > 1 or ord(ch) in _COMPOSING:
            return False
        if _binds_to_previous(ch) and out:
            return False  # a kept mark could be reordered by NFKC
        post = _post_nfkc_table(self.clitic)
        for part in unicodedata.normalize("NFKC", ch):
            dropped = post.get(ord(part), part) is None
            if not dropped and (unicodedata.combining(part) or ord(part) in _COMPOSING):
                return False
        return True

    def key(self, text: str) -> str:
        if self.uncommon_re.search(text) is None:
            text = self.deleted_re.sub("", text)
            for old, new in self.folds:
                if old in text:
                    text = text.replace(old, new)
            return text.lower()
        if self.slow_re.search(text) is None:
            return text.translate(self.table)
        return "".join(out for out, _s, _e in self._clusters(text))

    def key_map(self, text: str) -> KeyMap:
        if self.slow_re.search(text) is None:
            key = self.key(text)
            return KeyMap(text, key, None if len(key) == len(text) else self.deleted)
        parts: list[str] = []
        spans: list[list[int]] = []
        for out, start, end in self._clusters(text):
            if out:
                parts.append(out)
                spans.extend([start, end] for _ in out)
            elif spans:
                # A cluster that folds to nothing (tatweel, ZWNJ) belongs to the letter before it,
                # so a highlight never splits a letter from what follows it.
                for span in spans[len(spans) - len(parts[-1]) :]:
                    span[1] = end
        return KeyMap(text, "".join(parts), None, [(s, e) for s, e in spans])

    def _clusters(self, text: str):
        """Yield (folded, start, end) per cluster: a starter and the characters bound to it."""
        table, slow_re = self.table, self.slow_re
        i, n = 0, len(text)
        while i < n:
            j = i + 1
            while j < n and _binds_to_previous(text[j]):
                j += 1
            cluster = text[i:j]
            if j == i + 1 and not slow_re.match(cluster):
                yield cluster.translate(table), i, j
            else:
                yield _pipeline(cluster, self.clitic), i, j
            i = j


class KeyMap:
    """A text, its key, and the way back from key positions to the text.

    A key character's span covers the source character(s) it came from plus the characters
    folded away right after it (diacritics, tatweel), so a span never cuts a letter from its
    marks. Characters folded away before the first key character belong to no span. The map is
    built lazily: most text keys one character per character.
    """

    __slots__ = ("text", "key", "_deleted", "_spans")

    def __init__(self, text: str, key: str, deleted: frozenset | None, spans: Offsets | None = None):
        self.text, self.key, self._deleted, self._spans = text, key, deleted, spans

    def span(self, key_start: int, key_end: int) -> tuple[int, int]:
        """The span of the text that key characters [key_start, key_end) came from."""
        if not 0 <= key_start < key_end <= len(self.key):
            raise ValueError(f"bad key range {key_start}:{key_end} of {len(self.key)}")
        spans = self.offsets() if self._spans is None and self._deleted else self._spans
        if spans is None:
            return key_start, key_end
        return spans[key_start][0], spans[key_end - 1][1]

    def offsets(self) -> Offsets:
        """Per key character, its (start, end) span in the text."""
        if self._spans is None:
            n = len(self.text)
            if self._deleted is None:
                return list(zip(range(n), range(1, n + 1)))
            deleted = self._deleted
            starts = [i for i, ch in enumerate(self.text) if ch not in deleted]
            self._spans = list(zip(starts, starts[1:] + [n]))
        return self._spans


@cache
def _folder(clitic: bool) -> _Folder:
    return _Folder(clitic)


def match_key(text: str) -> str:
    """The fully folded key used to compare Arabic text (search, glossary exact mode)."""
    return _folder(False).key(text)


def match_key_with_map(text: str) -> tuple[str, Offsets]:
    """The match key and, per key character, its (start, end) span in ``text`` (see KeyMap)."""
    km = _folder(False).key_map(text)
    return km.key, km.offsets()


def match_key_map(text: str) -> KeyMap:
    """The match key with a lazy map back into ``text`` (cheaper than the offsets list)."""
    return _folder(False).key_map(text)


def clitic_key(text: str) -> str:
    """Like ``match_key`` but keeping أ إ آ and ة distinct (for clitic analysis)."""
    return _folder(True).key(text)


def clitic_key_with_map(text: str) -> tuple[str, Offsets]:
    """``clitic_key`` with the same offsets as ``match_key_with_map``."""
    km = _folder(True).key_map(text)
    return km.key, km.offsets()


def clitic_key_map(text: str) -> KeyMap:
    return _folder(True).key_map(text)


def fold_clitic_key(key: str) -> str:
    """Turn a clitic key (or any part of one) into the match key of the same text."""
    # str.replace beats a translate table on the short words this is called on, per word.
    return key.replace("أ", "ا").replace("إ", "ا").replace("آ", "ا").replace("ة", "ه")


def source_span(offsets: Offsets, key_start: int, key_end: int) -> tuple[int, int]:
    """The span of the source text that key characters [key_start, key_end) came from."""
    if key_end <= key_start:
        raise ValueError(f"empty key range {key_start}:{key_end}")
    return offsets[key_start][0], offsets[key_end - 1][1]


_STRIP_TABLE = {cp: None for cp in DIACRITICS}


def strip_diacritics(text: str) -> str:
    """Remove vowel marks (harakat, tanwin, shadda, sukun, superscript alef and Quranic marks).

    Letters, hamza marks, tatweel and everything else stay, so this is a display toggle, not a
    key. A match key of the stripped text equals the match key of the original.
    """
    return text.translate(_STRIP_TABLE)
