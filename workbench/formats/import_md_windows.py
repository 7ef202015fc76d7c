"""Markdown parsed in windows of lines, so memory follows the window, not the file.

markdown-it builds every token of a document before the first can be read: a 2 MB table made
940,000 tokens and a 456 MB peak. Here the text is parsed a window (~WINDOW_CHARS) at a time and
the tokens of each window are handed out and dropped before the next is parsed:
- a window ends at a top-level block boundary: the last top-level block of a window may go on
  past it, so it is parsed again at the start of the next window;
- a window that is one block too big for it: a table goes on in the next window with its header
  and delimiter rows repeated in front (their cells are not emitted twice); a list or quote stops
  before its last item (or block) and the next window starts there (a new list, same kinds and
  levels); a block that is one token (paragraph, code, HTML) is parsed again in a window twice as
  large. Only a single list item or quoted block bigger than a window is cut at the window's end
  (its text is all kept, its structure may not be);
- an unclosed <script>/<style>/<pre>/<textarea> (import_md_guards) is found once its window
  reaches the end of the text or of its container; its "<" is escaped and the window parsed again;
- inline markup is parsed one block's text at a time as its token is handed out (_Inline), a
  text over MAX_PARAGRAPH_CHARS cut first, so one 30 MB paragraph no longer makes 2 GB of tokens.
Token maps are made absolute (0-based lines of the text given). A document smaller than one
window is parsed exactly as before. Link reference definitions only resolve within a window.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from workbench.formats import import_limits
from workbench.formats.import_md_guards import guard_nesting, unclosed_raw_blocks

WINDOW_CHARS = 64 * 1024
_ONE_TOKEN_BLOCKS = {"paragraph_open", "heading_open", "fence", "code_block", "html_block", "hr"}
_CONTAINERS = {"bullet_list_open", "ordered_list_open", "blockquote_open"}
_MAX_ESCAPES = 1_000  # unclosed raw blocks repaired per document; past it _html_text keeps the text
_NEWLINE = re.compile(r"\r\n?")


def markdown_tokens(text: str, notes: list[str], offset: int = 0,
                    window_chars: int | None = None) -> Iterator:
    """markdown-it's tokens of `text`, window by window (see the module docstring). `offset` is
    added to line numbers in `notes` (lines removed before `text`, e.g. front matter). Only one
    window's lines exist as strings at a time: 4 million lines held as a list took 500 MB."""
    from markdown_it import MarkdownIt

    # inline markup is parsed token by token as they are handed out (_Inline), not per window
    md = MarkdownIt("commonmark").enable(["table", "strikethrough"]).disable("inline")
    base = [offset]  # absolute line of the window's first line, for the nesting notes
    guard_nesting(md, notes, base)
    text = _NEWLINE.sub("\n", text)
    window_chars = window_chars or WINDOW_CHARS
    pos, first_line, header = 0, 0, []  # the window starts at character pos, line first_line
    escaped: set[int] = set()  # absolute lines whose unclosed raw-HTML opener is escaped
    size = window_chars
    while pos < len(text):
        end = _window_end(text, pos, size)
        at_end = end >= len(text)
        lines = text[pos:end if at_end else end - 1].split("\n")
        lengths = [len(line) + 1 for line in lines]  # before escaping: they locate the next window
        for line in (line for line in escaped if first_line <= line < first_line + len(lines)):
            lines[line - first_line] = lines[line - first_line].replace("<", "&lt;", 1)
        shift = first_line - len(header)  # absolute line of the source's first (virtual) line
        base[0] = offset + shift
        env: dict = {}  # link reference definitions, shared by the window's block and inline parse
        tokens = md.parse("\n".join(header + lines), env)
        blocks = [i for i, t in enumerate(tokens) if t.level == 0 and t.nesting >= 0 and t.map]
        single = len(blocks) == 1 and not at_end
        if single and tokens[blocks[0]].type in _ONE_TOKEN_BLOCKS:
            size *= 2  # one block bigger than the window: read it whole
            continue
        cut = len(tokens) if at_end or single or not blocks else blocks[-1]
        tail: list = []
        if single and tokens[blocks[0]].type in _CONTAINERS:
            children = [i for i, t in enumerate(tokens) if t.level == 1 and t.nesting >= 0 and t.map]
            if len(children) > 1:  # stop before its last item (or block), closing the container
                cut, tail = children[-1], [tokens[-1]]
        found = [(line + shift, tag) for line, tag in unclosed_raw_blocks(tokens[:cut])]
        found = [(line, tag) for line, tag in found if line >= first_line and line not in escaped]
        if found and len(escaped) < _MAX_ESCAPES:
            for line, tag in found:
                notes.append(f"line {line + 1 + offset}: <{tag}> is never closed; it and what "
                             "follows it were imported as text")
                escaped.add(line)
            continue
        # where the next window starts (read before _shifted makes the maps absolute)
        next_header: list[str] = []
        if tail or not (at_end or single or not blocks):
            next_line = tokens[cut].map[0] + shift
        else:
            next_line = first_line + len(lines)
            if single and tokens[blocks[0]].type == "table_open":
                top = tokens[blocks[0]].map[0] + shift - first_line
                next_header = header or lines[top:top + 2]
        inline = _Inline(md, env, notes, offset)
        yield from inline.parsed(_shifted(tokens[:cut] + tail, shift, skip_header=bool(header)))
        pos += sum(lengths[:next_line - first_line])
        header, first_line, size = next_header, next_line, window_chars
        del tokens, lines, lengths


def _window_end(text: str, pos: int, size: int) -> int:
    """Just after the line end at or past pos + size (at least one line), or the end of text."""
    end = text.find("\n", min(pos + size, len(text)) - 1) if pos + size < len(text) else -1
    return len(text) if end < 0 else end + 1


def _shifted(tokens, shift: int, skip_header: bool) -> Iterator:
    skipping = False
    for token in tokens:
        if skip_header and token.type == "thead_open":
            skipping = True
        if not skipping:
            if token.map:
                token.map = [token.map[0] + shift, token.map[1] + shift]
            yield token
        if token.type == "thead_close":
            skipping = skip_header = False


class _Inline:
    """Inline markup of each block's text, parsed just before the token is handed out and
    dropped after: a window's tokens never hold every inline child at once. A text longer than
    MAX_PARAGRAPH_CHARS is cut first (import_limits.split_long) and handed out as one token per
    piece: one 30 MB paragraph made millions of inline tokens (2 GB) when parsed whole."""

    def __init__(self, md, env: dict, notes: list[str], offset: int):
        self.md, self.env, self.notes, self.offset = md, env, notes, offset

    def parsed(self, tokens) -> Iterator:
        limit = import_limits.MAX_PARAGRAPH_CHARS
        for token in tokens:
            if token.type != "inline":
                yield token
                continue
            content = token.content
            pieces = import_limits.split_long(content, limit) if len(content) > limit else [content]
            if len(pieces) > 1:
                where = f"line {token.map[0] + 1 + self.offset}: " if token.map else ""
                self.notes.append(f"{where}a paragraph of {len(content):,} characters was split "
                                  f"into {len(pieces)} (the limit is {limit:,})")
            for piece in pieces:
                token.children = []
                self.md.inline.parse(piece, self.md, self.env, token.children)
                yield token
            token.children = None
