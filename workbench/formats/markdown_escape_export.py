"""Escaping so that exported text renders as the same text in CommonMark/GFM renderers
(markdown-it, GitHub) and in pandoc's default Markdown reader, whose extensions read more
characters as markup.

Every character that could start markup is backslash-escaped (CommonMark and pandoc let any
ASCII punctuation be escaped, so an escape is never wrong, only sometimes unnecessary):
- anywhere: \\ ` * _ [ ] < | ~ (emphasis, code, links, raw HTML, tables, strikethrough),
  $ ^ { (pandoc: TeX math, superscript, attributes), " ' (pandoc's smart quotes), `@` at a
  word start (a pandoc citation), `:` opening an emoji name (`:smile:` in GFM), runs of `-`
  and `.` (smart dashes and ellipses) and `&` when it would start an entity such as `&amp;`;
- at the start of a line: # > - + = % ( : (headings, quotes, lists, setext underlines, a title
  block, example lists, definition lists) and the `.`/`)` after a number, a letter or a roman
  numeral ("1.", "a)", "iv." start ordered lists, the last two in pandoc).
Leading indentation is dropped (four spaces would start a code block) and trailing spaces
too (two would make a hard break); a renderer discards both anyway.
"""

from __future__ import annotations

import re

_ANYWHERE = re.compile(r"""([\\`*_\[\]<|~$^{"'])|(?<!\w)(@)|(:)(?=[\w+-]+:)""")
_ANYWHERE_IN_HEADING = re.compile(r"""([\\`*_\[\]<|~$^{"'#])|(?<!\w)(@)|(:)(?=[\w+-]+:)""")
_RUNS = re.compile(r"-{2,}|\.{3,}")
_ENTITY = re.compile(r"&(?=#?[0-9A-Za-z]+;)")
_LINE_START = re.compile(r"^([#>+=%(:-])")
_NUMBERED = re.compile(r"^(\d{1,9}|[A-Za-z]|[ivxlcdmIVXLCDM]+)([.)])")


def _escape_match(match: re.Match[str]) -> str:
    return "\\" + next(group for group in match.groups() if group)


def escape_line(line: str, anywhere: re.Pattern[str] = _ANYWHERE) -> str:
    """One line of text as Markdown that renders literally, wherever the line starts."""
    line = anywhere.sub(_escape_match, line.strip())
    line = _RUNS.sub(lambda m: "".join("\\" + c for c in m.group()), line)
    line = _ENTITY.sub(r"\\&", line)
    line = _LINE_START.sub(r"\\\1", line)
    return _NUMBERED.sub(r"\1\\\2", line)


def escape_inline(piece: str, *, heading: bool = False) -> str:
    """A piece of a line that inline markup surrounds (inline_markdown_export), escaped like
    `escape_line` but neither stripped nor given the line-start escapes: it may start mid-line."""
    piece = (_ANYWHERE_IN_HEADING if heading else _ANYWHERE).sub(_escape_match, piece)
    piece = _RUNS.sub(lambda m: "".join("\\" + c for c in m.group()), piece)
    return _ENTITY.sub(r"\\&", piece)


def escape_line_start(escaped: str) -> str:
    """The line-start escapes for an `escape_inline` piece that begins a line."""
    return _NUMBERED.sub(r"\1\\\2", _LINE_START.sub(r"\\\1", escaped))


def escape_block(text: str) -> list[str]:
    """Non-empty escaped lines of `text` (blank lines would end the block, so they go)."""
    return [escape_line(line) for line in text.split("\n") if line.strip()]


def escape_paragraph(text: str) -> str:
    """`text` as one Markdown paragraph; its line breaks become hard breaks (a final `\\`)."""
    return "\\\n".join(escape_block(text))


def escape_heading(text: str) -> str:
    """Heading text on one line; every `#` escaped, since a trailing run would be eaten as
    the heading's closing sequence."""
    lines = (escape_line(line, _ANYWHERE_IN_HEADING) for line in text.split("\n") if line.strip())
    return " ".join(lines)


def escape_cell(text: str) -> str:
    """Text for a GFM table cell: one line, breaks as `<br>`, pipes escaped."""
    return "<br>".join(escape_block(text))


def code_cell(code: str) -> str:
    """Code for a GFM table cell: escaped like text, indentation kept as no-break spaces."""
    lines = []
    for line in code.split("\n"):
        indent = len(line) - len(line.lstrip(" "))
        lines.append("&nbsp;" * indent + escape_line(line))
    return "<code>" + "<br>".join(lines) + "</code>"


def fence(code: str) -> str:
    """A fenced code block longer than any backtick run inside `code`, so it cannot close early."""
    longest = max((len(run) for run in re.findall(r"`+", code)), default=0)
    marks = "`" * max(3, longest + 1)
    return f"{marks}\n{code}\n{marks}"
