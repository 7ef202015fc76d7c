"""Markdown import with markdown-it-py (CommonMark plus tables).

- headings -> HEADING (level 1-6); paragraphs -> PARAGRAPH; paragraphs inside list items ->
  LIST_ITEM with level = list nesting depth (1 = top); inside block quotes -> QUOTE (the innermost
  container decides); every non-empty table cell, header cells too -> TABLE_CELL;
- fenced and indented code blocks -> CODE, translatable=False, text kept verbatim;
- YAML front matter (a leading "---" ... "---" block) -> CODE, translatable=False;
- inline markup becomes the segment's marks over its plain text (the markup characters are not
  kept): **strong**/__strong__ -> b, *em*/_em_ -> i, `code` -> code, ~~strike~~ -> s (when the
  parser has the strikethrough rule on), [text](url) and <url> -> link (the address as
  markdown-it normalized it), inline <b> <strong> <i> <em> <u> <s> <del> <sup> <sub> tags ->
  their styles; an escaped character (\\*) stays a literal one; an image gives its alt text;
  a soft line break is a space, a hard break a newline;
- HTML blocks: their text is taken (tags dropped, entities decoded, block tags and <br> split
  paragraphs; the code of a closed script/style element skipped), because Arabic Markdown often
  wraps text in <div dir="rtl"> - our own bilingual export does - and skipping it would lose that
  text. HTML comments yield nothing. A script/style left open inside a block keeps the rest of
  the block as text;
- nothing else is dropped: text nested deeper than markdown-it's limit and the rest of a document
  after an unclosed <script>/<style>/<pre>/<textarea> are kept (import_md_guards), with a warning;
- the text is parsed in windows (import_md_windows), so a huge table costs bounded memory.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

from workbench.core.errors import DocumentImportError
from workbench.core.model import Kind, SourceDocument
from workbench.formats import import_limits
from workbench.formats.import_common import MAX_TEXT_BYTES, SegmentCollector, read_limited
from workbench.formats.import_decode import decode_text
from workbench.formats.import_md_windows import markdown_tokens
from workbench.formats.inline_import import InlineText

_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?\r?\n)---[ \t]*(?:\r?\n|\Z)", re.DOTALL)
_BREAK_TAGS = {"br", "p", "div", "li", "tr", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6",
               "blockquote", "section", "article", "ul", "ol", "table", "pre", "hr"}


def load_markdown(path: Path) -> SourceDocument:
    """Import a Markdown file (decoded like plain text). Raises DocumentImportError."""
    path = Path(path)
    text, encoding = decode_text(read_limited(path, MAX_TEXT_BYTES), path)
    out = SegmentCollector(path)
    offset = 0
    if match := _FRONT_MATTER.match(text):
        out.add(Kind.CODE, match.group(1), translatable=False)
        offset = text.count("\n", 0, match.end())
        text = text[match.end():]
    tokens = markdown_tokens(text, out.notes, offset)
    containers: list[str] = []  # open list items / quotes, innermost last
    heading_level = 0
    list_depth = 0
    in_cell = False
    lines = offset + text.count("\n") + (not text.endswith("\n"))
    line = 0
    for token in tokens:
        if out.total > import_limits.MAX_PARAGRAPHS:  # stop here: the rest would only be counted
            raise DocumentImportError(path, import_limits.paragraphs_past_limit(line, lines))
        if token.map:
            line = token.map[0] + 1 + offset
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
            where = f"line {token.map[0] + 1 + offset}: " if token.map else ""
            for chunk in _html_text(token.content, out.notes, where):
                out.add(container, chunk, level)
        elif kind == "inline":
            inline = _inline_text(token.children or [])
            if heading_level:
                out.add_inline(Kind.HEADING, inline, heading_level)
            elif in_cell:
                out.add_inline(Kind.TABLE_CELL, inline)
            else:
                container, level = _container_kind(containers, list_depth)
                out.add_inline(container, inline, level)
    return out.document("md", encoding)


def _container_kind(containers: list[str], list_depth: int) -> tuple[Kind, int]:
    if not containers:
        return Kind.PARAGRAPH, 0
    if containers[-1] == "blockquote_open":
        return Kind.QUOTE, 0
    return Kind.LIST_ITEM, list_depth


_TOKEN_STYLES = {"strong": "b", "em": "i", "s": "s"}
_HTML_STYLES = {"b": "b", "strong": "b", "i": "i", "em": "i", "u": "u", "s": "s", "del": "s",
                "strike": "s", "sup": "sup", "sub": "sub"}
_HTML_TAG = re.compile(r"^<(/?)([a-z]+)\s*>$", re.IGNORECASE)


def _inline_text(children) -> InlineText:
    """One block's inline tokens as text with marks (see the module docstring)."""
    pieces = InlineText()
    styles: list[str] = []  # open styles, innermost last (a style opened twice counts once)
    links: list[str] = []  # open link addresses, innermost last

    def add(text: str, *extra: str) -> None:
        pieces.text(text, {*styles, *extra}, links[-1] if links else "")

    for child in children:
        kind = child.type
        if kind in ("text", "text_special"):
            add(child.content)
        elif kind == "code_inline":
            add(child.content, "code")
        elif kind == "image":
            add(child.content)  # the alt text
        elif kind == "softbreak":
            add(" ")
        elif kind == "hardbreak":
            add("\n")
        elif kind.endswith("_open") and kind[:-5] in _TOKEN_STYLES:
            styles.append(_TOKEN_STYLES[kind[:-5]])
        elif kind.endswith("_close") and kind[:-6] in _TOKEN_STYLES:
            _close(styles, _TOKEN_STYLES[kind[:-6]])
        elif kind == "link_open":
            links.append(str(child.attrs.get("href") or ""))
        elif kind == "link_close" and links:
            links.pop()
        elif kind == "html_inline":
            if re.match(r"<br\s*/?>", child.content, re.IGNORECASE):
                add("\n")
            elif (tag := _HTML_TAG.match(child.content)) and (style := _HTML_STYLES.get(tag.group(2).lower())):
                if tag.group(1):
                    _close(styles, style)
                else:
                    styles.append(style)
    return pieces


def _close(styles: list[str], style: str) -> None:
    """Close the innermost open `style` (an unmatched closing tag closes nothing)."""
    for index in range(len(styles) - 1, -1, -1):
        if styles[index] == style:
            del styles[index]
            return


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


def _html_text(html: str, notes: list[str] | None = None, where: str = "") -> list[str]:
    chunks: list[list[str]] = []
    while html:
        parser = _TextOfHtml()
        parser.feed(html)
        parser.close()
        chunks += parser.chunks
        # a <script>/<style> never closed: HTMLParser holds back the rest of the block unread;
        # read it again as HTML so its text is kept (each round consumes at least the open tag)
        html = parser.rawdata if parser.cdata_elem is not None else ""
        if html and notes is not None:
            notes.append(f"{where}<{parser.cdata_elem}> is never closed; what follows it in its "
                         "HTML block was imported as text")
    texts = (" ".join("".join(chunk).split()) for chunk in chunks)
    return [text for text in texts if text]
