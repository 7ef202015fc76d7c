"""Writing English into an ODT paragraph (text:p / text:h), for odt_translated_export.

The paragraph element stays (its style, its list, its outline level); what it contains is
replaced by the runs of the English:
- a formatted run becomes text:span with an automatic text style made once per combination
  (bold, italic, underline, strike, superscript, subscript, code), a link text:a (http(s) and
  mailto addresses only);
- spaces, tabs and line breaks become text:s, text:tab and text:line-break (ODF collapses
  plain whitespace);
- a note tag (href "note:<text:id>") puts the paragraph's own text:note element back at the
  tag's place; a note whose tag the English lost goes to the end of the paragraph, so no note
  is ever dropped. Frames (images, text boxes: their paragraphs are translated where they are),
  bookmarks, reference marks and comments are kept, at the start or the end of the paragraph;
  a cached list number (text:number) goes, the application draws the number again.
The importer leaves a heading's cached number out of its text; a project imported before kept
it ("1.2 Introduction"), so when the source still starts with it, it is taken off the English
too, or the heading would show the number twice.
A note's first paragraph keeps its citation mark element, so "[1] " that the import put before
its text is taken off the English.
"""

from __future__ import annotations

from workbench.core import inline
from workbench.formats.odt_import import DRAW, OFFICE, TEXT
from workbench.formats.translated_common import Piece, safe_href

STYLE = "{urn:oasis:names:tc:opendocument:xmlns:style:1.0}"
FO = "{urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0}"
XLINK = "{http://www.w3.org/1999/xlink}"

_AT_START = {f"{TEXT}{name}" for name in ("bookmark", "bookmark-start", "reference-mark",
                                          "reference-mark-start", "toc-mark", "toc-mark-start",
                                          "alphabetical-index-mark", "alphabetical-index-mark-start",
                                          "user-index-mark", "user-index-mark-start")}
_AT_END = {f"{TEXT}bookmark-end", f"{TEXT}reference-mark-end", f"{TEXT}toc-mark-end",
           f"{TEXT}alphabetical-index-mark-end", f"{TEXT}user-index-mark-end",
           f"{OFFICE}annotation", f"{OFFICE}annotation-end"}
_STYLE_PROPERTIES = {
    "b": {f"{FO}font-weight": "bold", f"{STYLE}font-weight-asian": "bold",
          f"{STYLE}font-weight-complex": "bold"},
    "i": {f"{FO}font-style": "italic", f"{STYLE}font-style-asian": "italic",
          f"{STYLE}font-style-complex": "italic"},
    "u": {f"{STYLE}text-underline-style": "solid", f"{STYLE}text-underline-width": "auto",
          f"{STYLE}text-underline-color": "font-color"},
    "s": {f"{STYLE}text-line-through-style": "solid", f"{STYLE}text-line-through-type": "single"},
    "sup": {f"{STYLE}text-position": "super 58%"},
    "sub": {f"{STYLE}text-position": "sub 58%"},
    "code": {f"{FO}font-family": "'Liberation Mono'", f"{STYLE}font-family-generic": "modern",
             f"{STYLE}font-pitch": "fixed"},
}


class SpanStyles:
    """The automatic text styles of content.xml the spans use: one per combination of styles,
    made on first use under a name no style of the document has."""

    def __init__(self, content) -> None:
        from lxml import etree

        automatic = content.find(f"{OFFICE}automatic-styles")
        if automatic is None:
            automatic = etree.Element(f"{OFFICE}automatic-styles")
            body = content.find(f"{OFFICE}body")
            body.addprevious(automatic)
        self.automatic = automatic
        self.taken = {s.get(f"{STYLE}name") for s in content.iter(f"{STYLE}style")}
        self.names: dict[frozenset[str], str] = {}

    def name(self, styles: frozenset[str]) -> str:
        from lxml import etree

        known = frozenset(s for s in styles if s in _STYLE_PROPERTIES)
        if not known:
            return ""
        if known not in self.names:
            number = len(self.names) + 1
            while f"WbEn{number}" in self.taken:
                number += 1
            name = f"WbEn{number}"
            self.taken.add(name)
            style = etree.SubElement(self.automatic, f"{STYLE}style",
                                     {f"{STYLE}name": name, f"{STYLE}family": "text"})
            properties = {}
            for key in sorted(known):  # sup and sub together: the later wins, as in a word processor
                properties.update(_STYLE_PROPERTIES[key])
            etree.SubElement(style, f"{STYLE}text-properties", properties)
            self.names[known] = name
        return self.names[known]


def write_place(elements: list, pieces: list[Piece], spans: SpanStyles) -> None:
    """The runs of `pieces` (one paragraph's, or the parts of one the import split) into
    `elements`: one paragraph, or a cell's paragraphs line by line (the last takes the rest)."""
    runs: list[inline.Run] = []
    for n, item in enumerate(pieces):
        if n:
            runs.append(inline.Run(" "))
        runs.extend(item.runs)
    citation = _citation(elements[0])
    if citation:
        runs = _without_prefix(runs, f"[{citation}]")
    number = _cached_number(elements[0], pieces) if len(elements) == 1 else ""
    if number:
        runs = _without_prefix(runs, number, word=True)
    if len(elements) == 1:
        _write_paragraph(elements[0], runs, spans)
        return
    lines = _lines(runs)
    for n, p in enumerate(elements):
        if n < len(elements) - 1:
            _write_paragraph(p, lines[n] if n < len(lines) else [], spans)
        else:
            rest: list[inline.Run] = []
            for m, line in enumerate(lines[n:]):
                rest.extend(([inline.Run("\n")] if m else []) + line)
            _write_paragraph(p, rest, spans)


