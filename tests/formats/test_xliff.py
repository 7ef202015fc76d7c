"""XLIFF 1.2 and 2.0: our exports parse with translate-toolkit and lxml, carry ids, states, notes,
languages and direction, and read back (xliff_import) to what was exported; the reader refuses
unsafe or oversized files and reads other tools' inline markup."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

from workbench.core.errors import DocumentImportError
from workbench.core.model import Kind, Paragraph, Status
from workbench.formats import xliff_import
from workbench.formats.exporters import export
from workbench.formats.xliff_export import NS_12, NS_20, export_xliff
from workbench.formats.xliff_import import read_xliff
from workbench.formats.xliff_states import NS_WB, stamp, status_from_12, status_from_20

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
PROJECT_ID = "0b8e5d0c-2f7a-4c1e-9d55-3f1f0d6a7e21"
PARAS = [
    Paragraph(11, 1, 0, Kind.HEADING, "عنوان الخبر", "", Status.UNTRANSLATED),
    Paragraph(12, 1, 1, Kind.PARAGRAPH, "وصل الوفد إلى المدينة.", "The delegation arrived.",
              Status.MACHINE, engine="argos"),
    Paragraph(13, 1, 2, Kind.PARAGRAPH, "سقط المطر", "rain fell", Status.GLOSS, engine="gloss"),
    Paragraph(14, 1, 3, Kind.PARAGRAPH, "قال <المدير> & \"النائب\"", 'Said <the director> & "deputy"',
              Status.EDITED, comment="راجع الاسم & <اللقب>"),
    Paragraph(15, 1, 4, Kind.PARAGRAPH, "انتهى الاجتماع.", "The meeting ended.", Status.REVIEWED),
    Paragraph(16, 1, 5, Kind.PARAGRAPH, "شكرا للجميع.", "Thanks to all.", Status.APPROVED),
    Paragraph(17, 1, 6, Kind.CODE, "x = 1\n  y = 2", "", Status.UNTRANSLATED, translatable=False),
    Paragraph(18, 1, 7, Kind.PARAGRAPH, "عمّان - وكالات", "Amman - agencies", Status.MEMORY,
              engine="memory", model="exact"),
]


def write(tmp_path: Path, version: str) -> Path:
    out = tmp_path / ("out.xlf" if version == "1.2" else "out.xliff")
    return export_xliff(PARAS, out, version=version, title="news.txt", project_id=PROJECT_ID,
                        exported_at="2026-12-07T09:00:00+00:00")


def test_12_file_for_lxml_and_translate_toolkit(tmp_path: Path) -> None:
    from translate.storage.xliff import xlifffile

    path = write(tmp_path, "1.2")
    root = etree.parse(str(path)).getroot()
    ns = {"x": NS_12}
    file = root.find("x:file", ns)
    assert (root.get("version"), file.get("source-language"), file.get("target-language")) == ("1.2", "ar", "en")
    assert file.get(f"{{{NS_WB}}}project") == PROJECT_ID
    assert file.get(f"{{{NS_WB}}}exported") == "2026-12-07T09:00:00+00:00"
    units = root.findall(".//x:trans-unit", ns)
    assert [u.get("id") for u in units] == [str(p.id) for p in PARAS]
    states = [(u.find("x:target", ns).get("state"), u.find("x:target", ns).get("state-qualifier"),
               u.get("approved")) for u in units]
    assert states == [("new", None, None), ("needs-review-translation", "mt-suggestion", None),
                      ("needs-translation", "leveraged-glossary", None), ("translated", None, None),
                      ("signed-off", None, None), ("final", None, "yes"), ("new", None, None),
                      ("needs-review-translation", "leveraged-tm", None)]
    assert {u.find("x:source", ns).get(XML_LANG) for u in units} == {"ar"}
    assert {u.find("x:target", ns).get(XML_LANG) for u in units} == {"en"}
    assert units[6].get("translate") == "no"
    assert units[3].find("x:note", ns).text == "راجع الاسم & <اللقب>"
    assert units[3].get(f"{{{NS_WB}}}stamp") == stamp(PARAS[3].target, Status.EDITED)

    store = xlifffile.parsefile(str(path))
    by_id = {u.xmlelement.get("id"): u for u in store.units}
    assert by_id["14"].source == PARAS[3].source and by_id["14"].target == PARAS[3].target
    assert by_id["16"].isapproved() and not by_id["11"].istranslated()
    assert "راجع الاسم" in by_id["14"].getnotes()
    assert by_id["17"].source == "x = 1\n  y = 2"  # xml:space="preserve" keeps the code's layout


def test_20_file_for_lxml_and_translate_toolkit(tmp_path: Path) -> None:
    from translate.storage.xliff2 import Xliff2File

    path = write(tmp_path, "2.0")
    root = etree.parse(str(path)).getroot()
    ns = {"x": NS_20}
    file = root.find("x:file", ns)
    assert (root.get("srcLang"), root.get("trgLang")) == ("ar", "en")
    assert (file.get("srcDir"), file.get("trgDir")) == ("rtl", "ltr")
    assert file.get(f"{{{NS_WB}}}project") == PROJECT_ID
    units = root.findall("x:file/x:unit", ns)
    assert [u.get("id") for u in units] == [str(p.id) for p in PARAS]
    segments = [u.find("x:segment", ns) for u in units]
    assert [(s.get("state"), s.get("subState")) for s in segments] == [
        ("initial", None), ("initial", "wb:machine"), ("initial", "wb:gloss"), ("translated", None),
        ("reviewed", None), ("final", None), ("initial", None), ("initial", "wb:memory")]
    assert segments[0].find("x:target", ns) is None  # untranslated: no target at all
    assert units[3].find("x:notes/x:note", ns).text == "راجع الاسم & <اللقب>"
    assert units[6].get("translate") == "no"

    store = Xliff2File.parsefile(str(path))
    by_id = {u.getid(): u for u in store.units}
    assert by_id["14"].target == PARAS[3].target and by_id["16"].isapproved()
    # (translate-toolkit 3.20 looks for 2.0 notes inside <segment>; the spec puts <notes> in the
    # <unit>, where lxml found it above)
    assert by_id["11"].target in (None, "") and by_id["12"].isfuzzy()


@pytest.mark.parametrize("version", ["1.2", "2.0"])
def test_export_reads_back_to_the_same_paragraphs(tmp_path: Path, version: str) -> None:
    found = read_xliff(write(tmp_path, version))
    assert found.version == version and (found.source_lang, found.target_lang) == ("ar", "en")
    assert found.exported_at == "2026-12-07T09:00:00+00:00"
    units = {u.id: u for u in found.units}
    for para in PARAS:
        unit = units[str(para.id)]
        assert unit.source == para.source and unit.project == PROJECT_ID
        assert unit.stamp == stamp(para.target, para.status)
        assert unit.translatable == para.translatable
        assert (unit.target, unit.status) == ((para.target, para.status) if para.target else (None, None))
    assert units["14"].note == PARAS[3].comment


def test_the_export_dispatch_writes_both_versions_with_the_identity(tmp_path: Path) -> None:
    one = export(PARAS, tmp_path / "a.xlf", "xliff", project_id=PROJECT_ID)
    two = export(PARAS, tmp_path / "a.xliff", "xliff2", project_id=PROJECT_ID)
    assert read_xliff(one).version == "1.2" and read_xliff(two).version == "2.0"
    assert {u.project for u in read_xliff(two).units} == {PROJECT_ID}


def test_comments_can_be_left_out_and_control_characters_never_break_the_file(tmp_path: Path) -> None:
    para = Paragraph(5, 1, 0, Kind.PARAGRAPH, "نص\x0b عربي", "text\x0b here", Status.EDITED, comment="c")
    path = export_xliff([para], tmp_path / "c.xlf", comments=False)
    unit = read_xliff(path).units[0]
    assert (unit.source, unit.target, unit.note) == ("نص عربي", "text here", "")


@pytest.mark.parametrize(("state", "qualifier", "approved", "status"), [
    ("final", None, None, Status.APPROVED), ("translated", None, "yes", Status.APPROVED),
    ("signed-off", None, None, Status.REVIEWED), ("translated", None, None, Status.EDITED),
    (None, None, None, Status.EDITED), ("needs-review-translation", None, None, Status.EDITED),
    ("needs-review-translation", "leveraged-mt", None, Status.MACHINE),
    ("needs-translation", None, None, Status.MACHINE), ("new", None, None, Status.MACHINE),
    ("needs-translation", "leveraged-glossary", None, Status.GLOSS),
    ("needs-review-translation", "leveraged-tm", None, Status.MEMORY),
    ("translated", "leveraged-tm", None, Status.EDITED),  # a person's text, whatever its source
])
def test_12_states_map_to_statuses(state, qualifier, approved, status) -> None:
    assert status_from_12(state, qualifier, approved) is status


@pytest.mark.parametrize(("state", "substate", "status"), [
    ("final", None, Status.APPROVED), ("reviewed", None, Status.REVIEWED),
    ("translated", None, Status.EDITED), ("initial", None, Status.MACHINE),
    (None, None, Status.MACHINE), ("initial", "wb:gloss", Status.GLOSS),
    ("initial", "wb:memory", Status.MEMORY), ("translated", "wb:memory", Status.EDITED),
])
def test_20_states_map_to_statuses(state, substate, status) -> None:
    assert status_from_20(state, substate) is status


FOREIGN_12 = """<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
 <file original="x" source-language="ar" target-language="en" datatype="plaintext"><body>
  <trans-unit id="7"><source>أ<ph id="1">{b}</ph>ب</source>
   <target state="translated">A <g id="2">bold</g><ph id="3">&lt;br/&gt;</ph> <mrk mtype="seg" mid="1">B</mrk></target>
  </trans-unit>
 </body></file></xliff>"""

FOREIGN_20 = """<?xml version="1.0" encoding="UTF-8"?>
<xliff version="2.0" xmlns="urn:oasis:names:tc:xliff:document:2.0" srcLang="ar" trgLang="en">
 <file id="f"><unit id="8">
  <segment state="reviewed"><source>جملة.</source><target>One.</target></segment>
  <ignorable><source> </source></ignorable>
  <segment state="translated"><source>أخرى</source><target>Two <pc id="1">x</pc><cp hex="2013"/></target></segment>
 </unit><unit id="9">
  <segment state="final"><source>أ</source><target>A</target></segment>
  <segment><source>ب</source></segment>
 </unit></file></xliff>"""


def test_other_tools_inline_markup_and_segments_are_read_as_text(tmp_path: Path) -> None:
    one = tmp_path / "f.xlf"
    one.write_text(FOREIGN_12, encoding="utf-8")
    unit = read_xliff(one).units[0]
    assert (unit.source, unit.target, unit.status, unit.project) == ("أب", "A bold B", Status.EDITED, "")
    two = tmp_path / "f.xliff"
    two.write_text(FOREIGN_20, encoding="utf-8")
    first, partial = read_xliff(two).units
    assert (first.source, first.target) == ("جملة. أخرى", "One. Two x\u2013")
    assert first.status is Status.EDITED  # the least advanced of its segments
    assert partial.problem and partial.status is None


HOSTILE = {
    "doctype": '<?xml version="1.0"?><!DOCTYPE xliff><xliff version="1.2"/>',
    "entity": '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><xliff version="1.2">&a;</xliff>',
    "external": '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>'
                '<xliff version="1.2">&e;</xliff>',
    "not xliff": '<?xml version="1.0"?><tmx version="1.4"/>',
    "broken": '<xliff version="1.2"><file>',
    "duplicate ids": '<xliff version="2.0" xmlns="urn:oasis:names:tc:xliff:document:2.0"><file id="f">'
                     '<unit id="1"><segment><source>a</source></segment></unit>'
                     '<unit id="1"><segment><source>b</source></segment></unit></file></xliff>',
    "deep": '<xliff version="1.2">' + "<g>" * 100 + "</g>" * 100 + "</xliff>",
}


@pytest.mark.parametrize("name", list(HOSTILE))
def test_unsafe_or_broken_files_are_refused(tmp_path: Path, name: str) -> None:
    path = tmp_path / "bad.xlf"
    path.write_text(HOSTILE[name], encoding="utf-8")
    with pytest.raises(DocumentImportError):
        read_xliff(path)


def test_a_file_one_byte_over_the_limit_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "huge.xlf"
    with path.open("wb") as handle:
        handle.truncate(xliff_import.MAX_XLIFF_BYTES + 1)  # sparse: no 50 MB written
    with pytest.raises(DocumentImportError, match="too large"):
        read_xliff(path)
