"""Checks a DOCX package is safe to hand to python-docx, before python-docx opens it.

Order matters: nothing is decompressed until the sizes declared in the ZIP central directory
have passed the limits (Python's zipfile then never inflates a member past its declared size: a
member that lies fails its CRC instead). Then every part python-docx might parse as XML is
streamed through expat with any DOCTYPE refused. Which parts those are is decided by what the
package says, never by names alone: a part is XML if [Content_Types].xml gives it an XML content
type (by Override or by the Default for its extension), if it is named .xml or .rels, or if its
first byte after any amount of whitespace is "<" (the main document can be called `word/document`
and start with 400 spaces). Only parts that are none of these - images, fonts, embedded objects
- are left unread. A DOCTYPE is refused - the guard defusedxml applies (forbid_dtd), done with
bare expat so that a 50 MB part scans in well under a second - so no entity can ever be expanded
later by lxml (python-docx's own parser has resolve_entities=False and lxml's defaults
no_network=True, load_dtd=False besides). The same pass counts elements: python-docx holds every
parsed element in memory (about 400 bytes each, measured), so a part small on disk but made of
millions of tiny elements is refused too.
"""

from __future__ import annotations

import posixpath
import re
import struct
import xml.parsers.expat
import zipfile
import zlib
from pathlib import Path

from workbench.core.errors import DocumentImportError
from workbench.formats.import_common import (
    MAX_ENTRIES,
    MAX_PART_BYTES,
    MAX_RATIO,
    MAX_TOTAL_BYTES,
    MAX_XML_ELEMENTS,
    MB,
    RATIO_FLOOR,
    size_over,
)
from workbench.formats.import_parts import CONTENT_TYPES, xml_parts
from workbench.formats.import_sniff import describe_zip

_OFFICE_DOCUMENT = "/officeDocument"
# what zipfile and its decompressors raise on damaged data (lzma/bz2 errors are OSError/LZMAError)
DAMAGED_ZIP: tuple[type[BaseException], ...] = (
    zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, ValueError, OSError, zlib.error, struct.error
)
try:
    import lzma

    DAMAGED_ZIP += (lzma.LZMAError,)
except ImportError:  # Python built without lzma: zipfile cannot open such members either
    pass
_MAX_RELS_BYTES = 1 * MB


class _Forbidden(Exception):
    pass


def check_file_size(path: Path) -> None:
    """Refuse a package larger than all its parts may be together, before opening it."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise DocumentImportError(path, f"cannot read the file: {exc.strerror or exc}") from exc
    if size > MAX_TOTAL_BYTES:
        raise DocumentImportError(path, f"too large: {size_over(size, MAX_TOTAL_BYTES)}")


def check_docx_package(path: Path) -> str:
    """Refuse an unsafe or non-Word ZIP with DocumentImportError; return the main part's name."""
    check_file_size(path)
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
            check_directory(path, infos)
            budget = MAX_XML_ELEMENTS
            # the content types first: they say which other parts are XML
            types = [info for info in infos if info.filename == CONTENT_TYPES]
            for info in types:
                budget -= _scan_part(path, archive, info, budget)
            declared = xml_parts(archive)
            for info in infos:
                if info.filename != CONTENT_TYPES:
                    budget -= _scan_part(path, archive, info, budget, info.filename in declared)
            return _main_part(path, archive)
    except NotImplementedError as exc:
        raise DocumentImportError(path, f"unsupported ZIP compression ({exc})") from exc
    except DAMAGED_ZIP as exc:
        # the file was readable a moment ago: an OSError here is a bad offset, not a bad disk
        raise DocumentImportError(path, damaged(exc)) from exc


def damaged(exc: BaseException) -> str:
    """zipfile's and zlib's words ("Bad CRC-32 for file 'x'", "Error -3 while decompressing
    data: invalid distance too far back") are for --verbose; a person gets the part's name."""
    named = re.search(r"'([^']+)'", str(exc))
    return "damaged or truncated ZIP archive" + (f" (in {named.group(1)!r})" if named else "")


