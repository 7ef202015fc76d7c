"""Inline formatting in Markdown exports: a paragraph's runs (core.inline.Run, from
prepare_export.formatted) as Markdown that renders as the same words, formatted, in CommonMark
and GFM renderers and in pandoc (tests/formats/test_inline_export_markdown.py).

Bold is **b**, italic *i*, strikethrough ~~s~~, code `c`, a link [text](address); underline,
superscript and subscript are <u>, <sup>, <sub> (Markdown has none); a note reference is its
number as <sup>. Runs are flat, while Markdown spans nest, so the spans are rebuilt with a
stack: at each run the spans it no longer has close (and any opened inside them), the new
ones open, which nests properly whatever order the tags of a target come in.

Emphasis is the fragile part: `**` opens only where it is "left-flanking" (CommonMark 6.2), a
`**` next to a `*` merges into one delimiter run, and a span may not begin or end with a space.
So spaces move outside their span, and a span whose delimiters would not flank (a quote
mark right after a letter: `x**"y"**`) or would touch another delimiter of the same character
is written as HTML instead (<strong>, <em>, <del>), which every renderer reads the same.
Pure functions; any thread may call them.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from workbench.core import inline
from workbench.formats import markdown_escape_export as md

_ORDER = ("link", "b", "i", "s", "u", "sup", "sub")  # outermost first when several open together
_DELIMITERS = {"b": "**", "i": "*", "s": "~~"}
_HTML = {"b": "strong", "i": "em", "s": "del", "u": "u", "sup": "sup", "sub": "sub"}
_BREAKS = {"block": "\\\n", "heading": " ", "cell": "<br>"}


@dataclass(slots=True)
class _Token:
    text: str = ""  # raw text; "" for a break
    keys: frozenset = frozenset()  # span keys: styles and ("link", href)
    code: bool = False
    atom: str = ""  # ready markup (a note's <sup>)
    brk: bool = False


def inline_markdown(runs: Sequence[inline.Run], context: str = "block", *, bold: bool = False) -> str:
    """`runs` as one Markdown line (a "block" may hold hard breaks, a "heading" is one line, a
    "cell" joins its lines with <br>); `bold` adds bold to every run (a heading in a table)."""
    tokens = _lines(_tokens(runs, bold))
    _inherit(tokens)
    pieces = _stacked(tokens)
    return _render(pieces, context)


def _tokens(runs: Sequence[inline.Run], bold: bool) -> list[_Token]:
    out: list[_Token] = []
    for run in runs:
        if run.solo == "note":
            if run.text:
                out.append(_Token(atom=f"<sup>{md.escape_inline(run.text)}</sup>"))
            continue
        if run.solo == "image" or run.solo and not run.text:
            continue
        keys = set() if run.solo else set(run.styles - {"code"})
        keys |= {"b"} if bold else set()
        if run.href and not run.solo:
            keys.add(("link", run.href))
        for n, line in enumerate(run.text.split("\n")):
            if n:
                out.append(_Token(brk=True))
            if line:
                out.append(_Token(line, frozenset(keys), "code" in run.styles))
    return out


def _lines(tokens: list[_Token]) -> list[_Token]:
    """Lines without outer spaces, blank lines dropped (a blank line would end the block)."""
    lines: list[list[_Token]] = [[]]
    for token in tokens:
        if token.brk:
            lines.append([])
        else:
            lines[-1].append(token)
    out: list[_Token] = []
    for line in lines:
        for ends, strip in ((range(len(line)), str.lstrip), (range(len(line) - 1, -1, -1), str.rstrip)):
            for i in ends:
                if line[i].atom or line[i].code:
                    break
                line[i].text = strip(line[i].text)
                if line[i].text:
                    break
        line = [t for t in line if t.text or t.atom]
        if line:
            out += ([_Token(brk=True)] if out else []) + line
    return out


def _inherit(tokens: list[_Token]) -> None:
    """Spaces and note numbers take the spans both neighbours share: a span never starts or
    ends with a space, and a note inside a bold phrase does not cut it in two."""
    for i, token in enumerate(tokens):
        if token.atom or not token.brk and not token.code and token.text.isspace():
            before = tokens[i - 1].keys if i and not tokens[i - 1].brk else frozenset()
            after = tokens[i + 1].keys if i + 1 < len(tokens) and not tokens[i + 1].brk else frozenset()
            token.keys = before & after


def _rank(key) -> int:
    return _ORDER.index(key[0] if isinstance(key, tuple) else key)


def _stacked(tokens: list[_Token]) -> list:
    """Pieces: _Token (text, atom, break) and ("open" | "close", span) with span = [key, form]."""
    pieces: list = []
    stack: list[list] = []
    for token in tokens:
        if not token.brk:
            keep = 0
            while keep < len(stack) and stack[keep][0] in token.keys:
                keep += 1
            for span in reversed(stack[keep:]):
                pieces.append(("close", span))
            del stack[keep:]
            for key in sorted(token.keys - {span[0] for span in stack}, key=_rank):
                span = [key, ""]
                stack.append(span)
                pieces.append(("open", span))
        pieces.append(token)
    pieces += [("close", span) for span in reversed(stack)]
    return pieces


def _render(pieces: list, context: str) -> str:
    brk = _BREAKS[context]

    def edge(i: int, last: bool) -> str:  # the source character next to piece i's side
        if not 0 <= i < len(pieces):
            return " "
        piece = pieces[i]
        if isinstance(piece, tuple):
            return "*"  # markup: punctuation whatever its form
        text = brk if piece.brk else _text(piece, context, False)
        return text[-1] if last else text[0]

    where = {}
    for i, piece in enumerate(pieces):
        if isinstance(piece, tuple):
            where.setdefault(id(piece[1]), []).append(i)
    for i, piece in enumerate(pieces):
        if isinstance(piece, tuple) and piece[0] == "open":
            span = piece[1]
            opened, closed = where[id(span)]
            span[1] = "html"
            if span[0] in _DELIMITERS and _opens(edge(opened - 1, True), edge(opened + 1, False)) \
                    and _closes(edge(closed - 1, True), edge(closed + 1, False)) \
                    and not _touching(pieces, (opened, closed), _DELIMITERS[span[0]][0]):
                span[1] = "delimiter"
    out = []
    for i, piece in enumerate(pieces):
        if isinstance(piece, tuple):
            out.append(_markup(*piece))
        elif piece.brk:
            out.append(brk)
        else:
            start = i == 0 or not isinstance(pieces[i - 1], tuple) and pieces[i - 1].brk
            out.append(_text(piece, context, start))
    return "".join(out)


def _touching(pieces: list, places: tuple[int, int], char: str) -> bool:
    """Whether a delimiter of `char` already chosen stands right beside either place."""
    for place in places:
        for j in (place - 1, place + 1):
            if 0 <= j < len(pieces) and isinstance(pieces[j], tuple):
                key, form = pieces[j][1]
                if form == "delimiter" and _DELIMITERS[key][0] == char:
                    return True
    return False


def _kind(char: str) -> str:
    if char.isspace():
        return "space"
    return "punct" if unicodedata.category(char)[0] in "PS" else "word"


def _opens(before: str, after: str) -> bool:
    return _kind(after) != "space" and (_kind(after) != "punct" or _kind(before) != "word")


def _closes(before: str, after: str) -> bool:
    return _kind(before) != "space" and (_kind(before) != "punct" or _kind(after) != "word")


def _markup(role: str, span: list) -> str:
    key, form = span
    if isinstance(key, tuple):
        return "[" if role == "open" else f"]({_destination(key[1])})"
    if form == "delimiter":
        return _DELIMITERS[key]
    return f"<{_HTML[key]}>" if role == "open" else f"</{_HTML[key]}>"


def _destination(href: str) -> str:
    """A link address as a Markdown destination: no space, bracket or unbalanced parenthesis
    left to end it early."""
    href = "%20".join(href.split())  # white space would end the address
    for char, code in (("\\", "%5C"), ("<", "%3C"), (">", "%3E"), ("|", "%7C")):  # "|": a table cell
        href = href.replace(char, code)
    href = href.replace("&", "\\&")  # "&amp;" in an address would be read as an entity
    return href.replace("(", "\\(").replace(")", "\\)")


def _text(token: _Token, context: str, line_start: bool) -> str:
    if token.atom:
        return token.atom
    if token.code:
        if context == "cell":  # a backtick span cannot hold an escaped pipe in every reader
            return f"<code>{md.escape_inline(token.text)}</code>"
        longest = max((len(run) for run in re.findall(r"`+", token.text)), default=0)
        ticks = "`" * (longest + 1)
        pad = " " if token.text.startswith("`") or token.text.endswith("`") else ""
        return f"{ticks}{pad}{token.text}{pad}{ticks}"
    text = md.escape_inline(token.text, heading=context == "heading")
    return md.escape_line_start(text) if line_start else text
