"""A test document of our own: clean paragraphs with tricky numbers, quotes and repeats, and one
planted problem of every QA kind. Arabic and English written for these tests."""

from __future__ import annotations

from workbench.core.inline import Mark, close_tag, open_tag, solo_tag
from workbench.core.model import Kind, Paragraph, Status
from workbench.glossary.entries import GlossaryEntry
from workbench.qa import check_paragraphs, severity

GLOSSARY = (
    GlossaryEntry("الحكومة", "the Government", id=1),
    GlossaryEntry("البنك المركزي", "the Central Bank", forbidden=("the National Bank",), id=2),
    GlossaryEntry("مجموعة الثماني", "G8", id=3),
)

CLEAN = (
    ("بلغت نسبة النمو ٣٫٥ في المئة في عام ٢٠٢٤ وفق التقرير السنوي.",
     "Growth reached 3.5 percent in 2024, according to the annual report."),
    ("سجل في الجامعة ١٬٥٠٠ طالب جديد، ونجح ٥٠٪ منهم في الامتحان الأول.",
     "1,500 new students enrolled at the university, and 50% of them passed the first exam."),
    ("استمرت الزيارة ثلاثة أيام، والتقى الوفد خمسة وعشرين مسؤولا.",
     "The visit lasted three days, and the delegation met 25 officials."),
    ("تأسست المدرسة عام 1436 هـ الموافق 2015 م في وسط المدينة القديمة.",
     "The school was founded in 2015 in the centre of the old city."),
    ("ارتفع عدد الزوار من 5 إلى 10 ملايين بين عامي 2015 و2020.",
     "Visitors rose from 5 to 10 million between 2015 and 2020."),
    ("شاركت الوزيرة في قمة مجموعة الثماني التي عقدت في العاصمة.",
     "The minister took part in the G8 summit held in the capital."),
    ("وافق مجلس الشورى على القانون الجديد يوم الثلاثاء بعد نقاش طويل.",
     'The Shura Council ("مجلس الشورى") approved the new law on Tuesday after a long debate.'),
    ("مقدمة", "Introduction"),
    ("ولد الشاعر في القرن التاسع عشر وكتب أول قصيدة في سن الثانية عشرة.",
     "The poet was born in the 19th century and wrote his first poem at the age of twelve."),
    ("هل انتهى المشروع؟ قال المدير إن العمل سينتهي خلال أسبوعين.",
     "Is the project finished? The director said the work would end within two weeks."),
    ("قالت الطبيبة: «اشربوا الماء كثيرا وارتاحوا في البيت».",
     'The doctor said: "Drink plenty of water and rest at home."'),
    ("وصل سعر الكيلو إلى ۱۲ دينارا في السوق المركزي هذا الشهر.",
     "The price per kilo reached 12 dinars in the central market this month."),
    ("صوت البرلمان على الميزانية بعد نقاش طويل.", "Parliament voted on the budget after a long debate."),
    ("صوت البرلمان على الميزانية بعد نقاش طويل.", "Parliament voted on the budget after a long debate."),
    ("نفذت الخطة الخمسية بين ٢٠١٥-٢٠٢٠ في ثلاث محافظات.",
     "The five-year plan was carried out in 2015-20 in three provinces."),
    ("يبلغ عدد سكان المدينة ٣ ملايين نسمة تقريبا.", "The city has about 3,000,000 inhabitants."),
    ("صدر القرار في ٣ كانون الثاني/يناير ٢٠٢٣ ونشر يوم الأربعاء.",
     "The decision was issued on 3 January 2023 and published on Wednesday."),
    ("ولد الكاتب في ٢ محرم ١٤٠٠ هـ في مدينة صغيرة على الساحل.",
     "The writer was born on 22 November 1979 in a small town on the coast."),
    ("يصادف يوم الجمعة العاشر من ذي الحجة أول أيام العيد.",
     "Friday, the tenth of Dhu al-Hijjah, is the first day of the feast."),
    # the usual spelling of the name planted with another one below
    ("التقى الوزير السيد حسين العبدالله في مكتبه صباح اليوم.",
     "The minister met Mr Hussein al-Abdullah in his office this morning."),
    ("أكد حسين العبدالله أن المفاوضات ستستمر الأسبوع المقبل.",
     "Hussein al-Abdullah confirmed that the negotiations would continue next week."),
    # tags placed well: a bold span, a stop after a closing tag, a note reference between spaces
    ("قرأ الطالب الفصل الأول من الرواية ثم كتب ملاحظاته في دفتر صغير.",
     f"The student read {open_tag(1)}the first chapter{close_tag(1)} of the novel, then wrote his notes "
     f"{solo_tag(2)} in a small {open_tag(3)}notebook{close_tag(3)}.",
     (Mark(1, "b", 11, 22), Mark(2, "note", 49, 49, "footnote:1", "1"), Mark(3, "i", 53, 57))),
)

