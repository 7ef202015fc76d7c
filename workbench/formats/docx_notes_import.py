"""The parts of a DOCX around its body: headers, footers, footnotes and endnotes.

Found through the main document part's relationships (never by guessing part names), parsed
from the package python-docx has already opened (import_zipcheck checked every XML part for
size and DOCTYPE first). Returned as the XML elements to walk, in the order the import places
them:
- headers and footers come before the body, once each: the same text in several sections, or
  on first/even pages, is one paragraph to translate;
- a footnote comes right after the body paragraph that cites it (w:footnoteReference), an
  endnote after the body's last paragraph, in the order cited; separator and continuation
  notes (w:type) are not text.
"""

from __future__ import annotations

from workbench.formats.docx_styles_import import W

_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
HEADER, FOOTER = _REL + "header", _REL + "footer"
FOOTNOTES, ENDNOTES = _REL + "footnotes", _REL + "endnotes"
_NOT_TEXT = {"separator", "continuationSeparator", "continuationNotice"}


def part_roots(document, reltype: str) -> list[tuple[object, object]]:
    """(part, XML root) of each part of `reltype`: the part's own live element when python-docx
    parsed it (headers, footers), else a tree parsed from its bytes (footnotes, endnotes: an
    exporter that changes it writes it back with `store_root`)."""
    from docx.oxml import parse_xml

    found = []
    for rel in document.part.rels.values():
        if rel.reltype != reltype or rel.is_external:
            continue
        part = rel.target_part
        found.append((part, part.element if hasattr(part, "element") else parse_xml(part.blob)))
    return found


def store_root(part, root) -> None:
    """Write a changed tree back into a part python-docx keeps as bytes."""
    if not hasattr(part, "element"):
        from lxml import etree

        part._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def _parts(document, reltype: str) -> list:
    return [root for _part, root in part_roots(document, reltype)]


def margins(document) -> list:
    """The header and footer roots (w:hdr, w:ftr), headers first, in relationship order."""
    return _parts(document, HEADER) + _parts(document, FOOTER)


def notes(document, reltype: str, roots: list | None = None) -> dict[str, object]:
    """Note id -> the w:footnote / w:endnote element, text notes only."""
    found: dict[str, object] = {}
    for root in roots if roots is not None else _parts(document, reltype):
        for note in root:
            if note.get(f"{W}type") in _NOT_TEXT:
                continue
            if (nid := note.get(f"{W}id")) is not None:
                found.setdefault(nid, note)
    return found


def cited(paragraph, tag: str) -> list[str]:
    """The ids of the notes a body paragraph cites (w:footnoteReference / w:endnoteReference)."""
    return [ref.get(f"{W}id") for ref in paragraph.iter(f"{W}{tag}") if ref.get(f"{W}id") is not None]
