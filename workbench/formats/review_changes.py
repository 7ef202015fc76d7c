"""The text of one cell of a review table, read through its tracked changes: the reviewer's final
text, the text before the changes, and each change with its author and date, in document order.

python-docx cannot do this (its `.text` drops everything inside w:ins and w:del), so the XML is
walked here. The rules, for Word's and LibreOffice's markup alike:
- final text: runs, w:ins, w:moveTo, hyperlinks, smart tags, custom XML and content controls
  (a control still showing its placeholder holds no text), field results (w:fldSimple's runs; for
  w:fldChar fields what stands between "separate" and "end", never the instruction); not w:del,
  w:delText, w:moveFrom. Original text: the reverse for insertions and deletions.
- w:br / w:cr -> "\\n", w:tab / w:ptab -> "\\t", w:noBreakHyphen -> U+2011, w:softHyphen ->
  U+00AD (kept, not dropped: LibreOffice writes a U+00AD typed in the text as w:softHyphen), w:sym
  -> its character (Symbol-font codes mapped to Unicode, review_symbols_read; so is the text of a
  run in the Symbol font, which is how LibreOffice rewrites a w:sym).
- paragraphs joined with "\\n"; a deleted paragraph mark (w:pPr/w:rPr/w:del or w:moveFrom) joins
  its paragraph to the next with nothing in the final text, an inserted one (w:ins, w:moveTo)
  does the same in the original. A nested table's paragraphs are paragraphs of the cell.
- changes: "insert" / "delete" / "move-to" / "move-from" with the text inside them (a paragraph
  mark's is "\\n", kind "paragraph-insert" / "paragraph-delete", or a move kind for a moved mark);
  "format" for w:rPrChange (the run's final text), w:pPrChange (the paragraph's), a paragraph
  mark's w:rPrChange and w:tcPrChange / w:cellMerge (""); w:cellIns / w:cellDel are an "insert" /
  "delete" of the whole cell's text, and a deleted cell has no final text.
Drawings and text boxes (w:drawing, w:pict, w:object, mc:AlternateContent) are not read.
"""

from __future__ import annotations

from dataclasses import dataclass

from workbench.formats.review_symbols_read import symbol_font_text, symbol_text

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_BREAKS = {f"{W}tab": "\t", f"{W}ptab": "\t", f"{W}br": "\n", f"{W}cr": "\n",
           f"{W}noBreakHyphen": "\u2011", f"{W}softHyphen": "\u00ad"}
_RUN_CHANGES = {f"{W}ins": "insert", f"{W}del": "delete", f"{W}moveTo": "move-to",
                f"{W}moveFrom": "move-from"}
_MARK_CHANGES = {f"{W}ins": "paragraph-insert", f"{W}del": "paragraph-delete",
                 f"{W}moveTo": "move-to", f"{W}moveFrom": "move-from"}
_INSERTING = {f"{W}ins", f"{W}moveTo"}
_TEXT = {f"{W}t", f"{W}delText"}
_SKIPPED = {f"{W}{name}" for name in (
    "pPr", "rPr", "tcPr", "trPr", "tblPr", "tblGrid", "sdtPr", "sdtEndPr", "customXmlPr",
    "smartTagPr", "instrText", "delInstrText", "rt", "rubyPr", "drawing", "pict", "object",
    "fldData", "footnoteReference", "endnoteReference")} | {f"{_MC}AlternateContent"}


@dataclass(frozen=True)
class Change:
    """One tracked change: what kind, who made it and when (as the file says), and its text."""

    kind: str
    author: str
    date: str
    text: str


@dataclass(frozen=True)
class CellText:
    final: str
    original: str
    changes: tuple[Change, ...]


def read_cell(tc, inserted: bool = False, deleted: bool = False) -> CellText:
    """The text of one w:tc; `inserted` / `deleted` when its whole row is a tracked insertion /
    deletion (w:trPr/w:ins, w:trPr/w:del)."""
    walker = _Walker()
    walker.cell(tc, inserted, deleted)
    return walker.result()


def block_text(parent) -> str:
    """The final text of the paragraphs under `parent` (a comment, a body paragraph)."""
    walker = _Walker()
    if parent.tag == f"{W}p":
        walker.paragraph(parent, False, False)
    else:
        walker.blocks(parent, False, False)
    return walker.result().final


class _Pending:
    """A change being read: its text is collected until its element is closed."""

    __slots__ = ("kind", "author", "date", "parts", "final_only")

    def __init__(self, kind: str, element, final_only: bool):
        self.kind = kind
        self.author = element.get(f"{W}author", "")
        self.date = element.get(f"{W}date", "")
        self.parts: list[str] = []
        self.final_only = final_only


