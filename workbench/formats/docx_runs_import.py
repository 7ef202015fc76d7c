"""The text of one DOCX paragraph with its inline formatting (bold, links, note references...).

docx_import walks blocks; this reads what is inside one w:p, in order:
- w:t -> text; w:tab/w:ptab -> "\\t", w:br/w:cr -> "\\n", w:noBreakHyphen -> U+2011, each in
  its run's formatting;
- a run's styles come from docx_styles_import.RunStyles (character style, then direct
  formatting): bold, italic, underline, strikethrough, superscript, subscript;
- w:hyperlink -> a link: an external address through the relationship of the part the
  paragraph is in (a header's rId is not the body's), an internal one as "#bookmark"; a
  HYPERLINK field (w:fldSimple, or w:fldChar begin/separate/end around its w:instrText, as
  converters from HTML write it) -> a link over the field's result the same way;
- w:footnoteReference / w:endnoteReference -> a solo "note" mark, href "footnote:<w:id>" /
  "endnote:<w:id>", text the number Word shows: the note's place in citation order (a note
  with a custom mark, w:customMarkFollows, shows its own text, which stays text);
- text boxes (w:txbxContent) are handed back to be walked as paragraphs of their own;
- left out as before: paragraph and run properties, tracked deletions, moved-from text, field
  codes (their results are kept), mc:Fallback copies, nested w:p (a text box's).
"""

from __future__ import annotations

import re

from workbench.formats.docx_styles_import import W, RunStyles
from workbench.formats.inline_import import InlineText

_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
TEXT_BREAKS = {f"{W}tab": "\t", f"{W}ptab": "\t", f"{W}br": "\n", f"{W}cr": "\n",
               f"{W}noBreakHyphen": "\u2011"}
SKIPPED = {f"{W}pPr", f"{W}rPr", f"{W}del", f"{W}moveFrom", f"{W}instrText", f"{W}delText",
           f"{_MC}Fallback", f"{W}p"}
_NOTE_REFERENCES = {f"{W}footnoteReference": "footnote", f"{W}endnoteReference": "endnote"}
_ON = {"1", "true", "on"}
# a field instruction's words: a switch with its quoted argument, a switch, a quoted or bare word
_FIELD_WORDS = re.compile(r'\\[A-Za-z]\s+"[^"]*"|\\[A-Za-z]|"[^"]*"|[^\s"]+')


class RunReader:
    """Reads paragraphs for one import, on the importing thread: it counts the note references
    it has seen (their numbers) and knows each part's hyperlink relationships.

    `links` holds (part root element, {rId: address}) for each part whose paragraphs are read;
    a paragraph finds its part by its tree's root (lxml keeps one proxy per live element)."""

    def __init__(self, run_styles: RunStyles | None = None,
                 links: list[tuple[object, dict[str, str]]] | None = None):
        self.run_styles = run_styles or RunStyles(None)
        self._links = links or []
        self._numbers = {"footnote": 0, "endnote": 0}

    def paragraph(self, p) -> tuple[InlineText, list]:
        """The pieces of one w:p and the text-box contents anchored in it."""
        pieces = InlineText()
        boxes: list = []
        addresses = self._addresses(p)
        fields: list[list] = []  # open complex fields: [instruction parts, link address or None]

        def link(href: str) -> str:
            return href or next((field[1] for field in reversed(fields) if field[1]), "")

        def visit(element, styles: frozenset[str], href: str) -> None:
            for child in element:
                tag = child.tag
                if tag == f"{W}t":
                    pieces.text(child.text or "", styles, link(href))
                elif tag in TEXT_BREAKS:
                    pieces.text(TEXT_BREAKS[tag], styles, link(href))
                elif tag == f"{W}fldChar":
                    _field_char(fields, child.get(f"{W}fldCharType"))
                elif tag == f"{W}instrText":
                    if fields and fields[-1][1] is None:
                        fields[-1][0].append(child.text or "")
                elif tag == f"{W}fldSimple":
                    visit(child, styles, field_link(child.get(f"{W}instr", "")) or href)
                elif tag in _NOTE_REFERENCES:
                    self._note(pieces, child, _NOTE_REFERENCES[tag])
                elif tag == f"{W}txbxContent":
                    boxes.append(child)
                elif tag == f"{W}r":
                    visit(child, self.run_styles.of(child), href)
                elif tag == f"{W}hyperlink":
                    visit(child, styles, _address(child, addresses) or href)
                elif tag not in SKIPPED and isinstance(tag, str):
                    visit(child, styles, href)

        visit(p, frozenset(), "")
        return pieces, boxes

    def _note(self, pieces: InlineText, reference, kind: str) -> None:
        note_id = reference.get(f"{W}id")
        if note_id is None:
            return
        shown = ""
        if reference.get(f"{W}customMarkFollows", "0").lower() not in _ON:
            self._numbers[kind] += 1
            shown = str(self._numbers[kind])
        pieces.solo("note", f"{kind}:{note_id}", shown)

    def _addresses(self, element) -> dict[str, str]:
        root = element.getroottree().getroot()
        return next((found for part_root, found in self._links if part_root is root), {})


def _address(hyperlink, addresses: dict[str, str]) -> str:
    """Where a w:hyperlink points: its relationship's address, "#bookmark" for an internal one."""
    rid = hyperlink.get(f"{_R}id")
    anchor = hyperlink.get(f"{W}anchor", "")
    address = addresses.get(rid, "") if rid else ""
    if anchor and "#" not in address:
        address += f"#{anchor}"
    return address


def _field_char(fields: list[list], kind: str | None) -> None:
    if kind == "begin":
        fields.append([[], None])
    elif kind == "separate" and fields:
        fields[-1][1] = field_link("".join(fields[-1][0]))
    elif kind == "end" and fields:
        fields.pop()


def field_link(instruction: str) -> str:
    """The address of a HYPERLINK field instruction ("#bookmark" for \\l), "" for any other."""
    words = _FIELD_WORDS.findall(instruction)
    if not words or words[0].upper() != "HYPERLINK":
        return ""
    address = anchor = ""
    for word in words[1:]:
        if word[:2] in ("\\l", "\\L") and '"' in word:
            anchor = word.split('"')[1]
        elif not word.startswith("\\") and not address:
            address = word.strip('"')
    return address + (f"#{anchor}" if anchor and "#" not in address else "")


def part_links(part) -> dict[str, str]:
    """{rId: address} of a package part's external hyperlink relationships."""
    found = {}
    for rid, rel in part.rels.items():
        if rel.is_external and rel.reltype.endswith("/hyperlink"):
            found[rid] = rel.target_ref
    return found
