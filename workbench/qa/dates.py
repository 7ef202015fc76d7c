"""The `date-mismatch` kind: a month or weekday named in the Arabic must be in the English.

A Gregorian month (any series: يوليو, تموز, جويلية -> July) needs its English name; a Hijri month
needs its transliteration (Muharram, Rabi' I, Dhu al-Hijjah... in their usual spellings) or,
when the Arabic gives the Hijri year, the Gregorian month(s) that Hijri month falls in that year
(as the number check accepts a Gregorian year for a Hijri one: 1436 هـ -> 2015); a weekday
(الخميس) needs its English day. When the English names another month or day instead, the message
says which. The day and year numbers are left to the number check. Pure.
"""

from __future__ import annotations

import math
import re
from datetime import date, timedelta
from typing import NamedTuple

from workbench.qa import calendar_names as cn
from workbench.qa.number_words import AR_ORDINALS, AR_TENS, AR_UNITS, fold_arabic_word

_WORD = re.compile(r"[\u0621-\u063a\u0641-\u064a\u0671\u064b-\u0652\u0640\u0670]+|[0-9\u0660-\u0669\u06f0-\u06f9]+")
_DIGITS = str.maketrans({**{0x0660 + d: str(d) for d in range(10)}, **{0x06F0 + d: str(d) for d in range(10)}})
_CLITICS = "وفبل"
_HIJRI_MARK = re.compile(r"\s*(?:هـ|ه(?![\u0621-\u064a])|هجري|هجرية|للهجرة)")
_EPOCH = date(622, 7, 19).toordinal()  # 1 Muharram 1 AH (16 July 622 Julian), tabular calendar


def hijri_to_gregorian(year: int, month: int, day: int) -> date:
    """The tabular Islamic calendar (30-year cycle): within a day or two of the observed one."""
    days = day + math.ceil(29.5 * (month - 1)) + (year - 1) * 354 + (3 + 11 * year) // 30 - 1
    return date.fromordinal(_EPOCH + days)


def gregorian_months(year: int, month: int, day: int | None) -> set[int]:
    """The Gregorian months a Hijri date (or, without a day, its whole month) may fall in."""
    if day is None:
        first, span = hijri_to_gregorian(year, month, 1), 30
    else:
        first, span = hijri_to_gregorian(year, month, min(max(day, 1), 30)), 0
    return {(first + timedelta(days=d)).month for d in range(-2, span + 3)}


class ArabicName(NamedTuple):
    """A month or weekday in the Arabic: kind "g" (Gregorian month), "h" (Hijri month) or "d"
    (weekday, 0 = Monday); the day number before a month and its span; the Hijri year after a
    Hijri month."""

    kind: str
    value: int
    start: int
    end: int
    day: int | None = None
    day_span: tuple[int, int] | None = None
    hijri_year: int | None = None


def _words(text: str) -> list[tuple[str, str, int, int]]:
    """(folded word, raw word, start, end); digits folded to Western ones."""
    return [(fold_arabic_word(m.group()).translate(_DIGITS), m.group(), m.start(), m.end()) for m in _WORD.finditer(text)]


def _number(word: str) -> int | None:
    if word.isdigit():
        return int(word)
    return AR_UNITS.get(word) or AR_TENS.get(word)


def _lookup(words, i: int):
    """(kind, value, words used) of the month or weekday starting at words[i], or None."""
    w, raw = words[i][0], words[i][1]
    for key in (w, w[1:]) if len(w) > 3 and w[0] in _CLITICS else (w,):
        if i + 1 < len(words):
            two = f"{key} {words[i + 1][0]}"
            for kind, table in (("g", cn.GREGORIAN), ("h", cn.HIJRI)):
                if two in table:
                    return kind, table[two], 2
        if key == cn.AB and not raw.lstrip(_CLITICS).startswith("آ"):
            continue
        for kind, table in (("g", cn.GREGORIAN), ("h", cn.HIJRI), ("d", cn.WEEKDAYS)):
            if key in table:
                return kind, table[key], 1
    return None


def _variants(word: str) -> str:
    """A regex for an Arabic word as written: any alef, teh marbuta/heh, yeh/alef maksura."""
    return "".join({"ا": "[اأإآٱ]", "ه": "[هة]", "ي": "[يى]"}.get(c, c) for c in word)


# Any first word of a month or weekday name, standing as a word (a clitic letter may lead): the
# word-by-word reading runs only in a window around these, since most words are no date.
_FIRST_WORDS = sorted({n.split()[0] for n in (*cn.GREGORIAN, *cn.HIJRI, *cn.WEEKDAYS)}, key=len, reverse=True)
_LETTER = "\u0621-\u063a\u0641-\u064a\u0671-\u06d3"
_CANDIDATE = re.compile(f"(?<![{_LETTER}])[{_CLITICS}]?(?:{'|'.join(_variants(w) for w in _FIRST_WORDS)})(?![{_LETTER}])")
_MARKS = re.compile("[\u064b-\u0652\u0640\u0670]")
_WINDOW = 48  # characters read either side of a candidate: two words and a year


