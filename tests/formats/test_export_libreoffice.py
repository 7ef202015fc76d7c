"""The bilingual DOCX opens in LibreOffice: converted to PDF headless, its text is there and the
Arabic is laid out right-to-left from the right margin. Skipped without LibreOffice; the text
checks are skipped without poppler's pdftotext."""

from __future__ import annotations

import shutil
import subprocess
import unicodedata
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tests.formats.test_export_sample import sample_paragraphs
from workbench.formats.docx_export import export_docx
from workbench.formats.docx_page_export import MARGIN_MM

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
PDFTOTEXT = shutil.which("pdftotext")
pytestmark = [pytest.mark.slow, pytest.mark.skipif(SOFFICE is None, reason="LibreOffice is not installed")]
MARGIN_PT = MARGIN_MM / 25.4 * 72
needs_pdftotext = pytest.mark.skipif(PDFTOTEXT is None, reason="pdftotext (poppler-utils) is not installed")


@pytest.fixture(scope="module")
def pdfs(tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("libreoffice")
    sources = [
        export_docx(sample_paragraphs(), folder / "table.docx", title="Water report"),
        export_docx(sample_paragraphs(), folder / "alternate.docx", layout="alternate"),
    ]
    profile = (folder / "profile").as_uri()  # never touch (or wait for) the user's own profile
    command = [SOFFICE, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf"]
    command += ["--outdir", str(folder / "pdf"), *map(str, sources)]
    done = subprocess.run(command, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return {name: folder / "pdf" / f"{name}.pdf" for name in ("table", "alternate")}


def pdftotext(*args: str) -> str:
    return subprocess.run([PDFTOTEXT, *args], capture_output=True, text=True, timeout=60, check=True).stdout


def pdf_text(pdf: Path) -> str:
    return unicodedata.normalize("NFKC", pdftotext(str(pdf), "-"))  # presentation forms to letters


def first_page_words(pdf: Path) -> tuple[float, list[tuple[str, float, float, float]]]:
    """Page width and (word, xMin, xMax, yMin) on page 1; RTL words come out in visual order."""
    html = pdftotext("-bbox", "-f", "1", "-l", "1", str(pdf), "-")
    body = html[html.index("<doc>") : html.index("</doc>") + len("</doc>")]
    page = ET.fromstring(body)[0]
    words = [
        (unicodedata.normalize("NFKC", w.text or ""), *(float(w.get(k)) for k in ("xMin", "xMax", "yMin")))
        for w in page
    ]
    return float(page.get("width")), words


def test_libreoffice_converts_both_layouts(pdfs: dict[str, Path]) -> None:
    for pdf in pdfs.values():
        assert pdf.read_bytes().startswith(b"%PDF")
        assert pdf.stat().st_size > 5000


@needs_pdftotext
def test_pdf_holds_the_arabic_english_and_ids(pdfs: dict[str, Path]) -> None:
    text = pdf_text(pdfs["table"])
    arabic = ("تقرير", "المياه", "الجديدة", "حديثة")
    english = ("Report", "network", "<script>alert(1)</script>", "#100", "#163")
    for word in arabic + english:
        assert word in text, word


@needs_pdftotext
def test_arabic_starts_at_the_right_margin_and_runs_right_to_left(pdfs: dict[str, Path]) -> None:
    width, words = first_page_words(pdfs["alternate"])

    def find(word: str, rtl: bool) -> tuple[float, float, float]:
        visual = word[::-1] if rtl else word  # pdftotext writes RTL glyphs in visual order
        return next((x0, x1, y) for text, x0, x1, y in words if text in (word, visual))

    first_x0, first_x1, first_y = find("تقرير", rtl=True)  # first word of the Arabic heading
    last_x0, last_x1, last_y = find("المياه", rtl=True)  # last word of the same heading
    assert abs(first_x1 - (width - MARGIN_PT)) < 3, "Arabic heading is not flush with the right margin"
    assert abs(first_y - last_y) < 1 and last_x1 < first_x0, "Arabic words are not ordered right to left"
    english_x0, _, english_y = find("Report", rtl=False)
    assert abs(english_x0 - MARGIN_PT) < 3 and english_y > first_y
