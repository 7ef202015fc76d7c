"""Numbers in the Arabic and the English, and the `number-missing` / `number-extra` check.

Rules:
- Western, Arabic-Indic (٠-٩) and Persian (۰-۹) digits are the same digits; ٫ is a decimal
  point and ٬ a thousands separator; in either text "1,500" is 1500 (groups of three after a
  comma), "3.5" a decimal ("1.500" is read both ways). Percent signs and words are ignored: 50%,
  ٥٠٪, "50 percent" and "٥٠ في المئة" all carry the number 50.
- A scale word after a number also gives the product: "3 million" = "٣ ملايين" = 3000000.
- Small number words count as numbers: ثلاثة = three = 3, خمسة وعشرون = 25, ثلاثة عشر = 13.
  Arabic ordinals (الأول, التاسع عشر, العشرين) are never required in the English but a "19th"
  there is not extra. English number words are never flagged as extra: Arabic often says
  "two" with a dual (يومين) and "one" is also a pronoun.
- Ranges need nothing special: 2015-2020 and من 5 إلى 10 are two numbers each; "2015-20" in
  the English also reads as 2020.
- A Hijri year (a number followed by هـ, هجري or للهجرة) is satisfied by itself or by a
  Gregorian year within one year of its conversion (1436 هـ -> 2014-2016); a Gregorian year
  given for it in the English is not extra.
- The day of a Hijri date given with its year (10 ذو الحجة 1436 هـ) is also satisfied by the
  Gregorian day of that date, two days either way (24 September 2015).
- Numbers inside glossary terms (both sides) are left to the terminology check.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from workbench.qa import number_words as nw

_DIGITS = {**{0x0660 + d: str(d) for d in range(10)}, **{0x06F0 + d: str(d) for d in range(10)},
           ord("٫"): ".", ord("٬"): ",", ord("٪"): "%"}  # fmt: skip
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_HIJRI = re.compile(r"\s*(?:هـ|ه(?![\u0621-\u064A])|هجري|هجرية|للهجرة)")
_AR_WORD = re.compile(r"[\u0621-\u063A\u0641-\u064A\u0671\u064B-\u0652\u0640\u0670]+")
_NEXT_WORD = re.compile(r"\s+([\u0621-\u063A\u0641-\u064A\u0671\u064B-\u0652\u0640\u0670]+)")
_EN_SCALE = re.compile(r"\s*(thousand|million|billion|trillion)\b", re.IGNORECASE)
_RANGE_TAIL = re.compile(r"(\d{4})\s*[-–]\s*$")


@dataclass(frozen=True, slots=True)
class Number:
    text: str
    start: int
    end: int
    values: frozenset[Decimal]
    required: bool = True  # Arabic: must be in the English
    word: bool = False  # written as a word
    hijri: bool = False


def _dec(text: str) -> Decimal | None:
    try:
        return Decimal(text).normalize()
    except InvalidOperation:
        return None


def _parse(tok: str) -> list[list[Decimal]]:
    """The number(s) one digit run stands for: a list of numbers, each with its readings."""
    commas, dots = tok.count(","), tok.count(".")
    if commas and dots:
        tok = tok.replace(",", "") if tok.rfind(".") > tok.rfind(",") else tok.replace(".", "").replace(",", ".")
        return [[_dec(tok)]]
    sep = "," if commas else "."
    groups = tok.split(sep)
    if len(groups) == 1:
        return [[_dec(tok)]]
    thousands = len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:])
    if sep == "," and thousands:
        return [[_dec("".join(groups))]]
    if sep == "." and len(groups) == 2:
        readings = [_dec(tok)] + ([_dec("".join(groups))] if thousands else [])
        return [readings]
    if sep == "." and thousands:
        return [[_dec("".join(groups))]]
    return [[_dec(g)] for g in groups]  # a list ("1,2,3") or a date ("12.5.2020")


def _digit_numbers(text: str, folded: str, scales, arabic: bool) -> list[Number]:
    out: list[Number] = []
    for m in _NUMBER.finditer(folded):
        after = folded[m.end():m.end() + 24]
        for readings in _parse(m.group()):
            values = {v for v in readings if v is not None}
            scale = scales(after)
            if scale:
                values |= {(v * scale).normalize() for v in list(values)}
            hijri = arabic and _HIJRI.match(after) is not None and len(m.group()) in (3, 4)
            if not arabic and len(m.group()) == 2 and (r := _RANGE_TAIL.search(folded[max(0, m.start() - 8):m.start()])):
                values.add(Decimal(r.group(1)[:2] + m.group()))
            out.append(Number(text[m.start():m.end()], m.start(), m.end(), frozenset(values), hijri=hijri))
    return out


def _ar_scale(after: str) -> int:
    m = _AR_WORD.match(after.lstrip())
    return nw.AR_SCALES.get(nw.fold_arabic_word(m.group()), 0) if m else 0


def _en_scale(after: str) -> int:
    m = _EN_SCALE.match(after)
    return nw.EN_SCALES[m.group(1).lower()] if m else 0


def arabic_numbers(text: str) -> list[Number]:
    folded = text.translate(_DIGITS)
    out = _digit_numbers(text, folded, _ar_scale, True)
    skip_until = -1
    for m in nw.AR_CANDIDATE.finditer(text):
        s, e = m.start(), m.end()
        if s < skip_until:
            continue
        w = nw.fold_arabic_word(m.group())
        bare = w[1:] if w.startswith("و") and len(w) > 3 else w
        after = _NEXT_WORD.match(text, e)
        nxt = nw.fold_arabic_word(after.group(1)) if after else ""
        value, required = None, True
        head = nw.AR_UNITS.get(bare, nw.AR_TEEN_HEADS.get(bare)) or nw.AR_ORDINALS.get(w)
        if head and head < 10 and nxt in nw.AR_TEEN_TAILS:  # ثلاثة عشر, الحادي عشر
            value, required, e = 10 + head, w not in nw.AR_ORDINALS, after.end()
        elif head and head < 10 and nxt[:1] == "و" and nxt[1:] in nw.AR_TENS:  # خمسة وعشرون
            value, required, e = head + nw.AR_TENS[nxt[1:]], w not in nw.AR_ORDINALS, after.end()
        elif w in nw.AR_ORDINALS:
            value, required = nw.AR_ORDINALS[w], False
        elif (v := nw.AR_UNITS.get(bare) or nw.AR_TENS.get(bare)):
            value = v
        if value is not None:
            skip_until = e
            values = {Decimal(value)}
            if scale := _ar_scale(text[e:e + 16]):
                values.add(Decimal(value * scale))
            out.append(Number(text[s:e], s, e, frozenset(values), required, word=True))
    return out


def english_numbers(text: str) -> list[Number]:
    out = _digit_numbers(text, text, _en_scale, False)
    for m in nw.EN_WORD_RE.finditer(text):
        value = nw.english_word_value(m)
        values = {Decimal(value)}
        if scale := _en_scale(text[m.end():m.end() + 12]):
            values.add(Decimal(value * scale))
        out.append(Number(m.group(), m.start(), m.end(), frozenset(values), word=True))
    return out


def gregorian_years(hijri: Decimal) -> set[Decimal]:
    g = round(float(hijri) * 0.970229 + 621.5643)
    return {Decimal(g - 1), Decimal(g), Decimal(g + 1)}


def outside(numbers: list[Number], spans) -> list[Number]:
    if not spans:
        return numbers
    return [n for n in numbers if not any(s < n.end and n.start < e for s, e in spans)]


def show(n: Number) -> str:
    plain = ", ".join(format(v, "f") for v in sorted(n.values))
    return n.text if n.text == plain or n.text.replace(",", "") == plain else f"{n.text} ({plain})"


def compare(source: str, target: str, source_spans=(), target_spans=(), equivalents=None):
    """(missing Arabic numbers, extra English numbers), each in text order, one per value.
    `equivalents`: (start, end) of an Arabic number -> other values it may be given as (the
    Gregorian days of a Hijri date's day: dates.hijri_day_equivalents)."""
    ar = outside(arabic_numbers(source), source_spans)
    en = outside(english_numbers(target), target_spans)
    en_values = {v for n in en for v in n.values}
    ar_values = {v for n in ar for v in n.values}
    other = {span: {Decimal(v) for v in values} for span, values in (equivalents or {}).items()}
    missing, seen = [], set()
    for n in sorted(ar, key=lambda n: n.start):
        if not n.required or n.values & en_values or n.values <= seen:
            continue
        if other.get((n.start, n.end), set()) & en_values:
            continue
        if n.hijri and any(gregorian_years(v) & en_values for v in n.values):
            continue
        seen |= n.values
        missing.append(n)
    accepted = set(ar_values).union(*other.values())
    for n in ar:
        if n.hijri:
            for v in n.values:
                accepted |= gregorian_years(v)
    extra, seen = [], set()
    for n in sorted(en, key=lambda n: n.start):
        if n.word or n.values & accepted or n.values <= seen:
            continue
        seen |= n.values
        extra.append(n)
    return missing, extra
