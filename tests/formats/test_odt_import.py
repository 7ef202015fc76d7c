"""ODT import: LibreOffice's own files, hand-made packages for every construct, hostile packages."""

from __future__ import annotations

import pytest

from tests.fixtures.odt_files import (
    content_xml,
    convert_with_soffice,
    meta_xml,
    odt_bytes,
    simple_odt,
    soffice,
)
from workbench.core.errors import DocumentImportError
from workbench.core.model import Kind
from workbench.formats import odt_package_import
from workbench.formats.odt_import import load_odt

pytestmark = pytest.mark.timeout(120)
needs_soffice = pytest.mark.skipif(soffice() is None, reason="LibreOffice (soffice) is not installed")


def _load(tmp_path, data: bytes, name: str = "doc.odt"):
    path = tmp_path / name
    path.write_bytes(data)
    return load_odt(path)


def _segments(document):
    return [(s.kind, s.text, s.level) for s in document.segments]


@needs_soffice
def test_libreoffice_odt_from_docx(tmp_path):
    import docx

    source = docx.Document()
    source.add_heading("تقرير الاجتماع السنوي", 1)
    source.add_paragraph("عقد المجلس اجتماعه السنوي في القاعة الكبرى بحضور جميع الأعضاء.")
    source.add_heading("القرارات", 2)
    source.add_paragraph("اعتماد الميزانية الجديدة", style="List Bullet")
    source.add_paragraph("تعيين لجنة للمتابعة", style="List Bullet 2")
    table = source.add_table(rows=2, cols=2)
    for (row, col), text in {(0, 0): "البند", (0, 1): "المبلغ", (1, 0): "الرواتب", (1, 1): "٥٠٠"}.items():
        table.cell(row, col).text = text
    source.add_paragraph("وانتهى الاجتماع\tفي المساء.")
    source.core_properties.title = "محضر الاجتماع"
    source.core_properties.author = "هيئة التحرير"
    docx_path = tmp_path / "minutes.docx"
    source.save(docx_path)
    document = load_odt(convert_with_soffice(docx_path))
    segments = _segments(document)
    assert segments[:3] == [
        (Kind.HEADING, "تقرير الاجتماع السنوي", 1),
        (Kind.PARAGRAPH, "عقد المجلس اجتماعه السنوي في القاعة الكبرى بحضور جميع الأعضاء.", 0),
        (Kind.HEADING, "القرارات", 2),
    ]
    assert segments[3][:2] == (Kind.LIST_ITEM, "اعتماد الميزانية الجديدة")
    assert segments[4][:2] == (Kind.LIST_ITEM, "تعيين لجنة للمتابعة")
    assert segments[5:] == [(Kind.TABLE_CELL, t, 0) for t in ("البند", "المبلغ", "الرواتب", "٥٠٠")] + [
        (Kind.PARAGRAPH, "وانتهى الاجتماع\tفي المساء.", 0)]
    assert dict(document.metadata)["title"] == "محضر الاجتماع"
    assert document.format == "odt"


@needs_soffice
def test_libreoffice_notes_and_tracked_changes(tmp_path):
    """A flat ODT written by hand, saved as .odt by LibreOffice: its notes and change tracking."""
    body = (
        '<text:tracked-changes><text:changed-region text:id="ct1"><text:deletion><office:change-info>'
        "<dc:creator>محرر</dc:creator><dc:date>2024-01-01T10:00:00</dc:date></office:change-info>"
        "<text:p>كلمات حذفها المحرر</text:p></text:deletion></text:changed-region></text:tracked-changes>"
        '<text:p>فقرة تستشهد بحاشية<text:note text:id="ftn1" text:note-class="footnote">'
        "<text:note-citation>1</text:note-citation><text:note-body><text:p>نص الحاشية السفلية</text:p>"
        '</text:note-body></text:note> وتكمل<text:change text:change-id="ct1"/> بعدها.</text:p>'
        '<text:p>فقرة ثانية<text:note text:id="edn1" text:note-class="endnote"><text:note-citation>i'
        "</text:note-citation><text:note-body><text:p>تعليق ختامي</text:p></text:note-body></text:note></text:p>"
    )
    flat = content_xml(body).replace(b"office:document-content", b"office:document")
    flat = flat.replace(b'office:version="1.3"', b'office:version="1.3" office:mimetype='
                        b'"application/vnd.oasis.opendocument.text"')
    source = tmp_path / "notes.fodt"
    source.write_bytes(flat)
    segments = _segments(load_odt(convert_with_soffice(source)))
    assert segments == [
        (Kind.PARAGRAPH, "فقرة تستشهد بحاشية وتكمل بعدها.", 0),
        (Kind.PARAGRAPH, "[1] نص الحاشية السفلية", 0),
        (Kind.PARAGRAPH, "فقرة ثانية", 0),
        (Kind.PARAGRAPH, "[i] تعليق ختامي", 0),
    ]


