"""Month and weekday names for the `date-mismatch` kind: Arabic spellings (folded as
number_words.fold_arabic_word folds them: أ إ آ -> ا, ة -> ه, ى -> ي) and English ones.

Arabic Gregorian months come in series: Egypt and the Gulf borrow the European names (يناير ..
ديسمبر), the Levant and Iraq use the Syriac ones (كانون الثاني .. كانون الأول), the Maghreb
French-derived ones (جانفي, فيفري ..); newspapers often give two ("تموز/يوليو"). Hijri months
have several spellings on both sides (ذو الحجة / ذي الحجة; Dhu al-Hijjah, Dhul-Hijjah, Zul
Hijjah). Words that are also ordinary words need a date around them (`CONTEXT`): مارس is "he
practised", نيسان a car maker, محرم "forbidden", صفر "zero", رجب and شعبان given names; الأحد and
الاثنين are also "the one" and "the two".
"""

from __future__ import annotations

import re

from workbench.qa.number_words import fold_arabic_word


def _table(spec: str) -> dict[str, int]:
    out: dict[str, int] = {}
    for part in spec.split(";"):
        value, names = part.split(":")
        for name in names.split(","):
            out[fold_arabic_word(name.strip())] = int(value)
    return out


GREGORIAN = _table(
    "1:يناير,كانون الثاني,جانفي;2:فبراير,شباط,فيفري;3:مارس,آذار;4:أبريل,إبريل,ابريل,نيسان,أفريل;"
    "5:مايو,أيار;6:يونيو,يونيه,حزيران,جوان;7:يوليو,يوليه,تموز,جويلية;8:أغسطس,آب,أوت;"
    "9:سبتمبر,أيلول;10:أكتوبر,تشرين الأول;11:نوفمبر,تشرين الثاني;12:ديسمبر,كانون الأول"
)
HIJRI = _table(
    "1:محرم,المحرم;2:صفر;3:ربيع الأول;4:ربيع الثاني,ربيع الآخر;"
    "5:جمادى الأولى,جمادى الأول;6:جمادى الآخرة,جمادى الثانية,جمادى الثاني,جمادى الآخر;7:رجب;"
    "8:شعبان;9:رمضان;10:شوال;11:ذو القعدة,ذي القعدة,ذا القعدة,ذوالقعدة;"
    "12:ذو الحجة,ذي الحجة,ذا الحجة,ذوالحجة"
)
WEEKDAYS = _table("0:الاثنين,الإثنين;1:الثلاثاء;2:الأربعاء;3:الخميس;4:الجمعة;5:السبت;6:الأحد")
# names that are also common words: counted only beside a number or after شهر / يوم ...
CONTEXT = frozenset(fold_arabic_word(w) for w in "مارس نيسان محرم المحرم صفر رجب شعبان رمضان شوال الأحد الاثنين الإثنين".split())
AB = fold_arabic_word("آب")  # folds like أب "father": only the spelling with madda is the month
BEFORE_MONTH = frozenset(fold_arabic_word(w) for w in "شهر لشهر بشهر وشهر".split())
BEFORE_DAY = frozenset(fold_arabic_word(w) for w in
                       "يوم ليوم بيوم ويوم صباح مساء ليلة ظهر عصر فجر ظهيرة صبيحة أيام".split())  # fmt: skip

EN_MONTHS = ("January February March April May June July August September October November December").split()
EN_WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
HIJRI_EN = ["Muharram", "Safar", "Rabi' al-Awwal", "Rabi' al-Thani", "Jumada al-Ula", "Jumada al-Akhirah",
            "Rajab", "Sha'ban", "Ramadan", "Shawwal", "Dhu al-Qadah", "Dhu al-Hijjah"]  # fmt: skip

_MONTH_ALT = "|".join([*EN_MONTHS, "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec"])
EN_MONTH_RE = re.compile(rf"\b({_MONTH_ALT})\b", re.IGNORECASE)
EN_WEEKDAY_RE = re.compile(rf"\b({'|'.join(EN_WEEKDAYS)})\b", re.IGNORECASE)

_A = "['’‘ʿʾ`]?"  # ayn and hamza: an apostrophe of any kind, or none
_S = r"[\s\-]*"
_ART = rf"(?:(?:al|ul|el|as|ath|at|us){_A}{_S})?"
_FIRST = r"(?:awwal|awal|aval|ula|oula|ulaa|oulah|ulah|first|i\b|1st)"
_SECOND = r"(?:thani|thaani|tani|akhir|akhar|akhira|akhirah|aakhir|akhar|thaniyah|second|ii\b|2nd)"
_RABI = rf"rab(?:i|ee|ia|i{_A}a){_A}{_S}"
_JUMADA = rf"j[ua]m[aā]{{1,2}}d[aāi]{_A}{_S}"
_DHU = rf"(?:dhu|dhi|dhul|dhil|zul|zu|thul|du|dul){_A}{_S}(?:a?l{_A}{_S})?"
HIJRI_EN_RE = {
    1: rf"(?:al{_A}{_S})?m[uo]harr?am",
    2: rf"saf[ae]r",
    3: rf"{_RABI}{_ART}{_FIRST}",
    4: rf"{_RABI}{_ART}{_SECOND}",
    5: rf"{_JUMADA}{_ART}{_FIRST}",
    6: rf"{_JUMADA}{_ART}{_SECOND}",
    7: r"rajab",
    8: rf"sh?a{_A}a?ban",
    9: r"rama[dz]h?an|ramzan",
    10: r"shaww?al",
    11: rf"{_DHU}[qk][aie]{{0,2}}{_A}d[ae]?h?",
    12: rf"{_DHU}h[ie]jj?[ae]h?",
}
EN_HIJRI_RE = re.compile("|".join(rf"(?P<h{n}>\b(?:{p})\b)" for n, p in HIJRI_EN_RE.items()), re.IGNORECASE)


def english_names(text: str) -> list[tuple[str, int, int, int]]:
    """("g" | "h" | "d", value, start, end) for every capitalized month, Hijri month or weekday
    name in English text; months 1-12, weekdays 0 (Monday) - 6."""
    found = []
    for m in EN_HIJRI_RE.finditer(text):
        if text[m.start()].isupper():
            found.append(("h", int(m.lastgroup[1:]), m.start(), m.end()))
    taken = [(s, e) for _k, _v, s, e in found]
    for m in EN_MONTH_RE.finditer(text):
        if text[m.start()].isupper() and not any(s <= m.start() < e for s, e in taken):
            key = m.group(1)[:3].title()
            found.append(("g", [n[:3] for n in EN_MONTHS].index(key) + 1, m.start(), m.end()))
    for m in EN_WEEKDAY_RE.finditer(text):
        if text[m.start()].isupper():
            found.append(("d", EN_WEEKDAYS.index(m.group(1).title()), m.start(), m.end()))
    return found


def english_name(kind: str, value: int) -> str:
    return {"g": EN_MONTHS, "h": HIJRI_EN, "d": EN_WEEKDAYS}[kind][value if kind == "d" else value - 1]
