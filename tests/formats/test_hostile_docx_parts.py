"""Issue 12, DOCX side: every part python-docx parses is scanned for a DOCTYPE whatever its name,
and a damaged package is refused with one plain sentence (the parser's words stay in __cause__)."""

from __future__ import annotations

import io
import zipfile

import pytest

from tests.formats.import_fixtures import W_NS, replace_part, simple_docx_bytes, write
from workbench.core.errors import DocumentImportError
from workbench.formats.importers import load_document

pytestmark = pytest.mark.timeout(60)

MAIN_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
XXE_BODY = (
    b" " * 400
    + b'<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
    + f'<w:document xmlns:w="{W_NS}"><w:body><w:p><w:r><w:t>&xxe;</w:t></w:r></w:p>'.encode()
    + b"</w:body></w:document>"
)


def renamed_main_part(document_xml: bytes | None = None, new_name: str = "word/document") -> bytes:
    """A real DOCX whose main part is `new_name`: the package relationship points at it and
    [Content_Types].xml gives it the main-document type by Override (no .xml in its name)."""
    source = zipfile.ZipFile(io.BytesIO(simple_docx_bytes("نص المستند الرئيسي")))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            data = source.read(info)
            name = info.filename
            if name == "word/document.xml":
                name, data = new_name, document_xml if document_xml is not None else data
            elif name == "[Content_Types].xml":
                data = data.replace(b'PartName="/word/document.xml"', f'PartName="/{new_name}"'.encode())
            elif name == "_rels/.rels":
                data = data.replace(b'Target="word/document.xml"', f'Target="{new_name}"'.encode())
            elif name == "word/_rels/document.xml.rels":
                name = f"word/_rels/{new_name.rsplit('/', 1)[1]}.rels"
            target.writestr(name, data)
    return out.getvalue()


def refused(path) -> DocumentImportError:
    with pytest.raises(DocumentImportError) as caught:
        load_document(path)
    return caught.value


def test_main_part_without_xml_name_is_still_a_readable_document(tmp_path):
    # the control: the renamed package itself is a good Word document python-docx reads
    path = write(tmp_path, "renamed.docx", renamed_main_part())
    assert [s.text for s in load_document(path).segments] == ["نص المستند الرئيسي"]


def test_doctype_after_spaces_in_a_main_part_not_named_xml_is_refused(tmp_path, no_network):
    path = write(tmp_path, "xxe.docx", renamed_main_part(XXE_BODY))
    error = refused(path)
    assert "DOCTYPE" in error.reason and "'word/document'" in error.reason


def test_doctype_in_a_part_declared_xml_by_default_extension_is_refused(tmp_path, no_network):
    # any part whose extension the package declares as XML is read, whatever the extension
    types = (b'<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
             b'content-types"><Default Extension="dat" ContentType="application/xml"/></Types>')
    data = simple_docx_bytes()
    original = zipfile.ZipFile(io.BytesIO(data)).read("[Content_Types].xml")
    data = replace_part(data, "[Content_Types].xml",
                        original.replace(b"</Types>", types.split(b"content-types\">")[1]))
    data = replace_part(data, "word/extra.dat", b"\n" * 300 + b'<!DOCTYPE x [<!ENTITY e "e">]><x>&e;</x>')
    assert "word/extra.dat" in refused(write(tmp_path, "dat.docx", data)).reason


def test_binary_media_is_not_read_as_xml(tmp_path):
    # an undeclared part that is not XML (an image, a font) must not make a document unreadable
    png = b"\x89PNG\r\n\x1a\n<x" + bytes(300)
    data = replace_part(simple_docx_bytes("صورة"), "word/media/image1.png", png)
    data = replace_part(data, "word/fonts/font1.odttf", b"   <\x00\xff garbage that is not XML")
    assert load_document(write(tmp_path, "media.docx", data)).segments[0].text == "صورة"


def _without(name: str) -> bytes:
    return replace_part(simple_docx_bytes(), name, None)


def _deep() -> bytes:
    depth = 300  # past lxml's 256 limit, under Python's recursion limit
    xml = (f'<w:document xmlns:w="{W_NS}"><w:body>' + "<w:sdt><w:sdtContent>" * depth
           + "<w:p><w:r><w:t>عميق</w:t></w:r></w:p>" + "</w:sdtContent></w:sdt>" * depth
           + "</w:body></w:document>").encode()
    return replace_part(simple_docx_bytes(), "word/document.xml", xml)


def _styles_as_main() -> bytes:
    data = simple_docx_bytes()
    source = zipfile.ZipFile(io.BytesIO(data))
    rels = source.read("_rels/.rels").replace(b'Target="word/document.xml"', b'Target="word/styles.xml"')
    types = source.read("[Content_Types].xml").replace(
        b'PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.'
        b'wordprocessingml.styles+xml"', f'PartName="/word/styles.xml" ContentType="{MAIN_TYPE}"'.encode())
    return replace_part(replace_part(data, "_rels/.rels", rels), "[Content_Types].xml", types)


@pytest.mark.parametrize(
    ("build", "sentence", "technical"),
    [
        (lambda: _without("[Content_Types].xml"), "a required part is missing", "There is no item named"),
        (_deep, "its XML is nested too deeply", "Excessive depth"),
        (_styles_as_main, "a part does not hold what Word puts there", "CT_Styles"),
    ],
    ids=["no-content-types", "too-deep", "styles-as-body"],
)
def test_damaged_package_gets_one_plain_sentence(tmp_path, build, sentence, technical):
    error = refused(write(tmp_path, "damaged.docx", build()))
    assert error.reason == f"not a readable Word document: it is damaged ({sentence})"
    assert technical in str(error.__cause__)  # the detail is kept for --verbose, not shown
    assert technical not in error.message and "Error" not in error.message


def test_corrupt_compressed_data_is_named_without_zlib_words(tmp_path):
    data = bytearray(simple_docx_bytes("نص سيتلف"))
    header = data.find(b"PK\x03\x04")
    while header >= 0:  # walk the local headers to word/document.xml's compressed bytes
        name_length = int.from_bytes(data[header + 26:header + 28], "little")
        extra_length = int.from_bytes(data[header + 28:header + 30], "little")
        if bytes(data[header + 30:header + 30 + name_length]) == b"word/document.xml":
            body = header + 30 + name_length + extra_length
            for offset in range(20, 60):
                data[body + offset] ^= 0x5A
            break
        header = data.find(b"PK\x03\x04", header + 4)
    error = refused(write(tmp_path, "corrupt.docx", bytes(data)))
    assert error.reason.startswith("damaged or truncated ZIP archive")
    assert not any(word in error.reason for word in ("Error", "CRC", "decompressing", "zlib"))
    assert error.__cause__ is not None  # zlib's or zipfile's own words, for --verbose
