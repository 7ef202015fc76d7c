"""Left to right, in English: the style changes of the translated ODT (odt_translated_export).

In content.xml and styles.xml (automatic and named styles, the default styles, page layouts,
tables and sections alike):
- style:writing-mode rl-tb / rl becomes lr-tb / lr;
- fo:text-align end / right becomes start / left: a paragraph that sat at the right edge because
  Arabic starts there starts at the left, as English does; centred and justified stay;
- a text style whose Latin font is missing or is its complex-script (Arabic) font gets the
  document's Latin font (the default style's, else Liberation Serif, declared where used);
- fo:language ar becomes en (country US); meta.xml's dc:language says en-US.
Tracked changes are accepted (the change marks and the record of deleted text go): the
rewritten paragraphs no longer hold the marks the record points to.
"""

from __future__ import annotations

from workbench.formats.odt_import import DC, OFFICE, TEXT
from workbench.formats.odt_translated_write import FO, STYLE

SVG = "{urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0}"
_MODES = {"rl-tb": "lr-tb", "rl": "lr"}
_ALIGN = {"end": "start", "right": "left"}
_FALLBACK_FONT = "Liberation Serif"
_CHANGE_MARKS = (f"{TEXT}change", f"{TEXT}change-start", f"{TEXT}change-end")


def left_to_right(content, styles=None, meta=None) -> None:
    """Make the parsed parts left to right and English, in place."""
    latin = _latin_font(styles if styles is not None else content)
    for root in (content, styles):
        if root is None:
            continue
        for element in root.iter():
            _attributes(element, root, latin)
        for tracked in list(root.iter(f"{TEXT}tracked-changes")):
            tracked.getparent().remove(tracked)
        for mark in list(root.iter(*_CHANGE_MARKS)):
            _remove_keeping_tail(mark)
    if meta is not None:
        for language in meta.iter(f"{DC}language"):
            language.text = "en-US"


def _attributes(element, root, latin: str) -> None:
    mode = element.get(f"{STYLE}writing-mode")
    if mode in _MODES:
        element.set(f"{STYLE}writing-mode", _MODES[mode])
    align = element.get(f"{FO}text-align")
    if align in _ALIGN:
        element.set(f"{FO}text-align", _ALIGN[align])
    if element.get(f"{FO}language") == "ar":
        element.set(f"{FO}language", "en")
        element.set(f"{FO}country", "US")
    if element.tag != f"{STYLE}text-properties":
        return
    complex_font = element.get(f"{STYLE}font-name-complex") or element.get(f"{STYLE}font-family-complex")
    own = element.get(f"{STYLE}font-name")
    if complex_font and (own is None and element.get(f"{FO}font-family") is None or own == complex_font):
        element.set(f"{STYLE}font-name", latin)
        _declare(root, latin)


def _latin_font(root) -> str:
    """The default paragraph style's Latin font, when it is not also its Arabic one."""
    for default in root.iter(f"{STYLE}default-style"):
        if default.get(f"{STYLE}family") != "paragraph":
            continue
        properties = default.find(f"{STYLE}text-properties")
        if properties is not None:
            name = properties.get(f"{STYLE}font-name")
            if name and name != properties.get(f"{STYLE}font-name-complex"):
                return name
    return _FALLBACK_FONT


def _declare(root, name: str) -> None:
    """A style:font-name must name a style:font-face of the same part."""
    from lxml import etree

    decls = root.find(f"{OFFICE}font-face-decls")
    if decls is None:
        decls = etree.Element(f"{OFFICE}font-face-decls")
        root.insert(_decls_position(root), decls)
    if any(face.get(f"{STYLE}name") == name for face in decls):
        return
    etree.SubElement(decls, f"{STYLE}font-face", {
        f"{STYLE}name": name, f"{SVG}font-family": f"'{name}'",
        f"{STYLE}font-family-generic": "roman", f"{STYLE}font-pitch": "variable"})


def _decls_position(root) -> int:
    """office:font-face-decls comes after office:scripts and before the styles."""
    for n, child in enumerate(root):
        if child.tag not in (f"{OFFICE}scripts",):
            return n
    return len(root)


def _remove_keeping_tail(element) -> None:
    parent = element.getparent()
    if element.tail:
        previous = element.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + element.tail
        else:
            parent.text = (parent.text or "") + element.tail
    parent.remove(element)