class _Walker:
    def __init__(self):
        self.paragraphs: list[tuple[str, str, bool, bool]] = []  # final, original, mark ins/del
        self.final: list[str] = []
        self.original: list[str] = []
        self.changes: list[_Pending] = []  # in document order
        self.open: list[_Pending] = []  # collecting text now
        self.fields: list[bool] = []  # one per open w:fldChar field: True while in its instruction
        self.symbol_run = False  # inside a run set in the Symbol font

    def result(self) -> CellText:
        final = _join(self.paragraphs, 0, 3)
        original = _join(self.paragraphs, 1, 2)
        changes = tuple(Change(p.kind, p.author, p.date, "".join(p.parts)) for p in self.changes)
        return CellText(final, original, changes)

    def cell(self, tc, inserted: bool, deleted: bool) -> None:
        opened = []
        for child in _children(tc.find(f"{W}tcPr")):
            if child.tag in (f"{W}cellIns", f"{W}cellDel"):
                inserted, deleted = inserted or child.tag == f"{W}cellIns", deleted or child.tag == f"{W}cellDel"
                opened.append(self._start("insert" if child.tag == f"{W}cellIns" else "delete", child))
            elif child.tag in (f"{W}tcPrChange", f"{W}cellMerge"):
                self._close(self._start("format", child, final_only=True))
        self.blocks(tc, inserted, deleted)
        for pending in opened:
            self._close(pending)

    def blocks(self, parent, inserted: bool, deleted: bool) -> None:
        for child in parent:
            if child.tag == f"{W}p":
                self.paragraph(child, inserted, deleted)
            elif _entered(child):
                self.blocks(child, inserted, deleted)

    def paragraph(self, p, inserted: bool, deleted: bool) -> None:
        self.final, self.original = [], []
        ppr = p.find(f"{W}pPr")
        formatted = None
        mark = None
        if ppr is not None:
            if (change := ppr.find(f"{W}pPrChange")) is not None:
                formatted = self._start("format", change, final_only=True)
            for child in _children(ppr.find(f"{W}rPr")):
                if child.tag in _MARK_CHANGES:
                    mark = child
                elif child.tag == f"{W}rPrChange":
                    self._close(self._start("format", child, final_only=True))
        self.inline(p, inserted, deleted)
        if formatted is not None:
            self._close(formatted)
        if mark is not None:
            pending = self._start(_MARK_CHANGES[mark.tag], mark)
            pending.parts.append("\n")
            self._close(pending)
        mark_inserted = inserted or (mark is not None and mark.tag in _INSERTING)
        mark_deleted = deleted or (mark is not None and mark.tag not in _INSERTING)
        self.paragraphs.append(("".join(self.final), "".join(self.original), mark_inserted, mark_deleted))

    def inline(self, parent, inserted: bool, deleted: bool) -> None:
        for child in parent:
            tag = child.tag
            if tag in _TEXT:
                text = symbol_font_text(child.text or "") if self.symbol_run else child.text or ""
                self._text(text, inserted, deleted or tag == f"{W}delText")
            elif tag in _BREAKS:
                self._text(_BREAKS[tag], inserted, deleted)
            elif tag == f"{W}sym":
                self._text(symbol_text(child.get(f"{W}font", ""), child.get(f"{W}char", "")), inserted, deleted)
            elif tag == f"{W}fldChar":
                self._field(child.get(f"{W}fldCharType", ""))
            elif tag in _RUN_CHANGES:
                pending = self._start(_RUN_CHANGES[tag], child)
                self.inline(child, inserted or tag in _INSERTING, deleted or tag not in _INSERTING)
                self._close(pending)
            elif tag == f"{W}r":
                self.run(child, inserted, deleted)
            elif _entered(child):
                self.inline(child, inserted, deleted)

    def run(self, r, inserted: bool, deleted: bool) -> None:
        change = r.find(f"{W}rPr/{W}rPrChange")
        pending = None if change is None else self._start("format", change, final_only=True)
        fonts = r.find(f"{W}rPr/{W}rFonts")
        # LibreOffice rewrites a w:sym as text in the font's private-use code points
        self.symbol_run = fonts is not None and fonts.get(f"{W}ascii", "").lower() == "symbol"
        self.inline(r, inserted, deleted)
        self.symbol_run = False
        if pending is not None:
            self._close(pending)

    def _field(self, kind: str) -> None:
        if kind == "begin":
            self.fields.append(True)
        elif kind == "separate" and self.fields:
            self.fields[-1] = False
        elif kind == "end" and self.fields:
            self.fields.pop()

    def _text(self, text: str, inserted: bool, deleted: bool) -> None:
        if True in self.fields:  # inside a field instruction (a nested field's result included)
            return
        if not deleted:
            self.final.append(text)
        if not inserted:
            self.original.append(text)
        for pending in self.open:
            if not (pending.final_only and deleted):
                pending.parts.append(text)

    def _start(self, kind: str, element, final_only: bool = False) -> _Pending:
        pending = _Pending(kind, element, final_only)
        self.changes.append(pending)
        self.open.append(pending)
        return pending

    def _close(self, pending: _Pending) -> None:
        self.open.remove(pending)


def _children(element):
    return () if element is None else element


def _entered(element) -> bool:
    """Whether a walk goes into `element`: not into properties, instructions, drawings, comments
    or processing instructions, nor into a content control still showing its placeholder."""
    tag = element.tag
    if not isinstance(tag, str) or tag in _SKIPPED:
        return False
    return not (tag == f"{W}sdt" and element.find(f"{W}sdtPr/{W}showingPlcHdr") is not None)


def _join(paragraphs: list[tuple[str, str, bool, bool]], text: int, joined: int) -> str:
    """The paragraphs' texts (index `text`) with "\\n" after each whose mark (flag at index
    `joined`) does not join it to the next; the last paragraph's mark ends the cell."""
    out: list[str] = []
    for number, paragraph in enumerate(paragraphs):
        out.append(paragraph[text])
        if number < len(paragraphs) - 1 and not paragraph[joined]:
            out.append("\n")
    return "".join(out)