def check_directory(path: Path, infos: list[zipfile.ZipInfo]) -> None:
    if len(infos) > MAX_ENTRIES:
        raise DocumentImportError(path, f"suspicious ZIP: {len(infos)} entries (limit {MAX_ENTRIES})")
    total = 0
    for info in infos:
        if info.flag_bits & 0x1:
            raise DocumentImportError(path, f"encrypted ZIP entry {info.filename!r}")
        if info.file_size > MAX_PART_BYTES:
            raise DocumentImportError(
                path,
                f"zip bomb or huge part: {info.filename!r} expands to "
                f"{size_over(info.file_size, MAX_PART_BYTES)} per part",
            )
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > RATIO_FLOOR and ratio > MAX_RATIO:
            raise DocumentImportError(
                path,
                f"zip bomb: {info.filename!r} compression ratio {ratio:.0f}:1 (limit {MAX_RATIO}:1)",
            )
        total += info.file_size
    if total > MAX_TOTAL_BYTES:
        raise DocumentImportError(
            path,
            f"zip bomb or huge document: parts expand to {size_over(total, MAX_TOTAL_BYTES)} in total",
        )


def _scan_part(
    path: Path, archive: zipfile.ZipFile, info: zipfile.ZipInfo, budget: int, declared: bool = True
) -> int:
    """Refuse a DOCTYPE or more than `budget` elements in one part; return the count. Damaged XML
    is refused in a part declared as XML; in an undeclared one that merely starts with "<"
    (python-docx never parses it) only a DOCTYPE is."""
    if info.is_dir() or info.file_size == 0:
        return 0
    if not declared and not _starts_like_xml(archive, info):
        return 0
    with archive.open(info) as stream:
        head = stream.read(256)
        parser = xml.parsers.expat.ParserCreate()

        def forbid(*_args):
            raise _Forbidden

        parser.StartDoctypeDeclHandler = forbid
        parser.EntityDeclHandler = forbid
        parser.UnparsedEntityDeclHandler = forbid
        parser.ExternalEntityRefHandler = forbid
        # start tags counted in C ("<" minus "</"), not by a Python callback per element
        elements = head.count(b"<") - head.count(b"</")
        try:
            parser.Parse(head, False)
            while chunk := stream.read(256 * 1024):
                elements += chunk.count(b"<") - chunk.count(b"</")
                if elements > budget:
                    raise DocumentImportError(
                        path,
                        f"document too large to import: over {MAX_XML_ELEMENTS:,} XML elements "
                        f"(reached in {info.filename!r}); split it",
                    )
                parser.Parse(chunk, False)
            parser.Parse(b"", True)
        except _Forbidden:
            raise DocumentImportError(
                path, f"unsafe XML: {info.filename!r} declares a DOCTYPE or entities (refused)"
            ) from None
        except xml.parsers.expat.ExpatError as exc:
            if not declared:
                return elements
            raise DocumentImportError(
                path, f"damaged Word document: the XML of {info.filename!r} is not well-formed"
            ) from exc
        return elements


# bytes that may come before the first "<" of XML in any encoding an XML parser detects: spaces,
# byte-order marks, and the NULs of UTF-16/UTF-32
_LEADING = b"\x00\t\n\r \xef\xbb\xbf\xff\xfe"


def _starts_like_xml(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> bool:
    """Whether the first byte after any amount of leading whitespace is "<" (read in chunks:
    the part's size already passed the limits)."""
    with archive.open(info) as stream:
        while chunk := stream.read(64 * 1024):
            if rest := chunk.lstrip(_LEADING):
                return rest.startswith(b"<")
    return False


def _main_part(path: Path, archive: zipfile.ZipFile) -> str:
    """The part _rels/.rels names as the office document, which must be a WordprocessingML part."""
    names = set(archive.namelist())
    target = None
    if "_rels/.rels" in names and archive.getinfo("_rels/.rels").file_size <= _MAX_RELS_BYTES:
        import defusedxml.ElementTree as SafeET

        root = SafeET.fromstring(archive.read("_rels/.rels"), forbid_dtd=True)
        for rel in root:
            if rel.get("Type", "").endswith(_OFFICE_DOCUMENT) and rel.get("TargetMode") != "External":
                target = posixpath.normpath(rel.get("Target", "").lstrip("/"))
                break
    if target is None and "word/document.xml" in names:
        target = "word/document.xml"
    if target is None or target not in names or not target.startswith("word/"):
        raise DocumentImportError(
            path, f"not a Word document: {describe_zip(archive)} without word/document.xml"
        )
    return target
