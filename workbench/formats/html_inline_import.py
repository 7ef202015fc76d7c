"""The text of one element of trafilatura's XML with its inline formatting, for html_import.

trafilatura, asked with include_formatting and include_links, writes a page's <b>/<strong> as
<hi rend="#b">, <i>/<em> as "#i", <u> as "#u", <sup>/<sub> as "#sup"/"#sub", <kbd>/<tt>/<samp>/
<var> as "#t" (code here), <s>/<strike>/<del> as <del>, and <a href> as <ref target="...">.
These become marks (a link's address is kept as written and never visited). <lb/> is "\\n"; a
block inside (a paragraph in a cell) is set off by newlines; graphics and comments are left out.

trafilatura drops a tail of only spaces once it keeps formatting ("<b>two</b> <b>words</b>"
came out as "twowords"; trafilatura issue #661): `protect_spaces` puts a visible stand-in
there before extraction, which `marked` turns back into a space.

Whitespace follows what html_import always did - runs of spaces collapse, blank lines go - and
is applied to the text with its tags in, so a tag (one non-space character) never moves a word.
"""

from __future__ import annotations

import re

from workbench.core import inline
from workbench.formats.inline_import import InlineText

INLINE_SKIP = {"graphic", "comments"}
BLOCKS = {"p", "head", "quote", "list", "table", "code", "div", "item", "cell", "row"}
_REND = {"#b": "b", "#i": "i", "#u": "u", "#sup": "sup", "#sub": "sub", "#t": "code"}


_INLINE_TAGS = ("a|abbr|b|big|cite|code|del|dfn|em|font|i|ins|kbd|mark|q|s|samp|small|span|strike|"
                "strong|sub|sup|time|tt|u|var")
_SPACE_BETWEEN = re.compile(rf"(</(?:{_INLINE_TAGS})\s*>)[ \t\r\n\f]+(?=<(?:{_INLINE_TAGS})[\s>/])",
                            re.IGNORECASE)
# visible characters trafilatura keeps, rare in articles; the first one the page lacks is used
_STAND_INS = "\u2423\u2422\u2421\u2425\u2426\u2427\u2428\u2429"


def protect_spaces(html: str) -> tuple[str, str]:
    """`html` with the spaces between two inline elements replaced by a stand-in character,
    and that character ("" when the page holds every candidate: then nothing is replaced)."""
    stand_in = next((c for c in _STAND_INS if c not in html), "")
    if not stand_in:
        return html, ""
    return _SPACE_BETWEEN.sub(lambda m: m.group(1) + stand_in, html), stand_in


def _styles_of(element) -> frozenset[str]:
    if element.tag == "hi":
        return frozenset(_REND[rend] for rend in (element.get("rend") or "").split() if rend in _REND)
    return frozenset({"s"}) if element.tag == "del" else frozenset()


def _href_of(element) -> str:
    return (element.get("target") or "") if element.tag == "ref" else ""


def marked(element, skip: frozenset[str] | set[str] = frozenset(), stand_in: str = "",
           ) -> tuple[str, dict, int]:
    """(text with tags, each tag number's kind, reserved characters removed from the page's
    text) of `element`, children named in `skip` left out, `stand_in` read as a space."""
    pieces = InlineText()

    def add(text: str | None, styles: frozenset[str] = frozenset(), href: str = "") -> None:
        pieces.text((text or "").replace(stand_in, " ") if stand_in else text or "", styles, href)

    def visit(node, styles: frozenset[str], href: str) -> None:
        add(node.text, styles, href)
        for child in node:
            if isinstance(child.tag, str) and child.tag not in skip and child.tag not in INLINE_SKIP:
                if child.tag == "lb":
                    add("\n", styles, href)
                elif child.tag in BLOCKS:
                    add("\n")
                    visit(child, styles, href)
                    add("\n")
                else:
                    visit(child, styles | _styles_of(child), _href_of(child) or href)
            add(child.tail, styles, href)

    visit(element, _styles_of(element), _href_of(element))
    text, kinds = pieces.tagged()
    lines: list[str] = []
    pending = ""  # a line of nothing but tags joins the next line, so no tag is lost
    for line in text.split("\n"):
        line = " ".join(line.split())
        if inline.plain(line).strip():
            lines.append(pending + line)
            pending = ""
        else:
            pending += line.replace(" ", "")
    if pending and lines:
        lines[-1] += pending
    return "\n".join(lines), kinds, pieces.removed


def plain_text(element, stand_in: str = "") -> str:
    """The text of `element` without formatting (code blocks, the title check)."""
    return inline.plain(marked(element, stand_in=stand_in)[0])
