"""Checks a DOCX package is safe to hand to python-docx, before python-docx opens it.

Order matters: nothing is decompressed until the sizes declared in the ZIP central directory
have passed the limits (Python's zipfile then never inflates a member past its declared size: a
member that lies fails its CRC instead). Then every XML part is streamed through expat with any
DOCTYPE refused - the guard defusedxml applies (forbid_dtd), done with bare expat so that a 50 MB
part scans in well under a second - so no entity can ever be expanded later by lxml. The same
pass counts elements: python-docx holds every parsed element in memory (about 400 bytes each,
measured), so a part small on disk but made of millions of tiny elements is refused too.
"""

from __future__ import annotations

import posixpath
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
)
from workbench.formats.import_sniff import describe_zip

_OFFICE_DOCUMENT = "/officeDocument"
# what zipfile and its decompressors raise on damaged data (lzma/bz2 errors are OSError/LZMAError)
_DAMAGED_ZIP: tuple[type[BaseException], ...] = (
    zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, ValueError, OSError, zlib.error, struct.error
)
try:
    import lzma

    _DAMAGED_ZIP += (lzma.LZMAError,)
except ImportError:  # Python built without lzma: zipfile cannot open such members either
    pass
_MAX_RELS_BYTES = 1 * MB


class _Forbidden(Exception):
    pass


def check_docx_package(path: Path) -> str:
    """Refuse an unsafe or non-Word ZIP with DocumentImportError; return the main part's name."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise DocumentImportError(path, f"cannot read the file: {exc.strerror or exc}") from exc
    if size > MAX_TOTAL_BYTES:
        raise DocumentImportError(path, f"too large: {size // MB} MB (limit {MAX_TOTAL_BYTES // MB} MB)")
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
            _check_directory(path, infos)
            budget = MAX_XML_ELEMENTS
            for info in infos:
                budget -= _scan_part(path, archive, info, budget)
            return _main_part(path, archive)
    except NotImplementedError as exc:
        raise DocumentImportError(path, f"unsupported ZIP compression ({exc})") from exc
    except _DAMAGED_ZIP as exc:
        # the file was readable a moment ago: an OSError here is a bad offset, not a bad disk
        raise DocumentImportError(path, f"damaged or truncated ZIP archive ({exc})") from exc


def _check_directory(path: Path, infos: list[zipfile.ZipInfo]) -> None:
    if len(infos) > MAX_ENTRIES:
        raise DocumentImportError(path, f"suspicious ZIP: {len(infos)} entries (limit {MAX_ENTRIES})")
    total = 0
    for info in infos:
        if info.flag_bits & 0x1:
            raise DocumentImportError(path, f"encrypted ZIP entry {info.filename!r}")
        if info.file_size > MAX_PART_BYTES:
            raise DocumentImportError(
                path,
                f"zip bomb or huge part: {info.filename!r} expands to {info.file_size // MB} MB "
                f"(limit {MAX_PART_BYTES // MB} MB per part)",
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
            f"zip bomb or huge document: parts expand to {total // MB} MB in total "
            f"(limit {MAX_TOTAL_BYTES // MB} MB)",
        )


def _scan_part(path: Path, archive: zipfile.ZipFile, info: zipfile.ZipInfo, budget: int) -> int:
    """Refuse a DOCTYPE, damaged XML or more than `budget` elements in one part; return the count."""
    if info.is_dir() or info.file_size == 0:
        return 0
    with archive.open(info) as stream:
        head = stream.read(256)
        if not _looks_like_xml(info.filename, head):
            return 0
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
            raise DocumentImportError(path, f"damaged XML in {info.filename!r}: {exc}") from exc
        return elements


def _looks_like_xml(name: str, head: bytes) -> bool:
    if name.lower().endswith((".xml", ".rels")):
        return True
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    return stripped.startswith(b"<") or head.startswith((b"\xff\xfe<", b"\xfe\xff\x00<"))


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
