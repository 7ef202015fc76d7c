"""The translated Markdown (issue 15): a Markdown source's paragraphs as English Markdown, read
by pandoc's Markdown and GFM readers and by markdown-it: the same headings, nested lists, quote
and code block (unchanged), the tags' formatting, the untranslated paragraph kept Arabic inside
a right-to-left span, and text that looks like markup rendered as written."""

from __future__ import annotations

import shutil
import subprocess

import lxml.html
import pytest
from markdown_it import MarkdownIt

from workbench.core import inline
from workbench.core.model import Kind, Paragraph, Status
from workbench.formats.md_translated_export import export_md

PANDOC = shutil.which("pandoc")
CODE = "def total(x):\n    return x * 2  # `not` *markup*"
MARKS = (inline.Mark(1, "b", 0, 3), inline.Mark(2, "i", 4, 8),
         inline.Mark(3, "link", 9, 12, "https://example.org/a b(c)"), inline.Mark(4, "code", 13, 15),
         inline.Mark(5, "s", 16, 18), inline.Mark(6, "u", 19, 20),
         inline.Mark(7, "sup", 21, 22), inline.Mark(8, "link", 23, 25, "javascript:alert(1)"))
ROWS = [  # kind, level, source, target, marks
    (Kind.HEADING, 1, "دليل البستاني", "The Gardener's Guide", ()),
    (Kind.PARAGRAPH, 0, "نص بتنسيقات كثيرة جدا جدا",
     "Water {1}daily{/1}, {2}never{/2} at noon; see {3}the chart{/3}, run {4}a*b_c{/4}, "
     "{5}old advice{/5}, {6}note{/6}, m{7}2{/7} and {8}this{/8}.", MARKS),
    (Kind.HEADING, 2, "الأدوات", "Tools #1 ##", ()),
    (Kind.LIST_ITEM, 1, "مجرفة", "A spade", ()),
    (Kind.LIST_ITEM, 2, "مجرفة صغيرة", "A small spade", ()),
    (Kind.LIST_ITEM, 1, "مقص", "1. Shears -- sharp", ()),
    (Kind.QUOTE, 0, "«التربة حياة»", "“Soil is life”\nsaid the old gardener", ()),
    (Kind.CODE, 0, CODE, "", ()),
    (Kind.PARAGRAPH, 0, "فقرة لم تترجم *بعد*", "", ()),
    (Kind.PARAGRAPH, 0, "نص", "<script>alert(1)</script> # [x](y) *not emphasis* | pipe", ()),
]


def _paragraphs() -> list[Paragraph]:
    out = []
    for n, (kind, level, source, target, marks) in enumerate(ROWS):
        target = inline.from_visible(target, [m.number for m in marks])
        out.append(Paragraph(id=n + 1, document_id=1, position=n, kind=kind, source=source,
                             target=target, level=level, marks=marks, translatable=kind != Kind.CODE,
                             status=Status.EDITED if target else Status.UNTRANSLATED))
    return out


def _pandoc(reader: str):
    def render(text: str) -> str:
        if PANDOC is None:
            pytest.skip("pandoc is not installed")
        return subprocess.run([PANDOC, "-f", reader, "-t", "html", "--wrap=none"], input=text,
                              capture_output=True, text=True, check=True, timeout=60).stdout
    return render


RENDERERS = {"pandoc-markdown": _pandoc("markdown"), "pandoc-gfm": _pandoc("gfm"),
             "markdown-it": lambda text: MarkdownIt("gfm-like", {"linkify": False}).render(text)}


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    report = export_md(_paragraphs(), tmp_path_factory.mktemp("md") / "guide-en.md")
    return report, report.path.read_text(encoding="utf-8")


@pytest.mark.parametrize("renderer", sorted(RENDERERS))
def test_each_renderer_reads_the_same_english_document(written, renderer):
    report, markdown = written
    assert (report.translated, report.untranslated) == (8, 1)
    page = lxml.html.fromstring(f"<div>{RENDERERS[renderer](markdown)}</div>")
    assert [e.tag for e in page] == ["h1", "p", "h2", "ul", "blockquote", "pre", "p", "p"]
    assert page.find("h1").text_content() == "The Gardener's Guide"
    assert page.find("h2").text_content() == "Tools #1 ##"
    p = page.find("p")
    assert p.find("strong").text == "daily" and p.find("em").text == "never"
    assert p.find(".//code").text == "a*b_c"
    assert p.find(".//u").text == "note" and p.find(".//sup").text == "2"
    assert p.find(".//del") is not None or p.find(".//s") is not None
    links = p.findall(".//a")
    assert len(links) == 1 and links[0].text_content() == "the chart"
    assert links[0].get("href") in ("https://example.org/a%20b%28c%29", "https://example.org/a%20b(c)")
    assert p.text_content() == ("Water daily, never at noon; see the chart, run a*b_c, old advice, "
                                "note, m2 and this.")
    top = page.find("ul")
    assert [li.text_content().strip() for li in top.findall("li")][1] == "1. Shears -- sharp"
    assert top.find("li/ul/li").text_content().strip() == "A small spade"
    quote = page.find("blockquote")
    assert quote.text_content().split() == "“Soil is life” said the old gardener".split()
    assert quote.find(".//br") is not None
    assert page.find("pre/code").text.rstrip("\n") == CODE
    waiting = page.findall("p")[1].find("span")
    assert (waiting.get("dir"), waiting.get("lang")) == ("rtl", "ar")
    assert waiting.text_content() == "فقرة لم تترجم *بعد*"  # the source's text, as written
    hostile = page.findall("p")[2]
    assert page.find(".//script") is None and hostile.find("em") is None and hostile.find("a") is None
    assert hostile.text_content() == "<script>alert(1)</script> # [x](y) *not emphasis* | pipe"


def test_the_file_is_tight_lists_and_blocks_apart(written):
    _, markdown = written
    assert "- A spade\n  - A small spade\n- 1\\. Shears" in markdown
    assert markdown.endswith("\n") and "\n\n\n" not in markdown
