"""Markdown exports as other tools read them: pandoc's default Markdown reader, pandoc's GFM
reader and markdown-it (CommonMark + GFM tables). Each rendering is parsed as HTML; every
Arabic and English text must come back as written, Arabic inside an element with dir="rtl"."""

from __future__ import annotations

import random
import shutil
import subprocess

import lxml.html
import pytest
from markdown_it import MarkdownIt

from workbench.core.model import Kind, Paragraph, Status
from workbench.formats import prepare_export as prep
from workbench.formats.markdown_export import render_markdown

PANDOC = shutil.which("pandoc")
BREAK = "\u2028"  # stands for a <br> while the HTML's text is compared
BLOCKS = ("h1", "h2", "h3", "h4", "h5", "h6", "p", "li", "pre")


def _markdown_it(text: str) -> str:
    return MarkdownIt("gfm-like", {"linkify": False}).render(text)


def _pandoc(reader: str):
    def render(text: str) -> str:
        if PANDOC is None:
            pytest.skip("pandoc is not installed")
        done = subprocess.run([PANDOC, "-f", reader, "-t", "html", "--wrap=none"], input=text,
                              capture_output=True, text=True, check=True, timeout=60)
        return done.stdout
    return render


RENDERERS = {"pandoc-markdown": _pandoc("markdown"), "pandoc-gfm": _pandoc("gfm"),
             "markdown-it": _markdown_it}


def paragraphs() -> list[Paragraph]:
    rows = [
        (Kind.HEADING, "تقرير اللجنة | الجزء ١ {#x}", "Committee report | part 1 {#x}", 1, ""),
        (Kind.PARAGRAPH, "قال الوزير إن *الخطة* ستنفذ على مرحلتين | الأولى هذا العام.",
         "The minister said the *plan* will be carried out in two phases | the first this year.", 0,
         "check the *date*"),
        (Kind.LIST_ITEM, "بند: تحسين الطرق -- قريبا...", "Item: improving the roads -- soon...", 1, ""),
        (Kind.PARAGRAPH, "لم يترجم هذا النص بعد.", "", 0, ""),
        (Kind.PARAGRAPH, "السعر $5 أو $س$ و2^10^ و@الوزارة و\\ و&amp; و<b>غامق</b>",
         "it's \"quoted\" -- costs $x$ ... @smith 2^10^ H~2~O :smile: &amp; <b>bold</b> a\\b", 0, ""),
        (Kind.PARAGRAPH, "# ليس عنوانا\n: ليس تعريفا\n% ليس عنوان وثيقة\n(1) ليس قائمة",
         "a) not a list\n(1) nor this\n: no definition\n% no title\ni. no roman list\n---", 0, ""),
        (Kind.QUOTE, "«الماء أساس الحياة» | قال", "“Water is the basis of life” | he said", 0, ""),
        (Kind.CODE, "x = 1  # `keep` | *this*", "", 0, ""),
        (Kind.HEADING, "عنوان فرعي ##", "A subheading ##", 2, ""),
    ]
    return [Paragraph(id=10 + i, document_id=1, position=i, kind=kind, source=source,
                      target=target, level=level, comment=comment, translatable=kind != Kind.CODE,
                      status=Status.EDITED if target else Status.UNTRANSLATED)
            for i, (kind, source, target, level, comment) in enumerate(rows)]


def normal(text: str) -> str:
    """Text as a reader compares it: line by line, runs of white space as one space."""
    lines = (" ".join(line.split()) for line in text.replace("\x0b", "\n").replace(BREAK, "\n").split("\n"))
    return "\n".join(line for line in lines if line)


def parse(html: str):
    root = lxml.html.fragment_fromstring(html, create_parent="div")
    for br in root.iter("br"):
        br.tail = BREAK + (br.tail or "")
    return root


def rtl(element) -> bool:
    return any(e.get("dir") == "rtl" for e in element.iterancestors()) or element.get("dir") == "rtl"


def leaf_blocks(root) -> list:
    """The innermost text blocks in document order (a <p> inside an <li> stands for it)."""
    found = [e for e in root.iter(*BLOCKS)]
    return [e for e in found if not any(d is not e and d.tag in BLOCKS for d in e.iter(*BLOCKS))]


def expected_blocks(items: list[Paragraph], layout: str) -> list[str]:
    """What each block shows, in order (a heading holds one line)."""
    texts: list[str] = []
    for p in items:
        shown = [prep.target_only_text(p)[0]] if layout == "target" else [p.source, p.target]
        one_line = p.kind == Kind.HEADING
        texts += [" ".join(normal(t).split("\n")) if one_line else normal(t) for t in shown if t]
        if p.comment:
            texts.append(normal("Comment: " + p.comment))
    return texts