# (kind, paragraphs): each planted problem, and the paragraphs it is expected on
PLANTED = (
    ("term-missing", [("أعلنت الحكومة خطة جديدة لدعم المزارعين في الجنوب.",
                       "The cabinet announced a new plan to support farmers in the south.")]),
    ("term-forbidden", [("رفع البنك المركزي سعر الفائدة مرة أخرى هذا الشهر.",
                         "The Central Bank (the National Bank) raised interest rates again this month.")]),
    ("number-missing", [("شارك ٣٥ باحثا في المؤتمر الذي عقد في مدينة الإسكندرية.",
                         "Many researchers took part in the conference held in the city of Alexandria.")]),
    ("number-extra", [("افتتحت البلدية مكتبة عامة جديدة قرب الحديقة الكبيرة.",
                       "The municipality opened a new public library with 400 seats near the big park.")]),
    ("date-mismatch", [("افتتح المعرض أبوابه في ١٥ تموز الماضي بحضور الوزير.",
                        "The exhibition opened on 15 June in the presence of the minister.")]),
    ("untranslated", [("سيعود الفريق إلى التدريب يوم السبت المقبل.", "")]),
    ("copied-source", [("تواصل الأمطار الغزيرة هطولها على المناطق الساحلية.",
                        "تواصل الأمطار الغزيرة هطولها على المناطق الساحلية.")]),
    ("arabic-in-english", [("زار الوفد مصنع الأسمدة في المنطقة الصناعية صباح الخميس.",
                            "The delegation visited the fertiliser مصنع in the industrial zone on Thursday morning.")]),
    ("sentence-count", [("انقطعت الكهرباء في الجزء الشرقي من المدينة مساء أمس بسبب العاصفة. وعادت بعد ساعتين.",
                         "The power went out in the eastern part of the city last night because of the storm and the heavy rain.")]),
    ("repeated-phrase", [("ناقش المجلس خطة النقل العام في المدينة.",
                          "The council discussed the city's transport plan plan plan.")]),
    ("length-ratio", [("وصل القطار إلى المحطة متأخرا هذا الصباح.",
                       "The train arrived at the station late this morning, which, as everyone who has ever "
                       "travelled on this line knows very well, is something that happens again and again, "
                       "week after week, to the great annoyance of the commuters and their families.")]),
    ("punctuation", [("قال المدير إن الشركة ستفتتح فرعا جديدا في الشمال.",
                      "The director said the company would open a new branch in the north..")]),
    ("leftover-marker", [("تناول الكتاب تاريخ التجارة بين المدن الساحلية.",
                          "The book deals with the history of trade between the &amp; coastal cities.")]),
    ("double-space", [("تعمل الفرق على إصلاح الطريق الرئيسي قبل بداية الشتاء.",
                       "Teams are working to repair the main  road before the start of winter.")]),
    ("bidi-control", [("تم تحديث النظام\u202e بنجاح في جميع الفروع.",
                       "The system was updated successfully in all branches.")]),
    ("inconsistent-translation", [("وافقت اللجنة على الاقتراح بالإجماع.", "The committee approved the proposal unanimously."),
                                  ("وافقت اللجنة على الاقتراح بالإجماع.", "The committee unanimously accepted the motion.")]),
    ("spelling", [("استقبل رئيس البلدية وفدا من المدينة الشقيقة.",
                    "The mayor recieved a delegation from the twin city.")]),
    ("tags", [("نشر التقرير الكامل على الموقع الرسمي للوزارة.",
               f"The {open_tag(1)}{close_tag(1)}full report was published on the ministry's official website.",
               (Mark(1, "b", 4, 18),))]),
    ("name-variant", [("وصرح حسين العبدالله للصحفيين بأن الاتفاق قريب.",
                        "Husain al-Abdullah told journalists that the agreement was close.")]),
    ("same-english", [("ناقش المجلس الخطة في جلسته الأخيرة.", "The council discussed the plan at its last session."),
                      ("أقر المجلس الخطة في جلسته الأولى.", "The council discussed the plan at its last session.")]),
)  # fmt: skip


def build(extra_clean=()):
    """(paragraphs, expected {(kind, number)}), clean and planted paragraphs interleaved."""
    pairs: list[tuple[str, str, tuple, str | None]] = []
    clean = [(row[0], row[1], tuple(row[2:3]), None) for row in (*CLEAN, *extra_clean)]
    for i, (kind, rows) in enumerate(PLANTED):
        pairs += clean[2 * i : 2 * i + 2]
        pairs += [(row[0], row[1], tuple(row[2:3]), kind) for row in rows]
    pairs += clean[2 * len(PLANTED) :]
    paragraphs, expected = [], set()
    for pos, (arabic, english, marks, kind) in enumerate(pairs):
        status = Status.EDITED
        kind_ = Kind.HEADING if len(arabic.split()) == 1 else Kind.PARAGRAPH
        marks = marks[0] if marks else ()
        paragraphs.append(Paragraph(pos + 1, 1, pos, kind_, arabic, english, status, marks=marks))
        if kind:
            expected.add((kind, pos + 1))
    return paragraphs, expected


def check(paragraphs, **kw):
    """check_paragraphs without its notes about the check itself (no spelling dictionary on
    this machine): the issues of the text."""
    return [i for i in check_paragraphs(paragraphs, **kw) if severity(i) != "info"]
