"""The built-in gloss engine: word-by-word English drafts from the BAMA analyzer, no model."""

from __future__ import annotations

import pytest

from workbench.core.errors import Cancelled
from workbench.core.jobs import JobContext
from workbench.core.model import Draft, Status, TranslationRequest
from workbench.mt.engine import Engine
from workbench.mt.gloss import GlossEngine

# Our own sample text (news style), one paragraph per line.
SAMPLE = [
    "قررت الحكومة العراقية يوم الأحد إعادة فتح الطريق بين بغداد والموصل بعد إغلاقه لمدة ثلاثة"
    " أسابيع. وقال وزير النقل في مؤتمر صحفي إن العمل سيبدأ في الأسبوع المقبل، وإن الشركات"
    " المحلية ستشارك في إصلاح الجسور.",
    "وفي القاهرة، افتتح الرئيس معرضا جديدا للكتاب يضم أكثر من ألف دار نشر من عشرين دولة."
    " ويستمر المعرض حتى نهاية الشهر، ويتوقع المنظمون أن يزوره مليونا شخص.",
    "كتب الطالب رسالة طويلة إلى والده، وأخبره فيها بأنه نجح في الامتحان وأنه سيعود إلى المدينة"
    " في الصيف.",
]

LONGER = SAMPLE + [
    "أعلنت وزارة الصحة أمس أن عدد المستشفيات الجديدة في البلاد ارتفع إلى اثني عشر مستشفى، وأن"
    " الوزارة تعمل على تدريب الأطباء والممرضين في المدن الصغيرة. وأكد الوزير أن الخدمات الصحية"
    " ستصل إلى القرى البعيدة قبل نهاية العام المقبل.",
    "وفي مجال الاقتصاد، قال البنك المركزي إن أسعار المواد الغذائية انخفضت خلال الشهرين الماضيين،"
    " بينما ارتفعت أسعار الوقود بسبب زيادة الطلب في فصل الشتاء. ويرى خبراء أن الحكومة تحتاج إلى"
    " خطة واضحة لدعم المزارعين وحماية الأسواق المحلية.",
    "وتوقعت هيئة الأرصاد الجوية أن تهطل أمطار غزيرة على المناطق الشمالية يوم الخميس، مع انخفاض"
    " ملحوظ في درجات الحرارة. ودعت الهيئة السائقين إلى الحذر على الطرق السريعة وعدم السفر ليلا"
    " إلا للضرورة.",
    "وفي الرياضة، فاز المنتخب الوطني على ضيفه بهدفين مقابل هدف واحد في المباراة التي أقيمت في"
    " ملعب المدينة الرياضية. وقال المدرب بعد المباراة إن اللاعبين قدموا أداء جيدا رغم الإصابات،"
    " وإن الفريق سيستعد الآن للبطولة العربية.",
    "وفي الثقافة، افتتحت مكتبة عامة جديدة في وسط العاصمة تضم أكثر من عشرين ألف كتاب باللغتين"
    " العربية والإنجليزية. وتقدم المكتبة دروسا مجانية للأطفال في القراءة والكتابة، كما تنظم"
    " أمسيات شعرية كل أسبوع بمشاركة شعراء شباب من مختلف المحافظات.",
    "وفي نهاية الاجتماع، شكر رئيس المجلس جميع الأعضاء على جهودهم، وأشار إلى أن المشروع سيعرض"
    " على البرلمان في الدورة القادمة للتصويت عليه.",
]


@pytest.fixture(scope="module")
def engine() -> GlossEngine:
    return GlossEngine()


def _in_order(text: str, words: list[str]) -> bool:
    at = 0
    for word in words:
        found = text.find(word, at)
        if found < 0:
            return False
        at = found + len(word)
    return True


def test_engine_protocol(engine):
    assert isinstance(engine, Engine)
    assert engine.name == "gloss" and engine.draft_status is Status.GLOSS
    assert engine.model == "bama-1.0"


def test_paragraph_gloss_reads_in_order(engine):
    text = engine.gloss_text(SAMPLE[0])
    print("\n" + text)
    assert text.startswith("Decided the Iraqi government")
    assert _in_order(text, ["Decided", "the Iraqi government", "Sunday", "the road", "between",
                            "Baghdad", "and Mosul", "three", "weeks", ".", "And said", "minister of",
                            "the work", "will start", "in the next week", ",", "the local companies",
                            "the bridges", "."])
    second = engine.gloss_text(SAMPLE[1])
    assert _in_order(second, ["And in Cairo,", "the president", "new exhibit", "the book", "thousand",
                              "twenty", ".", "And continues", "the exhibit", "until", "end of the month",
                              "to visit it", "million"])