def test_inline_constructs(tmp_path):
    body = (
        '<text:p>كلمة<text:s text:c="3"/>ثم<text:tab/>جدول<text:line-break/>سطر '
        '<text:span text:style-name="T1">مائل</text:span> <text:a xlink:href="https://x.example">رابط</text:a>'
        "<text:soft-page-break/> نهاية<text:s/>.</text:p>"
        "<text:p>  مسافات    كثيرة\n  تنطوي  </text:p>"
        '<text:p>قبل<office:annotation><dc:creator>مراجع</dc:creator><text:p>تعليق المراجع</text:p>'
        "</office:annotation> بعد</text:p>"
        '<text:p>إطار<draw:frame><draw:text-box><text:p>نص في مربع</text:p></draw:text-box>'
        "<svg:title>عنوان الصورة</svg:title></draw:frame></text:p>"
    )
    assert _segments(_load(tmp_path, simple_odt(body))) == [
        (Kind.PARAGRAPH, "كلمة   ثم\tجدول\nسطر مائل رابط نهاية .", 0),
        (Kind.PARAGRAPH, "مسافات كثيرة تنطوي", 0),
        (Kind.PARAGRAPH, "قبل بعد", 0),
        (Kind.PARAGRAPH, "إطار", 0),
        (Kind.PARAGRAPH, "نص في مربع", 0),
    ]


def test_structure_headings_lists_tables_sections(tmp_path):
    body = (
        '<text:h text:outline-level="1">عنوان رئيسي</text:h><text:h>بلا مستوى</text:h>'
        '<text:h text:outline-level="9">عميق</text:h>'
        '<text:section text:name="S1"><text:p>داخل القسم</text:p></text:section>'
        "<text:table-of-content><text:index-body><text:p>عنوان رئيسي 1</text:p></text:index-body>"
        "</text:table-of-content>"
        "<text:list><text:list-header><text:p>رأس القائمة</text:p></text:list-header>"
        "<text:list-item><text:p>بند أول</text:p><text:list><text:list-item><text:p>بند فرعي</text:p>"
        "</text:list-item></text:list></text:list-item>"
        '<text:list-item><text:h text:outline-level="2">عنوان مرقم</text:h></text:list-item></text:list>'
        "<table:table><table:table-header-rows><table:table-row><table:table-cell><text:p>رأس</text:p>"
        '</table:table-cell><table:table-cell table:number-columns-spanned="2"><text:p>مدمج</text:p>'
        "</table:table-cell><table:covered-table-cell><text:p>مخفي</text:p></table:covered-table-cell>"
        "</table:table-row></table:table-header-rows><table:table-row><table:table-cell><text:p>سطر أول</text:p>"
        "<text:p>سطر ثان</text:p></table:table-cell><table:table-cell><table:table><table:table-row>"
        "<table:table-cell><text:p>متداخل</text:p></table:table-cell></table:table-row></table:table>"
        "<text:p>بعد المتداخل</text:p></table:table-cell><table:table-cell/></table:table-row></table:table>"
    )
    assert _segments(_load(tmp_path, simple_odt(body))) == [
        (Kind.HEADING, "عنوان رئيسي", 1), (Kind.HEADING, "بلا مستوى", 1), (Kind.HEADING, "عميق", 6),
        (Kind.PARAGRAPH, "داخل القسم", 0),
        (Kind.LIST_ITEM, "رأس القائمة", 1), (Kind.LIST_ITEM, "بند أول", 1), (Kind.LIST_ITEM, "بند فرعي", 2),
        (Kind.HEADING, "عنوان مرقم", 2),
        (Kind.TABLE_CELL, "رأس", 0), (Kind.TABLE_CELL, "مدمج", 0),
        (Kind.TABLE_CELL, "سطر أول\nسطر ثان", 0), (Kind.TABLE_CELL, "متداخل", 0),
        (Kind.TABLE_CELL, "بعد المتداخل", 0),
    ]


