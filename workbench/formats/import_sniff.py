"""What a file really is, from its first bytes: used to refuse the wrong file with a clear reason."""

from __future__ import annotations

import zipfile
from pathlib import Path

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGICS = (b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08")

# magic bytes -> what to call the file in an error message. Only signatures no text file starts
# with: weak ones (MZ, BZh) are left to the binary check of the text decoder.
_MAGICS = (
    (b"%PDF-", "a PDF document"),
    (b"{\\rtf", "an RTF document"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\xfd7zXZ\x00", "an xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"\x7fELF", "an executable (ELF)"),
    (b"SQLite format 3\x00", "an SQLite database"),
)

# ZIP members that identify a non-Word ZIP
_ZIP_KINDS = (
    ("xl/workbook.xml", "an Excel workbook (.xlsx)"),
    ("ppt/presentation.xml", "a PowerPoint presentation (.pptx)"),
    ("META-INF/container.xml", "an EPUB e-book"),
)
_MIMETYPES = {
    "application/vnd.oasis.opendocument.text": "an OpenDocument text (.odt)",
    "application/vnd.oasis.opendocument.spreadsheet": "an OpenDocument spreadsheet (.ods)",
    "application/epub+zip": "an EPUB e-book",
}


def read_head(path: Path, size: int = 8192) -> bytes:
    with path.open("rb") as handle:
        return handle.read(size)


def looks_binary(head: bytes) -> bool:
    """NUL bytes, or bytes that are not UTF-8 well before the end of the sample."""
    if b"\0" in head:
        return True
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as exc:
        return exc.start < len(head) - 4  # a character cut by the sample's end is not evidence
    return False


def is_zip(head: bytes) -> bool:
    return head.startswith(ZIP_MAGICS)


def describe_binary(head: bytes) -> str | None:
    """A name for a known non-text, non-ZIP, non-OLE format, or None."""
    for magic, name in _MAGICS:
        if head.startswith(magic):
            return name
    return None


def describe_ole(path: Path, scan_limit: int = 32 * 1024 * 1024) -> str:
    """Tell an encrypted Office file from a legacy .doc by the stream names in its directory."""
    with path.open("rb") as handle:
        data = handle.read(min(scan_limit, path.stat().st_size))
    if "EncryptedPackage".encode("utf-16-le") in data:
        return "an encrypted (password-protected) Office document; save it without a password as .docx"
    if "WordDocument".encode("utf-16-le") in data:
        return "a legacy Word 97-2003 .doc file; save it as .docx in Word or LibreOffice"
    return "an encrypted or legacy .doc Office file (OLE compound file); save it as .docx"


def describe_zip(archive: zipfile.ZipFile) -> str:
    """What a ZIP that is not a Word document is, for the error message."""
    names = set(archive.namelist())
    if "mimetype" in names:
        info = archive.getinfo("mimetype")
        if info.file_size < 200:
            kind = archive.read(info).decode("ascii", "replace").strip()
            if kind in _MIMETYPES:
                return _MIMETYPES[kind]
    for member, name in _ZIP_KINDS:
        if member in names:
            return name
    return "a ZIP archive"
