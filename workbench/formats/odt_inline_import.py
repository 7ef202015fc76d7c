"""The text of one ODT paragraph with its inline formatting (bold, links, note citations...).

odt_import walks blocks; this reads what is inside one text:p / text:h, in order:
- text -> text, its runs of ordinary whitespace collapsed to one space (ODF's white-space rule);
  text:s -> spaces (text:c of them), text:tab -> "\\t", text:line-break -> "\\n";
- text:span -> the styles of its text style (`OdtStyles`), over those of the spans around it;
- text:a -> a link to its xlink:href (never followed);
- text:note -> a solo "note" mark where it is cited, href "note:<text:id>", text the citation;
  its body is handed back, with the citation, to become paragraphs after this one; a text box
  (draw:text-box) is handed back the same way;
- left out: what odt_import.SKIPPED names (tracked deletions, comments, index bodies, a
  heading's cached outline number text:number).

A paragraph's own automatic style counts too: LibreOffice keeps "this whole paragraph is bold"
there, as direct formatting. Named paragraph styles (a heading's bold) do not.
"""

from __future__ import annotations

import re

from workbench.formats.inline_import import InlineText

TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
DRAW = "{urn:oasis:names:tc:opendocument:xmlns:drawing:1.0}"
OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
STYLE = "{urn:oasis:names:tc:opendocument:xmlns:style:1.0}"
FO = "{urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0}"
XLINK = "{http://www.w3.org/1999/xlink}"
_WHITESPACE = re.compile(r"[ \t\r\n]+")
_WEIGHTS = {"bold": True, "normal": False}
_POSITION = re.compile(r"^\s*(super|sub|-?\d+(?:\.\d+)?%)")


def _properties(props) -> dict[str, bool]:
    """The inline styles a style:text-properties element sets, on or off. Bold and italic
    count in the Latin or the complex-script property (Arabic text is complex script)."""
    found: dict[str, bool] = {}
    if props is None:
        return found
    for style, names, on in (("b", ("font-weight",), _bold), ("i", ("font-style",), _italic)):
        values = [on(v) for name in names for v in (props.get(f"{FO}{name}"),
                                                     props.get(f"{STYLE}{name}-complex")) if v]
        if values:
            found[style] = any(values)
    for style, name in (("u", "text-underline-style"), ("s", "text-line-through-style")):
        if (value := props.get(f"{STYLE}{name}")) is not None:
            found[style] = value != "none"
    if (value := props.get(f"{STYLE}text-position")) is not None and (match := _POSITION.match(value)):
        word = match.group(1)
        shift = 0.0 if word in ("super", "sub") else float(word[:-1])
        found["sup"], found["sub"] = word == "super" or shift > 0, word == "sub" or shift < 0
    return found


def _bold(value: str) -> bool:
    return _WEIGHTS.get(value, value.isdigit() and int(value) >= 600)


def _italic(value: str) -> bool:
    return value in ("italic", "oblique")


class OdtStyles:
    """Inline styles by style name: automatic text and paragraph styles of content.xml, and the
    named text styles of styles.xml they (or a span) inherit from ("Strong_20_Emphasis")."""

    def __init__(self, content, styles=None):
        self._text: dict[str, tuple[str | None, dict[str, bool]]] = {}
        self._paragraph: dict[str, dict[str, bool]] = {}
        for root, container in ((styles, f"{OFFICE}styles"), (content, f"{OFFICE}automatic-styles"),
                                (styles, f"{OFFICE}automatic-styles")):
            holder = None if root is None else root.find(container)
            for style in () if holder is None else holder.iterfind(f"{STYLE}style"):
                name, family = style.get(f"{STYLE}name"), style.get(f"{STYLE}family")
                props = _properties(style.find(f"{STYLE}text-properties"))
                if family == "text" and name:
                    self._text.setdefault(name, (style.get(f"{STYLE}parent-style-name"), props))
                elif family == "paragraph" and name and container.endswith("automatic-styles"):
                    self._paragraph.setdefault(name, props)  # direct formatting only

    def text(self, name: str | None) -> dict[str, bool]:
        chain, seen = [], set()
        while name in self._text and name not in seen:
            seen.add(name)
            chain.append(self._text[name][1])
            name = self._text[name][0]
        resolved: dict[str, bool] = {}
        for props in reversed(chain):
            resolved.update(props)
        return resolved

    def paragraph(self, name: str | None) -> dict[str, bool]:
        return dict(self._paragraph.get(name or "", {}))


def inline_text(p, styles: OdtStyles, skipped: set[str]) -> tuple[InlineText, list]:
    """The pieces of one text:p/text:h and what it anchors: [(citation, note body)], citation
    None for a text box."""
    pieces = InlineText()
    extras: list = []

    def on(props: dict[str, bool]) -> frozenset[str]:
        return frozenset(style for style, value in props.items() if value)

    def visit(element, props: dict[str, bool], href: str) -> None:
        pieces.text(_WHITESPACE.sub(" ", element.text or ""), on(props), href)
        for child in element:
            tag = child.tag
            if tag == f"{TEXT}s":
                pieces.text(" " * _count(child.get(f"{TEXT}c")), on(props), href)
            elif tag == f"{TEXT}tab":
                pieces.text("\t", on(props), href)
            elif tag == f"{TEXT}line-break":
                pieces.text("\n", on(props), href)
            elif tag == f"{TEXT}note":
                citation = " ".join((child.findtext(f"{TEXT}note-citation") or "").split())
                pieces.solo("note", f"note:{child.get(f'{TEXT}id', '')}", citation)
                body = child.find(f"{TEXT}note-body")
                if body is not None:
                    extras.append((citation, body))
            elif tag == f"{DRAW}text-box":
                extras.append((None, child))
            elif isinstance(tag, str) and tag not in skipped and tag not in (f"{TEXT}p", f"{TEXT}h"):
                inner = props
                if tag == f"{TEXT}span":
                    inner = {**props, **styles.text(child.get(f"{TEXT}style-name"))}
                link = child.get(f"{XLINK}href", "") if tag == f"{TEXT}a" else ""
                visit(child, inner, link or href)  # spans, links, fields, frames
            pieces.text(_WHITESPACE.sub(" ", child.tail or ""), on(props), href)

    visit(p, styles.paragraph(p.get(f"{TEXT}style-name")), "")
    pieces.strip(" ")
    return pieces, extras


def _count(value: str | None) -> int:
    try:
        return min(max(int(value or "1"), 1), 1000)
    except ValueError:
        return 1
