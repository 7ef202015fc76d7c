"""DOCX import keeps inline formatting as marks: run formatting, character styles, hyperlinks
and note references, in the body, headers, notes and table cells. Documents made with
python-docx; hyperlinks and notes added as Word writes them."""

from __future__ import annotations

import zipfile
from pathlib import Path

import docx
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import parse_xml

from workbench.core import inline
from workbench.core.model import Kind
from workbench.formats.docx_import import load_docx
from workbench.project.facade import Project

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
CT = "application/vnd.openxmlformats-officedocument.wordprocessingml"
URL = "https://example.org/تقرير?سنة=2024"


def spans(segment) -> list[tuple[str, str, str, str]]:
    """(kind, covered text, href, text) of each mark, in number order."""
    return [(m.kind, segment.text[m.start:m.end], m.href, m.text) for m in segment.marks]


def _hyperlink(paragraph, url: str | None, runs_xml: str, anchor: str = "") -> None:
    attrs = f' r:id="{paragraph.part.relate_to(url, RT.HYPERLINK, is_external=True)}"' if url else ""
    attrs += f' w:anchor="{anchor}"' if anchor else ""
    paragraph._p.append(parse_xml(f'<w:hyperlink xmlns:w="{W}" xmlns:r="{REL}"{attrs}>{runs_xml}</w:hyperlink>'))


def _run(text: str, props: str = "") -> str:
    return f'<w:r><w:rPr>{props}</w:rPr><w:t xml:space="preserve">{text}</w:t></w:r>'


def _formatted(path: Path) -> Path:
    document = docx.Document()
    document.sections[0].header.paragraphs[0].add_run("نشرة").bold = True
    p = document.add_paragraph("قال ")
    p.add_run("الوزير").bold = True
    p.add_run(" الجديد").bold = True  # two runs, one bold span
    p.add_run(" إن ")
    both = p.add_run("الخطة")
    both.bold = both.italic = True
    p.add_run(" ")
    p.add_run("ناجحة").underline = True
    p.add_run(" و")
    p.add_run("قديمة").font.strike = True
    p.add_run(" م")
    p.add_run("2").font.superscript = True
    p.add_run(" H")
    p.add_run("2").font.subscript = True
    p.add_run("O")
    styled = document.add_paragraph("كلمة ")
    styled.add_run("مهمة", style="Strong")
    styled.add_run(" و")
    styled.add_run("مؤكدة", style="Emphasis")
    styled.add_run(" و")
    styled.add_run("عادية", style="Strong").bold = False  # direct formatting wins
    styled._p.append(parse_xml(f'<w:r xmlns:w="{W}"><w:rPr><w:bCs/></w:rPr><w:t xml:space="preserve"> عربية</w:t></w:r>'))
    linked = document.add_paragraph("انظر ")
    _hyperlink(linked, URL, _run("التقرير ") + _run("الكامل", "<w:b/>"))
    linked.add_run(" و")
    _hyperlink(linked, None, _run("الفصل الثاني"), anchor="chapter2")
    document.add_paragraph("كله عريض").runs[0].bold = True
    cell = document.add_table(rows=1, cols=1).rows[0].cells[0]
    cell.paragraphs[0].add_run("أولا")
    cell.add_paragraph().add_run("ثانيا").italic = True
    document.save(path)
    return path


def test_run_formatting_becomes_marks(tmp_path):
    segments = load_docx(_formatted(tmp_path / "f.docx")).segments
    header, body, styled, linked, whole, cell = segments
    assert spans(header) == [("b", "نشرة", "", "")]
    assert body.text == "قال الوزير الجديد إن الخطة ناجحة وقديمة م2 H2O"
    assert spans(body) == [("b", "الوزير الجديد", "", ""), ("b i", "الخطة", "", ""),
                           ("u", "ناجحة", "", ""), ("s", "قديمة", "", ""), ("sup", "2", "", ""),
                           ("sub", "2", "", "")]
    assert [m.number for m in body.marks] == [1, 2, 3, 4, 5, 6]
    assert spans(styled) == [("b", "مهمة", "", ""), ("i", "مؤكدة", "", ""), ("b", "عربية", "", "")]
    assert spans(whole) == [("b", "كله عريض", "", "")]  # the whole paragraph is still a mark
    assert cell.kind is Kind.TABLE_CELL and cell.text == "أولا\nثانيا"
    assert spans(cell) == [("i", "ثانيا", "", "")]


def test_hyperlinks_are_link_marks_holding_their_styles(tmp_path):
    linked = load_docx(_formatted(tmp_path / "f.docx")).segments[3]
    assert linked.text == "انظر التقرير الكامل والفصل الثاني"
    assert spans(linked) == [("link", "التقرير الكامل", URL, ""), ("b", "الكامل", "", ""),
                             ("link", "الفصل الثاني", "#chapter2", "")]
    # the tags nest: the bold span closes before its link
    assert inline.visible(inline.tagged(linked.text, linked.marks)) == \
        "انظر {1}التقرير {2}الكامل{/2}{/1} و{3}الفصل الثاني{/3}"


