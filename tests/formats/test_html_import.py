"""HTML import: the article of a saved Arabic news page, and nothing of the page around it."""

from __future__ import annotations

import pytest

from tests.fixtures import news_pages as page
from workbench.core.errors import DocumentImportError
from workbench.core.model import Kind
from workbench.formats import html_source_import
from workbench.formats.html_import import load_html

pytestmark = pytest.mark.timeout(60)

ARTICLE = (
    [(Kind.HEADING, page.TITLE, 1)]
    + [(Kind.PARAGRAPH, text, 0) for text in page.PARAGRAPHS]
    + [(Kind.HEADING, page.SUBHEADING, 2), (Kind.PARAGRAPH, page.AFTER_SUBHEADING, 0),
       (Kind.QUOTE, page.QUOTE, 0)]
    + [(Kind.LIST_ITEM, item, 1) for item in page.LIST_ITEMS]
    + [(Kind.TABLE_CELL, cell, 0) for row in page.TABLE for cell in row]
    + [(Kind.PARAGRAPH, page.CLOSING, 0)]
)


def _segments(document):
    return [(s.kind, s.text, s.level) for s in document.segments]


def _assert_no_boilerplate(document):
    text = "\n".join(s.text for s in document.segments)
    for word in page.BOILERPLATE_WORDS:
        assert word not in text, word


def test_news_page_gives_exactly_the_article(tmp_path, no_network):
    path = tmp_path / "article.html"
    path.write_text(page.article_html(), encoding="utf-8")
    document = load_html(path)
    assert _segments(document) == ARTICLE
    _assert_no_boilerplate(document)
    assert document.format == "html"
    assert document.encoding == "utf-8"
    assert all(s.translatable for s in document.segments)
    meta = dict(document.metadata)
    assert meta["title"] == page.TITLE
    assert meta["author"] == page.AUTHOR
    assert meta["date"] == page.DATE
    assert meta["sitename"] == page.SITE
    assert meta["url"] == "https://almasaa.example/news/transport-plan"


def test_windows_1256_page_with_meta_charset(tmp_path):
    path = tmp_path / "old-site.htm"
    path.write_bytes(page.article_html(charset="windows-1256").encode("cp1256", "xmlcharrefreplace"))
    document = load_html(path)
    assert document.encoding == "cp1256"
    assert _segments(document) == ARTICLE


def test_http_equiv_charset_and_undeclared_cp1256(tmp_path):
    html = page.article_html().replace('<meta charset="utf-8">', "")
    declared = html.replace("<head>", '<head><meta http-equiv="Content-Type" '
                                      'content="text/html; charset=windows-1256">')
    path = tmp_path / "equiv.html"
    path.write_bytes(declared.encode("cp1256", "xmlcharrefreplace"))
    assert _segments(load_html(path)) == ARTICLE
    path.write_bytes(html.encode("cp1256", "xmlcharrefreplace"))  # nothing declared, not UTF-8: Windows-1256
    assert load_html(path).encoding == "cp1256"
    assert _segments(load_html(path)) == ARTICLE


def test_wrong_declared_charset_falls_back_to_utf8():
    text, encoding = html_source_import.decode_html(
        '<meta charset="us-ascii"><p>نص</p>'.encode(), None)
    assert encoding == "cp1252" and "<p>" in text  # a browser would read it so, too
    text, encoding = html_source_import.decode_html('<meta charset="bogus-x"><p>نص</p>'.encode())
    assert encoding == "utf-8" and "نص" in text


def test_iframe_noscript_script_and_style_never_become_text(tmp_path):
    extra = ('<iframe src="https://video.example/embed">نص الإطار المضمن</iframe>'
             '<noscript>فعّل جافاسكربت لمشاهدة الفيديو</noscript>'
             '<script>var secret = "متغير برمجي";</script><style>p::after{content:"نمط مخفي"}</style>')
    path = tmp_path / "embeds.html"
    path.write_text(page.article_html(extra_body=extra), encoding="utf-8")
    document = load_html(path)
    assert _segments(document) == ARTICLE
    text = "\n".join(s.text for s in document.segments)
    for hidden in ("الإطار المضمن", "جافاسكربت", "متغير برمجي", "نمط مخفي", "secret"):
        assert hidden not in text


