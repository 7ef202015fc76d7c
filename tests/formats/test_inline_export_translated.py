"""The translated DOCX restores inline formatting from the English's tags: a source with a
heading, a table, a list, a header, footnotes, an endnote, bold words and a link, imported into
a real project (the importer makes the marks), comes back with the same structure, the bold
words bold in the English, the link a real hyperlink through the original relationship, and
each note reference where its tag sits (or at the end when the English lacks its tag)."""

from __future__ import annotations

import shutil
import subprocess
import zipfile

import docx
import pytest

from tests.formats.test_docx_translated_export import ENGLISH, _source
from workbench.core import inline
from workbench.core.model import Status
from workbench.project import Project
from workbench.project.translated import export_translated

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
R_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
HREF = "https://example.org/library-plan"
BOLD_SOURCE = "قال الوزير إن الخطة جاهزة"


def _with_bold_and_link(tmp_path):
    path = _source(tmp_path)
    document = docx.Document(str(path))
    from docx.opc.constants import RELATIONSHIP_TYPE as RT

    rid = document.part.relate_to(HREF, RT.HYPERLINK, is_external=True)
    par = document.add_paragraph("قال ")
    par.add_run("الوزير").bold = True
    par.add_run(" إن ")
    link = docx.oxml.parse_xml(
        f'<w:hyperlink xmlns:w="{W[1:-1]}" xmlns:r="{R_ID[1:R_ID.index("}")]}" r:id="{rid}">'
        '<w:r><w:rPr><w:color w:val="0000FF"/><w:u w:val="single"/></w:rPr><w:t>الخطة</w:t></w:r>'
        "</w:hyperlink>")
    par._p.append(link)
    par.add_run(" جاهزة")
    document.save(path)
    return path


def _number(paragraph, kind: str, href: str = "") -> int:
    return next(m.number for m in paragraph.marks if m.kind == kind and (not href or m.href == href))


def _english(paragraph) -> str:
    if paragraph.source == BOLD_SOURCE:
        b, link = _number(paragraph, "b"), _number(paragraph, "link", HREF)
        return (f"The {inline.open_tag(b)}minister{inline.close_tag(b)} said the "
                f"{inline.open_tag(link)}plan{inline.close_tag(link)} is ready")
    if paragraph.source == "وقال المدير إن المكتبة تضم مليون كتاب":
        note = _number(paragraph, "note", "footnote:1")  # the endnote's tag is left out
        return f"The director said{inline.solo_tag(note)} the library holds a million books"
    if paragraph.source == "نقطة أولى":
        return "First point"
    return ENGLISH.get(paragraph.source, "")


@pytest.fixture
def exported(tmp_path, monkeypatch):
    monkeypatch.setenv("WORKBENCH_HOME", str(tmp_path / "home"))
    source = _with_bold_and_link(tmp_path)
    with Project.create(tmp_path / "p.wbproj") as project:
        project.import_document(source)
        marked = [p for p in project.paragraphs() if p.source == BOLD_SOURCE][0]
        assert {"b", "link"} <= {m.kind for m in marked.marks}  # the importer made the marks
        for para in project.paragraphs():
            if text := _english(para):
                project.save_target(para.id, text, Status.EDITED)
        report = export_translated(project, tmp_path / "library-en.docx")
    return source, report.path


def test_structure_is_kept_and_bold_words_are_bold_in_english(exported):
    source, out = exported
    before, after = docx.Document(str(source)), docx.Document(str(out))
    assert len(after.paragraphs) == len(before.paragraphs)
    assert [p.style.name for p in after.paragraphs] == [p.style.name for p in before.paragraphs]
    assert len(after.tables) == 1 and after.tables[0].cell(0, 0).text == "Opening hours"
    assert after.sections[0].header.paragraphs[0].text == "Morning Daily - Front Page"
    par = after.paragraphs[-1]
    assert par.text == "The minister said the plan is ready"
    assert [r.text for r in par.runs if r.bold] == ["minister"]
    assert not any(r.bold for r in par.runs if r.text != "minister")
    (link,) = par._p.iter(f"{W}hyperlink")
    assert "".join(t.text for t in link.iter(f"{W}t")) == "plan"
    rel = after.part.rels[link.get(R_ID)]
    assert rel.target_ref == HREF
    assert sum(1 for r in after.part.rels.values() if r.reltype == rel.reltype) == 1  # reused
    assert link.find(f"{W}r/{W}rPr/{W}color").get(f"{W}val") == "0000FF"  # the original's look
    text = "".join(t.text for t in after.element.body.iter(f"{W}t"))
    assert not any(0xE000 <= ord(c) <= 0xEBFF for c in text)


def test_note_references_stand_where_their_tags_are(exported):
    _source_path, out = exported
    after = docx.Document(str(out))
    par = next(p for p in after.paragraphs if p.text.startswith("The director said"))
    order = []
    for run in par._p.iter(f"{W}r"):
        if run.find(f"{W}footnoteReference") is not None:
            order.append("footnote")
        elif run.find(f"{W}endnoteReference") is not None:
            order.append("endnote")
        elif run.find(f"{W}t") is not None:
            order.append(run.find(f"{W}t").text)
    assert order == ["The director said", "footnote", " the library holds a million books", "endnote"]
    with zipfile.ZipFile(out) as z:
        body = z.read("word/document.xml").decode()
    assert body.count("w:footnoteReference") == 2 and body.count("w:endnoteReference") == 1


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_libreoffice_shows_the_bold_word_and_the_link(exported, tmp_path):
    _source_path, out = exported
    done = subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp_path}/profile",
                           "--convert-to", "pdf", "--outdir", str(tmp_path), str(out)],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", "-layout", str(tmp_path / "library-en.pdf"), "-"],
                              capture_output=True, text=True).stdout
        assert "The minister said the plan is ready" in text
        assert "The director said1 the library holds a million books" in text.replace(" 1", "1")
