"""The English runs of one paragraph of the translated DOCX (docx_translated_export), with the
inline formatting the target's tags restore.

- Base formatting: the paragraph's first text run's properties, less the inline styles its
  runs do not all share (a bold word's bold is a mark, a bold paragraph's bold is the
  paragraph's). Each English run adds its own styles (bold, italic, underline, strikethrough,
  superscript, subscript, code) as direct formatting.
- A link is a `w:hyperlink`: through the part's existing relationship for that address when
  there is one (its first run's formatting too), else a new external relationship; "#name" is
  a bookmark (w:anchor).
- A note reference ("note" mark, href "footnote:<w:id>" / "endnote:<w:id>") is the source's own
  w:footnoteReference / w:endnoteReference run, moved to where its tag sits in the English;
  a reference whose tag the English lacks goes at the end, so no note is orphaned.
Called by one export at a time; mutates the document's XML in place.
"""

from __future__ import annotations

from copy import deepcopy

from lxml import etree

from workbench.core import inline
from workbench.formats.docx_ooxml_export import _RPR_ORDER, put
from workbench.formats.docx_styles_import import W, RunStyles

_R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_STYLE_ELEMENTS = {"b": ("b", "bCs"), "i": ("i", "iCs"), "u": ("u",), "s": ("strike", "dstrike"),
                   "sup": ("vertAlign",), "sub": ("vertAlign",)}
_NOTE_TAGS = {f"{W}footnoteReference": "footnote", f"{W}endnoteReference": "endnote"}
CODE_FONT = "Courier New"
LINK_COLOR = "0563C1"


def note_runs(element) -> dict[str, object]:
    """{"footnote:<id>" | "endnote:<id>": the w:r holding that reference} inside `element`."""
    found = {}
    for run in element.iter(f"{W}r"):
        for child in run:
            if child.tag in _NOTE_TAGS and child.get(f"{W}id") is not None:
                found.setdefault(f"{_NOTE_TAGS[child.tag]}:{child.get(f'{W}id')}", run)
    return found


def base_properties(p, run_styles: RunStyles):
    """The w:rPr the English starts from (a copy), or None: see the module docstring."""
    text_runs = [r for r in p.iter(f"{W}r") if r.find(f"{W}t") is not None]
    if not text_runs:
        return None
    plain = [r for r in text_runs if r.getparent().tag != f"{W}hyperlink"] or text_runs
    first = plain[0].find(f"{W}rPr")
    if first is None:
        return None
    shared = frozenset.intersection(*(run_styles.of(r) for r in text_runs))
    props = deepcopy(first)
    for style, tags in _STYLE_ELEMENTS.items():
        if style not in shared:
            for tag in tags:
                for found in props.findall(f"{W}{tag}"):
                    props.remove(found)
    style_node = props.find(f"{W}rStyle")
    if style_node is not None:
        probe = etree.Element(f"{W}r")
        etree.SubElement(probe, f"{W}rPr").append(deepcopy(style_node))
        if run_styles.of(probe) - shared:  # a character style that makes words bold, a link...
            props.remove(style_node)
    return props


class Links:
    """Relationship ids for link addresses, per package part; made once per export."""

    def __init__(self, parts_by_root: dict[int, object]):
        self._parts = parts_by_root
        self._made: dict[tuple[int, str], str] = {}

    def attributes(self, p, href: str) -> dict[str, str]:
        """The w:hyperlink attributes for `href` in the part holding paragraph `p`."""
        if href.startswith("#"):
            return {f"{W}anchor": href[1:]}
        part = self._parts.get(id(p.getroottree().getroot()))
        if part is None:
            return {}
        base, _, anchor = href.partition("#")
        for candidate, extra in ((href, {}), (base, {f"{W}anchor": anchor} if anchor else {})):
            for rid, rel in part.rels.items():
                if rel.is_external and rel.reltype.endswith("/hyperlink") and rel.target_ref == candidate:
                    return {f"{_R}id": rid, **extra}
        key = (id(part), href)
        if key not in self._made:
            from docx.opc.constants import RELATIONSHIP_TYPE as RT

            self._made[key] = part.relate_to(href, RT.HYPERLINK, is_external=True)
        return {f"{_R}id": self._made[key]}

    def originals(self, p) -> dict[str, object]:
        """The rPr of the first run of each of `p`'s hyperlinks, by the address the importer
        gave it (docx_runs_import: relationship target, then "#anchor"), so an English link
        looks like the original one."""
        part = self._parts.get(id(p.getroottree().getroot()))
        found: dict[str, object] = {}
        for link in p.iter(f"{W}hyperlink"):
            run = link.find(f"{W}r")
            props = run.find(f"{W}rPr") if run is not None else None
            rid, anchor = link.get(f"{_R}id"), link.get(f"{W}anchor", "")
            address = ""
            if rid and part is not None and rid in part.rels and part.rels[rid].is_external:
                address = part.rels[rid].target_ref
            if anchor and "#" not in address:
                address += f"#{anchor}"
            if props is not None and address:
                found.setdefault(address, deepcopy(props))
        return found


def english_runs(p, runs: list[inline.Run], base, notes: dict[str, object], links: Links,
                 originals: dict[str, object]) -> list:
    """The elements that hold `runs` in paragraph `p`: w:r, w:hyperlink (formatted like
    `originals`, Links.originals read before `p` was emptied), and the source's note
    reference runs taken out of `notes` as their tags come."""
    out: list = []
    holder, holder_href = None, ""
    for run in runs:
        if run.solo:
            holder = None
            if run.solo == "note" and run.href in notes:
                out.append(notes.pop(run.href))
            elif run.text and run.solo not in ("image", "note"):
                out.append(_run(run.text, base, frozenset()))
            continue
        original = originals.get(run.href) if run.href else None
        element = _run(run.text, base if original is None else original, run.styles,
                       link=bool(run.href) and original is None)
        if not run.href:
            holder = None
            out.append(element)
            continue
        if holder is None or holder_href != run.href:
            holder, holder_href = etree.Element(f"{W}hyperlink", links.attributes(p, run.href)), run.href
            out.append(holder)
        holder.append(element)
    return out


def _run(text: str, props, styles: frozenset[str], link: bool = False):
    run = etree.Element(f"{W}r")
    rpr = deepcopy(props) if props is not None else etree.Element(f"{W}rPr")
    for style in sorted(styles):
        if style in ("b", "i"):
            put(rpr, style, _RPR_ORDER)
        elif style == "u":
            put(rpr, "u", _RPR_ORDER, val="single")
        elif style == "s":
            put(rpr, "strike", _RPR_ORDER)
        elif style in ("sup", "sub"):
            put(rpr, "vertAlign", _RPR_ORDER, val="superscript" if style == "sup" else "subscript")
        elif style == "code":
            put(rpr, "rFonts", _RPR_ORDER, ascii=CODE_FONT, hAnsi=CODE_FONT)
    if link:
        put(rpr, "color", _RPR_ORDER, val=LINK_COLOR)
        put(rpr, "u", _RPR_ORDER, val="single")
    if len(rpr):
        run.append(rpr)
    for n, line in enumerate(text.split("\n")):
        if n:
            etree.SubElement(run, f"{W}br")
        for m, piece in enumerate(line.split("\t")):
            if m:
                etree.SubElement(run, f"{W}tab")  # a tab survives as Word's own
            if piece:
                t = etree.SubElement(run, f"{W}t")
                t.text = piece
                t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    return run
