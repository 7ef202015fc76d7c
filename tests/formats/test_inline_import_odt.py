"""ODT import keeps inline formatting as marks: automatic and named text styles, a paragraph's
own automatic style, links and note citations; the file itself is kept for a rebuild. Packages
written by hand (as LibreOffice writes them) and one LibreOffice conversion where installed."""

from __future__ import annotations

import docx
import pytest

from tests.fixtures.odt_files import convert_with_soffice, odt_bytes, soffice
from workbench.core import inline
from workbench.core.model import Kind
from workbench.formats.odt_import import load_odt
from workbench.project.facade import Project

pytestmark = pytest.mark.timeout(120)

NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
      'xmlns:xlink="http://www.w3.org/1999/xlink" office:version="1.3"')
AUTOMATIC = (
    '<style:style style:name="T1" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>'
    '<style:style style:name="T2" style:family="text"><style:text-properties style:font-style-complex="italic"/>'
    '</style:style>'
    '<style:style style:name="T3" style:family="text"><style:text-properties style:text-underline-style="solid"/>'
    '</style:style>'
    '<style:style style:name="T4" style:family="text"><style:text-properties '
    'style:text-line-through-style="solid"/></style:style>'
    '<style:style style:name="T5" style:family="text"><style:text-properties style:text-position="super 58%"/>'
    '</style:style>'
    '<style:style style:name="T6" style:family="text"><style:text-properties style:text-position="-33% 58%"/>'
    '</style:style>'
    '<style:style style:name="T7" style:family="text"><style:text-properties fo:font-style="italic" '
    'style:text-underline-style="none"/></style:style>'
    '<style:style style:name="P1" style:family="paragraph" style:parent-style-name="Standard">'
    '<style:text-properties fo:font-weight="bold" style:font-weight-complex="bold"/></style:style>'
)
NAMED = ('<style:style style:name="Strong_20_Emphasis" style:display-name="Strong Emphasis" style:family="text">'
         '<style:text-properties fo:font-weight="bold"/></style:style>'
         '<style:style style:name="Heading" style:family="paragraph"><style:text-properties fo:font-weight="bold"/>'
         '</style:style>')
URL = "https://example.org/أخبار"


def _odt(body: str) -> bytes:
    content = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {NS}><office:automatic-styles>'
               f'{AUTOMATIC}</office:automatic-styles><office:body><office:text>{body}</office:text>'
               '</office:body></office:document-content>')
    styles = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-styles {NS}><office:styles>{NAMED}'
              '</office:styles></office:document-styles>')
    return odt_bytes({"content.xml": content.encode(), "styles.xml": styles.encode()})


BODY = (
    '<text:h text:style-name="Heading" text:outline-level="1">عنوان <text:span text:style-name="T2">مائل'
    '</text:span></text:h>'
    '<text:p>قال <text:span text:style-name="T1">الوزير</text:span><text:span text:style-name="T1"> الجديد'
    '</text:span> إن <text:span text:style-name="T3">الخطة</text:span> <text:span text:style-name="T4">قديمة'
    '</text:span> م<text:span text:style-name="T5">2</text:span> H<text:span text:style-name="T6">2</text:span>O'
    ' و<text:span text:style-name="Strong_20_Emphasis">مهمة</text:span>'
    ' و<text:span text:style-name="T1">عريض <text:span text:style-name="T7">ومائل</text:span></text:span></text:p>'
    '<text:p text:style-name="P1">فقرة كلها عريضة</text:p>'
    f'<text:p>انظر <text:a xlink:type="simple" xlink:href="{URL}">الموقع <text:span text:style-name="T1">الرسمي'
    '</text:span></text:a> الآن<text:note text:id="ftn3" text:note-class="footnote"><text:note-citation>1'
    '</text:note-citation><text:note-body><text:p>نص <text:span text:style-name="T1">الحاشية</text:span>'
    '</text:p></text:note-body></text:note></text:p>'
    '<table:table><table:table-row><table:table-cell><text:p>أولا</text:p><text:p>'
    '<text:span text:style-name="T2">ثانيا</text:span></text:p></table:table-cell></table:table-row></table:table>'
)


