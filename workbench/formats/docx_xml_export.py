"""WordprocessingML for the body of an exported DOCX, built as text.

Building a python-docx object per run, paragraph and table cell costs about a millisecond per
exported paragraph and keeps the whole tree in memory (1.8 GB for 120,000 paragraphs), and
adding table rows one by one grows faster than linearly. The body is therefore written as XML
text, paragraph by paragraph, and streamed into the package (docx_package_export).

The markup is what python-docx and docx_ooxml_export produced before, element for element:
the same properties in the same schema order (ECMA-376 part 1: CT_PPrBase, CT_RPr, CT_TcPr),
tabs and line breaks as `w:tab` and `w:br`, `xml:space="preserve"` on text with outer spaces.
Pure functions; any thread may call them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from workbench.formats.docx_ooxml_export import locale

_BREAKS = re.compile(r"(\t|\r\n|\r|\n)")
_TEXT_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;"})
_ATTR_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;"})


def escape(text: str) -> str:
    """`text` as XML character data."""
    return text.translate(_TEXT_ESCAPES)


def attr(text: str) -> str:
    """`text` as a double-quoted XML attribute value."""
    return text.translate(_ATTR_ESCAPES)


@lru_cache(maxsize=256)
def rpr(
    *,
    rtl: bool,
    language: str,
    cs_font: str = "",
    font: str = "",
    size_pt: float | None = None,
    bold: bool = False,
    color: str = "",
    no_proof: bool = False,
    italic: bool = False,
    underline: bool = False,
    strike: bool = False,
    vert_align: str = "",
) -> str:
    """`w:rPr` of a run: the same choices as docx_ooxml_export.format_run, as text, plus the
    inline formatting a paragraph's tags give a run (`vert_align`: "superscript" or
    "subscript"). A document has a handful of distinct run formats, so each is built once."""
    parts = []
    fonts = []
    if font:
        fonts += [f'w:ascii="{attr(font)}"', f'w:hAnsi="{attr(font)}"']
    if cs_font:
        fonts.append(f'w:cs="{attr(cs_font)}"')
    if rtl:
        fonts.append('w:hint="cs"')
    if fonts:
        parts.append(f"<w:rFonts {' '.join(fonts)}/>")
    if bold:
        parts.append("<w:b/><w:bCs/>")
    if italic:
        parts.append("<w:i/>")
    if rtl:  # Arabic has no true italic: an italic mark slants Latin letters only
        parts.append('<w:iCs w:val="0"/>')
    if strike:
        parts.append("<w:strike/>")
    if no_proof:
        parts.append("<w:noProof/>")
    if color:
        parts.append(f'<w:color w:val="{attr(color)}"/>')
    if size_pt is not None:
        half_points = round(size_pt * 2)
        parts.append(f'<w:sz w:val="{half_points}"/><w:szCs w:val="{half_points}"/>')
    if underline:
        parts.append('<w:u w:val="single"/>')
    if vert_align:
        parts.append(f'<w:vertAlign w:val="{attr(vert_align)}"/>')
    if rtl:
        parts.append(f'<w:rtl/><w:lang w:bidi="{attr(locale(language))}"/>')
    else:
        parts.append(f'<w:lang w:val="{attr(locale(language))}"/>')
    return f"<w:rPr>{''.join(parts)}</w:rPr>"


def run(text: str, run_properties: str) -> str:
    """One `w:r`: tabs become `w:tab`, line ends `w:br`, everything else `w:t` (as python-docx
    writes `run.text`)."""
    content = []
    for piece in _BREAKS.split(text):
        if not piece:
            continue
        if piece == "\t":
            content.append("<w:tab/>")
        elif piece in ("\n", "\r", "\r\n"):
            content.append("<w:br/>" * len(piece))
        elif len(piece.strip()) < len(piece):
            content.append(f'<w:t xml:space="preserve">{escape(piece)}</w:t>')
        else:
            content.append(f"<w:t>{escape(piece)}</w:t>")
    return f"<w:r>{run_properties}{''.join(content)}</w:r>"


@dataclass(slots=True)
class Par:
    """One body paragraph being assembled: its properties and its runs (XML text)."""

    style_id: str = ""
    keep_next: bool = False
    bidi: bool = False
    space_before: int | None = None  # twips
    space_after: int | None = None  # twips
    runs: str = ""

    def xml(self) -> str:
        props = []
        if self.style_id:
            props.append(f'<w:pStyle w:val="{attr(self.style_id)}"/>')
        if self.keep_next:
            props.append("<w:keepNext/>")
        if self.bidi:
            props.append("<w:bidi/>")
        if self.space_before is not None or self.space_after is not None:
            before = "" if self.space_before is None else f' w:before="{self.space_before}"'
            after = "" if self.space_after is None else f' w:after="{self.space_after}"'
            props.append(f"<w:spacing{before}{after}/>")
        ppr = f"<w:pPr>{''.join(props)}</w:pPr>" if props else ""
        if not ppr and not self.runs:
            return "<w:p/>"
        return f"<w:p>{ppr}{self.runs}</w:p>"

    def anchor_comment(self, comment_id: int) -> None:
        """Mark all of this paragraph's runs (an empty run if it has none) as the range of
        comment `comment_id`, followed by its reference mark (python-docx's add_comment)."""
        runs = self.runs or "<w:r/>"
        self.runs = (
            f'<w:commentRangeStart w:id="{comment_id}"/>{runs}<w:commentRangeEnd w:id="{comment_id}"/>'
            f'<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr>'
            f'<w:commentReference w:id="{comment_id}"/></w:r>'
        )


def comment(comment_id: int, author: str, initials: str, date: str, par: Par) -> str:
    """A `w:comment` for word/comments.xml whose first paragraph starts with the annotation
    mark Word expects, then `par`'s runs."""
    par = Par(style_id="CommentText", bidi=par.bidi,
              runs='<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:annotationRef/></w:r>'
              + par.runs)  # fmt: skip
    return (f'<w:comment w:id="{comment_id}" w:author="{attr(author)}" w:initials="{attr(initials)}"'
            f' w:date="{attr(date)}">{par.xml()}</w:comment>')  # fmt: skip


def cell(width: int, content: str, span: int = 1) -> str:
    """A table cell `width` twips wide holding `content` (paragraph XML)."""
    grid = f'<w:gridSpan w:val="{span}"/>' if span > 1 else ""
    return f'<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="{width}"/>{grid}</w:tcPr>{content}</w:tc>'
