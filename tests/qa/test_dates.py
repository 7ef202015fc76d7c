"""The `date-mismatch` kind: Gregorian months in every Arabic series, Hijri months with their
transliterations or their Gregorian equivalent, weekdays; words that only look like dates."""

from __future__ import annotations

from datetime import date

import pytest

from tests.qa.document import check
from workbench.core.model import Kind, Paragraph, Status
from workbench.qa.dates import arabic_names, date_mismatch, hijri_to_gregorian


def _issues(arabic, english):
    para = Paragraph(1, 1, 0, Kind.PARAGRAPH, arabic, english, Status.EDITED)
    return [(i.kind, i.message) for i in check([para])]


@pytest.mark.parametrize(("arabic", "english"), [
    ("وصل الوفد في ٥ يوليو ٢٠٢٤.", "The delegation arrived on 5 July 2024."),
    ("وصل الوفد في ٥ تموز ٢٠٢٤.", "The delegation arrived on July 5, 2024."),
    ("وصل الوفد في ٥ جويلية ٢٠٢٤.", "The delegation arrived on 5 Jul. 2024."),
    ("في تموز/يوليو الماضي", "last July"), ("في ٣ كانون الثاني", "on 3 January"),
    ("في ٣ كانون الأول", "on 3 December"), ("في تشرين الثاني", "in November"), ("في آب", "in August"),
    ("في 3 مارس", "on 3 March"), ("في شهر آذار", "in March"), ("في ١٠ إبريل", "on 10 April"),
    ("يوم الخميس", "on Thursday"), ("صباح الأحد", "on Sunday morning"), ("مساء الاثنين", "on Monday evening"),
    ("في شهر رمضان", "during Ramadan"), ("وفي ربيع الأول", "and in Rabi' I"),
    ("في جمادى الآخرة", "in Jumada al-Thani"), ("في ذي القعدة", "in Dhul-Qadah"),
    ("في العاشر من محرم", "on the tenth of Muharram"), ("في ١٠ ذي الحجة ١٤٣٦ هـ", "on 10 Dhu al-Hijjah 1436 AH"),
    ("في ١٠ ذي الحجة ١٤٣٦ هـ", "on 24 September 2015"),  # the Gregorian equivalent
    ("في ٢ محرم ١٤٠٠ هـ", "on 22 November 1979"),
    # not dates: a verb, "father", "forbidden", "nobody", "the eleven", a car maker
    ("مارس الرياضة يوميا", "he practised sport daily"), ("سافر الأب", "the father travelled"),
    ("هذا أمر محرم", "this is forbidden"), ("لا أحد يعرف", "nobody knows"),
("اشترى سيارة نيسان", "he bought a car"),
])  # fmt: skip
def test_dates_accepted(arabic, english):
    assert date_mismatch(arabic, english) == []
    assert _issues(arabic, english) == []


def test_the_one_and_the_two_are_no_days():
    assert arabic_names("رأى الأحد عشر كوكبا ووصل الاثنان") == []


def test_dates_flagged():
    assert _issues("افتتح المعرض في ١٥ تموز.", "The exhibition opened on 15 June.") == [
        ("date-mismatch", "the Arabic has تموز (July), the English June")]
    assert _issues("افتتح المعرض في ١٥ تموز.", "The exhibition opened on the 15th.") == [
        ("date-mismatch", "the month تموز (July) is not in the English")]
    assert _issues("يوم الجمعة", "on Saturday") == [("date-mismatch", "the Arabic has الجمعة (Friday), the English Saturday")]
    assert _issues("في شهر رمضان", "during the holy month") == [
        ("date-mismatch", "the month رمضان (Ramadan) is not in the English")]
    # a Hijri month without its year cannot be converted: a Gregorian month is no rendering of it
    assert _issues("في ربيع الأول", "in March")[0][1] == "the Arabic has ربيع الأول (Rabi' al-Awwal), the English March"
    # with its year it can, and May 2015 is not 10 Dhu al-Hijjah 1436
    assert [k for k, _m in _issues("في ١٠ ذي الحجة ١٤٣٦ هـ", "on 24 May 2015")] == ["date-mismatch"]
    # the day of a converted Hijri date must still agree (two days either way)
    assert _issues("في ٢ محرم ١٤٠٠ هـ", "on 12 November 1979") == [
        ("number-missing", "the number ٢ (2) is not in the English"),
        ("number-extra", "the number 12 is in the English but not in the Arabic")]


def test_spans_and_lowercase_english():
    (finding,) = date_mismatch("افتتح المعرض في ١٥ تموز.", "It opened on 15 June.")
    assert finding[2] == ((19, 23),) and finding[3] == ((16, 20),)
    assert date_mismatch("في ٥ مايو", "you may come on the 5th")[0][1] == "the month مايو (May) is not in the English"


def test_hijri_calendar():
    assert hijri_to_gregorian(1445, 9, 1) == date(2024, 3, 11)  # 1 Ramadan 1445
    assert hijri_to_gregorian(1436, 12, 10) == date(2015, 9, 24)  # Eid al-Adha 1436
    (name,) = arabic_names("في ١٠ ذي الحجة ١٤٣٦ هـ")
    assert (name.kind, name.value, name.day, name.hijri_year) == ("h", 12, 10, 1436)
