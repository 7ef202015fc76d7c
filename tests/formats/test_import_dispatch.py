"""load_document: every supported extension reaches its importer; content beats the name."""

from __future__ import annotations

import pytest

from tests.formats.import_fixtures import fake_ole, simple_docx_bytes, write, zip_of
from workbench.core.errors import DocumentImportError
from workbench.formats.importers import SUPPORTED_EXTENSIONS, load_document

SAMPLES = {
    ".txt": ("txt", "سطر من نص عادي.".encode()),
    ".text": ("txt", "سطر من نص عادي.".encode()),
    ".md": ("md", "# عنوان\n".encode()),
    ".markdown": ("md", "# عنوان\n".encode()),
    ".docx": ("docx", simple_docx_bytes("فقرة وورد")),
}


def test_every_supported_extension_has_a_sample():
    assert set(SAMPLES) == set(SUPPORTED_EXTENSIONS)


@pytest.mark.parametrize("suffix", sorted(SAMPLES))
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
