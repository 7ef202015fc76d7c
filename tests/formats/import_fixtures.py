"""Builders for DOCX import tests: real documents from python-docx, hostile ones by hand."""

from __future__ import annotations

import io
import struct
import zipfile
from pathlib import Path

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def new_docx():
    import docx

    return docx.Document()


def append_xml(document, xml: str) -> None:
    """Append a block element (w:p, w:tbl, w:sdt, ...) written as XML to the body, before sectPr."""
    from docx.oxml import parse_xml

    element = parse_xml(xml.replace(">", f' xmlns:w="{W_NS}">', 1))
    body = document.element.body
    body.insert(len(body) - 1, element)


def docx_bytes(document) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def simple_docx_bytes(text: str = "نص تجريبي") -> bytes:
    document = new_docx()
    document.add_paragraph(text)
    return docx_bytes(document)


def replace_part(data: bytes, name: str, content: bytes | None) -> bytes:
    """A copy of the ZIP `data` with part `name` replaced (or removed when content is None)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            if info.filename != name:
                target.writestr(info.filename, source.read(info))
        if content is not None:
            target.writestr(name, content)
    return out.getvalue()


def zip_of(members: dict[str, bytes], level: int = 9) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=level) as target:
        for name, content in members.items():
            target.writestr(name, content)
    return out.getvalue()


def forge_declared_sizes(data: bytes, name: str, uncompressed: int, compressed: int | None = None) -> bytes:
    """Rewrite the sizes the ZIP central directory declares for `name` (the bytes stay as they are)."""
    buffer = bytearray(data)
    encoded = name.encode()
    position = buffer.find(b"PK\x01\x02")
    while position >= 0:
        name_length = struct.unpack_from("<H", buffer, position + 28)[0]
        if bytes(buffer[position + 46 : position + 46 + name_length]) == encoded:
            if compressed is not None:
                struct.pack_into("<I", buffer, position + 20, compressed)
            struct.pack_into("<I", buffer, position + 24, uncompressed)
            return bytes(buffer)
        position = buffer.find(b"PK\x01\x02", position + 4)
    raise KeyError(name)


def fake_ole(stream_name: str) -> bytes:
    """The start of an OLE compound file whose directory names `stream_name` (enough to sniff)."""
    header = OLE_MAGIC + bytes(504)
    entry = stream_name.encode("utf-16-le").ljust(64, b"\0") + bytes(64)
    return header + bytes(512) + entry + bytes(1024)


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path