def test_note_in_table_cell_follows_the_cell_text(tmp_path):
    body = ("<table:table><table:table-row><table:table-cell><text:p>خلية<text:note><text:note-citation>2"
            "</text:note-citation><text:note-body><text:p>حاشية الخلية</text:p><text:p>تتمة</text:p>"
            "</text:note-body></text:note></text:p></table:table-cell></table:table-row></table:table>")
    assert _segments(_load(tmp_path, simple_odt(body))) == [
        (Kind.TABLE_CELL, "خلية", 0), (Kind.PARAGRAPH, "[2] حاشية الخلية", 0), (Kind.PARAGRAPH, "تتمة", 0)]


def test_metadata_from_meta_xml(tmp_path):
    document = _load(tmp_path, simple_odt("<text:p>نص</text:p>", title="عنوان الوثيقة",
                                          creator="كاتب التقرير", date="2024-05-02T08:00:00"))
    assert document.metadata == (("title", "عنوان الوثيقة"), ("author", "كاتب التقرير"),
                                 ("date", "2024-05-02T08:00:00"))
    assert _load(tmp_path, simple_odt("<text:p>نص</text:p>"), "bare.odt").metadata == ()


BILLION_LAUGHS = (
    '<!DOCTYPE office:document-content [<!ENTITY lol "lol">'
    + "".join(f'<!ENTITY lol{i} "{("&lol%d;" % (i - 1) if i > 1 else "&lol;") * 10}">' for i in range(1, 10))
    + "]>"
)


@pytest.mark.parametrize("members, mimetype, reason", [
    ({"content.xml": content_xml("<text:p>&lol9;</text:p>", BILLION_LAUGHS)},
     "application/vnd.oasis.opendocument.text", "DOCTYPE"),
    ({"content.xml": content_xml("<text:p>نص</text:p>"),
      "meta.xml": meta_xml(title="&lol9;").replace(b"?>", b"?>" + BILLION_LAUGHS.encode(), 1)},
     "application/vnd.oasis.opendocument.text", "DOCTYPE"),
    ({"content.xml": content_xml('<text:p>نص</text:p>', '<!DOCTYPE x SYSTEM "http://evil.example/x.dtd">')},
     "application/vnd.oasis.opendocument.text", "DOCTYPE"),
    ({"meta.xml": meta_xml(title="ت")}, "application/vnd.oasis.opendocument.text", "content.xml is missing"),
    ({"content.xml": content_xml("<text:p>نص</text:p>")},
     "application/vnd.oasis.opendocument.spreadsheet", "spreadsheet"),
    ({"content.xml": content_xml("<text:p>نص</text:p>")}, "application/zip", "not an OpenDocument text"),
    ({"content.xml": b"<office:document-content><unclosed>"}, "application/vnd.oasis.opendocument.text",
     "not well-formed"),
    ({"content.xml": content_xml("<text:p> </text:p>")}, "application/vnd.oasis.opendocument.text", "empty"),
    ({"content.xml": b'<?xml version="1.0"?><office:document-content xmlns:office='
                     b'"urn:oasis:names:tc:opendocument:xmlns:office:1.0"/>'},
     "application/vnd.oasis.opendocument.text", "no office:text body"),
])
def test_hostile_or_wrong_packages(tmp_path, members, mimetype, reason, no_network):
    with pytest.raises(DocumentImportError, match=reason):
        _load(tmp_path, odt_bytes(members, mimetype))


def test_zip_bomb_part_refused_from_directory(tmp_path):
    bomb = content_xml("<text:p>" + "ا" * 10 + "</text:p>" + " " * (60 * 1024 * 1024))
    with pytest.raises(DocumentImportError, match="zip bomb"):
        _load(tmp_path, odt_bytes({"content.xml": bomb}))


def test_too_many_elements_refused(tmp_path, monkeypatch):
    # the limit lowered: a real over-limit part compresses past the zip-bomb ratio first
    monkeypatch.setattr(odt_package_import, "MAX_XML_ELEMENTS", 1_000)
    body = "".join(f"<text:p>{i}</text:p>" for i in range(1_200))
    with pytest.raises(DocumentImportError, match="XML elements"):
        _load(tmp_path, odt_bytes({"content.xml": content_xml(body)}))


def test_not_a_zip_and_missing_mimetype(tmp_path):
    with pytest.raises(DocumentImportError, match="damaged or truncated ZIP"):
        _load(tmp_path, b"PK\x03\x04 this is not really a zip")
    document = _load(tmp_path, odt_bytes({"content.xml": content_xml("<text:p>نص</text:p>")}, None), "x.odt")
    assert _segments(document) == [(Kind.PARAGRAPH, "نص", 0)]
