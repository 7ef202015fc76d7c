"""The translated ODT (issue 15): an ODT that LibreOffice wrote, right to left, with a heading,
a bold word, a footnote, a list, a table and a link, comes back as the same package with the
English in place, left to right; LibreOffice opens it and the importer reads the same structure
from it. Hand-made packages cover what LibreOffice's file does not: a note whose tag the English
lost, a nested table and a text box, spaces and tabs, a hostile link."""

from __future__ import annotations

import shutil
import subprocess
import zipfile

import pytest
from lxml import etree

from tests.fixtures.odt_files import content_xml, odt_bytes, soffice
from workbench.core import inline
from workbench.core.errors import ExportError
from workbench.core.model import Kind, Status
from workbench.formats.odt_import import load_odt
from workbench.project import Project
from workbench.project.translated import export_translated

pytestmark = pytest.mark.timeout(180)
needs_soffice = pytest.mark.skipif(soffice() is None or shutil.which("pdftotext") is None,
                                   reason="LibreOffice (soffice) or pdftotext is not installed")
O, S, F = ("urn:oasis:names:tc:opendocument:xmlns:office:1.0",
           "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
           "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0")
T = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
NS = ('xmlns:office="%s" xmlns:style="%s" xmlns:fo="%s" xmlns:text="%s" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
      'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:xlink="http://www.w3.org/1999/xlink" '
      'office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text"') % (O, S, F, T)
