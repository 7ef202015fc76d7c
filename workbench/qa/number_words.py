"""Number words: small Arabic and English cardinals and ordinals, as folded word -> value.

Arabic words are keyed folded (no diacritics or tatweel, أ إ آ -> ا, ة -> ه, ى -> ي), as
`fold_arabic_word` does. Only words that are nearly always numbers are listed: واحد and أحد
("one", "someone", "Sunday"), مئة and ألف as plain words (also "the hundred" of في المئة, and a
letter's name) are left out; a scale word after a number multiplies it instead.
"""

from __future__ import annotations

import re

_AR_FOLD = {ord("أ"): "ا", ord("إ"): "ا", ord("آ"): "ا", ord("ٱ"): "ا", ord("ة"): "ه",
            ord("ى"): "ي", 0x0640: None, **{cp: None for cp in range(0x064B, 0x0653)}, 0x0670: None}  # fmt: skip


def fold_arabic_word(word: str) -> str:
    return word.translate(_AR_FOLD)


def _table(spec: str) -> dict[str, int]:
    out: dict[str, int] = {}
    for part in spec.split(";"):
        value, words = part.split(":")
        for w in words.split():
            out[fold_arabic_word(w)] = int(value)
    return out


# cardinals 2-10 (masculine and feminine forms; ثمان/ثماني for 8)
AR_UNITS = _table(
    "2:اثنان اثنين اثنتان اثنتين;3:ثلاث ثلاثة;4:أربع أربعة;5:خمس خمسة;6:ست ستة;7:سبع سبعة;"
    "8:ثمان ثماني ثمانية;9:تسع تسعة;10:عشر عشرة"
)
# first parts of 11 and 12 ("أحد عشر", "اثنا عشر")
AR_TEEN_HEADS = _table("1:أحد إحدى;2:اثنا اثني اثنتا اثنتي")
AR_TENS = _table(
    "20:عشرون عشرين;30:ثلاثون ثلاثين;40:أربعون أربعين;50:خمسون خمسين;60:ستون ستين;"
    "70:سبعون سبعين;80:ثمانون ثمانين;90:تسعون تسعين"
)
# ordinals with the article (never required in the English, which may say "first" or "1st")
AR_ORDINALS = _table(
    "1:الأول الأولى الحادي الحادية;2:الثاني الثانية;3:الثالث الثالثة;4:الرابع الرابعة;"
    "5:الخامس الخامسة;6:السادس السادسة;7:السابع السابعة;8:الثامن الثامنة;9:التاسع التاسعة;"
    "10:العاشر العاشرة;20:العشرين;30:الثلاثين;40:الأربعين;50:الخمسين;60:الستين;70:السبعين;"
    "80:الثمانين;90:التسعين"
)
AR_TEEN_TAILS = frozenset(("عشر", "عشره"))
AR_SCALES = _table("1000:ألف آلاف ألفا ألفين;1000000:مليون ملايين مليونا مليوني;"
                   "1000000000:مليار مليارات مليارا بليون")  # fmt: skip

_VARIANTS = {"ا": "[اأإآٱ]", "ه": "[هة]", "ي": "[يى]"}
_MARKS = "\u064b-\u0652\u0670\u0640"
_LETTERS = "\u0621-\u063a\u0641-\u064a\u0671-\u06d3"


def _pattern(word: str) -> str:
    return f"[{_MARKS}]*".join(_VARIANTS.get(c, c) for c in word) + f"[{_MARKS}]*"


_AR_KEYS = sorted({*AR_UNITS, *AR_TEEN_HEADS, *AR_TENS, *AR_ORDINALS}, key=len, reverse=True)
# Candidate number words in raw Arabic (any diacritics, hamza and teh marbuta spellings, a
# leading و); a word that merely starts like one (خمسينيات) is not a candidate.
# (The lookahead of possible first letters spares trying every alternative at each word start.)
_AR_FIRST = "".join(sorted({ch for k in _AR_KEYS for ch in _VARIANTS.get(k[0], k[0]).strip("[]")} | {"و"}))
AR_CANDIDATE = re.compile(rf"(?<![{_LETTERS}{_MARKS}])(?=[{_AR_FIRST}])و?(?:{'|'.join(map(_pattern, _AR_KEYS))})(?![{_LETTERS}])")

EN_WORDS: dict[str, int] = {
    w: i
    for i, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
        "fifteen sixteen seventeen eighteen nineteen".split()
    )
}
EN_TENS = {w: 10 * i for i, w in enumerate("_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()) if i > 1}
EN_ORDINALS = {
    w: i + 1
    for i, w in enumerate(
        "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
        "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth".split()
    )
}
EN_ORDINALS.update({w[:-1] + "ieth": v for w, v in EN_TENS.items()})
EN_SCALES = {"thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000, "trillion": 10**12}

_EN_ALL = "|".join(sorted([*EN_WORDS, *EN_TENS, *EN_ORDINALS], key=len, reverse=True))
# "twenty-five", "twenty five", "seven", "nineteenth"
_EN_FIRST = "".join(sorted({w[0] for w in (*EN_WORDS, *EN_TENS, *EN_ORDINALS)}))
EN_WORD_RE = re.compile(
    rf"\b(?=[{_EN_FIRST}])(?:({'|'.join(EN_TENS)})[- ](one|two|three|four|five|six|seven|eight|nine|first|second|"
    rf"third|fourth|fifth|sixth|seventh|eighth|ninth)|({_EN_ALL}))\b",
    re.IGNORECASE,
)


def english_word_value(m: re.Match) -> int:
    if m.group(1):
        unit = m.group(2).lower()
        return EN_TENS[m.group(1).lower()] + EN_WORDS.get(unit, EN_ORDINALS.get(unit, 0))
    w = m.group(3).lower()
    return EN_WORDS.get(w, EN_TENS.get(w, EN_ORDINALS.get(w, 0)))
