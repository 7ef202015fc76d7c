"""DOCX import, completely: headers and footers (once each, before the body), footnotes after the
paragraph citing them, endnotes after the body; separators are not text. Files made with
python-docx, notes added as Word writes them; one pass through LibreOffice where installed."""

from __future__ import annotations

import shutil
import subprocess
import zipfile
from pathlib import Path

import docx
import pytest

from workbench.core.model import Kind
from workbench.formats.docx_import import load_docx

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
CT = "application/vnd.openxmlformats-officedocument.wordprocessingml"


def _notes_xml(kind: str, notes: dict[int, str]) -> str:
    tag = kind[:-1]  # footnotes -> footnote
    body = (f'<w:{tag} w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:{tag}>'
            f'<w:{tag} w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/>'
            f'</w:r></w:p></w:{tag}>')
    body += "".join(f'<w:{tag} w:id="{nid}"><w:p><w:r><w:{tag}Ref/></w:r><w:r><w:t xml:space="preserve"> '
                    f'{text}</w:t></w:r></w:p></w:{tag}>' for nid, text in notes.items())
    return f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:{kind} xmlns:w="{W}">{body}</w:{kind}>'


def _document(path: Path) -> Path:
    """A heading, three paragraphs (the second cites footnote 1 and endnote 1, the third
    footnote 2), a table whose cell cites nothing, a header and a footer."""
    document = docx.Document()
    section = document.sections[0]
    section.header.paragraphs[0].text = "جريدة الصباح - الصفحة الأولى"
    section.footer.paragraphs[0].text = "جميع الحقوق محفوظة"
    document.add_heading("افتتاح المكتبة الوطنية", level=1)
    document.add_paragraph("افتتحت المكتبة الوطنية أبوابها أمس.")
    document.add_paragraph("وقال المدير إن المكتبة تضم مليون كتاب")
    document.add_paragraph("وتفتح المكتبة يوميا من التاسعة صباحا")
    document.add_table(rows=1, cols=2).rows[0].cells[0].text = "ساعات العمل"
    document.save(path)
    with zipfile.ZipFile(path) as z:
        parts = {name: z.read(name) for name in z.namelist()}
    xml = parts["word/document.xml"].decode()
    xml = xml.replace("تضم مليون كتاب</w:t></w:r>", "تضم مليون كتاب</w:t></w:r>"
                      '<w:r><w:footnoteReference w:id="1"/></w:r><w:r><w:endnoteReference w:id="1"/></w:r>', 1)
    xml = xml.replace("من التاسعة صباحا</w:t></w:r>", "من التاسعة صباحا</w:t></w:r>"
                      '<w:r><w:footnoteReference w:id="2"/></w:r>', 1)
    parts["word/document.xml"] = xml.encode()
    parts["word/footnotes.xml"] = _notes_xml("footnotes", {1: "بحسب تقرير المكتبة السنوي.",
                                                           2: "ما عدا أيام العطل الرسمية."}).encode()
    parts["word/endnotes.xml"] = _notes_xml("endnotes", {1: "صدر التقرير في شهر آذار."}).encode()
    rels = parts["word/_rels/document.xml.rels"].decode().replace(
        "</Relationships>", f'<Relationship Id="rIdFn" Type="{REL}/footnotes" Target="footnotes.xml"/>'
        f'<Relationship Id="rIdEn" Type="{REL}/endnotes" Target="endnotes.xml"/></Relationships>')
    parts["word/_rels/document.xml.rels"] = rels.encode()
    types = parts["[Content_Types].xml"].decode().replace(
        "</Types>", f'<Override PartName="/word/footnotes.xml" ContentType="{CT}.footnotes+xml"/>'
        f'<Override PartName="/word/endnotes.xml" ContentType="{CT}.endnotes+xml"/></Types>')
    parts["[Content_Types].xml"] = types.encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            z.writestr(name, data)
    return path


EXPECTED = ["جريدة الصباح - الصفحة الأولى", "جميع الحقوق محفوظة", "افتتاح المكتبة الوطنية",
            "افتتحت المكتبة الوطنية أبوابها أمس.", "وقال المدير إن المكتبة تضم مليون كتاب",
            "بحسب تقرير المكتبة السنوي.", "وتفتح المكتبة يوميا من التاسعة صباحا",
            "ما عدا أيام العطل الرسمية.", "ساعات العمل", "صدر التقرير في شهر آذار."]


def test_headers_footers_and_notes_come_in_reading_order(tmp_path):
    document = load_docx(_document(tmp_path / "notes.docx"))
    assert [s.text for s in document.segments] == EXPECTED
    assert document.segments[2].kind is Kind.HEADING


def test_a_header_repeated_in_every_section_is_one_paragraph(tmp_path):
    path = tmp_path / "sections.docx"
    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = "النشرة اليومية"
    document.add_paragraph("الفقرة الأولى.")
    new = document.add_section()
    new.header.is_linked_to_previous = False
    new.header.paragraphs[0].text = "النشرة اليومية"
    document.add_paragraph("الفقرة الثانية.")
    document.save(path)
    texts = [s.text for s in load_docx(path).segments]
    assert texts == ["النشرة اليومية", "الفقرة الأولى.", "الفقرة الثانية."]


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_the_same_after_libreoffice_rewrote_it(tmp_path):
    source = _document(tmp_path / "notes.docx")
    out = tmp_path / "lo"
    out.mkdir()
    done = subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp_path}/profile",
                           "--convert-to", "docx", "--outdir", str(out), str(source)],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    texts = [s.text.strip() for s in load_docx(out / "notes.docx").segments]
    assert texts == EXPECTED
