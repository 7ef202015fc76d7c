"""Low-level WordprocessingML the python-docx API does not offer: direction, complex-script
fonts and sizes, language tags, repeated table headers, cell shading.

Word is strict about the order of children in `w:pPr`, `w:rPr`, `w:trPr` and `w:tcPr`
(a misplaced element makes it report the file as damaged), so every element is inserted at
its schema position (ECMA-376 part 1, CT_PPrBase, CT_RPr, CT_TrPrBase, CT_TcPr).
Functions mutate python-docx objects in place; they are called by one export at a time.
"""

from __future__ import annotations

from typing import Any

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

# Successors of each element we add, in schema order; an element goes before the first one present.
_PPR_ORDER = (
    "pStyle keepNext keepLines pageBreakBefore framePr widowControl numPr suppressLineNumbers "
    "pBdr shd tabs suppressAutoHyphens kinsoku wordWrap overflowPunct topLinePunct autoSpaceDE "
    "autoSpaceDN bidi adjustRightInd snapToGrid spacing ind contextualSpacing mirrorIndents "
    "suppressOverlap jc textDirection textAlignment textboxTightWrap outlineLvl divId cnfStyle "
    "rPr sectPr pPrChange"
).split()
_RPR_ORDER = (
    "rStyle rFonts b bCs i iCs caps smallCaps strike dstrike outline shadow emboss imprint "
    "noProof snapToGrid vanish webHidden color spacing w kern position sz szCs highlight u "
    "effect bdr shd fitText vertAlign rtl cs em lang eastAsianLayout specVanish oMath"
).split()
_TRPR_ORDER = (
    "cnfStyle divId gridBefore gridAfter wBefore wAfter cantSplit trHeight tblHeader "
    "tblCellSpacing jc hidden ins del trPrChange"
).split()
_TCPR_ORDER = (
    "cnfStyle tcW gridSpan hMerge vMerge tcBorders shd noWrap tcMar textDirection tcFitText "
    "vAlign hideMark headers cellIns cellDel cellMerge tcPrChange"
).split()


def w(tag: str) -> str:
    """Clark name of a WordprocessingML element or attribute: w("bidi") -> "{ns}bidi"."""
    return f"{{{W_NS}}}{tag}"


def put(parent: Any, tag: str, order: list[str], **attrs: str) -> Any:
    """Replace child `w:tag` of `parent` by a new one with `attrs`, at its schema position."""
    from docx.oxml import OxmlElement

    for old in parent.findall(w(tag)):
        parent.remove(old)
    element = OxmlElement(f"w:{tag}")
    for name, value in attrs.items():
        element.set(w(name), value)
    later = order[order.index(tag) + 1 :]
    for child in parent:
        if child.tag.startswith(f"{{{W_NS}}}") and child.tag.split("}")[1] in later:
            child.addprevious(element)
            return element
    parent.append(element)
    return element


def set_paragraph_rtl(paragraph: Any) -> None:
    """Make a paragraph right-to-left (`w:bidi`).

    No `w:jc` is written: a bidi paragraph starts at the right margin by default in Word and
    LibreOffice, while the meaning of jc="left"/"right" inside bidi paragraphs differs between
    OOXML editions (absolute vs. start/end), which can flip the alignment in one of them.
    """
    put(paragraph._p.get_or_add_pPr(), "bidi", _PPR_ORDER)


def format_run(
    run: Any,
    *,
    rtl: bool,
    language: str,
    cs_font: str = "",
    font: str = "",
    size_pt: float | None = None,
    bold: bool = False,
    color: str = "",
    no_proof: bool = False,
) -> None:
    """Direction, fonts, sizes (Latin and complex script alike) and language of one run.

    Word draws Arabic in a run marked `w:rtl` with the complex-script properties (`rFonts/@cs`,
    `szCs`, `bCs`, `lang/@bidi`), so each is set next to its Latin twin.
    """
    rpr = run._r.get_or_add_rPr()
    fonts: dict[str, str] = {}
    if font:
        fonts.update(ascii=font, hAnsi=font)
    if cs_font:
        fonts["cs"] = cs_font
    if rtl:
        fonts["hint"] = "cs"  # neutral characters (digits, punctuation) use the cs font too
    if fonts:
        put(rpr, "rFonts", _RPR_ORDER, **fonts)
    if bold:
        put(rpr, "b", _RPR_ORDER)
        put(rpr, "bCs", _RPR_ORDER)
    if no_proof:  # code and ids: no spelling squiggles
        put(rpr, "noProof", _RPR_ORDER)
    if color:
        put(rpr, "color", _RPR_ORDER, val=color)
    if size_pt is not None:
        half_points = str(round(size_pt * 2))
        put(rpr, "sz", _RPR_ORDER, val=half_points)
        put(rpr, "szCs", _RPR_ORDER, val=half_points)
    if rtl:
        # Arabic has no true italic; Word would slant the glyphs (Quote style), so switch it off.
        put(rpr, "iCs", _RPR_ORDER, val="0")
        put(rpr, "rtl", _RPR_ORDER)
        put(rpr, "lang", _RPR_ORDER, bidi=locale(language))
    else:
        put(rpr, "lang", _RPR_ORDER, val=locale(language))


def set_document_languages(document: Any, latin: str, bidi: str) -> None:
    """Default languages of the document (spell-checking, hyphenation, digit shapes)."""
    styles = document.styles.element
    rpr = styles.find(f"{w('docDefaults')}/{w('rPrDefault')}/{w('rPr')}")
    if rpr is not None:
        put(rpr, "lang", _RPR_ORDER, val=locale(latin), eastAsia=locale(latin), bidi=locale(bidi))


def repeat_as_header(row: Any) -> None:
    """Repeat this table row at the top of every page, and never split it."""
    trpr = row._tr.get_or_add_trPr()
    put(trpr, "cantSplit", _TRPR_ORDER)
    put(trpr, "tblHeader", _TRPR_ORDER)


def shade_cell(cell: Any, fill: str) -> None:
    """Background colour of a cell, hex RGB such as "D9E2F3"."""
    put(cell._tc.get_or_add_tcPr(), "shd", _TCPR_ORDER, val="clear", color="auto", fill=fill)


# Full locale tags Word expects in w:lang; a bare language code works but disables
# language-specific proofing in some versions.
_LOCALES = {"ar": "ar-SA", "en": "en-US", "fa": "fa-IR", "he": "he-IL", "ur": "ur-PK", "fr": "fr-FR"}


def locale(language: str) -> str:
    language = language.replace("_", "-")
    return language if "-" in language else _LOCALES.get(language.lower(), language)


def set_style_cs_font(style: Any, cs_font: str, size_pt: float) -> None:
    """Complex-script font and size of a paragraph style, so text a reviewer types is right too."""
    rpr = style.element.get_or_add_rPr()
    put(rpr, "rFonts", _RPR_ORDER, cs=cs_font)
    put(rpr, "szCs", _RPR_ORDER, val=str(round(size_pt * 2)))
