"""Inline formatting in the streamed DOCX exports (bilingual and review): a paragraph's runs
(core.inline.Run, from prepare_export.formatted) as WordprocessingML text.

Styles become run properties next to the direction, fonts and language the segment already
has (docx_xml_export.rpr: an Arabic run keeps w:rtl, its cs font and size); a link becomes a
real `w:hyperlink` whose external relationship was added to the skeleton before the package
was written (`relate_links`: the body is streamed after the relationships part is saved, so
every address is related up front); a note reference is its number in superscript; an image
has no text to show and is left out; another solo tag (a field) shows its text.
Pure functions over core types; one export at a time calls `relate_links` on its skeleton.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from itertools import groupby
from typing import Any

from workbench.core import inline
from workbench.core.model import Paragraph
from workbench.formats import docx_xml_export as xml

LINK_COLOR = "0563C1"  # Word's own hyperlink blue


def relate_links(doc: Any, paragraphs: Iterable[Paragraph]) -> dict[str, str]:
    """Relationship ids of every link address the paragraphs' marks hold, each related once
    to the skeleton's main part as an external hyperlink; "#name" addresses are bookmarks
    inside the document and need none."""
    from docx.opc.constants import RELATIONSHIP_TYPE as RT

    links: dict[str, str] = {}
    for paragraph in paragraphs:
        for mark in paragraph.marks:
            href = mark.href if mark.kind == inline.LINK else ""
            if href and not href.startswith("#") and href not in links:
                links[href] = doc.part.relate_to(href, RT.HYPERLINK, is_external=True)
    return links


def runs_xml(runs: Sequence[inline.Run], *, rtl: bool, language: str, cs_font: str,
             size: float | None, code_font: str, links: dict[str, str], notes: bool = True) -> str:
    """The `w:r` (and `w:hyperlink`) elements of `runs`; consecutive runs of one link share
    one hyperlink. `notes` False leaves note numbers out (a review file: its text is read
    back and compared with the project's)."""
    def props(styles: frozenset[str], link: bool = False) -> str:
        return xml.rpr(rtl=rtl, language=language, cs_font=cs_font, size_pt=size,
                       font=code_font if "code" in styles else "", bold="b" in styles,
                       italic="i" in styles, underline="u" in styles or link, strike="s" in styles,
                       vert_align=_vert_align(styles), color=LINK_COLOR if link else "")

    out = []
    for href, group in groupby(runs, key=lambda run: "" if run.solo else run.href):
        pieces = []
        for run in group:
            if run.solo == "note":
                pieces.append(xml.run(run.text, props(frozenset({"sup"}))) if run.text and notes else "")
            elif run.solo:
                pieces.append(xml.run(run.text, props(frozenset())) if run.text and run.solo != "image" else "")
            else:
                pieces.append(xml.run(run.text, props(run.styles, bool(href))))
        out.append(_hyperlink(href, "".join(pieces), links) if href else "".join(pieces))
    return "".join(out)


def _vert_align(styles: frozenset[str]) -> str:
    if "sup" in styles:
        return "superscript"
    return "subscript" if "sub" in styles else ""


def _hyperlink(href: str, runs: str, links: dict[str, str]) -> str:
    if href.startswith("#") and len(href) > 1:
        return f'<w:hyperlink w:anchor="{xml.attr(href[1:])}" w:history="1">{runs}</w:hyperlink>'
    if href in links:
        return f'<w:hyperlink r:id="{xml.attr(links[href])}" w:history="1">{runs}</w:hyperlink>'
    return runs  # an address no relationship was made for: the text stays, styled as a link
