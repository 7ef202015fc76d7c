"""PDF import on PDFs we make from our own Arabic text: LibreOffice (from a DOCX with headings,
wrapped paragraphs, English words and numbers, a running header and a PAGE field in the footer),
Qt's PDF engine and cairo (pdftocairo redrawing the LibreOffice PDF). Each must give back at
least 97% of the source words, in order; the figures are printed (run with -s to see them)."""

from __future__ import annotations

import difflib
from pathlib import Path

import pytest

from tests.fixtures import pdf_docs
from workbench.core.model import Kind
from workbench.formats.pdf_import import load_pdf

MIN_ACCURACY = 0.97


def word_accuracy(source: list[str], got: list[str]) -> float:
    """Source words found, in order, in the import (matched words / source words)."""
    matcher = difflib.SequenceMatcher(None, source, got, autojunk=False)
    return sum(block.size for block in matcher.get_matching_blocks()) / len(source)


@pytest.fixture(scope="module")
def paras() -> list[tuple[str, str]]:
    return pdf_docs.paragraphs()


@pytest.fixture(scope="module")
def pdfs(tmp_path_factory, paras) -> dict[str, Path | None]:
    folder = tmp_path_factory.mktemp("pdfs")
    lo = pdf_docs.soffice_pdf(pdf_docs.arabic_docx(folder / "report.docx", paras), folder)
    return {"libreoffice": lo, "qt": pdf_docs.qt_pdf(folder / "qt.pdf", paras),
            "cairo": pdf_docs.cairo_pdf(lo, folder / "cairo.pdf") if lo else None}


@pytest.mark.slow
@pytest.mark.parametrize("producer", ["libreoffice", "qt", "cairo"])
def test_words_come_back_in_order(pdfs, paras, producer):
    if pdfs[producer] is None:
        pytest.skip(f"{producer} is not installed")
    document = load_pdf(pdfs[producer])
    got = " ".join(segment.text for segment in document.segments).split()
    accuracy = word_accuracy(pdf_docs.source_words(paras), got)
    print(f"\nPDF word accuracy, {producer}: {accuracy:.2%} of {len(pdf_docs.source_words(paras))} words")
    assert accuracy >= MIN_ACCURACY


@pytest.mark.slow
@pytest.mark.parametrize("producer", ["libreoffice", "qt"])
def test_paragraphs_headings_and_no_page_furniture(pdfs, paras, producer):
    if pdfs[producer] is None:
        pytest.skip(f"{producer} is not installed")
    document = load_pdf(pdfs[producer])
    texts = [segment.text for segment in document.segments]
    assert not any(pdf_docs.HEADER in text for text in texts)  # the running header
    assert not any(text.strip().isdigit() for text in texts)  # page numbers
    headings = [s.text for s in document.segments if s.kind is Kind.HEADING]
    assert headings == [text for kind, text in paras if kind == "heading"]
    expected = [text for kind, text in paras if kind == "paragraph"]
    body = [s.text for s in document.segments if s.kind is Kind.PARAGRAPH]
    same = sum(b.size for b in difflib.SequenceMatcher(None, expected, body).get_matching_blocks())
    assert len(body) >= len(expected) * 0.9 and same >= len(expected) * 0.8  # lines rebuilt into paragraphs


@pytest.mark.slow
def test_metadata_and_logical_order(pdfs):
    if pdfs["libreoffice"] is None:
        pytest.skip("LibreOffice is not installed")
    document = load_pdf(pdfs["libreoffice"])
    meta = dict(document.metadata)
    assert meta["author"] == "python-docx" and meta["date"][:2] == "20"
    assert document.format == "pdf" and document.name == "report.pdf"
    text = "\n".join(s.text for s in document.segments)
    assert "Windows 11 في عام 2021" in text  # English words and numbers keep their place
    assert "حتى 15 مارس 2024." in text and "القسم 1: " in text
    assert "الأولى" in text and "\ufefb" not in text  # letters, not presentation forms
    qt = dict(load_pdf(pdfs["qt"]).metadata)
    assert qt["title"] == "تقرير تجريبي"
