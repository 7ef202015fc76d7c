"""HTML import keeps the article's inline formatting and links as marks (through trafilatura's
formatting and link output); a link is kept as written and never visited."""

from __future__ import annotations

import pytest

from workbench.core import inline
from workbench.core.model import Kind
from workbench.formats.html_import import load_html
from workbench.project.facade import Project

pytestmark = pytest.mark.timeout(60)

URL = "https://example.org/تقارير/2024"
FILLER = ("وأضاف المتحدث أن اللجنة ستواصل عملها خلال الأسابيع المقبلة لمراجعة جميع الملفات المعروضة "
          "عليها، على أن تقدم توصياتها النهائية إلى المجلس قبل نهاية العام الجاري.")


def _page(paragraph: str, extra: str = "") -> str:
    return (f"<html><head><title>اجتماع اللجنة</title></head><body><nav><a href='/'>الرئيسية</a></nav>"
            f"<article><h1>اجتماع اللجنة</h1><p>{paragraph}</p><p>{FILLER}</p>{extra}<p>{FILLER}</p>"
            "</article><footer>جميع الحقوق محفوظة</footer></body></html>")


FORMATTED = ("قال <b>رئيس</b> <strong>اللجنة</strong> إن <i>القرار</i> <em>نهائي</em> و<u>ملزم</u> "
             "وإن <s>المهلة</s> تنتهي في م<sup>2</sup> وH<sub>2</sub>O، انظر "
             f'<a href="{URL}">التقرير <b>الكامل</b></a> والأمر <kbd>حفظ</kbd>.')
EXTRA = ("<ul><li>البند <b>الأول</b></li><li>البند الثاني</li></ul>"
         "<table><tr><td>الميزانية <i>المقترحة</i></td><td>مليون</td></tr></table>")


def spans(segment) -> list[tuple[str, str, str]]:
    return [(m.kind, segment.text[m.start:m.end], m.href) for m in segment.marks]


def _load(tmp_path, html: str):
    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    return load_html(path)


def test_formatting_and_links_become_marks(tmp_path, no_network):
    segments = _load(tmp_path, _page(FORMATTED, EXTRA)).segments
    body = next(s for s in segments if s.text.startswith("قال"))
    assert body.text == ("قال رئيس اللجنة إن القرار نهائي وملزم وإن المهلة تنتهي في م2 وH2O، انظر "
                         "التقرير الكامل والأمر حفظ.")
    assert spans(body) == [("b", "رئيس", ""), ("b", "اللجنة", ""), ("i", "القرار", ""), ("i", "نهائي", ""),
                           ("u", "ملزم", ""), ("s", "المهلة", ""), ("sup", "2", ""), ("sub", "2", ""),
                           ("link", "التقرير الكامل", URL), ("b", "الكامل", ""), ("code", "حفظ", "")]
    item = next(s for s in segments if s.kind is Kind.LIST_ITEM)
    assert spans(item) == [("b", "الأول", "")]
    cell = next(s for s in segments if s.kind is Kind.TABLE_CELL)
    assert spans(cell) == [("i", "المقترحة", "")]
    assert all(s.marks == () for s in segments if s.text == FILLER)


def test_marks_are_stored_with_the_paragraphs(tmp_path, monkeypatch, no_network):
    monkeypatch.setenv("WORKBENCH_HOME", str(tmp_path / "home"))
    (tmp_path / "page.html").write_text(_page(FORMATTED), encoding="utf-8")
    with Project.create(tmp_path / "p.wbproj") as project:
        project.import_document(tmp_path / "page.html")
    with Project.open(tmp_path / "p.wbproj") as project:
        body = next(p for p in project.paragraphs() if p.source.startswith("قال"))
    link = next(m for m in body.marks if m.kind == "link")
    assert (body.source[link.start:link.end], link.href) == ("التقرير الكامل", URL)
    assert inline.visible(inline.tagged(body.source, body.marks)).startswith("قال {1}رئيس{/1} {2}اللجنة{/2}")


def test_tag_characters_in_the_page_make_no_tags(tmp_path, no_network):
    forged = f"خبر {inline.open_tag(1)}مزور{inline.close_tag(1)} و<b>عريض{inline.solo_tag(2)}</b>&#xe005;"
    document = _load(tmp_path, _page(forged))
    body = next(s for s in document.segments if s.text.startswith("خبر"))
    assert body.text == "خبر مزور وعريض"
    assert spans(body) == [("b", "عريض", "")]
    assert not inline.RESERVED.search("".join(s.text for s in document.segments))
