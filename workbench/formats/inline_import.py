"""One segment's text with its inline formatting, as importers collect it (core.inline tags).

Every importer walks its own markup (DOCX runs, ODT spans, trafilatura's <hi>/<ref>, Markdown
tokens) and hands the pieces it finds, in order, to an `InlineText`: text with the styles and
link address it carries, and solo marks (a note reference). `tagged()` turns them into text with
tag characters plus each tag number's (kind, href[, text]), which SegmentCollector.add_inline
takes apart again with inline.split. Keeping this in one place gives every format the same rules:
- spaces at a span's edges stay outside it (`tighten`);
- consecutive pieces with the same formatting make one mark (Word splits a bold word into
  several runs for spell-checking or revision ids; that is still one bold span);
- a link is the outer mark and styles nest inside it; a style crossing a link's edge is cut there;
- a solo mark sits where it was found and never breaks the span around it;
- raw text loses characters of the tag block (inline.remove_reserved), counted in `removed`, so
  a file cannot forge a tag; an address or a note's text is cleaned and capped the same way;
- past inline.MAX_TAGS tags in one segment the formatting of the rest is left out (the text stays).
"""

from __future__ import annotations

from collections.abc import Iterable

from workbench.core import inline
from workbench.core.text import clean_text

MAX_HREF_CHARS = 4096  # an address longer than this is no address a reader follows


def tighten(text: str, marks: Iterable[inline.Mark]) -> tuple[inline.Mark, ...]:
    """Spans shrunk to leave out the spaces at their edges ("bold " + "word" in two runs): a
    tag belongs around words, where a translation can put it back; a span of only spaces goes."""
    from dataclasses import replace

    kept = []
    for mark in marks:
        start, end = mark.start, mark.end
        if not mark.solo:
            while start < end and text[start].isspace():
                start += 1
            while end > start and text[end - 1].isspace():
                end -= 1
            if start == end:
                continue
        kept.append(replace(mark, start=start, end=end))
    # a link and a style over the same words: the link is the outer one, so it comes first
    kept.sort(key=lambda mark: (mark.start, -mark.end, mark.kind != inline.LINK))
    return inline.renumber(kept)


def kind_of(styles: Iterable[str]) -> str:
    """The Mark kind of a set of styles, in inline.STYLES order ("b i"); "" for none."""
    wanted = set(styles)
    return " ".join(style for style in inline.STYLES if style in wanted)


class InlineText:
    """The pieces of one segment in document order. Owned by the importer building it."""

    def __init__(self) -> None:
        # (text, kind, href) for text; (None, kind, href, shown) for a solo mark
        self._pieces: list[tuple] = []
        self.removed = 0  # reserved (tag) characters taken out of the file's text

    def text(self, text: str, styles: Iterable[str] = (), href: str = "") -> None:
        """A piece of the file's text with the styles and link address it carries."""
        if not text:
            return
        text, removed = inline.remove_reserved(text)
        self.removed += removed
        if text:
            self._pieces.append((text, kind_of(styles) if styles else "", self._clean(href)))

    def solo(self, kind: str, href: str = "", shown: str = "") -> None:
        """A point mark (inline.SOLO_KINDS): a note reference, with the number it shows."""
        self._pieces.append((None, kind, self._clean(href), self._clean(shown)))

    def extend(self, other: InlineText, separator: str = "") -> None:
        """`other`'s pieces after this one's, `separator` (plain text) between when both hold some."""
        if self._pieces and other._pieces and separator:
            self._pieces.append((separator, "", ""))
        self._pieces += other._pieces
        self.removed += other.removed

    def add_line(self, other: InlineText) -> None:
        """`other` (a table cell's next paragraph) on a line of its own, if it holds any text."""
        if other.plain().strip():
            self.extend(other, "\n")
        else:
            self.removed += other.removed

    def clear(self) -> None:
        """Empty again, for the next segment (the removed count stays until handed over)."""
        self._pieces = []

    def strip(self, chars: str = " ") -> None:
        """Take `chars` off both ends of the text (solo marks stay where they are)."""
        for order in (range(len(self._pieces)), range(len(self._pieces) - 1, -1, -1)):
            for index in order:
                piece = self._pieces[index]
                if piece[0] is None:
                    continue
                text = piece[0].lstrip(chars) if order.step == 1 else piece[0].rstrip(chars)
                self._pieces[index] = (text, *piece[1:])
                if text:
                    break
        self._pieces = [piece for piece in self._pieces if piece[0] is None or piece[0]]

    def plain(self) -> str:
        """The text without any formatting (what the segment will read)."""
        return "".join(piece[0] for piece in self._pieces if piece[0] is not None)

    def __bool__(self) -> bool:
        return bool(self._pieces)

    def tagged(self) -> tuple[str, dict[int, tuple[str, ...]]]:
        """The text with tag characters, and each tag number's (kind, href[, text])."""
        out: list[str] = []
        kinds: dict[int, tuple[str, ...]] = {}
        link = style = 0  # numbers of the open link and style spans (0: none open)
        current_href, current_kind = "", ""

        def number(kind: tuple[str, ...]) -> int:
            if len(kinds) >= inline.MAX_TAGS:
                return 0
            kinds[len(kinds) + 1] = kind
            return len(kinds)

        for piece in self._pieces:
            if piece[0] is None:  # a solo mark: inside whatever span is open
                if n := number((piece[1], piece[2], piece[3])):
                    out.append(inline.solo_tag(n))
                continue
            text, kind, href = piece
            if href != current_href:
                for open_number in (style, link):
                    if open_number:
                        out.append(inline.close_tag(open_number))
                style = link = 0
                current_href, current_kind = href, ""
                if href and (link := number((inline.LINK, href))):
                    out.append(inline.open_tag(link))
            if kind != current_kind:
                if style:
                    out.append(inline.close_tag(style))
                style = 0
                current_kind = kind
                if kind and (style := number((kind, ""))):
                    out.append(inline.open_tag(style))
            out.append(text)
        for open_number in (style, link):
            if open_number:
                out.append(inline.close_tag(open_number))
        return "".join(out), kinds

    @staticmethod
    def _clean(value: str) -> str:
        if not value:
            return ""
        value = inline.remove_reserved(value)[0]
        return " ".join(clean_text(value[:MAX_HREF_CHARS]).text.split())
