"""The paragraphs every export test writes: our own Arabic and English text covering each kind,
each status that matters, and the characters that break naive writers."""

from __future__ import annotations

from workbench.core.model import Kind, Paragraph, Status

HOSTILE_AR = "السعر ٥ * ٣ | <script>alert(1)</script> & \x0bالمجموع"
HOSTILE_EN = "Price 5 * 3 | <script>alert(1)</script> & \x0btotal"
PARAGRAPH_AR = "تفقد الشبكة القديمة نحو ثلث المياه كل عام، ويحتاج إصلاحها إلى خمس سنوات."
PARAGRAPH_EN = "The old network loses about a third of its water every year, and repairing it takes five years."
LIST_EN = "Replacing pipes in the eastern districts"
CODE = "for i in range(3):\n    print(i)  # keep `this`"
MARKUP_AR = (
    "# ليس عنوانا\n1. ليس قائمة\n- ولا هذه\n> ولا اقتباس\n"
    "`رمز` و*نجمة* و_خط_ و[رابط](http://x) و&amp; و~~شطب~~ و\\"
)
MARKUP_EN = (
    "# not a heading\n1. not a list\n- nor this\n> nor a quote\n"
    "`code` *star* _under_ [link](http://x) &amp; ~~strike~~ \\"
)


def sample_paragraphs() -> list[Paragraph]:
    """Ten paragraphs in document order; ids deliberately not equal to positions."""
    rows = [
        (Kind.HEADING, "تقرير عن شبكة المياه", "Report on the water network", Status.MACHINE, 1),
        (Kind.PARAGRAPH, PARAGRAPH_AR, PARAGRAPH_EN, Status.EDITED, 0),
        (Kind.HEADING, "الخطة الجديدة", "The new plan", Status.REVIEWED, 2),
        (Kind.LIST_ITEM, "استبدال الأنابيب في الأحياء الشرقية", LIST_EN, Status.MACHINE, 1),
        (Kind.LIST_ITEM, "تركيب عدادات حديثة", "", Status.UNTRANSLATED, 2),
        (Kind.TABLE_CELL, HOSTILE_AR, HOSTILE_EN, Status.APPROVED, 0),
        (Kind.CODE, CODE, "", Status.UNTRANSLATED, 0),
        (Kind.QUOTE, "«الماء أساس الحياة»", "“Water is the basis of life”", Status.MACHINE, 0),
        (Kind.PARAGRAPH, "لم تترجم هذه الفقرة بعد.", "", Status.UNTRANSLATED, 0),
        (Kind.PARAGRAPH, MARKUP_AR, MARKUP_EN, Status.EDITED, 0),
    ]
    return [
        Paragraph(
            id=100 + position * 7,
            document_id=1,
            position=position,
            kind=kind,
            source=source,
            target=target,
            status=status,
            level=level,
            translatable=kind != Kind.CODE,
        )
        for position, (kind, source, target, status, level) in enumerate(rows)
    ]


def test_sample_covers_every_kind_and_the_hostile_characters() -> None:
    paragraphs = sample_paragraphs()
    assert {p.kind for p in paragraphs} == set(Kind)
    assert any(p.status == Status.UNTRANSLATED and p.translatable and not p.target for p in paragraphs)
    text = "".join(p.source + p.target for p in paragraphs)
    for needle in ("*", "|", "<script>", "&", "\x0b", "`", "#", "1."):
        assert needle in text
    assert len({p.id for p in paragraphs}) == len(paragraphs)
