"""Web page import (.html, .htm, .mhtml, .mht): the article, without the page around it.

The page is read and decoded by html_source_import (size limit before reading, MHTML unpacked,
declared charset > UTF-8 > Windows-1256). trafilatura, imported lazily (it pulls in dateparser
and friends), finds the main content and writes it as XML; it is only ever handed the string,
so it never fetches anything. Navigation, menus, share bars, related-article lists, comments,
footers, scripts, styles, <noscript> and <iframe> are left out by trafilatura; a DOCTYPE's
internal entities are never expanded (lxml's HTML parser ignores them). Its XML is parsed with
resolve_entities=False, no_network=True, and mapped:
- the page title (from the metadata) -> HEADING level 1, first;
- <head rend="hN"> -> HEADING level N (2 when not said); <p> -> PARAGRAPH; <quote> -> QUOTE;
  <list>/<item> -> LIST_ITEM, level = list nesting (1 = top); <table>/<cell> -> TABLE_CELL (a
  cell's paragraphs joined with "\\n"); <code> -> CODE, not translatable; <lb/> -> "\\n";
  inline formatting and links (<hi>, <del>, <ref>) become the segment's marks
  (html_inline_import); images are dropped.
Metadata: title, author, date, sitename, url (the page's own canonical address; never visited).
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

from workbench.core.errors import DocumentImportError
from workbench.core.model import Kind, SourceDocument
from workbench.core.text import clean_text
from workbench.formats.html_source_import import read_page
from workbench.formats.html_inline_import import BLOCKS as _BLOCKS
from workbench.formats.html_inline_import import INLINE_SKIP as _INLINE_SKIP
from workbench.formats.html_inline_import import marked, plain_text, protect_spaces
from workbench.formats.import_common import SegmentCollector

METADATA_FIELDS = ("title", "author", "date", "sitename", "url")
_INLINE = {"hi", "ref", "del", "lb"}  # formatting elements trafilatura writes inside blocks


def load_html(path: Path) -> SourceDocument:
    """Import a saved web page's article. Raises DocumentImportError for anything unusable."""
    path = Path(path)
    html, encoding = read_page(path)
    html, stand_in = protect_spaces(html)
    root = _extract(path, html)
    out = SegmentCollector(path)
    metadata = _metadata(root, stand_in)
    title = dict(metadata).get("title", "")
    main = root.find("main")
    if main is None:
        raise DocumentImportError(path, "no article text found in the page")
    first = next(iter(main), None)
    if title and not (first is not None and first.tag == "head" and plain_text(first, stand_in).strip() == title):
        out.add(Kind.HEADING, title, 1)
    _Mapper(out, stand_in).blocks(main, 0)
    if not any(s.kind is not Kind.HEADING or s.text != title for s in out.segments):
        raise DocumentImportError(path, "no article text found in the page (only its title)")
    return dataclasses.replace(out.document("html", encoding), metadata=metadata)


def _extract(path: Path, html: str):
    """trafilatura's XML for the main content, parsed safely; refused when there is none."""
    import trafilatura
    from lxml import etree

    try:
        xml = trafilatura.extract(
            html, output_format="xml", with_metadata=True, include_tables=True,
            include_formatting=True, include_links=True, include_comments=False,
            include_images=False, favor_precision=True, deduplicate=False,
        )
        # a short page may fail the precision filters: ask again for everything it holds
        if xml is None:
            xml = trafilatura.extract(
                html, output_format="xml", with_metadata=True, include_tables=True,
                include_formatting=True, include_links=True, include_comments=False,
                favor_recall=True, deduplicate=False,
            )
    except RecursionError as exc:
        raise DocumentImportError(path, "the page's HTML is nested too deeply to read") from exc
    except Exception as exc:  # trafilatura and lxml raise many types on broken markup
        raise DocumentImportError(path, f"the page could not be read ({type(exc).__name__})") from exc
    if not xml:
        raise DocumentImportError(path, "no article text found in the page")
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False,
                             huge_tree=False, remove_comments=True, remove_pis=True)
    try:
        return etree.fromstring(xml.encode("utf-8"), parser)
    except etree.XMLSyntaxError as exc:
        raise DocumentImportError(path, "the page's article could not be read") from exc


def _metadata(root, stand_in: str = "") -> tuple[tuple[str, str], ...]:
    found = []
    for name in METADATA_FIELDS:
        value = (root.get(name) or "").replace(stand_in, " ") if stand_in else root.get(name) or ""
        value = " ".join(clean_text(value).text.split())
        if value:
            found.append((name, value))
    return tuple(found)


class _Mapper:
    """trafilatura XML -> segments; one instance per import, on the importing thread."""

    def __init__(self, out: SegmentCollector, stand_in: str = ""):
        self.out = out
        self.stand_in = stand_in  # read as a space (html_inline_import.protect_spaces)

    def _add(self, kind: Kind, element, level: int = 0, skip: frozenset[str] | set[str] = frozenset()) -> None:
        text, kinds, removed = marked(element, skip, self.stand_in)
        self.out.removed_controls += removed
        self.out.add_marked(kind, text, kinds, level)

    def blocks(self, parent, depth: int) -> None:
        for child in parent:
            tag = child.tag
            if not isinstance(tag, str) or tag in _INLINE_SKIP or tag in _INLINE:
                continue  # loose inline text between blocks is not kept (as without formatting)
            if tag == "head":
                self._add(Kind.HEADING, child, _heading_level(child.get("rend")))
            elif tag == "p":
                self._mixed(child, Kind.PARAGRAPH, depth)
            elif tag == "quote":
                self._mixed(child, Kind.QUOTE, depth)
            elif tag == "code":
                self.out.add(Kind.CODE, plain_text(child, self.stand_in), translatable=False)
            elif tag == "list":
                self.items(child, depth + 1)
            elif tag == "table":
                self.table(child)
            else:  # div and anything trafilatura adds later: look inside
                self._mixed(child, Kind.PARAGRAPH, depth)

    def _mixed(self, element, kind: Kind, depth: int) -> None:
        """A block that may hold both text and other blocks (a quote with paragraphs)."""
        if not any(isinstance(c.tag, str) and c.tag in _BLOCKS for c in element):
            self._add(kind, element)
            return
        from copy import deepcopy

        from lxml import etree

        run = etree.Element("p")  # the text and inline elements up to the next block: one segment
        run.text = element.text
        for child in element:
            if isinstance(child.tag, str) and child.tag in _BLOCKS:
                self._add(kind, run)
                run = etree.Element("p")
                run.text = child.tail
                if child.tag == "p":
                    self._mixed(child, kind, depth)
                else:
                    self.blocks([child], depth)
            else:
                run.append(deepcopy(child))  # with its tail
        self._add(kind, run)

    def items(self, element, depth: int) -> None:
        for item in element:
            if item.tag != "item":
                continue
            nested = [c for c in item if c.tag == "list"]
            self._add(Kind.LIST_ITEM, item, depth, skip={"list"})
            for inner in nested:
                self.items(inner, depth + 1)

    def table(self, element) -> None:
        for cell in element.iter("cell"):
            if any(ancestor.tag == "cell" for ancestor in cell.iterancestors()):
                continue  # a nested table's cells are inside this cell's text
            self._add(Kind.TABLE_CELL, cell)


def _heading_level(rend: str | None) -> int:
    if rend and len(rend) == 2 and rend[0] == "h" and rend[1] in "123456":
        return int(rend[1])
    return 2