def _with_notes(path: Path) -> Path:
    document = docx.Document()
    document.add_paragraph("بدأ المؤتمر").add_run(" أمس").bold = True
    document.add_paragraph("وانتهى اليوم")
    document.save(path)
    with zipfile.ZipFile(path) as z:
        parts = {name: z.read(name) for name in z.namelist()}
    xml = parts["word/document.xml"].decode()
    ref = '<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:{0}Reference w:id="{1}"/></w:r>'
    xml = xml.replace(" أمس</w:t></w:r>", " أمس</w:t></w:r>" + ref.format("footnote", 7), 1)
    xml = xml.replace("وانتهى اليوم</w:t></w:r>", "وانتهى اليوم</w:t></w:r>" + ref.format("footnote", 9)
                      + ref.format("endnote", 4), 1)
    parts["word/document.xml"] = xml.encode()
    for kind, notes in (("footnote", {7: "في العاصمة", 9: "بعد الظهر"}), ("endnote", {4: "بحسب المنظمين"})):
        body = "".join(f'<w:{kind} w:id="{nid}"><w:p><w:r><w:{kind}Ref/></w:r>{_run(" ")}'
                       f'{_run(text[:3], "<w:i/>")}{_run(text[3:])}</w:p></w:{kind}>'
                       for nid, text in notes.items())
        parts[f"word/{kind}s.xml"] = f'<w:{kind}s xmlns:w="{W}">{body}</w:{kind}s>'.encode()
    parts["word/_rels/document.xml.rels"] = parts["word/_rels/document.xml.rels"].decode().replace(
        "</Relationships>", f'<Relationship Id="rIdFn" Type="{REL}/footnotes" Target="footnotes.xml"/>'
        f'<Relationship Id="rIdEn" Type="{REL}/endnotes" Target="endnotes.xml"/></Relationships>').encode()
    parts["[Content_Types].xml"] = parts["[Content_Types].xml"].decode().replace(
        "</Types>", f'<Override PartName="/word/footnotes.xml" ContentType="{CT}.footnotes+xml"/>'
        f'<Override PartName="/word/endnotes.xml" ContentType="{CT}.endnotes+xml"/></Types>').encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            z.writestr(name, data)
    return path


def test_note_references_are_solo_marks_numbered_as_shown(tmp_path):
    segments = load_docx(_with_notes(tmp_path / "n.docx")).segments
    assert [s.text for s in segments] == ["بدأ المؤتمر أمس", "في العاصمة", "وانتهى اليوم", "بعد الظهر",
                                          "بحسب المنظمين"]
    first, note, second = segments[:3]
    assert spans(first) == [("b", "أمس", "", ""), ("note", "", "footnote:7", "1")]
    assert first.marks[1].start == len(first.text)  # after the bold word, inside the paragraph
    assert spans(second) == [("note", "", "footnote:9", "2"), ("note", "", "endnote:4", "1")]
    assert spans(note) == [("i", "في", "", "")]  # notes keep their own formatting (no edge spaces)


def test_marks_are_stored_with_the_paragraphs(tmp_path, monkeypatch):
    monkeypatch.setenv("WORKBENCH_HOME", str(tmp_path / "home"))
    source = _formatted(tmp_path / "f.docx")
    with Project.create(tmp_path / "p.wbproj") as project:
        project.import_document(source)
        paragraphs = project.paragraphs()
    with Project.open(tmp_path / "p.wbproj") as project:
        reopened = project.paragraphs()
    assert [p.marks for p in reopened] == [p.marks for p in paragraphs]
    linked = next(p for p in reopened if p.source.startswith("انظر"))
    assert [(m.kind, linked.source[m.start:m.end], m.href) for m in linked.marks] == [
        ("link", "التقرير الكامل", URL), ("b", "الكامل", ""), ("link", "الفصل الثاني", "#chapter2")]


def test_tag_characters_in_the_file_make_no_tags(tmp_path):
    document = docx.Document()
    forged = f"نص {inline.open_tag(1)}مزور{inline.close_tag(1)} و{inline.solo_tag(2)}\ue3ff\uebff"
    document.add_paragraph(forged)
    document.add_paragraph("").add_run(forged).bold = True
    document.save(tmp_path / "h.docx")
    loaded = load_docx(tmp_path / "h.docx")
    plain, bold = loaded.segments
    assert plain.text == bold.text == "نص مزور و"
    assert plain.marks == ()
    assert spans(bold) == [("b", "نص مزور و", "", "")]
    assert loaded.removed_controls == 10


def test_hyperlink_fields_are_links_too(tmp_path):
    document = docx.Document()
    p = document.add_paragraph("راجع ")
    for xml in ('<w:r><w:fldChar w:fldCharType="begin"/></w:r>',
                f'<w:r><w:instrText xml:space="preserve"> HYPERLINK "{URL}" \\o "تلميح" </w:instrText></w:r>',
                '<w:r><w:fldChar w:fldCharType="separate"/></w:r>', _run("الموقع"), _run(" الرسمي", "<w:i/>"),
                '<w:r><w:fldChar w:fldCharType="end"/></w:r>', _run(" أو "),
                f'<w:fldSimple w:instr=" HYPERLINK \\l &quot;sec3&quot; ">{_run("القسم الثالث")}</w:fldSimple>',
                f'<w:fldSimple w:instr=" PAGE ">{_run("4")}</w:fldSimple>'):
        p._p.append(parse_xml(xml.replace(">", f' xmlns:w="{W}">', 1)))
    document.save(tmp_path / "fields.docx")
    (segment,) = load_docx(tmp_path / "fields.docx").segments
    assert segment.text == "راجع الموقع الرسمي أو القسم الثالث4"
    assert spans(segment) == [("link", "الموقع الرسمي", URL, ""), ("i", "الرسمي", "", ""),
                              ("link", "القسم الثالث", "#sec3", "")]