def _citation(p) -> str:
    """The citation a note's first paragraph was imported with ("[1] ..."), else ""."""
    body = p.getparent()
    if body is None or body.tag != f"{TEXT}note-body" or next(
            (c for c in body if c.tag in (f"{TEXT}p", f"{TEXT}h")), None) is not p:
        return ""
    return " ".join((body.getparent().findtext(f"{TEXT}note-citation") or "").split())


def _cached_number(p, pieces: list[Piece]) -> str:
    """A heading's cached outline number ("1.2") when its stored source begins with it (a
    project imported before the importer left it out), else ""."""
    if p.tag != f"{TEXT}h" or not pieces:
        return ""
    number = " ".join("".join(e.itertext()) for e in p.iterchildren(f"{TEXT}number")).strip()
    source = pieces[0].paragraph.source.lstrip()
    return number if number and source.startswith(number) and source[len(number):][:1].isspace() else ""


def _without_prefix(runs: list[inline.Run], prefix: str, word: bool = False) -> list[inline.Run]:
    """`runs` without `prefix` at the start of their text (and the spaces after it); with
    `word`, only where a space or the end follows it ("1." is not taken off "1.5 million")."""
    from dataclasses import replace

    for n, run in enumerate(runs):
        if run.solo or not run.text.strip():
            continue
        text = run.text.lstrip()
        after = text[len(prefix):]
        if text.startswith(prefix) and (not word or not after or after[0].isspace()):
            return [*runs[:n], replace(run, text=after.lstrip()), *runs[n + 1:]]
        break
    return runs


def _lines(runs: list[inline.Run]) -> list[list[inline.Run]]:
    from dataclasses import replace

    lines: list[list[inline.Run]] = [[]]
    for run in runs:
        if run.solo:
            lines[-1].append(run)
            continue
        for m, text in enumerate(run.text.split("\n")):
            if m:
                lines.append([])
            if text:
                lines[-1].append(replace(run, text=text))
    return lines


def _write_paragraph(p, runs: list[inline.Run], spans: SpanStyles) -> None:
    notes, start, end = _kept(p)
    for child in list(p):
        p.remove(child)
    p.text = None
    writer = _Writer(p)
    for element in start:
        writer.element(element)
    for run in runs:
        if run.solo == "note":
            note = notes.pop(run.href.removeprefix("note:"), None) if run.href.startswith("note:") \
                else None
            if note is not None:
                writer.element(note)
        elif run.solo == "break":
            writer.text("\n")
        elif not run.solo:
            writer.run(run, spans)
    for element in list(notes.values()) + end:
        writer.element(element)
    writer.flush()


def _kept(p) -> tuple[dict, list, list]:
    """The paragraph's notes by text:id (in order), what stays at its start, and at its end."""
    notes: dict[str, object] = {}
    start: list = []
    end: list = []

    def visit(element) -> None:
        for child in element:
            tag = child.tag
            if tag == f"{TEXT}note":
                notes[child.get(f"{TEXT}id") or f"#{len(notes)}"] = child
            elif tag in _AT_START:
                start.append(child)
            elif tag in _AT_END or isinstance(tag, str) and tag.startswith(DRAW):
                end.append(child)
            elif isinstance(tag, str) and tag != f"{TEXT}number":
                visit(child)

    visit(p)
    for element in [*notes.values(), *start, *end]:
        element.tail = None
    return notes, start, end


class _Writer:
    """Appends text and elements to a paragraph, ODF whitespace spelled out. Text is buffered
    and set once per element, so a long paragraph costs linear time."""

    def __init__(self, parent) -> None:
        self.parent = parent
        self.pending: list[str] = []
        self.space_before = True  # a space at the very start of a paragraph would be collapsed

    def element(self, element) -> None:
        self.flush()
        self.parent.append(element)

    def run(self, run: inline.Run, spans: SpanStyles) -> None:
        from lxml import etree

        href = safe_href(run.href)
        style = spans.name(run.styles)
        if not href and not style:
            self.text(run.text)
            return
        self.flush()
        target = self.parent
        if href:
            target = etree.SubElement(target, f"{TEXT}a",
                                      {f"{XLINK}type": "simple", f"{XLINK}href": href})
        if style:
            target = etree.SubElement(target, f"{TEXT}span", {f"{TEXT}style-name": style})
        inner = _Writer(target)
        inner.space_before = self.space_before
        inner.text(run.text)
        inner.flush()
        self.space_before = inner.space_before

    def text(self, text: str) -> None:
        for char in text:
            if char in "\n\t":
                self._sub(f"{TEXT}line-break" if char == "\n" else f"{TEXT}tab")
                self.space_before = char == "\n"
            elif char == " " and self.space_before:
                self._sub(f"{TEXT}s")
            else:
                self.pending.append(char)
                self.space_before = char == " "

    def _sub(self, tag: str) -> None:
        from lxml import etree

        self.flush()
        etree.SubElement(self.parent, tag)

    def flush(self) -> None:
        if not self.pending:
            return
        text = "".join(self.pending)
        self.pending.clear()
        if len(self.parent):
            last = self.parent[-1]
            last.tail = (last.tail or "") + text
        else:
            self.parent.text = (self.parent.text or "") + text
