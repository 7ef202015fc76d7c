"""What kind of segment a DOCX paragraph is, from its own properties and its style chain.

Read straight from the XML (w:styles and w:pPr) so that one lookup table serves every paragraph:
- heading: style named "heading N" / "Title" (Word stores built-in names in English even in an
  Arabic Word; "عنوان N" is accepted for hand-made styles), or an outline level 0-8 set on the
  paragraph or inherited through basedOn. Levels are capped at 6, the range Segment documents;
- list item: numbering (w:numPr with a non-zero numId) on the paragraph or its style, or a list
  style name ("List Paragraph", "List Bullet 2", ...); level = ilvl + 1, or the digit of the
  style name when no ilvl is set anywhere;
- quote: "Quote" / "Intense Quote";
- anything else: a paragraph.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from workbench.core.model import Kind

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_VAL = f"{W}val"
_HEADING_NAME = re.compile(r"^(?:heading|عنوان)\s*([1-9])$", re.IGNORECASE)
_TITLE_NAMES = {"title", "العنوان"}
_LIST_NAME = re.compile(r"^list(?: paragraph| bullet| number| continue)?(?:\s*([1-9]))?$", re.IGNORECASE)
_QUOTE_NAMES = {"quote", "intense quote"}
MAX_HEADING_LEVEL = 6


@dataclass(frozen=True, slots=True)
class _Style:
    name: str
    based_on: str | None
    outline: int | None  # 0-8 from w:outlineLvl; 9 means body text
    numbered: bool | None  # None: not set here, inherit
    ilvl: int | None


def _outline(ppr) -> int | None:
    node = None if ppr is None else ppr.find(f"{W}outlineLvl")
    value = None if node is None else node.get(_VAL, "")
    return int(value) if value and value.isdigit() else None


def _numbering(ppr) -> tuple[bool | None, int | None]:
    num_pr = None if ppr is None else ppr.find(f"{W}numPr")
    if num_pr is None:
        return None, None
    num_id = num_pr.find(f"{W}numId")
    ilvl = num_pr.find(f"{W}ilvl")
    numbered = None if num_id is None else num_id.get(_VAL, "0") != "0"
    level = ilvl.get(_VAL, "") if ilvl is not None else ""
    return numbered, int(level) if level.isdigit() else None


class StyleTable:
    """Paragraph styles of one document, resolved through basedOn. Owned by one import."""

    def __init__(self, styles_element):
        self._styles: dict[str, _Style] = {}
        self._default: str | None = None
        if styles_element is None:
            return
        for style in styles_element.iterfind(f"{W}style"):
            if style.get(f"{W}type") != "paragraph":
                continue
            style_id = style.get(f"{W}styleId", "")
            name_el, based_el = style.find(f"{W}name"), style.find(f"{W}basedOn")
            ppr = style.find(f"{W}pPr")
            numbered, ilvl = _numbering(ppr)
            self._styles[style_id] = _Style(
                name="" if name_el is None else name_el.get(_VAL, "").strip(),
                based_on=None if based_el is None else based_el.get(_VAL),
                outline=_outline(ppr),
                numbered=numbered,
                ilvl=ilvl,
            )
            if style.get(f"{W}default") in ("1", "true", "on"):
                self._default = style_id

    def _chain(self, style_id: str | None):
        seen: set[str] = set()
        current = style_id if style_id in self._styles else self._default
        while current is not None and current in self._styles and current not in seen:
            seen.add(current)
            yield self._styles[current]
            current = self._styles[current].based_on

    def classify(self, ppr) -> tuple[Kind, int]:
        """(kind, level) of a paragraph from its w:pPr element (may be None)."""
        style_node = None if ppr is None else ppr.find(f"{W}pStyle")
        chain = list(self._chain(None if style_node is None else style_node.get(_VAL)))
        name = chain[0].name.lower() if chain else ""

        if match := _HEADING_NAME.match(name):
            return Kind.HEADING, min(int(match.group(1)), MAX_HEADING_LEVEL)
        if name in _TITLE_NAMES:
            return Kind.HEADING, 1
        outline = _outline(ppr)
        if outline is None:
            outline = next((s.outline for s in chain if s.outline is not None), None)
        if outline is not None and outline < 9:
            return Kind.HEADING, min(outline + 1, MAX_HEADING_LEVEL)

        numbered, ilvl = _numbering(ppr)
        if numbered is None:
            numbered = next((s.numbered for s in chain if s.numbered is not None), False)
        if ilvl is None:
            ilvl = next((s.ilvl for s in chain if s.ilvl is not None), None)
        list_name = _LIST_NAME.match(name)
        if numbered or list_name:
            if ilvl is not None:
                return Kind.LIST_ITEM, ilvl + 1
            # "List Bullet 2" numbers through its own list definition without an ilvl
            return Kind.LIST_ITEM, int(list_name.group(1) or 1) if list_name else 1
        if name in _QUOTE_NAMES:
            return Kind.QUOTE, 0
        return Kind.PARAGRAPH, 0


# -- inline formatting: what a run's properties and character style make it -------------------

_TOGGLES = {"b": (f"{W}b", f"{W}bCs"), "i": (f"{W}i", f"{W}iCs"), "s": (f"{W}strike", f"{W}dstrike")}
_VERT = {"superscript": "sup", "subscript": "sub"}
# built-in names of character styles that mean a style even where the styles part does not say
# so (a document whose styles.xml lost the definition still says "Strong")
_NAMED = {"strong": "b", "emphasis": "i"}
_OFF = {"0", "false", "off", "none"}


def _run_properties(rpr) -> dict[str, bool]:
    """The inline styles `rpr` sets, on or off; a property it does not mention is absent.
    Bold and italic count in either script's property (w:b, w:bCs): Word bolds Arabic text
    through w:bCs, python-docx and many converters only through w:b."""
    found: dict[str, bool] = {}
    if rpr is None:
        return found
    for style, tags in _TOGGLES.items():
        values = [node.get(_VAL, "1").lower() not in _OFF for tag in tags if (node := rpr.find(tag)) is not None]
        if values:
            found[style] = any(values)
    if (under := rpr.find(f"{W}u")) is not None:
        found["u"] = under.get(_VAL, "single").lower() not in _OFF
    if (vert := rpr.find(f"{W}vertAlign")) is not None:
        value = _VERT.get(vert.get(_VAL, ""))
        found["sup"], found["sub"] = value == "sup", value == "sub"
    return found


class RunStyles:
    """Inline styles of runs: character styles resolved through basedOn, then the run's own
    properties on top (direct formatting wins, property by property). Paragraph styles are not
    counted: a heading's bold is the heading's, not a mark. Owned by one import."""

    def __init__(self, styles_element):
        self._styles: dict[str, tuple[str | None, dict[str, bool]]] = {}
        self._cache: dict[str, dict[str, bool]] = {}
        if styles_element is None:
            return
        for style in styles_element.iterfind(f"{W}style"):
            if style.get(f"{W}type") != "character":
                continue
            name_el, based_el = style.find(f"{W}name"), style.find(f"{W}basedOn")
            own = _run_properties(style.find(f"{W}rPr"))
            named = _NAMED.get("" if name_el is None else name_el.get(_VAL, "").strip().lower())
            if named and not own:
                own = {named: True}
            self._styles[style.get(f"{W}styleId", "")] = (
                None if based_el is None else based_el.get(_VAL), own)

    def _character(self, style_id: str) -> dict[str, bool]:
        if style_id in self._cache:
            return self._cache[style_id]
        chain, current, seen = [], style_id, set()
        while current in self._styles and current not in seen:
            seen.add(current)
            chain.append(self._styles[current][1])
            current = self._styles[current][0]
        if not chain and (named := _NAMED.get(style_id.lower())):
            chain.append({named: True})  # "Strong" cited, never defined
        resolved: dict[str, bool] = {}
        for properties in reversed(chain):  # the base first, each style over it
            resolved.update(properties)
        self._cache[style_id] = resolved
        return resolved

    def of(self, run) -> frozenset[str]:
        """The styles ("b", "i", "u", "s", "sup", "sub") run `run` (a w:r) shows."""
        rpr = run.find(f"{W}rPr")
        if rpr is None:
            return frozenset()
        style_node = rpr.find(f"{W}rStyle")
        effective = dict(self._character(style_node.get(_VAL, ""))) if style_node is not None else {}
        effective.update(_run_properties(rpr))
        return frozenset(style for style, on in effective.items() if on)
