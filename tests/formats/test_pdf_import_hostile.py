"""Hostile and unusable PDFs: each refused with its own DocumentImportError, never a crash, and
nothing returned half-imported."""

from __future__ import annotations

import pytest

from tests.fixtures import pdf_docs
from workbench.core.errors import DocumentImportError
from workbench.formats import pdf_import
from workbench.formats.pdf_import import load_pdf


def minimal_pdf(content: bytes = b"BT /F1 12 Tf 72 720 Td (Hello) Tj ET", trailer_extra: bytes = b"",
                extra_objects: tuple[bytes, ...] = ()) -> bytes:
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
               b"/Resources << /Font << /F1 5 0 R >> >> >>",
               b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>", *extra_objects]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R " % (len(objects) + 1) + trailer_extra
    out += b">>\nstartxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)


def test_minimal_pdf_imports(tmp_path):
    path = tmp_path / "hello.pdf"
    path.write_bytes(minimal_pdf())
    assert [s.text for s in load_pdf(path).segments] == ["Hello"]


def test_scanned_pdf_asks_for_ocr(tmp_path):
    path = pdf_docs.scanned_pdf(tmp_path / "scan.pdf")
    with pytest.raises(DocumentImportError, match="no text layer: OCR it first"):
        load_pdf(path)


def test_encrypted_pdf(tmp_path):
    encrypt = b"<< /Filter /Standard /V 1 /R 2 /O <" + b"ab" * 32 + b"> /U <" + b"cd" * 32 + b"> /P -4 >>"
    path = tmp_path / "locked.pdf"
    path.write_bytes(minimal_pdf(extra_objects=(encrypt,),
                                 trailer_extra=b"/Encrypt 6 0 R /ID [<0123456789abcdef0123456789abcdef> "
                                               b"<0123456789abcdef0123456789abcdef>] "))
    with pytest.raises(DocumentImportError, match="encrypted PDF: it needs a password"):
        load_pdf(path)


@pytest.mark.parametrize("data, reason", [
    (b"%PDF-1.4\n" + bytes(range(256)) * 40 + b"\n%%EOF\n", "damaged PDF"),
    (b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF", "damaged PDF"),
    (b"not a pdf at all, just text\n%%EOF", "not a PDF file"),
    (minimal_pdf()[:300], "truncated PDF"),
])
def test_damaged_truncated_and_wrong_files(tmp_path, data, reason):
    path = tmp_path / "bad.pdf"
    path.write_bytes(data)
    with pytest.raises(DocumentImportError, match=reason):
        load_pdf(path)


def test_empty_and_blank(tmp_path):
    empty = tmp_path / "empty.pdf"
    empty.write_bytes(b"")
    with pytest.raises(DocumentImportError, match="empty file"):
        load_pdf(empty)
    blank = tmp_path / "blank.pdf"
    blank.write_bytes(minimal_pdf(content=b""))
    with pytest.raises(DocumentImportError, match="empty: the PDF contains no text"):
        load_pdf(blank)


def test_over_the_size_limit_is_refused_before_reading(tmp_path, monkeypatch):
    import pypdfium2

    path = tmp_path / "big.pdf"
    path.write_bytes(minimal_pdf())
    monkeypatch.setattr(pdf_import, "MAX_PDF_BYTES", 100)

    def never(*args, **kwargs):
        raise AssertionError("pdfium opened a file over the limit")

    monkeypatch.setattr(pypdfium2, "PdfDocument", never)
    with pytest.raises(DocumentImportError, match=r"too large: .* bytes \(limit"):
        load_pdf(path)


def test_too_many_pages(tmp_path, monkeypatch):
    path = tmp_path / "pages.pdf"
    path.write_bytes(minimal_pdf())
    monkeypatch.setattr(pdf_import, "MAX_PDF_PAGES", 0)
    with pytest.raises(DocumentImportError, match="the limit is 0"):
        load_pdf(path)
