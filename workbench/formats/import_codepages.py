"""Bytes that are not UTF-8 -> the legacy Arabic code page they are plausibly written in, if any.

Two code pages are read: Windows-1256 and ISO-8859-6. Most bytes decode without error in both
(Windows-1256 assigns all 256; ISO-8859-6 leaves 0xA1-0xBF mostly, 0xDB-0xDF and 0xF3-0xFF
unassigned, and holds C1 controls at 0x80-0x9F), and the Arabic letters sit at different bytes
(ISO-8859-6 puts ل م ن ه و ي at 0xE4-0xEA, where Windows-1256 has ن ه و ç è ê). So each reading
that decodes is judged as text:

- every character gets a class (Arabic letter, mark, joiner, ASCII or other Latin letter, digit,
  space, punctuation by where it may stand, symbol, or odd: controls, C1, rare symbols, Urdu-only
  letters), and a word (a run without spaces) that holds non-ASCII characters is *broken* unless
  it is letter runs of one script, digits allowed, joined by single punctuation marks, with at most
  a few quotes or marks at its edges, and marks only after Arabic letters (ASCII-only words read
  the same in every code page: only a control breaks them). Broken words are what one code page
  read as the other, and random bytes, look like;
- a reading is plausible when at most 5% of its non-space characters are in broken words (so a
  short text must have none) and Persian-only letters (پ چ ژ گ ک) are rare among its Arabic ones;
- among plausible readings the most Arabic-looking wins: letter frequencies of Arabic prose, a
  penalty for accented Latin letters, a bonus for words starting with the article ال, and a small
  prior for Windows-1256, by far the more common. A one-word file can read as a word in both; it
  is then Windows-1256. Only the beginning, middle and end of a large file are judged.

short_text_plausible judges a short UTF-8 text the same way, script by script: valid UTF-8 is
itself strong evidence, but a few random bytes are sometimes valid.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter

CODEPAGES = ("cp1256", "iso8859_6")
MAX_BROKEN_SHARE = 0.05
MAX_PERSIAN_SHARE = 0.1  # of the Arabic letters: پ چ ژ گ ک, which Arabic words rarely use
_PRIOR = {"cp1256": 1.5}
_ARTICLE_BONUS = 1.5
_BROKEN_WEIGHT = 5.0
_SAMPLE_BYTES = 64 * 1024

# approximate frequency (percent) of letters in Arabic news prose; others count as rare
_FREQUENCY = {
    "ا": 12.0, "ل": 10.5, "ي": 7.5, "م": 6.3, "و": 6.0, "ن": 5.6, "ه": 3.8, "ر": 4.6, "ت": 4.3,
    "ب": 3.9, "ة": 3.0, "ع": 3.3, "ف": 2.9, "د": 2.6, "ق": 2.4, "س": 2.5, "ك": 2.0, "أ": 3.1,
    "إ": 1.2, "ح": 2.1, "ج": 1.3, "ى": 1.4, "ش": 1.1, "ص": 1.0, "ط": 1.0, "خ": 0.9, "ض": 0.6,
    "ز": 0.6, "ث": 0.5, "ذ": 0.8, "غ": 0.4, "ظ": 0.2, "ء": 0.4, "ئ": 0.5, "ؤ": 0.2, "آ": 0.3,
}
_RARE = 0.02
_LLR = {letter: math.log(share / 100 * len(_FREQUENCY)) for letter, share in _FREQUENCY.items()}
_RARE_LLR = math.log(_RARE / 100 * len(_FREQUENCY))
_LATIN_LETTER = -1.0  # an accented Latin letter: what ISO-8859-6 Arabic looks like in Windows-1256

_ODD_SYMBOLS = "ƒŒœµ†‡ˆ‰‹›™¢¤¥¦¨¬¯²³´¶¸¹¼½¾ٹڈڑںےہھ"
_PERSIAN = "پچژگک"
_JOINERS = "\u200c\u200d\u200e\u200f\u00ad"
_PLAIN_ASCII_PUNCT = ".,:;!?'\"()-/%"
_INNER_PUNCT = "،؛–—‘’"  # may sit inside a word: a missing space, a dash, an apostrophe
_SYMBOLS = "©®°±×÷£€§·"  # a word of their own, or beside digits: "© 2024", "25°", "€10"
# classes: a Arabic letter, m mark, j joiner, l ASCII letter, e other Latin letter, d digit,
# s space, p ASCII punctuation, o other ASCII symbol, q punctuation that may sit inside a word,
# r other punctuation (quotes, ؟, …: at a word's edges only), y symbol, x odd
_ODD_MARK = re.compile(r"(?<![amj])m")
_WORD_SHAPE = re.compile(
    r"[pqrj]{0,2}(?:[amjd]+|[le]+)(?:[pq](?:[amjd]+|[le]+))*[pqrj]{0,4}|[pqr]{1,3}|[pry]{0,2}[dpy]*[pry]{0,2}"
)
_WORD = re.compile(r"[^s]+")
_ARTICLE = re.compile("(?<!\\S)ال[\u0621-\u064a]")


def _char_class(ch: str) -> str:
    code = ord(ch)
    if ch in "\t\n\r\f \u00a0":
        return "s"
    if code < 0x20 or 0x7F <= code < 0xA0 or ch in _ODD_SYMBOLS:
        return "x"
    if ch in _JOINERS:
        return "j"
    if 0x064B <= code <= 0x065F or code == 0x0670:
        return "m"
    if 0x0600 <= code < 0x0700 and (ch.isalpha() or ch == "\u0640"):
        return "a"
    if ch.isalpha():
        return "l" if ch.isascii() else "e"
    if ch.isdigit():
        return "d"
    if ch.isascii():
        return "p" if ch in _PLAIN_ASCII_PUNCT else "o"
    if ch in _SYMBOLS:
        return "y"
    return "q" if ch in _INNER_PUNCT else "r"


def _broken(word: str) -> bool:
    """A word (as its character classes) that no text holds: see the module docstring."""
    if "x" in word:
        return True
    if word.strip("lpod") == "":
        return False  # ASCII only: the same bytes in every encoding, whatever they mean
    if "a" in word and ("l" in word or "e" in word):
        return True
    return _ODD_MARK.search(word) is not None or _WORD_SHAPE.fullmatch(word) is None


def _class_table() -> dict[int, str]:
    chars = {chr(code) for code in range(0x80)}
    for codepage in CODEPAGES:
        chars.update(bytes([b]).decode(codepage, "ignore") for b in range(0x80, 0x100))
    chars.discard("")
    return {ord(ch): _char_class(ch) for ch in chars}


_CLASSES = _class_table()


def decode_legacy(data: bytes) -> tuple[str, str] | None:
    """(text, codec name) of the most plausible Arabic code-page reading of `data`, or None."""
    best: tuple[float, str, str] | None = None
    sample = _sample(data)
    for codepage in CODEPAGES:
        try:
            text = data.decode(codepage)
        except UnicodeDecodeError:
            continue
        score = plausibility(sample.decode(codepage), codepage)
        if score is not None and (best is None or score > best[0]):
            best = (score, text, codepage)
    return None if best is None else (best[1], best[2])


def plausibility(text: str, codepage: str) -> float | None:
    """How Arabic `text` (one code page's reading) looks, or None when it is not plausibly text."""
    text = text.rstrip("\x1a")  # a DOS end-of-file mark; anywhere else it is a control
    classes = text.translate(_CLASSES)
    broken = words = 0
    for match in _WORD.finditer(classes):
        word = match.group()
        words += len(word)
        if _broken(word):
            broken += len(word)
    if words == 0 or broken > MAX_BROKEN_SHARE * words:
        return None
    counts = Counter(text)
    persian = sum(counts[ch] for ch in _PERSIAN)
    if persian > max(1, MAX_PERSIAN_SHARE * classes.count("a")):
        return None
    letters = sum(n * _letter_score(ch) for ch, n in counts.items())
    article = len(_ARTICLE.findall(text))
    return letters + _ARTICLE_BONUS * article + _PRIOR.get(codepage, 0.0) - _BROKEN_WEIGHT * broken


def _letter_score(ch: str) -> float:
    kind = _CLASSES.get(ord(ch))
    if kind == "a":
        return _LLR.get(ch, _RARE_LLR)
    return _LATIN_LETTER if kind == "e" else 0.0


def _sample(data: bytes) -> bytes:
    """A large file's beginning, middle and end: enough to judge, cheap to score."""
    if len(data) <= 3 * _SAMPLE_BYTES:
        return data
    middle = len(data) // 2
    return b"\n".join((data[:_SAMPLE_BYTES], data[middle : middle + _SAMPLE_BYTES], data[-_SAMPLE_BYTES:]))


SHORT_TEXT = 32  # characters: a file this short is judged word by word even when it is UTF-8
_MARK_CATEGORIES = ("Mn", "Mc", "Me")
_CJK = ("CJK", "HIRAGANA", "KATAKANA")  # Japanese mixes them within a word


def short_text_plausible(text: str) -> bool:
    """Whether a short, valid UTF-8 text is made of words: random bytes that happen to be valid
    UTF-8 hold unassigned or private characters, C1 controls, marks on nothing, and words that
    mix scripts."""
    for word in text.split():
        scripts = set()
        previous = " "
        for ch in word:
            category = unicodedata.category(ch)
            if category in ("Cn", "Co", "Cc", "Cs"):
                return False
            on_letter = previous.isalpha() or unicodedata.category(previous) in _MARK_CATEGORIES
            if category in _MARK_CATEGORIES and not on_letter:
                return False
            if ch.isalpha():
                script = unicodedata.name(ch, "?").split(" ")[0]
                scripts.add("CJK" if script in _CJK else script)
            previous = ch
        if len(scripts) > 1:
            return False
    return True