def spans(segment) -> list[tuple[str, str, str, str]]:
    return [(m.kind, segment.text[m.start:m.end], m.href, m.text) for m in segment.marks]


def _load(tmp_path, data: bytes):
    path = tmp_path / "doc.odt"
    path.write_bytes(data)
    return load_odt(path)


def test_text_styles_become_marks(tmp_path):
    heading, body, whole, linked, note, cell = _load(tmp_path, _odt(BODY)).segments
    assert heading.kind is Kind.HEADING and spans(heading) == [("i", "مائل", "", "")]  # not the style's bold
    assert body.text == "قال الوزير الجديد إن الخطة قديمة م2 H2O ومهمة وعريض ومائل"
    assert spans(body) == [("b", "الوزير الجديد", "", ""), ("u", "الخطة", "", ""), ("s", "قديمة", "", ""),
                           ("sup", "2", "", ""), ("sub", "2", "", ""), ("b", "مهمة", "", ""),
                           ("b", "عريض", "", ""), ("b i", "ومائل", "", "")]
    assert spans(whole) == [("b", "فقرة كلها عريضة", "", "")]  # the paragraph's automatic style
    assert cell.kind is Kind.TABLE_CELL and cell.text == "أولا\nثانيا"
    assert spans(cell) == [("i", "ثانيا", "", "")]


def test_links_and_note_citations(tmp_path):
    linked, note = _load(tmp_path, _odt(BODY)).segments[3:5]
    assert linked.text == "انظر الموقع الرسمي الآن"
    assert spans(linked) == [("link", "الموقع الرسمي", URL, ""), ("b", "الرسمي", "", ""),
                             ("note", "", "note:ftn3", "1")]
    assert inline.visible(inline.tagged(linked.text, linked.marks)) == "انظر {1}الموقع {2}الرسمي{/2}{/1} الآن{3/}"
    assert note.text == "[1] نص الحاشية" and spans(note) == [("b", "الحاشية", "", "")]


def test_the_file_is_kept_and_marks_are_stored(tmp_path, monkeypatch):
    monkeypatch.setenv("WORKBENCH_HOME", str(tmp_path / "home"))
    data = _odt(BODY)
    assert _load(tmp_path, data).original == data
    with Project.create(tmp_path / "p.wbproj") as project:
        project.import_document(tmp_path / "doc.odt")
    with Project.open(tmp_path / "p.wbproj") as project:
        linked = next(p for p in project.paragraphs() if p.source.startswith("انظر"))
    assert [(m.kind, linked.source[m.start:m.end], m.href, m.text) for m in linked.marks] == [
        ("link", "الموقع الرسمي", URL, ""), ("b", "الرسمي", "", ""), ("note", "", "note:ftn3", "1")]


def test_tag_characters_in_the_file_make_no_tags(tmp_path):
    forged = f"نص {inline.open_tag(3)}مزور{inline.close_tag(3)}{inline.solo_tag(1)}\ue000"
    document = _load(tmp_path, _odt(f'<text:p>{forged}</text:p><text:p text:style-name="P1">{forged}</text:p>'))
    plain, bold = document.segments
    assert plain.text == bold.text == "نص مزور"
    assert plain.marks == () and spans(bold) == [("b", "نص مزور", "", "")]
    assert document.removed_controls == 8


@pytest.mark.skipif(soffice() is None, reason="LibreOffice (soffice) is not installed")
def test_libreoffice_writes_formatting_we_read(tmp_path):
    source = docx.Document()
    p = source.add_paragraph("أعلن ")
    p.add_run("المجلس").bold = True
    p.add_run(" قراره ")
    p.add_run("النهائي").italic = True
    source.add_paragraph("").add_run("فقرة عريضة كلها").bold = True
    source.save(tmp_path / "lo.docx")
    first, whole = load_odt(convert_with_soffice(tmp_path / "lo.docx")).segments
    assert spans(first) == [("b", "المجلس", "", ""), ("i", "النهائي", "", "")]
    assert spans(whole) == [("b", "فقرة عريضة كلها", "", "")]
