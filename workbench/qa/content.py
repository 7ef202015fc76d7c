"""Content checks of one paragraph: `copied-source`, `arabic-in-english`, `sentence-count`,
and the project-wide `length-ratio`. Each paragraph check returns a list of (kind, message,
source_spans, target_spans). Pure."""

from __future__ import annotations

import math
import re
import statistics

from workbench.arabic.chars import ARABIC_LETTER_CLASS
from workbench.arabic.normalize import match_key
from workbench.qa.sentences import count_arabic, count_english

_NON_WORD = re.compile(r"[\W_]+")
_MARKS = "\u064b-\u065f\u0670\u0640"
_ARABIC_RUN = re.compile(rf"{ARABIC_LETTER_CLASS}[{ARABIC_LETTER_CLASS[1:-1]}{_MARKS}]*"
                         rf"(?:\s+{ARABIC_LETTER_CLASS}[{ARABIC_LETTER_CLASS[1:-1]}{_MARKS}]*)*")  # fmt: skip
_OPENERS = "\"'“‘«([{"
_CLOSERS = "\"'”’»)]}"
_HAS_LETTER = re.compile(ARABIC_LETTER_CLASS)

LENGTH_MIN_PARAGRAPHS = 20  # too few paragraphs make no distribution
LENGTH_MIN_SOURCE = 30  # shorter sources (headings, cells) vary too much to judge
LENGTH_MADS = 4.0
# in log ratio: a floor so a very uniform project flags nothing small (4 x 0.12: a ratio more
# than 1.6 times, or under 0.62 times, the usual one; a terse but right sentence stays clean)
LENGTH_MIN_SPREAD = 0.12


def text_key(text: str) -> str:
    """Text folded for comparison: match key, punctuation and spacing dropped."""
    return _NON_WORD.sub(" ", match_key(text)).strip()


def copied_source(source: str, target: str) -> list:
    # an English with no Arabic letter cannot be the Arabic copied: no need to fold both texts
    if _HAS_LETTER.search(target) and _HAS_LETTER.search(source) and text_key(source) == text_key(target):
        return [("copied-source", "the English is the Arabic copied unchanged", (), ())]
    return []


def arabic_in_english(target: str) -> list:
    """Arabic letters in the English, except a run enclosed in quotes or brackets (a translator
    giving the original of a name or term: the Shura Council ("مجلس الشورى"))."""
    found = []
    for m in _ARABIC_RUN.finditer(target):
        before = target[: m.start()].rstrip()[-1:]
        after = target[m.end():].lstrip()[:1]
        if before and after and before in _OPENERS and after in _CLOSERS:
            continue
        found.append(m)
    if not found:
        return []
    shown = ", ".join(f"“{m.group()}”" for m in found[:3])
    return [("arabic-in-english", f"Arabic left in the English: {shown}", (),
             tuple((m.start(), m.end()) for m in found))]  # fmt: skip


def sentence_count(source: str, target: str) -> list:
    """Only fewer English sentences are flagged: translators split long Arabic sentences."""
    ar, en = count_arabic(source), count_english(target)
    if en < ar:
        return [("sentence-count", f"the Arabic has {ar} sentences, the English {en}: "
                 f"{'a sentence' if ar - en == 1 else f'{ar - en} sentences'} may be missing", (), ())]  # fmt: skip
    return []


_EN_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_AR_WORD = re.compile(r"\S+")


def _loop(words: list[str]) -> tuple[int, int, int] | None:
    """(first word, words in the phrase, times) of the earliest phrase said back to back: one or
    two words three times or more ("the the the"), three to six words twice or more. A phrase of
    n words said k times is a run of n*(k-1) positions where a word equals the word n later, so
    each n is one pass of plain comparisons."""
    best = None
    for n in range(1, 7):
        need = n * ((3 if n < 3 else 2) - 1)
        run = 0
        for i in range(len(words) - n):
            run = run + 1 if words[i] == words[i + n] else 0
            if run == need:
                start = i - run + 1
                j = i + 1  # how far the repetition goes on
                while j + n < len(words) and words[j] == words[j + n]:
                    j += 1
                found = (start, n, (j - start) // n + 1)
                if best is None or start < best[0]:
                    best = found
                break
    return best


def repeated_phrase(source: str, target: str) -> list:
    """A phrase the English says again and again back to back, where the Arabic does not: what a
    model stuck in a loop writes ("in the region in the region in the region")."""
    found = list(_EN_WORD.finditer(target))
    loop = _loop([m.group().casefold() for m in found])
    if loop is None or _loop([w.strip("،.؛:!؟") for w in _AR_WORD.findall(source)]) is not None:
        return []
    i, n, times = loop
    start, end = found[i].start(), found[i + n * times - 1].end()
    phrase = " ".join(m.group() for m in found[i:i + n])
    return [("repeated-phrase", f"“{phrase}” comes {times} times in a row: a machine draft "
             "caught in a loop?", (), ((start, end),))]


def _log_ratio(source: str, target: str) -> float:
    return math.log(len(target.strip()) / len(source.strip()))


class LengthModel:
    """The project's English/Arabic length ratios: median and MAD of their logarithms."""

    def __init__(self, pairs):
        ratios = [_log_ratio(s, t) for s, t in pairs if len(s.strip()) >= LENGTH_MIN_SOURCE and t.strip()]
        self.usable = len(ratios) >= LENGTH_MIN_PARAGRAPHS
        if self.usable:
            self.median = statistics.median(ratios)
            mad = statistics.median(abs(r - self.median) for r in ratios)
            self.spread = max(1.4826 * mad, LENGTH_MIN_SPREAD)

    def check(self, source: str, target: str) -> list:
        if not self.usable or len(source.strip()) < LENGTH_MIN_SOURCE:
            return []
        r = _log_ratio(source, target)
        if abs(r - self.median) <= LENGTH_MADS * self.spread:
            return []
        ratio, usual = math.exp(r), math.exp(self.median)
        word = "short" if r < self.median else "long"
        return [("length-ratio", f"the English is unusually {word}: {ratio:.2f} characters per "
                 f"Arabic character, the project's usual is {usual:.2f}", (), ())]  # fmt: skip
