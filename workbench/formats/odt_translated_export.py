"""The translated ODT: the source OpenDocument text itself, its text replaced by the English.

The project keeps the file an ODT was imported from (documents' `original`). This export opens
that package again and runs the import's own walk (odt_import._Walker: body, headings, lists,
tables, notes after the paragraph citing them, text boxes after their anchor, in that order),
recording the elements behind each paragraph it adds, and writes each paragraph's English there
(odt_translated_write): the paragraph keeps its element, style and list, its text becomes the
English with the tags' formatting as spans and links, and its notes go back where the English
puts their tags. A table cell's English goes line by line into the cell's own paragraphs.
Everything becomes left to right (odt_translated_styles). A paragraph without English stays
Arabic, as it was, and is counted.
The package is written with `mimetype` first and uncompressed (what makes a ZIP an ODT), every
other part copied as it was; the file is replaced atomically.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from workbench.core.errors import ExportError
from workbench.core.model import Kind, Paragraph
from workbench.formats import odt_import
from workbench.formats.import_common import SegmentCollector
from workbench.formats.odt_inline_import import OdtStyles
from workbench.formats.translated_common import Piece, Tally, TranslatedReport, piece

TEXT = odt_import.TEXT


class _Place:
    """Where one or more paragraphs go: one text:p/text:h, or a table cell's paragraphs."""

    def __init__(self, elements: list) -> None:
        self.elements = elements
        self.pieces: list[Piece] = []


class _Recorder(SegmentCollector):
    """The importer's own collector (same cleaning, same dropping of empty text, same splitting
    of over-long paragraphs), noting for each segment the place it came from: the elements
    whose inline text the walk read since the segment before (a cell's non-empty paragraphs;
    otherwise the one paragraph)."""

    def __init__(self, path: Path) -> None:
        super().__init__(path)
        self.pending: list[tuple[object, bool]] = []  # (element, has text), read since the last add
        self.located: list[_Place | None] = []

    def add_inline(self, kind, *args, **kwargs) -> None:
        before = self.total
        super().add_inline(kind, *args, **kwargs)
        if kind is Kind.TABLE_CELL:
            elements = [element for element, has_text in self.pending if has_text]
        else:
            elements = [element for element, _ in self.pending[-1:]]
        self.pending.clear()
        place = _Place(elements) if elements else None
        self.located.extend([place] * (self.total - before))


class _Locator(odt_import._Walker):
    """The importer's walk itself (odt_import._Walker), told to note each paragraph whose
    inline text it reads; the recorder ties them to the segments added."""

    out: _Recorder

    def _inline(self, p):
        pieces, extras = super()._inline(p)
        self.out.pending.append((p, bool(pieces.plain().strip())))
        return pieces, extras


def export_odt(original: bytes, paragraphs: list[Paragraph], out: Path | str) -> TranslatedReport:
    """Rebuild the source ODT `original` with the English of `paragraphs` (one document's, in
    project order) and write it to `out` atomically."""
    from workbench.formats import odt_translated_styles as styles
    from workbench.formats import odt_translated_write as write
    from workbench.formats.atomic import atomic_write

    out = Path(out)
    parts = _read(original, out)
    content = parts["content.xml"]
    body = content.find(f"{odt_import.OFFICE}body/{odt_import.OFFICE}text")
    if body is None:
        raise ExportError(f"{out}: the kept source is not an OpenDocument text (no office:text)")
    locator = _Locator(_Recorder(out), OdtStyles(content, parts.get("styles.xml")))
    locator.blocks(body, 0)
    places: list[_Place] = []
    tally = Tally()
    for place, paragraph in zip(locator.out.located, paragraphs):
        if place is None:
            continue
        if not place.pieces:
            places.append(place)
        place.pieces.append(tally.count(piece(paragraph)))
    spans = write.SpanStyles(content)
    for place in places:
        if any(p.english for p in place.pieces):
            write.write_place(place.elements, place.pieces, spans)
    styles.left_to_right(content, parts.get("styles.xml"), parts.get("meta.xml"))
    with atomic_write(out) as stream:
        _package(original, parts, stream)
    unplaced = max(0, len(paragraphs) - len(locator.out.located))
    return TranslatedReport(out, tally.translated, tally.untranslated, unplaced)


def _read(original: bytes, out: Path) -> dict:
    """The parsed XML parts this export changes, read safely (no DTD, no entities, no
    network): the kept file passed the importer's checks, but it comes from a project file."""
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False,
                             huge_tree=False, remove_pis=True)
    parts = {}
    try:
        with zipfile.ZipFile(io.BytesIO(original)) as archive:
            names = set(archive.namelist())
            for name in ("content.xml", "styles.xml", "meta.xml"):
                if name in names:
                    parts[name] = etree.fromstring(archive.read(name), parser)
    except (zipfile.BadZipFile, etree.XMLSyntaxError, ValueError, OSError) as exc:
        raise ExportError(f"{out}: the ODT kept in the project is damaged ({exc})") from exc
    if "content.xml" not in parts:
        raise ExportError(f"{out}: the ODT kept in the project has no content.xml")
    return parts


def _package(original: bytes, parts: dict, stream) -> None:
    """The package again: `mimetype` first and stored, the changed parts in place of the old,
    the rest copied byte for byte with their own compression."""
    from lxml import etree

    with zipfile.ZipFile(io.BytesIO(original)) as source, zipfile.ZipFile(stream, "w") as target:
        infos = source.infolist()
        mimetype = next((i for i in infos if i.filename == "mimetype"), None)
        data = source.read(mimetype) if mimetype else b"application/vnd.oasis.opendocument.text"
        target.writestr(zipfile.ZipInfo("mimetype"), data, compress_type=zipfile.ZIP_STORED)
        for info in infos:
            if info.filename == "mimetype" or info.is_dir():
                continue
            if info.filename in parts:
                data = etree.tostring(parts[info.filename], xml_declaration=True, encoding="UTF-8")
            else:
                data = source.read(info)
            target.writestr(info.filename, data, compress_type=zipfile.ZIP_DEFLATED
                            if info.filename in parts else info.compress_type)