def test_doctype_with_internal_entities_is_not_expanded(tmp_path):
    laughs = "".join(f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, 10))
    html = page.article_html(
        extra_body="<p>فقرة أخيرة فيها &ent; و&lol9; ثم تنتهي هنا بعد ذكر الكيانات المعرفة.</p>")
    html = html.replace("<!DOCTYPE html>",
                        f'<!DOCTYPE html [ <!ENTITY ent "EXPANDED"> <!ENTITY lol0 "lol"> {laughs} ]>')
    path = tmp_path / "entities.html"
    path.write_text(html, encoding="utf-8")
    document = load_html(path)
    text = "\n".join(s.text for s in document.segments)
    assert "EXPANDED" not in text and "lollol" not in text
    assert len(text) < 10_000
    assert _segments(document)[: len(ARTICLE)] == ARTICLE


@pytest.mark.parametrize("transfer", ["quoted-printable", "base64"])
def test_mhtml_saved_page(tmp_path, transfer, no_network):
    path = tmp_path / "saved.mhtml"
    path.write_bytes(page.mhtml_bytes(page.article_html(), transfer))
    document = load_html(path)
    assert _segments(document) == ARTICLE
    _assert_no_boilerplate(document)
    assert dict(document.metadata)["author"] == page.AUTHOR


def test_mhtml_without_html_part_is_refused(tmp_path):
    path = tmp_path / "empty.mht"
    path.write_bytes(b'MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="b"\r\n\r\n'
                     b"--b\r\nContent-Type: text/css\r\n\r\nbody{}\r\n--b--\r\n")
    with pytest.raises(DocumentImportError, match="no text/html part"):
        load_html(path)


def test_huge_page_refused_before_reading(tmp_path, monkeypatch):
    path = tmp_path / "huge.html"
    with path.open("wb") as handle:  # sparse: 21 MB on paper, nothing read
        handle.truncate(html_source_import.MAX_HTML_BYTES + 1)
    monkeypatch.setattr(type(path), "read_bytes", lambda self: pytest.fail("read"))
    with pytest.raises(DocumentImportError, match="too large"):
        load_html(path)


@pytest.mark.parametrize("html", [
    "<html><head><script>var a = 1;</script></head><body><nav><a href='/'>الرئيسية</a></nav></body></html>",
    "<html><body></body></html>",
    "\x00\x01\x02 binary junk \xff",
])
def test_page_without_article_is_refused(tmp_path, html):
    path = tmp_path / "empty.html"
    path.write_bytes(html.encode("utf-8", "surrogateescape"))
    with pytest.raises(DocumentImportError):
        load_html(path)


def test_empty_and_missing_files(tmp_path):
    empty = tmp_path / "empty.html"
    empty.write_bytes(b"")
    with pytest.raises(DocumentImportError, match="empty"):
        load_html(empty)
    with pytest.raises(DocumentImportError, match="cannot read"):
        load_html(tmp_path / "missing.html")


def test_deeply_nested_page_is_refused_or_read(tmp_path):
    path = tmp_path / "deep.html"
    path.write_text("<div>" * 100_000 + "<p>نص عميق جدا</p>" + "</div>" * 100_000, encoding="utf-8")
    try:
        document = load_html(path)
    except DocumentImportError:
        return
    assert all("div" not in s.text for s in document.segments)


def test_nested_lists_and_line_breaks(tmp_path):
    body = ("<article><h1>عنوان المقال الرئيسي للاختبار</h1>"
            + "<p>" + "فقرة تمهيدية طويلة بما يكفي لتعدها الأداة نصا رئيسيا في الصفحة. " * 4 + "</p>"
            + "<ul><li>بند أعلى<ul><li>بند داخلي</li></ul></li><li>بند ثان</li></ul>"
            + "<p>سطر أول<br>سطر ثان من الفقرة نفسها مع نص إضافي يكفي للاستخراج.</p></article>")
    path = tmp_path / "lists.html"
    path.write_text(f"<html lang='ar' dir='rtl'><body>{body}</body></html>", encoding="utf-8")
    segments = _segments(load_html(path))
    assert (Kind.LIST_ITEM, "بند أعلى", 1) in segments
    assert (Kind.LIST_ITEM, "بند داخلي", 2) in segments
    assert (Kind.LIST_ITEM, "بند ثان", 1) in segments
    assert (Kind.PARAGRAPH, "سطر أول\nسطر ثان من الفقرة نفسها مع نص إضافي يكفي للاستخراج.", 0) in segments
