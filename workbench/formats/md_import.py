"""Markdown import with markdown-it-py (CommonMark plus tables).

- headings -> HEADING (level 1-6); paragraphs -> PARAGRAPH; paragraphs inside list items ->
  LIST_ITEM with level = list nesting depth (1 = top); inside block quotes -> QUOTE (the innermost
  container decides); every non-empty table cell, header cells too -> TABLE_CELL;
- fenced and indented code blocks -> CODE, translatable=False, text kept verbatim;
- front matter (a leading "---" ... "---" YAML block or "+++" ... "+++" TOML block) -> CODE,
  translatable=False (the translated Markdown writes it back as it was);
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
The file's bytes are kept (SourceDocument.original): the translated Markdown
(md_translated_export) runs this same walk over them, told where each segment came from
(`walk`'s `at`), and writes the English into the source's own lines, so ordered lists, tables,
nested quotes, HTML and link definitions keep their shape.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from html.parser import HTMLParser
from pathlib import Path

from workbench.core.errors import DocumentImportError
from workbench.core.model import Kind, SourceDocument
from workbench.formats import import_limits
from workbench.formats.import_common import MAX_TEXT_BYTES, SegmentCollector, read_limited
from workbench.formats.import_decode import decode_text
from workbench.formats.import_md_windows import markdown_tokens
from workbench.formats.inline_import import InlineText

# YAML closes with "---" (or YAML's own "..."), TOML with "+++"
_FRONT_MATTER = re.compile(r"\A(?:(---)|\+\+\+)[ \t]*\r?\n(.*?\r?\n)"
                           r"(?(1)(?:---|\.\.\.)|\+\+\+)[ \t]*(?:\r?\n|\Z)", re.DOTALL)
_BREAK_TAGS = {"br", "p", "div", "li", "tr", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6",
               "blockquote", "section", "article", "ul", "ol", "table", "pre", "hr"}


def load_markdown(path: Path) -> SourceDocument:
    """Import a Markdown file (decoded like plain text). Raises DocumentImportError."""
    path = Path(path)
    data = read_limited(path, MAX_TEXT_BYTES)
    text, encoding = decode_text(data, path)
    out = SegmentCollector(path)
    walk(text, out)
    return dataclasses.replace(out.document("md", encoding), original=data)


def front_matter(text: str) -> str:
    """The YAML (---) or TOML (+++) front matter `text` starts with, its closing line and line
    end included, exactly as written; "" when there is none."""
    match = _FRONT_MATTER.match(text)
    return match.group(0) if match else ""


def walk(text: str, out: SegmentCollector, at: Callable[[tuple], None] | None = None) -> None:
    """Add the segments of Markdown `text` to `out`, in order. `at(place)` is told, before each
    add, where the text comes from: ("front",); (opener type, its markup, [first line, end
    line), cell) for a heading, paragraph or table cell (cell: its column, else -1), or a
    code block (cell -1); ("html_block", "", [first, end), chunk, the block's content), the
    block itself first with chunk -1 -
    lines of the text after the front matter, with its line ends made "\\n"."""
    at = at or (lambda place: None)
    offset = 0
    if front := front_matter(text):
        at(("front",))
        out.add(Kind.CODE, _FRONT_MATTER.match(front).group(2), translatable=False)
        offset = text.count("\n", 0, len(front))
        text = text[len(front):]
    tokens = markdown_tokens(text, out.notes, offset)
    containers: list[str] = []  # open list items / quotes, innermost last
    heading_level = 0
    list_depth = 0
    in_cell = False
    opener, cell = None, -1
    lines = offset + text.count("\n") + (not text.endswith("\n"))
    line = 0
    for token in tokens:
        if out.total > import_limits.MAX_PARAGRAPHS:  # stop here: the rest would only be counted
            raise DocumentImportError(out.path, import_limits.paragraphs_past_limit(line, lines))
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
        elif kind == "tr_open":
            cell = -1
        elif kind in ("th_open", "td_open"):
            in_cell = True
            cell += 1
        elif kind in ("th_close", "td_close"):
            in_cell = False
        elif kind in ("fence", "code_block"):
            at((kind, token.markup, token.map, -1))
            out.add(Kind.CODE, token.content, translatable=False)
        elif kind == "html_block":
            container, level = _container_kind(containers, list_depth)
            where = f"line {token.map[0] + 1 + offset}: " if token.map else ""
            at((kind, "", token.map, -1, token.content))  # the block itself, text or not
            for n, chunk in enumerate(_html_text(token.content, out.notes, where)):
                at((kind, "", token.map, n, token.content))
                out.add(container, chunk, level)
        elif kind == "inline":
            at((opener.type if opener else "", opener.markup if opener else "", token.map,
                cell if in_cell else -1))
            inline = _inline_text(token.children or [])
            if heading_level:
                out.add_inline(Kind.HEADING, inline, heading_level)
            elif in_cell:
                out.add_inline(Kind.TABLE_CELL, inline)
            else:
                container, level = _container_kind(containers, list_depth)
                out.add_inline(container, inline, level)
        if token.nesting == 1:
            opener = token


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
    """The text of an HTML block in chunks (a block tag or <br> starts a new one), each piece of
    text with where it starts and ends in the block ((line, column) pairs, HTMLParser's)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.chunks: list[list[list]] = [[]]  # [start, end, text] per piece of text
        self._skip = 0

    def _event(self) -> None:
        """Something starts here: the piece of text before it ends here."""
        if self.chunks[-1] and self.chunks[-1][-1][1] is None:
            self.chunks[-1][-1][1] = self.getpos()

    def handle_starttag(self, tag, attrs):
        self._event()
        if tag in ("script", "style"):
            self._skip += 1
        elif tag in _BREAK_TAGS:
            self.chunks.append([])

    def handle_endtag(self, tag):
        self._event()
        if tag in ("script", "style"):
            self._skip = max(0, self._skip - 1)
        elif tag in _BREAK_TAGS:
            self.chunks.append([])

    def handle_data(self, data):
        self._event()
        if not self._skip:
            self.chunks[-1].append([self.getpos(), None, data])

    def handle_comment(self, data):
        self._event()

    handle_decl = handle_pi = unknown_decl = handle_comment


def _html_text(html: str, notes: list[str] | None = None, where: str = "") -> list[str]:
    return [text for text, _start, _end in html_chunks(html, notes, where)]


def html_chunks(html: str, notes: list[str] | None = None,
                where: str = "") -> list[tuple[str, int, int]]:
    """The text of an HTML block in chunks (tags dropped, entities decoded, space collapsed; the
    code of a closed script/style skipped), each with the span of `html` it was read from:
    from its first to its last character that is not a space."""
    found: list[tuple[str, int, int]] = []
    base = 0  # where the html read in this round starts in the whole block
    while html:
        parser = _TextOfHtml()
        parser.feed(html)
        parser.close()
        rest = parser.rawdata if parser.cdata_elem is not None else ""
        starts = [0] + [m.end() for m in re.finditer("\n", html)]

        def offset(pos) -> int:
            return base + starts[pos[0] - 1] + pos[1] if pos else base + len(html) - len(rest)

        for chunk in parser.chunks:
            text = " ".join("".join(piece[2] for piece in chunk).split())
            if text:
                pieces = [p for p in chunk if p[2].strip()]
                first, last = pieces[0], pieces[-1]
                start = offset(first[0]) + len(first[2]) - len(first[2].lstrip())
                end = offset(last[1]) - (len(last[2]) - len(last[2].rstrip()))
                found.append((text, start, end))
        # a <script>/<style> never closed: HTMLParser holds back the rest of the block unread;
        # read it again as HTML so its text is kept (each round consumes at least the open tag)
        base += len(html) - len(rest)
        html = rest
        if html and notes is not None:
            notes.append(f"{where}<{parser.cdata_elem}> is never closed; what follows it in its "
                         "HTML block was imported as text")
    return found
