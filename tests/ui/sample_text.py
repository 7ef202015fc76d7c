"""Arabic test text written for these tests, and Paragraph lists built from it (no project)."""

from __future__ import annotations

from workbench.core.model import Kind, Paragraph, Status

SENTENCES = (
    "ذهب الطالب إلى المكتبة صباحًا ليقرأ كتابًا عن تاريخ المدينة القديمة.",
    "قالت المعلّمة إنّ الامتحان سيكون يوم الخميس القادم في القاعة الكبيرة.",
    "تُعدّ القهوة العربية رمزًا للكرم في كثير من البيوت.",
    "افتُتح المستشفى الجديد في الحيّ الشرقي بعد سنوات من الانتظار.",
    "يحبّ الأطفال اللعب في الحديقة عندما يكون الجوّ معتدلًا.",
    "أعلنت البلدية عن خطة لزراعة ألف شجرة على ضفاف النهر.",
    "كتب الشاعر قصيدة طويلة عن البحر والسفر والحنين إلى الأهل.",
    "ارتفعت أسعار الخبز هذا الشهر بسبب قلّة القمح في الأسواق.",
)

TRANSLATIONS = (
    "The student went to the library in the morning to read a book about the old city.",
    "The teacher said the exam will be next Thursday in the large hall.",
    "Arabic coffee is a symbol of generosity in many homes.",
    "The new hospital opened in the eastern district after years of waiting.",
    "Children love playing in the garden when the weather is mild.",
    "The municipality announced a plan to plant a thousand trees on the river banks.",
    "The poet wrote a long poem about the sea, travel and longing for family.",
    "Bread prices rose this month because wheat was scarce in the markets.",
)


def paragraphs(count: int = 8, statuses: tuple[Status, ...] = tuple(Status)) -> list[Paragraph]:
    """`count` paragraphs cycling through the sentences and the given statuses."""
    out = []
    for i in range(count):
        status = statuses[i % len(statuses)]
        target = "" if status is Status.UNTRANSLATED else TRANSLATIONS[i % len(TRANSLATIONS)]
        out.append(
            Paragraph(
                id=100 + i,
                document_id=1,
                position=i,
                kind=Kind.HEADING if i == 0 else Kind.PARAGRAPH,
                source=SENTENCES[i % len(SENTENCES)],
                target=target,
                status=status,
                engine="" if status is Status.UNTRANSLATED else "argos",
            )
        )
    return out


def arabic_document(count: int) -> str:
    """A Markdown document of `count` paragraphs (a heading first)."""
    lines = ["# " + SENTENCES[0], ""]
    for i in range(1, count):
        lines += [SENTENCES[i % len(SENTENCES)] + " " + SENTENCES[(i * 3 + 1) % len(SENTENCES)], ""]
    return "\n".join(lines)
