"""Markdown import with markdown-it-py (CommonMark plus tables).

- headings -> HEADING (level 1-6); paragraphs -> PARAGRAPH; paragraphs inside list items ->
  LIST_ITEM with level = list nesting depth (1 = top); inside block quotes -> QUOTE (the innermost
  container decides); every non-empty table cell, header cells too -> TABLE_CELL;
- fenced and indented code blocks -> CODE, translatable=False, text kept verbatim;
- YAML front matter (a leading "---" ... "---" block) -> CODE, translatable=False;
- inline markup is dropped and its text kept: emphasis, link text (not the URL), inline code,
  image alt text; a soft line break is a space, a hard break a newline;
- HTML blocks: their text is taken (tags dropped, entities decoded, block tags and <br> split
  paragraphs; script/style skipped), because Arabic Markdown often wraps text in
  <div dir="rtl"> - our own bilingual export does - and skipping it would lose that text.
  HTML comments yield nothing.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

from workbench.core.model import Kind, SourceDocument
from workbench.formats.import_common import MAX_TEXT_BYTES, SegmentCollector, read_limited
from workbench.formats.import_decode import decode_text

_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?\r?\n)---[ \t]*(?:\r?\n|\Z)", re.DOTALL)
_BREAK_TAGS = {"br", "p", "div", "li", "tr", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6",
               "blockquote", "section", "article", "ul", "ol", "table", "pre", "hr"}


def load_markdown(path: Path) -> SourceDocument:
    """Import a Markdown file (decoded like plain text). Raises DocumentImportError."""
    from markdown_it import MarkdownIt

    path = Path(path)
    text, encoding = decode_text(read_limited(path, MAX_TEXT_BYTES), path)
    out = SegmentCollector(path)
    if match := _FRONT_MATTER.match(text):
        out.add(Kind.CODE, match.group(1), translatable=False)
        text = text[match.end():]
    tokens = MarkdownIt("commonmark").enable("table").parse(text)
    containers: list[str] = []  # open list items / quotes, innermost last
    heading_level = 0
    list_depth = 0
    in_cell = False
    for token in tokens:
        kind = token.type
        if kind in ("bullet_list_open", "ordered_list_open"):
            list_depth += 1
        elif kind in ("bullet_list_close", "ordered_list_close"):
            list_depth -= 1
        elif kind in ("list_item_open", "blockquote_open"):
            containers.append(kind)
        elif kind in ("list_item_close", "blockquote_close"):
            containers.pop()
        elif kind == "heading_open":
            heading_level = int(token.tag[1:])
        elif kind == "heading_close":
            heading_level = 0
        elif kind in ("th_open", "td_open"):
            in_cell = True
        elif kind in ("th_close", "td_close"):
            in_cell = False
        elif kind in ("fence", "code_block"):
            out.add(Kind.CODE, token.content, translatable=False)
        elif kind == "html_block":
            container, level = _container_kind(containers, list_depth)
            for chunk in _html_text(token.content):
                out.add(container, chunk, level)
        elif kind == "inline":
            inline = _inline_text(token.children or [])
            if heading_level:
                out.add(Kind.HEADING, inline, heading_level)
            elif in_cell:
                out.add(Kind.TABLE_CELL, inline)
            else:
                container, level = _container_kind(containers, list_depth)
                out.add(container, inline, level)
    return out.document("md", encoding)


def _container_kind(containers: list[str], list_depth: int) -> tuple[Kind, int]:
    if not containers:
        return Kind.PARAGRAPH, 0
    if containers[-1] == "blockquote_open":
        return Kind.QUOTE, 0
    return Kind.LIST_ITEM, list_depth


def _inline_text(children) -> str:
    parts: list[str] = []
    for child in children:
        if child.type in ("text", "code_inline", "text_special"):
            parts.append(child.content)
        elif child.type == "image":
            parts.append(child.content)  # the alt text
        elif child.type == "softbreak":
            parts.append(" ")
        elif child.type == "hardbreak":
            parts.append("\n")
        elif child.type == "html_inline" and re.match(r"<br\s*/?>", child.content, re.IGNORECASE):
            parts.append("\n")
    return "".join(parts)


class _TextOfHtml(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.chunks: list[list[str]] = [[]]
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self._skip += 1
        elif tag in _BREAK_TAGS:
            self.chunks.append([])

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self._skip = max(0, self._skip - 1)
        elif tag in _BREAK_TAGS:
            self.chunks.append([])

    def handle_data(self, data):
        if not self._skip:
            self.chunks[-1].append(data)


def _html_text(html: str) -> list[str]:
    parser = _TextOfHtml()
    parser.feed(html)
    parser.close()
    texts = (" ".join("".join(chunk).split()) for chunk in parser.chunks)
    return [text for text in texts if text]
