"""TBX glossaries (ISO 30042): read TBX 2008 (`martif`: termEntry/langSet/tig|ntig/term) and
TBX v3 (`tbx`: conceptEntry/langSec/termSec/term), with or without namespaces; write the TBX-Basic
`martif` dialect most terminology tools import.

Reading: parsed with defusedxml, DTDs, entities and external references forbidden, so a
file with a DOCTYPE is refused whole. Per entry: every Arabic term not marked deprecated
becomes a glossary entry; the English term is the first preferred one, else the first not
deprecated; English terms whose administrativeStatus (or the older normativeAuthorization) is
deprecated or superseded become forbidden renderings; `note` and definitions become the note;
our own `termNote type="x-matchMode"` carries the match mode. An entry without a usable Arabic
or English term is skipped and counted. Rows in errors are 1-based entry numbers.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

from workbench.core.errors import GlossaryImportError
from workbench.formats.glossary_rows import GlossaryFile, GlossaryRow, checked_entry
from workbench.glossary.entries import GlossaryEntry

XML_NS = "http://www.w3.org/XML/1998/namespace"
_LANG = f"{{{XML_NS}}}lang"
_ENTRY = ("termEntry", "conceptEntry")
_LANG_SECTION = ("langSet", "langSec")
_TERM_SECTION = ("tig", "ntig", "termSec")
_STATUS = ("administrativeStatus", "normativeAuthorization")
_MODE = "x-matchMode"
_NOTES = ("note", "definition")
_ILLEGAL_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_FIELDS = frozenset(("arabic", "english", "note", "forbidden", "mode"))


def _local(tag) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _text(el) -> str:
    return " ".join("".join(el.itertext()).split())


def _note_text(el) -> str:
    return "".join(el.itertext()).strip()


def _lang(el) -> str:
    return (el.get(_LANG) or el.get("lang") or "").lower().split("-")[0]


def parse_tbx(path: Path, data: bytes) -> GlossaryFile:
    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import fromstring

    try:
        root = fromstring(data, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    except DefusedXmlException:
        raise GlossaryImportError(path, "the file declares a DTD or entities, which are refused") from None
    except ET.ParseError as exc:
        line = exc.position[0] if getattr(exc, "position", None) else None
        raise GlossaryImportError(path, f"not well-formed XML (line {line})" if line else "not well-formed XML") from None
    if _local(root.tag) not in ("martif", "tbx"):
        raise GlossaryImportError(path, f"not a TBX file (root element <{_local(root.tag)}>)")
    rows, skipped = [], 0
    entries = [el for el in root.iter() if _local(el.tag) in _ENTRY]
    for number, element in enumerate(entries, 1):
        found = _read_entry(element)
        if found is None:
            skipped += 1
            continue
        for entry in found:
            rows.append(GlossaryRow(number, checked_entry(path, number, entry), _FIELDS))
    return GlossaryFile(tuple(rows), skipped)


def _read_entry(element) -> list[GlossaryEntry] | None:
    notes = [_note_text(c) for c in element if _note(c)]
    arabic: list[tuple[str, str]] = []  # (term, mode)
    english, forbidden = [], []
    for section in (c for c in element if _local(c.tag) in _LANG_SECTION):
        lang = _lang(section)
        notes.extend(_note_text(c) for c in section if _note(c))
        groups = [c for c in section if _local(c.tag) in _TERM_SECTION] or [section]
        for group in groups:
            term = next((_text(t) for t in group.iter() if _local(t.tag) == "term"), "")
            if not term:
                continue
            status, mode = "", "smart"
            for t in group.iter():
                kind = t.get("type", "")
                if _local(t.tag) in ("termNote", "admin", "descrip") and kind in _STATUS:
                    status = _text(t).lower()
                elif _local(t.tag) == "termNote" and kind == _MODE:
                    mode = _text(t).lower()
                elif _note(t) and t is not group:
                    notes.append(_note_text(t))
            rejected = "deprecated" in status or "superseded" in status
            if lang == "ar" and not rejected:
                arabic.append((term, mode))
            elif lang == "en":
                (forbidden if rejected else english).append((term, "preferred" in status))
    usable = [t for t, _preferred in english]
    if not arabic or not usable:
        return None
    preferred = next((t for t, p in english if p), usable[0])
    note = "\n".join(dict.fromkeys(n for n in notes if n))
    bad = tuple(t for t, _ in forbidden)
    return [GlossaryEntry(a, preferred, note, bad, m) for a, m in arabic]


def _note(el) -> bool:
    tag = _local(el.tag)
    return tag == "note" or (tag == "descrip" and el.get("type", "") in _NOTES)


def tbx_bytes(entries: list[GlossaryEntry]) -> bytes:
    """A TBX-Basic (TBX 2008 `martif`) document holding `entries`, UTF-8."""
    root = ET.Element("martif", {"type": "TBX-Basic", _LANG: "en"})
    header = ET.SubElement(ET.SubElement(ET.SubElement(root, "martifHeader"), "fileDesc"), "sourceDesc")
    ET.SubElement(header, "p").text = "Arabic-English glossary exported by arabic-workbench"
    body = ET.SubElement(ET.SubElement(root, "text"), "body")
    for e in entries:
        entry = ET.SubElement(body, "termEntry", {"id": e.ref} if e.id is not None else {})
        if e.note:
            ET.SubElement(entry, "note").text = _clean(e.note)
        ar = ET.SubElement(entry, "langSet", {_LANG: "ar"})
        _tig(ar, e.arabic, "preferredTerm-admn-sts", e.mode if e.mode != "smart" else None)
        en = ET.SubElement(entry, "langSet", {_LANG: "en"})
        _tig(en, e.english, "preferredTerm-admn-sts")
        for rendering in e.forbidden:
            _tig(en, rendering, "deprecatedTerm-admn-sts")
    ET.indent(root)
    return b'<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode").encode("utf-8") + b"\n"


def _tig(parent, term: str, status: str, mode: str | None = None) -> None:
    tig = ET.SubElement(parent, "tig")
    ET.SubElement(tig, "term").text = _clean(term)
    ET.SubElement(tig, "termNote", {"type": "administrativeStatus"}).text = status
    if mode:
        ET.SubElement(tig, "termNote", {"type": _MODE}).text = mode


def _clean(text: str) -> str:
    return _ILLEGAL_XML.sub("", text)
