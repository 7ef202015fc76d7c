"""Checks an ODT package is safe and is OpenDocument text, then parses its XML parts safely.

- the file's size and the ZIP directory (entries, sizes per part and in total, compression
  ratios, encryption) are checked with import_zipcheck's rules before anything is inflated;
- the `mimetype` member must say application/vnd.oasis.opendocument.text (another OpenDocument
  type is refused by name); a package without it is accepted when it has content.xml;
- content.xml (required), meta.xml and styles.xml (optional) are scanned before lxml sees them: a DOCTYPE
  (hence any entity) is refused, and so is a part of more than MAX_XML_ELEMENTS elements; then
  they are parsed with resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False.
"""

from __future__ import annotations

import xml.parsers.expat
import zipfile
from pathlib import Path
from typing import TYPE_CHECKING

from workbench.core.errors import DocumentImportError
from workbench.formats.import_common import MAX_XML_ELEMENTS
from workbench.formats.import_zipcheck import DAMAGED_ZIP, check_directory, check_file_size, damaged

ODT_MIMETYPE = "application/vnd.oasis.opendocument.text"
_OTHER_TYPES = {
    "application/vnd.oasis.opendocument.spreadsheet": "an OpenDocument spreadsheet (.ods)",
    "application/vnd.oasis.opendocument.presentation": "an OpenDocument presentation (.odp)",
    "application/vnd.oasis.opendocument.graphics": "an OpenDocument drawing (.odg)",
    "application/vnd.oasis.opendocument.text-template": "an OpenDocument text template (.ott)",
    "application/epub+zip": "an EPUB e-book",
}
_MAX_MIMETYPE_BYTES = 256

if TYPE_CHECKING:
    from lxml import etree


class _Forbidden(Exception):
    pass


class _PrologDone(Exception):
    pass


def read_odt_parts(path: Path) -> tuple[etree._Element, etree._Element | None]:
    """The parsed roots of content.xml and meta.xml (None when absent). Raises DocumentImportError."""
    content, meta, _styles = read_odt(path)
    return content, meta


def read_odt(path: Path) -> tuple[etree._Element, etree._Element | None, etree._Element | None]:
    """The parsed roots of content.xml, meta.xml and styles.xml (the named text styles a span
    may use: "Strong_20_Emphasis"); the last two None when absent. Raises DocumentImportError."""
    check_file_size(path)
    try:
        with zipfile.ZipFile(path) as archive:
            check_directory(path, archive.infolist())
            names = set(archive.namelist())
            _check_mimetype(path, archive, names)
            if "content.xml" not in names:
                raise DocumentImportError(path, "damaged OpenDocument file: content.xml is missing")
            content = _parse(path, archive, "content.xml")
            meta = _parse(path, archive, "meta.xml") if "meta.xml" in names else None
            styles = _parse(path, archive, "styles.xml") if "styles.xml" in names else None
            return content, meta, styles
    except NotImplementedError as exc:
        raise DocumentImportError(path, f"unsupported ZIP compression ({exc})") from exc
    except DAMAGED_ZIP as exc:
        raise DocumentImportError(path, damaged(exc)) from exc


def _check_mimetype(path: Path, archive: zipfile.ZipFile, names: set[str]) -> None:
    if "mimetype" not in names:
        return
    info = archive.getinfo("mimetype")
    if info.file_size > _MAX_MIMETYPE_BYTES:
        raise DocumentImportError(path, "not an OpenDocument text: its mimetype member is too large")
    declared = archive.read(info).decode("ascii", errors="replace").strip()
    if declared == ODT_MIMETYPE:
        return
    what = _OTHER_TYPES.get(declared, f"a ZIP declaring the type {declared[:80]!r}")
    raise DocumentImportError(path, f"this is {what}, not an OpenDocument text (.odt)")


def _parse(path: Path, archive: zipfile.ZipFile, name: str) -> etree._Element:
    from lxml import etree

    _scan(path, archive, name)
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False,
                             huge_tree=False, remove_comments=True, remove_pis=True)
    try:
        with archive.open(name) as stream:
            return etree.parse(stream, parser).getroot()
    except etree.XMLSyntaxError as exc:
        raise DocumentImportError(
            path, f"damaged OpenDocument file: the XML of {name!r} is not well-formed"
        ) from exc


def _scan(path: Path, archive: zipfile.ZipFile, name: str) -> None:
    """Refuse a DOCTYPE (read by expat up to the root element only) and too many elements (start
    tags counted in C, as import_zipcheck does)."""
    with archive.open(name) as stream:
        parser = xml.parsers.expat.ParserCreate()

        def forbid(*_args):
            raise _Forbidden

        def done(*_args):
            raise _PrologDone

        parser.StartDoctypeDeclHandler = forbid
        parser.EntityDeclHandler = forbid
        parser.StartElementHandler = done
        in_prolog = True
        elements = 0
        while chunk := stream.read(256 * 1024):
            elements += chunk.count(b"<") - chunk.count(b"</")
            if elements > MAX_XML_ELEMENTS:
                raise DocumentImportError(
                    path, f"document too large to import: over {MAX_XML_ELEMENTS:,} XML elements "
                          f"in {name!r}; split it")
            if in_prolog:
                try:
                    parser.Parse(chunk, False)
                except _PrologDone:
                    in_prolog = False
                except _Forbidden:
                    raise DocumentImportError(
                        path, f"unsafe XML: {name!r} declares a DOCTYPE or entities (refused)"
                    ) from None
                except xml.parsers.expat.ExpatError as exc:
                    raise DocumentImportError(
                        path, f"damaged OpenDocument file: the XML of {name!r} is not well-formed"
                    ) from exc
