"""load_document: every supported extension reaches its importer; content beats the name."""

from __future__ import annotations

import pytest

from tests.fixtures.news_pages import article_html, mhtml_bytes
from tests.fixtures.odt_files import simple_odt
from tests.formats.import_fixtures import fake_ole, simple_docx_bytes, write, zip_of
from workbench.core.errors import DocumentImportError
from workbench.formats.importers import SUPPORTED_EXTENSIONS, load_document

SAMPLES = {
    ".txt": ("txt", "سطر من نص عادي.".encode()),
    ".text": ("txt", "سطر من نص عادي.".encode()),
    ".md": ("md", "# عنوان\n".encode()),
    ".markdown": ("md", "# عنوان\n".encode()),
    ".docx": ("docx", simple_docx_bytes("فقرة وورد")),
    ".html": ("html", article_html().encode()),
    ".htm": ("html", article_html().encode()),
    ".xhtml": ("html", article_html().encode()),
    ".mhtml": ("html", mhtml_bytes(article_html())),
    ".mht": ("html", mhtml_bytes(article_html())),
    ".odt": ("odt", simple_odt('<text:p>فقرة من مستند أوبن دوكيومنت.</text:p>')),
    ".pdf": ("pdf", None),  # made by test_a_pdf_reaches_its_importer (a real PDF takes a producer)
}


def test_every_supported_extension_has_a_sample():
    assert set(SAMPLES) == set(SUPPORTED_EXTENSIONS)


@pytest.mark.parametrize("suffix", sorted(s for s, (_fmt, data) in SAMPLES.items() if data is not None))
def test_each_extension_reaches_its_importer(tmp_path, suffix):
    fmt, data = SAMPLES[suffix]
    doc = load_document(write(tmp_path, f"sample{suffix}", data))
    assert doc.format == fmt
    assert doc.segments


def test_upper_case_extension_is_accepted(tmp_path):
    assert load_document(write(tmp_path, "SAMPLE.MD", "# عنوان\n".encode())).format == "md"


def test_a_dot_doc_named_file_is_refused_for_what_it_is(tmp_path):
    error = pytest.raises(DocumentImportError, load_document, write(tmp_path, "x.doc", fake_ole("WordDocument")))
    assert "legacy Word 97-2003 .doc" in error.value.reason


def test_odt_named_odt_is_refused_by_content(tmp_path):
    odt = zip_of({"mimetype": b"application/vnd.oasis.opendocument.text", "content.xml": b"<x/>"})
    error = pytest.raises(DocumentImportError, load_document, write(tmp_path, "letter.odt", odt))
    assert "OpenDocument text" in error.value.reason


def test_markdown_named_txt_is_plain_text(tmp_path):
    doc = load_document(write(tmp_path, "notes.txt", "# ليس عنوانا هنا\n".encode()))
    assert doc.format == "txt"
    assert doc.segments[0].text == "# ليس عنوانا هنا"


def test_an_odt_renamed_docx_is_still_read_as_odt_and_other_opendocument_is_named(tmp_path):
    doc = load_document(write(tmp_path, "renamed.docx", simple_odt("<text:p>نص.</text:p>")))
    assert doc.format == "odt"
    from tests.fixtures.odt_files import content_xml, odt_bytes

    sheet = odt_bytes({"content.xml": content_xml("")}, mimetype="application/vnd.oasis.opendocument.spreadsheet")
    with pytest.raises(DocumentImportError, match="spreadsheet"):
        load_document(write(tmp_path, "sheet.ods", sheet))


def test_a_pdf_reaches_its_importer_whatever_its_name(tmp_path):
    from tests.fixtures.pdf_docs import paragraphs, qt_pdf

    pdf = qt_pdf(tmp_path / "article.pdf", paragraphs(3))
    assert load_document(pdf).format == "pdf"
    renamed = write(tmp_path, "article.txt", pdf.read_bytes())
    assert load_document(renamed).format == "pdf"
