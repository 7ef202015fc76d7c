"""`workbench export --layout translated` for ODT, HTML and Markdown sources (issue 15): each
comes back in English in its own format, the command counts what is still Arabic, and asking
for another format, or a name with another extension, is a clear error with nothing written."""

from __future__ import annotations

import json
import zipfile

import lxml.html
import pytest

from tests.cli.support import run
from tests.fixtures import news_pages as page
from tests.fixtures.odt_files import content_xml, odt_bytes

pytestmark = pytest.mark.timeout(120)
MARKDOWN = ("# دليل **الري**\n\nاسق النبات [كل صباح](https://example.org/water) باعتدال.\n\n"
            "- الطماطم\n  - الكرز الصغير\n\n> الماء سر الحياة\n\n```\nlitres = 2\n```\n\nفقرة أخيرة.\n")


def _project(tmp_path, capsys, name: str, data: bytes | str):
    source = tmp_path / name
    source.write_bytes(data) if isinstance(data, bytes) else source.write_text(data, encoding="utf-8")
    project = tmp_path / "p.wbproj"
    assert run(capsys, "new", project)[0] == 0
    code, _, err = run(capsys, "import", source, "-p", project)
    assert code == 0, err
    return project


def _rows(capsys, project) -> list[dict]:
    code, out, _ = run(capsys, "show", project, "--format", "json")
    assert code == 0
    return json.loads(out)


def _edit(capsys, project, number: int, text: str) -> None:
    code, _, err = run(capsys, "edit", project, number, text)
    assert code == 0, err


def test_markdown_comes_back_as_english_markdown(tmp_path, capsys, home):
    project = _project(tmp_path, capsys, "guide.md", MARKDOWN)
    rows = _rows(capsys, project)
    assert [r["kind"] for r in rows] == ["heading", "paragraph", "list_item", "list_item", "quote",
                                         "code", "paragraph"]
    _edit(capsys, project, 1, "A guide to {1}watering{/1}")
    _edit(capsys, project, 2, "Water the plant {1}every morning{/1}, in moderation.")
    _edit(capsys, project, 3, "Tomatoes")
    _edit(capsys, project, 4, "Cherry tomatoes")
    _edit(capsys, project, 5, "Water is the secret of life")
    out = tmp_path / "guide-en.md"
    code, printed, err = run(capsys, "export", project, "--format", "md", "--layout", "translated",
                             "-o", out)
    assert code == 0, err
    assert "5 paragraphs in English; 1 not translated yet" in printed
    assert out.read_text(encoding="utf-8") == (
        "# A guide to **watering**\n\n"
        "Water the plant [every morning](https://example.org/water), in moderation.\n\n"
        "- Tomatoes\n  - Cherry tomatoes\n\n> Water is the secret of life\n\n"
        "```\nlitres = 2\n```\n\n"
        "فقرة أخيرة.\n")  # rebuilt from the kept file: what has no English stays as written


def test_markdown_keeps_front_matter_and_the_numbers_of_a_list(tmp_path, capsys, home):
    source = "---\ntitle: دليل\n---\n\n3. أولا\n4. ثانيا\n"
    project = _project(tmp_path, capsys, "list.md", source)
    rows = _rows(capsys, project)
    numbers = [r["number"] for r in rows if r["kind"] == "list_item"]
    _edit(capsys, project, numbers[0], "First")
    _edit(capsys, project, numbers[1], "Second")
    out = tmp_path / "list-en.md"
    assert run(capsys, "export", project, "--format", "md", "--layout", "translated", "-o", out)[0] == 0
    assert out.read_text(encoding="utf-8") == "---\ntitle: دليل\n---\n\n3. First\n4. Second\n"


def test_a_web_page_comes_back_as_an_english_page(tmp_path, capsys, home):
    project = _project(tmp_path, capsys, "article.html", page.article_html())
    rows = _rows(capsys, project)
    assert rows[0]["source"] == page.TITLE
    _edit(capsys, project, 1, "Government announces a new plan for public transport")
    _edit(capsys, project, 2, "The government announced a comprehensive plan this morning.")
    cells = [n for n, r in enumerate(rows, 1) if r["kind"] == "table_cell"]
    _edit(capsys, project, cells[0], "City")
    out = tmp_path / "article-en.html"
    code, printed, err = run(capsys, "export", project, "--format", "html", "--layout", "translated",
                             "-o", out)
    assert code == 0, err
    assert f"3 paragraphs in English; {len(rows) - 3} not translated yet" in printed
    html = lxml.html.parse(str(out)).getroot()
    assert html.get("lang") == "en" and html.get("dir") == "ltr"
    assert html.findtext("head/title") == "Government announces a new plan for public transport"
    article = html.find("body/article")
    assert article.findtext("h1") == "Government announces a new plan for public transport"
    assert article.find("p").text == "The government announced a comprehensive plan this morning."
    assert article.find("p[2]").get("dir") == "rtl"  # still Arabic
    assert [li.text for li in article.findall("ul/li")] == list(page.LIST_ITEMS)
    assert article.find("table//td/p").text == "City"
    assert article.find("blockquote").get("dir") == "rtl" and article.findtext("blockquote/p") == page.QUOTE


def test_an_odt_comes_back_as_an_english_odt_and_the_format_is_checked(tmp_path, capsys, home):
    body = ('<text:h text:outline-level="2">موعد الاجتماع</text:h>'
            '<text:p>يعقد المجلس <text:a xlink:href="https://example.org/m">اجتماعه</text:a> غدا.</text:p>'
            "<text:p>فقرة باقية بالعربية.</text:p>")
    project = _project(tmp_path, capsys, "minutes.odt", odt_bytes({"content.xml": content_xml(body)}))
    _edit(capsys, project, 1, "Meeting time")
    _edit(capsys, project, 2, "The council holds {1}its meeting{/1} tomorrow.")
    out = tmp_path / "minutes-en.odt"
    code, printed, err = run(capsys, "export", project, "--format", "odt", "-o", out)  # the one layout
    assert code == 0, err
    assert "2 paragraphs in English; 1 not translated yet" in printed
    with zipfile.ZipFile(out) as archive:
        assert archive.infolist()[0].filename == "mimetype"
        content = archive.read("content.xml").decode("utf-8")
    assert ">Meeting time</text:h>" in content and "فقرة باقية بالعربية." in content
    assert 'xlink:href="https://example.org/m">its meeting</text:a>' in content

    code, _, err = run(capsys, "export", project, "--format", "html", "--layout", "translated",
                       "-o", tmp_path / "minutes.html")
    assert code == 2 and "imported as odt, so its translated layout is --format odt" in err
    code, _, err = run(capsys, "export", project, "--format", "odt", "-o", tmp_path / "minutes.txt")
    assert code == 2 and "*.odt" in err and "--force" in err
    code, _, err = run(capsys, "export", project, "--format", "txt", "--layout", "translated",
                       "-o", tmp_path / "minutes-en.txt")
    assert code == 2 and "the layouts of txt are: target" in err
    assert not (tmp_path / "minutes.html").exists() and not (tmp_path / "minutes.txt").exists()


def test_a_text_document_has_no_translated_layout(tmp_path, capsys, home):
    project = _project(tmp_path, capsys, "note.txt", "ملاحظة قصيرة.\n")
    code, _, err = run(capsys, "export", project, "--format", "md", "--layout", "translated",
                       "-o", tmp_path / "note.md")
    assert code == 2 and "imported as txt, which has no translated layout" in err
