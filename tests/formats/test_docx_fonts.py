"""Issue 15: the DOCX exports (bilingual and review) set Arabic in Amiri, a Naskh face, and the
font table names its fallbacks (Noto Naskh Arabic, Times New Roman, Arial) for Word and
LibreOffice. LibreOffice's PDF of an export must set every Arabic character in Amiri
(skipped without LibreOffice or poppler's pdffonts)."""

from __future__ import annotations

import ctypes
import shutil
import subprocess
import unicodedata
import zipfile
from pathlib import Path

import pytest
from lxml import etree

from tests.formats.test_export_sample import sample_paragraphs
from workbench.formats.docx_fonts_export import ARABIC_FONT, FALLBACK_FONTS, FONT_TABLE_PART
from workbench.formats.exporters import export

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
PDFFONTS = shutil.which("pdffonts")
EXPORTS = [("docx", "table"), ("docx", "alternate"), ("docx", "target"), ("review", "rows")]


def write(folder: Path, fmt: str, layout: str) -> Path:
    return export(sample_paragraphs(), folder / f"{fmt}-{layout}.docx", fmt, layout,
                  title="تقرير المياه")


def part(path: Path, name: str) -> etree._Element:
    with zipfile.ZipFile(path) as package:
        return etree.fromstring(package.read(name))


def is_arabic(char: str) -> bool:
    return unicodedata.bidirectional(char) == "AL"


@pytest.mark.parametrize(("fmt", "layout"), EXPORTS)
def test_arabic_runs_ask_for_amiri_and_the_font_table_names_the_fallbacks(tmp_path: Path, fmt: str,
                                                                          layout: str) -> None:
    out = write(tmp_path, fmt, layout)
    body = part(out, "word/document.xml")
    arabic_runs = [r for r in body.iter(f"{W}r") if any(is_arabic(c) for c in "".join(r.itertext()))]
    assert arabic_runs
    for run in arabic_runs:
        assert run.find(f"{W}rPr/{W}rFonts").get(f"{W}cs") == "Amiri"
    assert not [f for f in body.iter(f"{W}rFonts") if f.get(f"{W}cs") == "Arial"]
    normal = [s for s in part(out, "word/styles.xml").iter(f"{W}style") if s.get(f"{W}styleId") == "Normal"]
    assert normal[0].find(f"{W}rPr/{W}rFonts").get(f"{W}cs") == "Amiri"  # what a reviewer types

    fonts = {f.get(f"{W}name"): f for f in part(out, FONT_TABLE_PART).iter(f"{W}font")}
    amiri = fonts[ARABIC_FONT]
    assert amiri.find(f"{W}altName").get(f"{W}val") == "Noto Naskh Arabic,Times New Roman,Arial"
    assert amiri.find(f"{W}charset").get(f"{W}val") == "B2"  # Arabic
    assert amiri.find(f"{W}family").get(f"{W}val") == "roman"
    assert len(amiri.find(f"{W}panose1").get(f"{W}val")) == 20
    assert int(amiri.find(f"{W}sig").get(f"{W}usb0"), 16) & (1 << 13)  # the Arabic Unicode range
    assert int(amiri.find(f"{W}sig").get(f"{W}csb0"), 16) & (1 << 6)  # the Arabic code page
    assert set(FALLBACK_FONTS) <= set(fonts)  # every fallback is described too
    assert fonts["Noto Naskh Arabic"].find(f"{W}altName").get(f"{W}val") == "Times New Roman,Arial"


def arabic_fonts_in_pdf(pdf: Path) -> set[str]:
    """The fonts pdfium reports for the Arabic characters of every page."""
    pdfium = pytest.importorskip("pypdfium2")
    raw = pytest.importorskip("pypdfium2.raw")
    names: set[str] = set()
    buffer, flags = ctypes.create_string_buffer(256), ctypes.c_int()
    document = pdfium.PdfDocument(str(pdf))
    for page in document:
        text = page.get_textpage()
        for index in range(text.count_chars()):
            char = unicodedata.normalize("NFKC", chr(raw.FPDFText_GetUnicode(text.raw, index)))
            if char and all(is_arabic(c) for c in char):
                raw.FPDFText_GetFontInfo(text.raw, index, buffer, len(buffer), ctypes.byref(flags))
                names.add(buffer.value.decode())
    document.close()
    return names


@pytest.mark.slow
@pytest.mark.skipif(SOFFICE is None or PDFFONTS is None, reason="needs LibreOffice and pdffonts")
def test_libreoffice_sets_the_arabic_in_amiri(tmp_path: Path) -> None:
    if not subprocess.run(["fc-list", ":family=Amiri"], capture_output=True, text=True).stdout.strip():
        pytest.skip("the Amiri font is not installed (fonts-hosny-amiri)")
    sources = [write(tmp_path, "docx", "table"), write(tmp_path, "review", "rows")]
    profile = (tmp_path / "profile").as_uri()  # never the user's own LibreOffice profile
    command = [SOFFICE, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
               "--outdir", str(tmp_path / "pdf"), *map(str, sources)]
    done = subprocess.run(command, capture_output=True, text=True, timeout=180)
    assert done.returncode == 0, done.stderr
    for source in sources:
        pdf = tmp_path / "pdf" / f"{source.stem}.pdf"
        listed = subprocess.run([PDFFONTS, str(pdf)], capture_output=True, text=True, check=True,
                                timeout=60).stdout
        embedded = {line.split()[0].split("+")[-1] for line in listed.splitlines()[2:] if line.strip()}
        assert "Amiri-Regular" in embedded, listed
        arabic = arabic_fonts_in_pdf(pdf)
        assert arabic and all(name.startswith("Amiri") for name in arabic), arabic
