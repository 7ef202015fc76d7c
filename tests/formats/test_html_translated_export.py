"""The translated HTML (issue 15): an article's paragraphs as an English page, parsed back with
lxml.html: its structure, inline formatting from the tags, the untranslated paragraph kept
Arabic and marked right to left, and hostile text and links left harmless."""

from __future__ import annotations

import lxml.html

from workbench.core import inline
from workbench.core.model import Kind, Paragraph, Status
from workbench.formats.html_translated_export import export_html

B, LINK, BAD = inline.Mark(1, "b", 0, 4), inline.Mark(2, "link", 5, 9, "https://example.org/a?x=1&y=\"2\""), \
    inline.Mark(3, "link", 10, 14, "javascript:alert(1)")
ROWS = [  # kind, level, source, target, marks
    (Kind.HEADING, 1, "موسم الحصاد", "The Harvest Season", ()),
    (Kind.PARAGRAPH, 0, "جمعت القرية محصولها", "The {1}village{/1} gathered {2}its crop{/2} and "
                                               "{3}more{/3}.", (B, LINK, BAD)),
    (Kind.HEADING, 2, "الأرقام", "Figures", ()),
    (Kind.LIST_ITEM, 1, "القمح", "Wheat", ()),
    (Kind.LIST_ITEM, 2, "القمح الصلب", "Durum wheat", ()),
    (Kind.LIST_ITEM, 1, "الشعير", "Barley", ()),
    (Kind.QUOTE, 0, "«كان عاما طيبا»", "“It was a good year”", ()),
    (Kind.TABLE_CELL, 0, "المحصول", "Crop", ()),
    (Kind.TABLE_CELL, 0, "الكمية", "Amount\nin tonnes", ()),
    (Kind.PARAGRAPH, 0, "فقرة تنتظر الترجمة", "", ()),
    (Kind.PARAGRAPH, 0, "نص خطر", "<script>alert('x')</script> & <b>not bold</b> مرحبا", ()),
    (Kind.CODE, 0, "if a < b:\n    print('<ok>')", "", ()),
]


def _paragraphs() -> list[Paragraph]:
    out = []
    for n, (kind, level, source, target, marks) in enumerate(ROWS):
        target = inline.from_visible(target, [m.number for m in marks])
        out.append(Paragraph(id=n + 1, document_id=1, position=n, kind=kind, source=source,
                             target=target, level=level, marks=marks, translatable=kind != Kind.CODE,
                             status=Status.EDITED if target else Status.UNTRANSLATED))
    return out


def test_the_article_is_an_english_page_with_its_structure(tmp_path):
    report = export_html(_paragraphs(), tmp_path / "harvest-en.html", title="The Harvest Season")
    assert (report.translated, report.untranslated) == (10, 1)
    page = lxml.html.parse(str(report.path)).getroot()
    assert (page.get("lang"), page.get("dir")) == ("en", "ltr")
    assert page.findtext("head/title") == "The Harvest Season"
    article = page.find("body/article")
    assert [child.tag for child in article] == ["h1", "p", "h2", "ul", "blockquote", "table", "p",
                                                "p", "pre"]
    p = article.find("p")
    assert p.find("strong").text == "village"
    links = p.findall(".//a")
    assert len(links) == 1 and links[0].get("href") == 'https://example.org/a?x=1&y="2"'
    assert links[0].text_content() == "its crop" and "and more." in p.text_content()
    top = article.find("ul")
    assert [li.text for li in top.findall("li")] == ["Wheat", "Barley"]
    assert top.find("li/ul/li").text == "Durum wheat"  # level 2 inside the item above it
    assert article.find("blockquote/p").text == "“It was a good year”"
    cell = article.find("table/tbody/tr/td")  # one column: rows are not known
    assert len(article.findall("table//td")) == 1
    assert [p.text_content() for p in cell.findall("p")] == ["Crop", "Amountin tonnes"]
    assert cell.findall("p")[1].find("br") is not None
    waiting = article.findall("p")[1]
    assert (waiting.text, waiting.get("dir"), waiting.get("lang")) == ("فقرة تنتظر الترجمة", "rtl", "ar")
    hostile = article.findall("p")[2]
    assert page.find(".//script") is None and hostile.find("b") is None
    assert hostile.text == "<script>alert('x')</script> & <b>not bold</b> مرحبا"
    assert article.find("pre/code").text == "if a < b:\n    print('<ok>')"


def test_the_title_is_escaped_and_a_page_of_one_list_closes_it(tmp_path):
    items = [Paragraph(id=1, document_id=1, position=0, kind=Kind.LIST_ITEM, source="أ", target="A",
                       level=3, status=Status.EDITED)]
    report = export_html(items, tmp_path / "x.html", title="</title><script>x</script>")
    page = lxml.html.parse(str(report.path)).getroot()
    assert page.findtext("head/title") == "</title><script>x</script>"
    assert page.find(".//script") is None
    assert page.find("body/article/ul/li").text == "A"  # a list never starts at level 3
