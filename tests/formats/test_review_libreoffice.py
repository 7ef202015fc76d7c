"""The review DOCX in LibreOffice (issue 14): it converts to PDF headless with every row shown
and the Arabic laid out right-to-left against its column's right edge, and a round trip through
`soffice --convert-to docx` (what a reviewer's LibreOffice does when saving) keeps the table,
every id in column 0, the repeated header and the custom document properties.
Skipped without LibreOffice; the PDF text checks are skipped without poppler's pdftotext."""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import docx
import pytest
from lxml import etree

from tests.formats.test_review_export import EXPECTED, UUID, custom_properties, write
from workbench.formats.docx_page_export import MARGIN_MM
from workbench.formats.review_page_export import ID_WIDTH_MM, STATUS_WIDTH_MM

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
PDFTOTEXT = shutil.which("pdftotext")
pytestmark = [pytest.mark.slow, pytest.mark.skipif(SOFFICE is None, reason="LibreOffice is not installed")]
needs_pdftotext = pytest.mark.skipif(PDFTOTEXT is None, reason="pdftotext (poppler-utils) is not installed")
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
PT_PER_MM = 72 / 25.4


def convert(source: Path, target: str, folder: Path) -> Path:
    profile = (folder / "profile").as_uri()  # never touch (or wait for) the user's own profile
    command = [SOFFICE, f"-env:UserInstallation={profile}", "--headless", "--convert-to", target,
               "--outdir", str(folder / target), str(source)]
    done = subprocess.run(command, capture_output=True, text=True, timeout=180)
    assert done.returncode == 0, done.stderr
    return folder / target / f"{source.stem}.{target}"


@pytest.fixture(scope="module")
def converted(tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("review-libreoffice")
    source = write(folder)
    return {"docx": convert(source, "docx", folder), "pdf": convert(source, "pdf", folder),
            "source": source}


def pdftotext(*args: str) -> str:
    return subprocess.run([PDFTOTEXT, *args], capture_output=True, text=True, timeout=60, check=True).stdout


@needs_pdftotext
def test_the_pdf_shows_every_row(converted) -> None:
    text = unicodedata.normalize("NFKC", pdftotext(str(converted["pdf"]), "-"))
    text = re.sub("[\u202a-\u202e\u2066-\u2069]", " ", text)  # pdftotext marks RTL runs
    words = set(text.split())
    for paragraph in EXPECTED:
        assert str(paragraph.id) in words
        for line in paragraph.target.splitlines():
            assert " ".join(line.split()[1:4]) in " ".join(text.split())  # [0]: bidi may move quotes
    assert "سوق" in words and "الخضار" in words and "النعناع" in words
    assert f"project {UUID}" in text


@needs_pdftotext
def test_arabic_starts_at_the_right_edge_of_its_column(converted) -> None:
    html = pdftotext("-bbox", "-f", "1", "-l", "1", str(converted["pdf"]), "-")
    page = ET.fromstring(html[html.index("<doc>"): html.index("</doc>") + len("</doc>")])[0]
    # Arabic words come in visual order (their letters reversed): turned back to logical order.
    words = [(unicodedata.normalize("NFKC", w.text or "")[::-1], float(w.get("xMin")),
              float(w.get("xMax")), float(w.get("yMin"))) for w in page]
    page_width = float(page.get("width"))
    usable = page_width - 2 * MARGIN_MM * PT_PER_MM
    column_left = (MARGIN_MM + ID_WIDTH_MM + STATUS_WIDTH_MM) * PT_PER_MM
    text_width = (usable - (ID_WIDTH_MM + STATUS_WIDTH_MM + 48) * PT_PER_MM) / 2
    column_right = column_left + text_width
    heading = [w for w in words if w[0] in ("سوق", "الصباح") and column_left < w[1] < column_right]
    first = next(w for w in heading if w[0] == "سوق")
    last = next(w for w in heading if w[0] == "الصباح" and abs(w[3] - first[3]) < 3)
    assert first[1] > last[2]  # the first word is to the right of the last: right-to-left
    assert column_right - 15 < first[2] <= column_right + 2  # against the column's right edge


def test_a_libreoffice_round_trip_keeps_table_ids_header_and_properties(converted) -> None:
    out = converted["docx"]
    table = docx.Document(str(out)).tables[0]
    header, *rows = table.rows
    assert [row.cells[0].text for row in rows] == [str(p.id) for p in EXPECTED]
    assert [row.cells[1].text for row in rows] == [p.status.value for p in EXPECTED]
    assert [row.cells[3].text for row in rows] == [p.target for p in EXPECTED]
    assert len(header.cells) == 5 and header._tr.find(f"{W}trPr/{W}tblHeader") is not None
    assert custom_properties(out) == custom_properties(converted["source"])
    with zipfile.ZipFile(out) as package:
        body = etree.fromstring(package.read("word/document.xml")).find(f"{W}body")
    assert body.find(f"{W}tbl") is not None  # still the first table in the body
    assert "project " + UUID in "".join(body.find(f"{W}p").itertext())