FLAT = f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document {NS}>
<office:meta><dc:title>نشرة الحديقة</dc:title><dc:language>ar-SA</dc:language></office:meta>
<office:font-face-decls><style:font-face style:name="Amiri" svg:font-family="Amiri"/></office:font-face-decls>
<office:styles>
<style:default-style style:family="paragraph"><style:paragraph-properties style:writing-mode="rl-tb"/>
<style:text-properties style:font-name="Amiri" style:font-name-complex="Amiri" fo:language="ar" fo:country="SA"/>
</style:default-style>
<style:style style:name="Standard" style:family="paragraph"><style:paragraph-properties fo:text-align="end" style:writing-mode="rl-tb"/></style:style>
<style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Standard" style:default-outline-level="1"><style:text-properties fo:font-size="18pt"/></style:style>
</office:styles>
<office:automatic-styles>
<style:style style:name="T1" style:family="text"><style:text-properties fo:font-weight="bold" style:font-weight-complex="bold"/></style:style>
<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" style:writing-mode="rl-tb"/></style:page-layout>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1"/></office:master-styles>
<office:body><office:text>
<text:h text:style-name="Heading_20_1" text:outline-level="1">افتتاح الحديقة العامة</text:h>
<text:p text:style-name="Standard">زرعت <text:span text:style-name="T1">البلدية الجديدة</text:span> ألف شجرة<text:note text:id="ftn1" text:note-class="footnote"><text:note-citation>1</text:note-citation><text:note-body><text:p>وفق سجل البلدية.</text:p></text:note-body></text:note> هذا الشهر.</text:p>
<text:list><text:list-item><text:p text:style-name="Standard">ممرات للمشاة</text:p></text:list-item>
<text:list-item><text:p text:style-name="Standard">ملعب للأطفال</text:p></text:list-item></text:list>
<table:table table:name="Hours"><table:table-column table:number-columns-repeated="2"/>
<table:table-row><table:table-cell><text:p>المواعيد</text:p></table:table-cell><table:table-cell><text:p>كل صباح</text:p><text:p>عدا الاثنين</text:p></table:table-cell></table:table-row>
</table:table>
<text:p text:style-name="Standard">هذه الفقرة تنتظر المترجم.</text:p>
<text:p text:style-name="Standard">اقرأ <text:a xlink:type="simple" xlink:href="https://example.org/park">الخبر الكامل</text:a> هنا.</text:p>
</office:text></office:body></office:document>"""
ENGLISH = {
    "افتتاح الحديقة العامة": "The Public Garden Opens",
    "زرعت البلدية الجديدة ألف شجرة هذا الشهر.":
        "The {1}new municipality{/1} planted a thousand trees{2/} this month.",
    "[1] وفق سجل البلدية.": "[1] According to the municipal register.",
    "ممرات للمشاة": "Footpaths", "ملعب للأطفال": "A  children's\tplayground",
    "المواعيد": "Hours", "كل صباح\nعدا الاثنين": "Every morning\nexcept Monday",
    "اقرأ الخبر الكامل هنا.": "Read {1}the full story{/1} here.",
}  # "هذه الفقرة تنتظر المترجم." stays Arabic


def _translate(project, english: dict[str, str]) -> None:
    for para in project.paragraphs():
        if para.source in english:
            text = inline.from_visible(english[para.source], [m.number for m in para.marks])
            project.save_target(para.id, text, Status.EDITED)


def _libreoffice_odt(tmp_path):
    flat = tmp_path / "garden.fodt"
    flat.write_text(FLAT, encoding="utf-8")
    _convert(flat, "odt")
    return tmp_path / "garden.odt"


def _convert(path, fmt: str):
    subprocess.run([soffice(), f"-env:UserInstallation=file://{path.parent}/lo-profile", "--headless",
                    "--convert-to", fmt, "--outdir", str(path.parent), str(path)],
                   check=True, capture_output=True, timeout=180)
    return path.with_suffix(f".{fmt}")


def _parts(path) -> tuple[list[zipfile.ZipInfo], etree._Element, etree._Element | None]:
    with zipfile.ZipFile(path) as archive:
        styles = archive.read("styles.xml") if "styles.xml" in archive.namelist() else None
        return (archive.infolist(), etree.fromstring(archive.read("content.xml")),
                None if styles is None else etree.fromstring(styles))


@needs_soffice
def test_a_libreoffice_odt_comes_back_in_english_left_to_right(tmp_path, monkeypatch):
    monkeypatch.setenv("WORKBENCH_HOME", str(tmp_path / "home"))
    source = _libreoffice_odt(tmp_path)
    with Project.create(tmp_path / "p.wbproj") as project:
        project.import_document(source)
        assert project._store.document_source(project.documents()[0].id) == source.read_bytes()
        _translate(project, ENGLISH)
        report = export_translated(project, tmp_path / "garden-en.odt", fmt="odt")
    assert (report.translated, report.untranslated, report.unplaced) == (8, 1, 0)
    infos, content, styles = _parts(report.path)
    assert infos[0].filename == "mimetype" and infos[0].compress_type == zipfile.ZIP_STORED
    ns = {"text": T, "office": O, "style": S}
    paragraph = content.find(".//office:text/text:p", ns)
    assert "".join(paragraph.itertext()).startswith("The new municipality planted a thousand trees")
    span = paragraph.find("text:span", ns)
    assert span.text == "new municipality"
    name = span.get(f"{{{T}}}style-name")
    bold = content.find(f".//style:style[@style:name='{name}']/style:text-properties", ns)
    assert bold.get(f"{{{F}}}font-weight") == "bold"
    note = paragraph.find("text:note", ns)  # at its tag: after "trees", before " this month."
    assert note.getprevious() is span and span.tail == " planted a thousand trees"
    assert note.tail == " this month."
    assert "".join(note.find("text:note-body", ns).itertext()) == "According to the municipal register."
    link = content.find(".//text:a", ns)
    assert link.text == "the full story"
    assert link.get("{http://www.w3.org/1999/xlink}href") == "https://example.org/park"
    for root in (content, styles):
        xml = etree.tostring(root, encoding="unicode")
        assert 'writing-mode="rl-tb"' not in xml and 'text-align="end"' not in xml
        assert 'fo:language="ar"' not in xml
    default = styles.find(".//style:default-style[@style:family='paragraph']/style:text-properties", ns)
    latin = default.get(f"{{{S}}}font-name")  # the Arabic face no longer sets the English
    assert latin != "Amiri" and default.get(f"{{{S}}}font-name-complex") == "Amiri"
    assert styles.find(f".//office:font-face-decls/style:font-face[@style:name='{latin}']", ns) is not None
    with zipfile.ZipFile(report.path) as archive:
        assert b"<dc:language>en-US</dc:language>" in archive.read("meta.xml")
    again = load_odt(report.path)  # the importer reads the same structure, in English
    assert [(s.kind, s.text) for s in again.segments] == [
        (Kind.HEADING, "The Public Garden Opens"),
        (Kind.PARAGRAPH, "The new municipality planted a thousand trees this month."),
        (Kind.PARAGRAPH, "[1] According to the municipal register."),
        (Kind.LIST_ITEM, "Footpaths"), (Kind.LIST_ITEM, "A  children's\tplayground"),
        (Kind.TABLE_CELL, "Hours"), (Kind.TABLE_CELL, "Every morning\nexcept Monday"),
        (Kind.PARAGRAPH, "هذه الفقرة تنتظر المترجم."), (Kind.PARAGRAPH, "Read the full story here.")]
    assert [m.kind for m in again.segments[1].marks] == ["b", "note"]
    pdf = _convert(report.path, "pdf")  # LibreOffice opens it and lays it out
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "The Public Garden Opens" in text and "According to the municipal register." in text


def _hand_made(tmp_path, body: str):
    path = tmp_path / "hand.odt"
    path.write_bytes(odt_bytes({"content.xml": content_xml(body)}))
    return path


def test_notes_boxes_nested_tables_and_links_are_kept_in_place(tmp_path, monkeypatch):
    monkeypatch.setenv("WORKBENCH_HOME", str(tmp_path / "home"))
    body = (
        '<text:p>فقرة بحاشية<text:note text:id="n7" text:note-class="endnote"><text:note-citation>i'
        "</text:note-citation><text:note-body><text:p>نص الختام</text:p></text:note-body></text:note>"
        ' ومرساة<draw:frame><draw:text-box><text:p>نص داخل الإطار</text:p></draw:text-box></draw:frame></text:p>'
        "<table:table><table:table-row><table:table-cell><text:p>خلية خارجية</text:p>"
        "<table:table><table:table-row><table:table-cell><text:p>خلية داخلية</text:p>"
        "</table:table-cell></table:table-row></table:table><text:p>بعد الجدول</text:p>"
        "</table:table-cell></table:table-row></table:table>"
        '<text:p>رابط <text:a xlink:href="javascript:alert(1)">خطر</text:a></text:p><text:p> </text:p>'
    )
    with Project.create(tmp_path / "p.wbproj") as project:
        project.import_document(_hand_made(tmp_path, body))
        _translate(project, {
            "فقرة بحاشية ومرساة": "A paragraph with a note and an anchor",  # the note's tag is lost
            "[i] نص الختام": "The closing text", "نص داخل الإطار": "Text in the frame",
            "خلية خارجية": "Outer cell", "خلية داخلية": "Inner cell", "بعد الجدول": "After  the table",
            "رابط خطر": "A {1}dangerous{/1} link"})
        report = export_translated(project, tmp_path / "hand-en.odt", fmt="odt")
    assert (report.translated, report.untranslated, report.unplaced) == (7, 0, 0)
    _, content, _ = _parts(report.path)
    ns = {"text": T, "draw": "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"}
    first = content.find(".//text:p", ns)
    assert first.text == "A paragraph with a note and an anchor"
    assert [child.tag.split("}")[1] for child in first] == ["note", "frame"]  # kept, at the end
    assert "".join(first.find(".//text:note-body", ns).itertext()) == "The closing text"
    assert "".join(first.find(".//draw:text-box", ns).itertext()) == "Text in the frame"
    cells = ["".join(p.itertext()) for p in content.xpath("//table:table-cell/text:p", namespaces={
        "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0", "text": T})]  # document order
    assert cells == ["Outer cell", "Inner cell", "After the table"]  # itertext skips text:s
    assert content.find(".//text:s", ns) is not None  # the second space is ODF's text:s
    assert content.find(".//text:a", ns) is None  # a script address is no link
    assert "A dangerous link" in "".join(content.itertext())
    assert [s.text for s in load_odt(report.path).segments] == [
        "A paragraph with a note and an anchor", "[i] The closing text", "Text in the frame",
        "Outer cell", "Inner cell", "After  the table", "A dangerous link"]


def test_an_odt_document_comes_back_only_as_odt(tmp_path, monkeypatch):
    monkeypatch.setenv("WORKBENCH_HOME", str(tmp_path / "home"))
    with Project.create(tmp_path / "p.wbproj") as project:
        project.import_document(_hand_made(tmp_path, "<text:p>نص قصير</text:p>"))
        with pytest.raises(ExportError, match="imported as odt, so its translated layout is --format odt"):
            export_translated(project, tmp_path / "out.docx", fmt="docx")
    assert not (tmp_path / "out.docx").exists()
