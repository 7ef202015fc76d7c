"""The Arabic font of the DOCX exports and its fallbacks, through the font table.

A run names one complex-script font (`w:rFonts/@w:cs`): Amiri, a Naskh face made for running
text, rather than Arial, whose Arabic is a plain simplified face. Where
Amiri is not installed, word/fontTable.xml tells Word and LibreOffice what to look for instead:
- `w:altName`, a comma-separated list of other names for the face (ECMA-376 17.8.3.1):
  Noto Naskh Arabic, then Times New Roman and Arial, whose Arabic every Windows and macOS has;
- `w:panose1`, `w:charset` (B2: Arabic), `w:family` and `w:sig` (Unicode ranges and code
  pages, Arabic bits set), which Word's substitution matches against the installed fonts.
The values are those of the fonts themselves (OS/2 table of Amiri 1.0 and Noto Naskh Arabic).
Pure functions; any thread may call them.
"""

from __future__ import annotations

from dataclasses import dataclass

from lxml import etree

ARABIC_FONT = "Amiri"
FALLBACK_FONTS = ("Noto Naskh Arabic", "Times New Roman", "Arial")
FONT_TABLE_PART = "word/fontTable.xml"

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)


@dataclass(frozen=True, slots=True)
class FontEntry:
    """One `w:font` of the font table: what a word processor needs to substitute it."""

    name: str
    alt_names: tuple[str, ...]
    panose: str
    usb: tuple[str, str, str, str]  # Unicode subset bits (OS/2 ulUnicodeRange1-4)
    csb: tuple[str, str]  # code page bits (OS/2 ulCodePageRange1-2)
    charset: str = "B2"  # ANSI_CHARSET would be 00; B2 is ARABIC_CHARSET
    family: str = "roman"  # Naskh is the Arabic counterpart of a serif face


FONT_ENTRIES = (
    FontEntry(ARABIC_FONT, FALLBACK_FONTS, "00000500000000000000",
              ("A000206F", "82002043", "00000008", "00000000"), ("000000D3", "00080000")),
    FontEntry("Noto Naskh Arabic", FALLBACK_FONTS[1:], "020B0502040504020204",
              ("80002003", "80002000", "00000008", "00000000"), ("00000040", "00000000")),
)


def with_arabic_fonts(font_table: bytes, entries: tuple[FontEntry, ...] = FONT_ENTRIES) -> bytes:
    """`font_table` (the bytes of word/fontTable.xml) with `entries` in place of any entries of
    the same names; the other fonts (python-docx's Arial and Times New Roman among them) stay."""
    root = etree.fromstring(font_table, _PARSER)
    names = {entry.name for entry in entries}
    for font in root.findall(f"{{{_W}}}font"):
        if font.get(f"{{{_W}}}name") in names:
            root.remove(font)
    for entry in entries:
        root.append(_font_element(entry))
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def _font_element(entry: FontEntry) -> etree._Element:
    def child(parent: etree._Element, tag: str, **values: str) -> etree._Element:
        element = etree.SubElement(parent, f"{{{_W}}}{tag}")
        for key, value in values.items():
            element.set(f"{{{_W}}}{key}", value)
        return element

    font = etree.Element(f"{{{_W}}}font")
    font.set(f"{{{_W}}}name", entry.name)
    child(font, "altName", val=",".join(entry.alt_names))
    child(font, "panose1", val=entry.panose)
    child(font, "charset", val=entry.charset)
    child(font, "family", val=entry.family)
    child(font, "pitch", val="variable")
    usb, csb = entry.usb, entry.csb
    child(font, "sig", usb0=usb[0], usb1=usb[1], usb2=usb[2], usb3=usb[3], csb0=csb[0], csb1=csb[1])
    return font