@pytest.mark.parametrize("renderer", RENDERERS)
@pytest.mark.parametrize("layout", ["blocks", "target"])
def test_block_layouts_show_every_text_and_arabic_right_to_left(renderer: str, layout: str) -> None:
    items = paragraphs()
    root = parse(RENDERERS[renderer](render_markdown(items, layout, title="تقرير | report")))
    blocks = leaf_blocks(root)
    assert [normal(e.text_content()) for e in blocks] == ["تقرير | report", *expected_blocks(items, layout)]
    assert [e.tag for e in blocks][1:3] == ["h1", "h1"] if layout == "blocks" else True
    assert root.xpath("//ul/li") and root.xpath("//blockquote") and root.xpath("//pre")
    for element in blocks:
        assert rtl(element) == prep.starts_rtl(element.text_content()), element.text_content()


@pytest.mark.parametrize("renderer", RENDERERS)
def test_table_layout_shows_every_cell_and_arabic_cells_right_to_left(renderer: str) -> None:
    items = paragraphs()
    root = parse(RENDERERS[renderer](render_markdown(items, "table")))
    rows = root.xpath("//tr")
    assert len(rows) == 1 + len(items)
    assert [normal(c.text_content()) for c in rows[0]] == ["Arabic", "English", "Comment"]
    for row, p in zip(rows[1:], items):
        cells = list(row)
        assert [normal(c.text_content()) for c in cells] == [
            normal(prep.bilingual_target(p) if p.kind == Kind.CODE else p.source),
            normal(prep.bilingual_target(p)), normal(p.comment)]
        source = cells[0]
        if p.kind != Kind.CODE:  # the whole Arabic text sits in one right-to-left element
            (span,) = source.xpath(".//*[@dir='rtl']")
            assert normal(span.text_content()) == normal(p.source)
        assert not cells[1].xpath(".//*[@dir='rtl']")
    assert not root.xpath("//td//div")  # pandoc drops a div in a pipe-table cell


def test_pandoc_reads_a_title_like_first_line_as_text() -> None:
    item = Paragraph(id=1, document_id=1, position=0, kind=Kind.PARAGRAPH, source="% ليس عنوانا",
                     target="% not a title block", status=Status.EDITED)
    for renderer in RENDERERS.values():
        for layout in ("blocks", "target", "table"):
            text = normal(parse(renderer(render_markdown([item], layout))).text_content())
            assert "% not a title block" in text


PIECES = list("\\`*_{}[]<>()#+-.!|~&;=:$^@\"'%0123456789 \n abiقلم؟،") + [
    "&amp;", "&#65;", "1.", "a)", "--", "...", ":smile:", "<b>", "    ", "{#id}", "(@)", "$x$"]


@pytest.mark.parametrize("renderer", RENDERERS)
def test_random_texts_render_literally_in_every_layout(renderer: str) -> None:
    """Many random texts made of markup characters, rendered once per layout."""
    chance = random.Random(15)
    kinds = [Kind.PARAGRAPH, Kind.HEADING, Kind.LIST_ITEM, Kind.QUOTE]
    items = []
    for i in range(120):
        text = "".join(chance.choice(PIECES) for _ in range(chance.randint(1, 30)))
        if not normal(text):
            continue
        kind = kinds[i % len(kinds)]
        source = "عربي " + text  # starts right-to-left: Arabic
        items.append(Paragraph(id=i, document_id=1, position=i, kind=kind, source=source,
                               target="English " + text, level=1, status=Status.EDITED))
    for layout in ("blocks", "target"):
        blocks = leaf_blocks(parse(RENDERERS[renderer](render_markdown(items, layout))))
        assert [normal(e.text_content()) for e in blocks] == expected_blocks(items, layout)
        assert all(rtl(e) == prep.starts_rtl(e.text_content()) for e in blocks)
    rows = parse(RENDERERS[renderer](render_markdown(items, "table"))).xpath("//tr")[1:]
    assert [[normal(c.text_content()) for c in row] for row in rows] == \
        [[normal(p.source), normal(p.target)] for p in items]


def test_markdown_it_commonmark_with_tables_too() -> None:
    root = parse(MarkdownIt("commonmark").enable("table").render(render_markdown(paragraphs(), "table")))
    assert normal(root.xpath("//tr")[2][0].text_content()) == normal(paragraphs()[1].source)
