"""The translated DOCX: a source with a heading, a list, a table, a header, a footnote and bold
words comes back with the English in the same structure, left to right (python-docx counts,
the XML, and LibreOffice's PDF)."""

from __future__ import annotations

import shutil
import subprocess
import zipfile

import docx
import pytest

from tests.formats.test_docx_notes_import import _document
from workbench.core.errors import ExportError
from workbench.core.model import Status
from workbench.project import Project
from workbench.project.translated import export_translated

ENGLISH = {
    "جريدة الصباح - الصفحة الأولى": "Morning Daily - Front Page",
    "جميع الحقوق محفوظة": "All rights reserved",
    "افتتاح المكتبة الوطنية": "The National Library Opens",
    "افتتحت المكتبة الوطنية أبوابها أمس.": "The National Library opened its doors yesterday.",
    "وقال المدير إن المكتبة تضم مليون كتاب": "The director said the library holds a million books",
    "بحسب تقرير المكتبة السنوي.": "According to the library's annual report.",
    "ما عدا أيام العطل الرسمية.": "Except on public holidays.",
    "ساعات العمل": "Opening hours",
}  # the paragraph "وتفتح المكتبة ..." and the endnote stay untranslated


def _source(tmp_path):
    path = _document(tmp_path / "library.docx")
    document = docx.Document(str(path))
    body = document.paragraphs[1]
    body.runs[0].bold = True  # a bold paragraph keeps its bold
    document.add_paragraph("نقطة أولى", style="List Bullet")
    for p in document.paragraphs:
        p.paragraph_format.alignment = None
        p._p.get_or_add_pPr().insert(0, docx.oxml.parse_xml(
            '<w:bidi xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>'))
    document.save(path)
    return path


def test_the_source_comes_back_in_english_with_its_structure(tmp_path, monkeypatch):
    monkeypatch.setenv("WORKBENCH_HOME", str(tmp_path / "home"))
    source = _source(tmp_path)
    with Project.create(tmp_path / "p.wbproj") as project:
        project.import_document(source)
        for para in project.paragraphs():
            text = ENGLISH.get(para.source) or ("First point" if para.source == "نقطة أولى" else "")
            if text:
                project.save_target(para.id, text, Status.EDITED)
        report = export_translated(project, tmp_path / "library-en.docx")
    assert (report.translated, report.untranslated, report.unplaced) == (9, 2, 0)
    before, after = docx.Document(str(source)), docx.Document(str(report.path))
    assert len(after.paragraphs) == len(before.paragraphs)
    assert [p.style.name for p in after.paragraphs] == [p.style.name for p in before.paragraphs]
    assert len(after.tables) == 1 and after.tables[0].cell(0, 0).text == "Opening hours"
    assert after.paragraphs[0].text == "The National Library Opens"
    assert after.paragraphs[1].runs[0].bold and "opened its doors" in after.paragraphs[1].text
    assert after.paragraphs[-1].text == "First point" and after.paragraphs[-1].style.name == "List Bullet"
    assert after.sections[0].header.paragraphs[0].text == "Morning Daily - Front Page"
    with zipfile.ZipFile(report.path) as z:
        body = z.read("word/document.xml").decode()
        notes = z.read("word/footnotes.xml").decode()
    assert "<w:bidi" not in body and "w:rtl" not in body
    assert "According to the library's annual report." in notes
    assert body.count("w:footnoteReference") == 2 and body.count("w:endnoteReference") == 1  # kept
    assert notes.count("<w:footnoteRef/>") == 2  # each note keeps its own number
    assert "وتفتح المكتبة يوميا" in body  # untranslated: still Arabic, counted above


def test_a_document_without_a_docx_source_is_refused_clearly(tmp_path, monkeypatch):
    monkeypatch.setenv("WORKBENCH_HOME", str(tmp_path / "home"))
    text = tmp_path / "a.txt"
    text.write_text("نص قصير.\n", encoding="utf-8")
    with Project.create(tmp_path / "p.wbproj") as project:
        project.import_document(text)
        with pytest.raises(ExportError, match="imported as txt"):
            export_translated(project, tmp_path / "a-en.docx")


@pytest.mark.skipif(shutil.which("soffice") is None or shutil.which("pdftotext") is None,
                    reason="LibreOffice or poppler is not installed")
def test_libreoffice_renders_it_left_to_right(tmp_path, monkeypatch):
    monkeypatch.setenv("WORKBENCH_HOME", str(tmp_path / "home"))
    source = _source(tmp_path)
    with Project.create(tmp_path / "p.wbproj") as project:
        project.import_document(source)
        for para in project.paragraphs():
            if para.source in ENGLISH:
                project.save_target(para.id, ENGLISH[para.source], Status.EDITED)
        report = export_translated(project, tmp_path / "library-en.docx")
    done = subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp_path}/profile",
                           "--convert-to", "pdf", "--outdir", str(tmp_path), str(report.path)],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    text = subprocess.run(["pdftotext", "-layout", str(tmp_path / "library-en.pdf"), "-"],
                          capture_output=True, text=True).stdout
    line = next(line for line in text.splitlines() if "The National Library Opens" in line)
    assert line.startswith("The National Library Opens")  # at the left margin: left to right
    assert "Morning Daily - Front Page" in text and "Opening hours" in text


def test_a_tab_survives_import_and_the_translated_export(tmp_path, monkeypatch):
    monkeypatch.setenv("WORKBENCH_HOME", str(tmp_path / "home"))
    source = tmp_path / "tabs.docx"
    document = docx.Document()
    document.add_paragraph("البند\tالقيمة")
    document.save(source)
    with Project.create(tmp_path / "p.wbproj") as project:
        project.import_document(source)
        (para,) = project.paragraphs()
        assert para.source == "البند\tالقيمة"
        project.save_target(para.id, "Item\tValue", Status.EDITED)
        report = export_translated(project, tmp_path / "tabs-en.docx")
    assert docx.Document(str(report.path)).paragraphs[0].text == "Item\tValue"
    with zipfile.ZipFile(report.path) as z:
        assert "<w:tab/>" in z.read("word/document.xml").decode()