def arabic_names(text: str) -> list[ArabicName]:
    """The months and weekdays named in Arabic text, in order."""
    if _MARKS.search(text):  # diacritics or tatweel inside a name: read every word
        words = _words(text)
        return _read(words, text, range(len(words)))
    found: list[ArabicName] = []
    done = -1
    for m in _CANDIDATE.finditer(text):
        if m.start() < done:
            continue
        lo = text.rfind(" ", 0, max(0, m.start() - _WINDOW)) + 1  # whole words only
        hi = text.find(" ", m.end() + _WINDOW)
        words = [(w, raw, s + lo, e + lo) for w, raw, s, e in _words(text[lo:hi if hi >= 0 else len(text)])]
        at = next(i for i, w in enumerate(words) if w[2] == m.start())
        names = _read(words, text, (at,))
        found += names
        done = names[-1].end if names else m.end()
    return found


def _read(words, text: str, indexes) -> list[ArabicName]:
    """The names that start at words[i] for i in `indexes` (a name read skips the words it used)."""
    found = []
    skip = -1
    for i in indexes:
        if i < skip:
            continue
        hit = _lookup(words, i)
        if hit is None:
            continue
        kind, value, used = hit
        skip = i + used
        before = words[i - 1][0] if i else ""
        after = words[i + used][0] if i + used < len(words) else ""
        day, day_at = _number(before), i - 1
        if before == "من" and i >= 2:  # العاشر من محرم: "the tenth of Muharram"
            day, day_at = _number(words[i - 2][0]) or AR_ORDINALS.get(words[i - 2][0]), i - 2
        year = int(after) if after.isdigit() else None
        if words[i][0] in cn.CONTEXT or words[i][0][1:] in cn.CONTEXT:
            near = day is not None or year is not None
            if not (near or before in (cn.BEFORE_DAY if kind == "d" else cn.BEFORE_MONTH)):
                continue
        hijri_year = None
        if kind == "h" and year is not None and (_HIJRI_MARK.match(text, words[i + used][3]) or 1300 <= year <= 1500):
            hijri_year = year
        if kind == "d" or day is None:
            day, day_span = None, None
        else:
            day_span = (words[day_at][2], words[day_at][3])
        found.append(ArabicName(kind, value, words[i][2], words[i + used - 1][3], day, day_span, hijri_year))
    return found


def hijri_day_equivalents(names) -> dict[tuple[int, int], set[int]]:
    """The span of each day number of a Hijri date with its year -> the Gregorian days it may
    be (the tabular date, two days either way): what the number check accepts for it."""
    out = {}
    for n in names:
        if n.kind == "h" and n.day_span and n.hijri_year and 1 <= n.day <= 30:
            g = hijri_to_gregorian(n.hijri_year, n.value, n.day)
            out[n.day_span] = {(g + timedelta(days=d)).day for d in range(-2, 3)}
    return out


def _label(kind: str, value: int, arabic: str) -> str:
    return f"{arabic} ({cn.english_name(kind, value)})"


def date_mismatch(source: str, target: str, names=None) -> list:
    """(kind, message, source_spans, target_spans) per month or weekday of the Arabic that the
    English lacks; one finding per name. `names`: arabic_names(source), when already made."""
    arabic = arabic_names(source) if names is None else names
    if not arabic:
        return []
    english = cn.english_names(target)
    have = {(k, v) for k, v, _s, _e in english}
    out, seen = [], set()
    unmatched = []
    for kind, value, start, end, day, _day_span, hijri_year in arabic:
        accepted = {(kind, value)}
        if kind == "h" and hijri_year is not None:
            accepted |= {("g", m) for m in gregorian_months(hijri_year, value, day)}
        if accepted & have or (kind, value) in seen:
            seen.add((kind, value))
            continue
        seen.add((kind, value))
        unmatched.append((kind, value, start, end, accepted))
    wanted = {a for *_x, acc in unmatched for a in acc} | {(n.kind, n.value) for n in arabic}
    for kind, value, start, end, _accepted in unmatched:
        shown = _label(kind, value, source[start:end])
        family = ("d",) if kind == "d" else ("g", "h")
        other = [(k, v, s, e) for k, v, s, e in english if k in family and (k, v) not in wanted]
        if other:
            names = ", ".join(dict.fromkeys(target[s:e] for _k, _v, s, e in other))
            out.append(("date-mismatch", f"the Arabic has {shown}, the English {names}", ((start, end),),
                        tuple((s, e) for _k, _v, s, e in other)))  # fmt: skip
        else:
            what = "day" if kind == "d" else "month"
            out.append(("date-mismatch", f"the {what} {shown} is not in the English", ((start, end),), ()))
    return out
