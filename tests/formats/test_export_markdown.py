"""Bilingual Markdown: rendered with markdown-it-py, every text must come back literally, in
the block it belongs to, with Arabic inside a right-to-left div."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from tests.formats.test_export_sample import CODE, sample_paragraphs
from workbench.core.errors import ExportError
from workbench.core.model import Kind
from workbench.formats import markdown_escape_export as md
from workbench.formats.markdown_export import export_markdown, render_markdown

# Tokens user text must never produce: emphasis, links, code spans, strikethrough, images.
MARKUP_TOKENS = {"em_open", "strong_open", "link_open", "code_inline", "s_open", "image"}
OUR_INLINE_HTML = re.compile(r'^(<span dir="rtl" lang="ar">|</span>|<br>|<code>|</code>)$')


def parser() -> MarkdownIt:
    return MarkdownIt("commonmark", {"html": True}).enable(["table", "strikethrough"])


def shown(text: str) -> str:
    """The text a reader sees: vertical tab as a line break, blank lines and line-end space gone."""
    lines = (line.strip() for line in text.replace("\x0b", "\n").split("\n"))
    return "\n".join(line for line in lines if line)


def leaves(markdown: str, allow_strong: bool = False) -> list[tuple[tuple[str, ...], str]]:
    """(enclosing blocks, literal text) for each inline run and code block, in order."""
    out: list[tuple[tuple[str, ...], str]] = []
    stack: list[str] = []
    for token in parser().parse(markdown):
        if token.hidden:  # the paragraph inside a tight list item
            continue
        if token.nesting == 1:
            stack.append(token.tag)
        elif token.nesting == -1:
            stack.pop()
        elif token.type == "fence":
            out.append((("pre",), token.content))
        elif token.type == "inline":
            text = []
            for child in token.children or []:
                assert child.type not in MARKUP_TOKENS - ({"strong_open"} if allow_strong else set()), child
                if child.type == "html_inline":
                    assert OUR_INLINE_HTML.match(child.content), child.content
                    text.append("\n" if child.content == "<br>" else "")
                elif child.type in ("hardbreak", "softbreak"):
                    text.append("\n")
                elif child.type == "text":
                    text.append(child.content)
            out.append((tuple(stack), "".join(text)))
    return out


def test_blocks_layout_renders_every_text_literally_in_its_block() -> None:
    paragraphs = sample_paragraphs()
    rendered = leaves(render_markdown(paragraphs, "blocks", title="Water report #1"))
    expected: list[tuple[tuple[str, ...], str]] = [(("h1",), "Water report #1")]
    wrap = {Kind.HEADING: None, Kind.LIST_ITEM: ("ul", "li"), Kind.QUOTE: ("blockquote", "p")}
    for p in paragraphs:
        if p.kind == Kind.CODE:
            expected.append((("pre",), CODE + "\n"))
            continue
        blocks = (f"h{p.level}",) if p.kind == Kind.HEADING else wrap.get(p.kind) or ("p",)
        expected.append((blocks, shown(p.source)))
        if p.target:
            expected.append((blocks, shown(p.target)))
    assert rendered == expected


def test_blocks_layout_puts_arabic_inside_a_rtl_div_and_ids_in_comments() -> None:
    html = parser().render(render_markdown(sample_paragraphs(), "blocks"))
    assert re.search(r'<div dir="rtl" lang="ar">\s*<h1>تقرير عن شبكة المياه</h1>\s*</div>\s*<h1>Report', html)
    assert re.search(r'<div dir="rtl" lang="ar">\s*<ul>\s*<li>تركيب عدادات حديثة</li>', html)
    assert re.search(r"</p>\s*<!-- #142 code -->\s*<pre><code>", html)  # code outside any rtl div
    for p in sample_paragraphs():
        assert f"<!-- #{p.id} " in html
    assert "<script>" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_table_layout_two_columns_text_literal_arabic_right_aligned() -> None:
    markdown = render_markdown(sample_paragraphs(), "table")
    rendered = leaves(markdown, allow_strong=True)
    cells = [text for blocks, text in rendered if blocks[-1] in ("td", "th")]
    expected = ["Arabic", "English"]
    for p in sample_paragraphs():
        expected += [shown(p.source), shown(p.target)]
    code_cell = CODE.replace("    ", "\xa0" * 4)  # indentation survives as no-break spaces
    expected[2 + 2 * 6 : 2 + 2 * 6 + 2] = [code_cell, code_cell]
    assert cells == expected
    html = parser().render(markdown)
    # a span, not a div: pandoc's reader drops a div inside a pipe-table cell
    assert '<td style="text-align:right"><span dir="rtl" lang="ar"><strong>الخطة الجديدة</strong></span></td>' in html
    assert html.count("<tr>") == 1 + len(sample_paragraphs())


def test_target_layout_nests_lists_and_keeps_the_untranslated_source() -> None:
    rendered = leaves(render_markdown(sample_paragraphs(), "target"))
    texts = [text for _, text in rendered]
    assert texts[:3] == ["Report on the water network", texts[1], "The new plan"]
    assert (("ul", "li"), "Replacing pipes in the eastern districts") in rendered
    assert (("ul", "li"), "تركيب عدادات حديثة") in rendered  # untranslated item: its source
    assert (("p",), "لم تترجم هذه الفقرة بعد.") in rendered
    assert (("pre",), CODE + "\n") in rendered
    top, second = sample_paragraphs()[3], replace(sample_paragraphs()[4], target="Second level")
    assert leaves(render_markdown([top, second], "target")) == [
        (("ul", "li"), "Replacing pipes in the eastern districts"),
        (("ul", "li", "ul", "li"), "Second level"),
    ]


def test_export_writes_utf8_file(tmp_path: Path) -> None:
    out = export_markdown(sample_paragraphs(), tmp_path / "out.md", layout="table")
    assert out.read_text(encoding="utf-8") == render_markdown(sample_paragraphs(), "table")
    with pytest.raises(ExportError, match="blocks, table, target"):
        render_markdown(sample_paragraphs(), "columns")


def test_fence_outlasts_backticks_inside_code() -> None:
    code = "a = '```'\nb = '````'"
    (token,) = [t for t in parser().parse(md.fence(code)) if t.type == "fence"]
    assert token.content == code + "\n"


# Characters that start Markdown constructs, mixed with letters, spaces and line breaks.
PIECES = list("\\`*_{}[]<>()#+-.!|~&;=:0123456789 \t\nabقلم؟،") + ["&amp;", "&#65;", "1.", "---", "<b>", "    "]
TEXT = st.lists(st.sampled_from(PIECES), max_size=40).map("".join)


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_any_paragraph_text_renders_literally(text: str) -> None:
    expected = shown(text)
    rendered = leaves(md.escape_paragraph(text))
    assert [t for _, t in rendered] == ([expected] if expected else [])
    assert all(blocks == ("p",) for blocks, _ in rendered)


@settings(max_examples=200, deadline=None)
@given(TEXT, TEXT)
def test_any_heading_and_table_cell_renders_literally(heading: str, cell: str) -> None:
    title = " ".join(line for line in shown(heading).split("\n"))
    if title:
        assert leaves("## " + md.escape_heading(heading)) == [(("h2",), title)]
    table = f"| a | b |\n| --- | --- |\n| {md.escape_cell(cell)} | x |"
    cells = [text for blocks, text in leaves(table) if blocks[-1] == "td"]
    assert cells == [shown(cell), "x"]