def test_punctuation_digits_names_and_unknown_words(engine):
    text = engine.gloss_text("هل زار الوزير القاهرة؟ نعم، في ٢٠٢٤ «مع» فريق BBC وفلوجتستانيات.")
    assert "Cairo?" in text and "2024" in text and '"with"' in text and "BBC" in text
    assert "[Wflujtstanyat]" in text  # unknown: plain romanization in brackets
    assert text.endswith(".") and "،" not in text and "؟" not in text


def test_lines_inside_a_paragraph_are_kept(engine):
    assert engine.gloss_text("الكتاب\nالمدرسة") == "The book\nThe school"


def test_translate_streams_one_draft_per_paragraph(engine):
    requests = [TranslationRequest(i + 10, text) for i, text in enumerate(SAMPLE)]
    progress: list[tuple[int, int]] = []
    drafts = engine.translate(requests, JobContext(on_progress=lambda d, t: progress.append((d, t))))
    first = next(drafts)  # a generator: the first draft arrives before the others are made
    assert isinstance(first, Draft) and first.paragraph_id == 10 and progress == []
    rest = list(drafts)
    assert [d.paragraph_id for d in rest] == [11, 12]
    assert all(d.status is Status.GLOSS and d.engine == "gloss" and d.model == "bama-1.0" for d in rest)
    assert progress == [(1, 3), (2, 3), (3, 3)]
    assert first.text == engine.gloss_text(SAMPLE[0])


def test_translate_stops_when_cancelled(engine):
    ctx = JobContext()
    drafts = engine.translate([TranslationRequest(1, SAMPLE[0]), TranslationRequest(2, SAMPLE[1])], ctx)
    next(drafts)
    ctx.cancel()
    with pytest.raises(Cancelled):
        next(drafts)


def test_coverage_of_our_sample_texts(engine):
    sample = engine.coverage("\n".join(SAMPLE))
    longer = engine.coverage("\n".join(LONGER))
    print(f"\ngloss coverage: sample {sample.glossed}/{sample.arabic_words} words = {sample.share:.1%}; "
          f"longer text {longer.glossed}/{longer.arabic_words} words = {longer.share:.1%}")
    assert sample.arabic_words == 80 and longer.arabic_words > 250
    assert sample.share >= 0.95 and longer.share >= 0.95
    assert engine.coverage("فلوجتستانيات الكتاب").glossed == 1


def test_numbers_stay_whole_and_a_fused_conjunction_is_glossed(engine):
    text = engine.gloss_text("منحة قدرها 3.5 مليون، و٣٫٥ بالمئة، و1,200 زائر.")
    assert "3.5 million" in text  # not "3. 5 Million": the point is not a sentence end
    assert "and 3.5" in text and "and 1,200" in text


@pytest.mark.parametrize(
    ("source", "kept"),
    [
        ("زوروا www.example.org أو اكتبوا إلى team@example.org اليوم.",
         ["www.example.org", "team@example.org"]),
        ("انتشر فيروس COVID-19 منذ 15/7/2015 في site-name_2/path.", ["COVID-19", "15/7/2015",
                                                                    "site-name_2/path."]),
    ],
)
def test_latin_tokens_stay_whole_and_uncapitalised(engine, source, kept):
    text = engine.gloss_text(source)
    assert all(k in text.split() for k in kept), text


def test_a_note_only_gloss_never_leaks(engine):
    text = engine.gloss_text("بني المسجد عام ١٩٩٠م.")
    assert "1990 AD." in text and ";" not in text and "meter" not in text


def test_invisible_format_characters_are_dropped(engine):
    text = engine.gloss_text("\u202bزار\u00ad الوزير\u200c القاهرة\u200f.\u202c")
    assert text == engine.gloss_text("زار الوزير القاهرة.")
    assert not any(c in text for c in "\u00ad\u200c\u200f\u202b\u202c")
    assert engine.coverage("الوزير\u00ad") == engine.coverage("الوزير")


def test_a_preposition_is_not_doubled(engine):
    assert engine.gloss_text("على وشك الانهيار") == "On the verge of the collapse"


@pytest.mark.parametrize("word,name", [
    ("داعش", "Da'sh"), ("أوباما", "Awbama"), ("القاهرة", "al-Qahra"), ("إيران", "Iran"),
    ("يوسف", "Yusf"), ("بوتين", "Butin"), ("مسؤول", "Msul"), ("شَمْس", "Shms"), ("نزار", "Nzar"),
])
def test_unknown_words_are_romanized_for_english_readers(word, name):
    from workbench.arabic.translit import to_english_name
    from workbench.mt.gloss import unknown_word

    assert to_english_name(word) == name
    assert unknown_word(word) == f"[{name}]" and unknown_word(word).isascii()


def test_a_name_the_lexicon_lacks_reads_in_english_letters(engine):
    text = engine.gloss_text("التقى الوزير نتنياهو وزيرونكس في القاهرة.")
    assert "Netanyahu" in text and "[Wzirunks]" in text and text.isascii(), text
    assert "Zirunks" in engine.gloss_text("زيرونكس")
