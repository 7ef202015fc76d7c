"""Files the review reader refuses, each with one DocumentImportError that says what is wrong."""

from __future__ import annotations

import io
import os
import zipfile

import pytest

from tests.fixtures.review_docx import ReviewDoc, package_parts, para, run, write_review_docx
from workbench.core.errors import DocumentImportError
from workbench.formats.import_common import MB
from workbench.formats.review_read import read_review

pytestmark = pytest.mark.timeout(60)
ROW = ("9", "machine", "وصل القطار متأخرا.", "The train arrived late.", "")
ENTITY_DOC = (b'<?xml version="1.0"?>\n<!DOCTYPE d [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n'
              b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
              b"<w:body><w:tbl><w:tr><w:tc><w:p><w:r><w:t>&xxe;</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"
              b"</w:body></w:document>")


def refused(path) -> str:
    with pytest.raises(DocumentImportError) as caught:
        read_review(path)
    assert type(caught.value) is DocumentImportError
    return caught.value.reason


def zipped(tmp_path, parts: dict[str, bytes], name: str = "review.docx"):
    path = tmp_path / name
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for member, data in parts.items():
            archive.writestr(member, data)
    return path


def test_not_a_zip(tmp_path):
    text = tmp_path / "notes.docx"
    text.write_text("The reviewer pasted plain text here.\n", encoding="utf-8")
    assert refused(text) == "not a DOCX file: no ZIP signature (it looks like plain text)"
    pdf = tmp_path / "review.docx"
    pdf.write_bytes(b"%PDF-1.7\n" + bytes(range(256)))
    assert refused(pdf) == "not a DOCX file: this is a PDF document"
    assert refused(tmp_path / "missing.docx") == "file not found"
    (tmp_path / "empty.docx").write_bytes(b"")
    assert refused(tmp_path / "empty.docx") == "empty file"


def test_truncated_zip(tmp_path):
    data = write_review_docx(tmp_path / "whole.docx", ReviewDoc(rows=[ROW])).read_bytes()
    (tmp_path / "cut.docx").write_bytes(data[: len(data) // 2])
    assert "damaged or truncated ZIP archive" in refused(tmp_path / "cut.docx")


def test_zip_without_document_xml(tmp_path):
    parts = package_parts(ReviewDoc(rows=[ROW]))
    del parts["word/document.xml"]
    assert "not a Word document" in refused(zipped(tmp_path, parts))
    spreadsheet = zipped(tmp_path, {"xl/workbook.xml": b"<workbook/>"}, "book.docx")
    assert "Excel workbook" in refused(spreadsheet)


def test_document_without_a_table(tmp_path):
    path = write_review_docx(tmp_path / "notable.docx", ReviewDoc(table=False))
    assert refused(path) == "not a review file: the document has no table"


def test_first_table_that_is_not_ours(tmp_path):
    three = ReviewDoc(rows=[ROW[:3]], header=("Term", "Arabic", "English"))
    reason = refused(write_review_docx(tmp_path / "three.docx", three))
    assert reason.startswith("not a workbench review table: the first table's header row has 3 columns")
    assert "Term | Arabic | English" in reason
    # five columns, but the first row is a paragraph row, not a header
    headless = ReviewDoc(rows=[ROW], header="<w:tr>" + "".join(
        f"<w:tc>{para(run(text))}</w:tc>" for text in ("8", "machine", "نص", "Text.", "")) + "</w:tr>")
    reason = refused(write_review_docx(tmp_path / "headless.docx", headless))
    assert reason.startswith("not a workbench review table: the first table does not start with the review header")
    other = ReviewDoc(rows=[ROW], header="<w:tr>" + "".join(
        f"<w:tc>{para(run(text))}</w:tc>" for text in ("Name", "Role", "Office", "Phone", "Mail")) + "</w:tr>")
    assert "Name | Role | Office | Phone | Mail" in refused(write_review_docx(tmp_path / "other.docx", other))


def test_table_without_rows(tmp_path):
    doc = ReviewDoc(document_xml=(
        b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        b"<w:body><w:tbl><w:tblPr/></w:tbl></w:body></w:document>"))
    assert refused(write_review_docx(tmp_path / "empty-table.docx", doc)) == "not a review file: its first table has no rows"


def test_entities_and_doctype_are_refused_in_every_part(tmp_path):
    path = write_review_docx(tmp_path / "xxe.docx", ReviewDoc(document_xml=ENTITY_DOC))
    assert refused(path) == "unsafe XML: 'word/document.xml' declares a DOCTYPE or entities (refused)"
    evil_comments = ENTITY_DOC.replace(b"w:document", b"w:comments")
    path = write_review_docx(tmp_path / "xxe-comments.docx", ReviewDoc(rows=[ROW]),
                             extra={"docProps/custom.xml": evil_comments})
    assert refused(path) == "unsafe XML: 'docProps/custom.xml' declares a DOCTYPE or entities (refused)"


def test_zip_bomb_part_is_refused_from_the_directory(tmp_path):
    bomb = b"<w:p/>" * (60 * MB // 6)
    path = write_review_docx(tmp_path / "bomb.docx", ReviewDoc(rows=[ROW]), extra={"word/comments.xml": bomb})
    assert path.stat().st_size < 1 * MB
    reason = refused(path)
    assert reason.startswith("zip bomb or huge part: 'word/comments.xml' expands to")


def test_too_many_elements_is_too_large(tmp_path):
    noise = os.urandom(25_000 * 5 * 4).hex()
    random = iter(noise[i:i + 8] for i in range(0, len(noise), 8))
    many = "".join("<w:tr>" + "".join(f"<w:tc>{para(run(next(random)))}</w:tc>" for _ in range(5)) + "</w:tr>"
                   for _ in range(25_000))  # 525,000 elements, not compressible like a bomb
    doc = ReviewDoc(rows=[many])
    reason = refused(write_review_docx(tmp_path / "huge.docx", doc))
    assert reason.startswith("document too large to import: over 500,000 XML elements")


def test_malformed_xml_in_the_main_part(tmp_path):
    path = write_review_docx(tmp_path / "bad.docx", ReviewDoc(document_xml=b"<w:document><w:body>"))
    assert "is not well-formed" in refused(path)


def test_deep_nesting_is_refused_not_crashed(tmp_path):
    deep = "<w:sdt><w:sdtContent>" * 300 + "<w:p/>" + "</w:sdtContent></w:sdt>" * 300
    doc = ReviewDoc(rows=[ROW], before_table=deep)
    buffer = io.BytesIO(write_review_docx(tmp_path / "deep.docx", doc).read_bytes())
    assert zipfile.is_zipfile(buffer)
    assert "nested too deeply" in refused(tmp_path / "deep.docx")
