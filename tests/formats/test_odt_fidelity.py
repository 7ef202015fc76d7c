"""A numbered heading's cached outline number (text:number) is drawn by the application from
the outline style, not written by the author: it is not part of the Arabic text the project
keeps, nor of the English the translated ODT writes (issue 15). Unnumbered headings and list
items read as before. A project imported before the fix kept the number in its source; its
English loses the number at export, so the heading does not show it twice."""

from __future__ import annotations

import zipfile

from lxml import etree

from tests.fixtures.odt_files import content_xml, odt_bytes
from workbench.core.model import Kind, Paragraph, Status
from workbench.formats.odt_import import load_odt
from workbench.formats.odt_translated_export import export_odt
from workbench.project import Project
from workbench.project.translated import export_translated

T = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
NS = {"text": T}
BODY = (
    '<text:h text:outline-level="1"><text:number>1.</text:number>مقدمة التقرير</text:h>'
    "<text:p>يتناول هذا التقرير موسم الحصاد.</text:p>"
    '<text:h text:outline-level="2"><text:number>1.2.</text:number>نتائج <text:span>الموسم</text:span></text:h>'
    '<text:h text:outline-level="2">خاتمة بلا رقم</text:h>'
    "<text:list><text:list-item><text:number>أ)</text:number><text:p>بند أول</text:p></text:list-item></text:list>"
)
ENGLISH = {"مقدمة التقرير": "Introduction to the report",
           "يتناول هذا التقرير موسم الحصاد.": "This report covers the harvest season.",
           "نتائج الموسم": "Results of the season", "خاتمة بلا رقم": "A conclusion without a number",
           "بند أول": "First item"}


def _odt(tmp_path, body: str = BODY):
    path = tmp_path / "numbered.odt"
    path.write_bytes(odt_bytes({"content.xml": content_xml(body)}))
    return path


def _content(path) -> etree._Element:
    with zipfile.ZipFile(path) as archive:
        return etree.fromstring(archive.read("content.xml"))


def test_the_outline_number_is_not_part_of_the_imported_text(tmp_path):
    document = load_odt(_odt(tmp_path))
    assert [(s.kind, s.level, s.text) for s in document.segments] == [
        (Kind.HEADING, 1, "مقدمة التقرير"), (Kind.PARAGRAPH, 0, "يتناول هذا التقرير موسم الحصاد."),
        (Kind.HEADING, 2, "نتائج الموسم"), (Kind.HEADING, 2, "خاتمة بلا رقم"),
        (Kind.LIST_ITEM, 1, "بند أول")]


def test_a_numbered_heading_comes_back_without_its_number_in_the_english(tmp_path, monkeypatch):
    monkeypatch.setenv("WORKBENCH_HOME", str(tmp_path / "home"))
    with Project.create(tmp_path / "p.wbproj") as project:
        project.import_document(_odt(tmp_path))
        for paragraph in project.paragraphs():
            project.save_target(paragraph.id, ENGLISH[paragraph.source], Status.EDITED)
        report = export_translated(project, tmp_path / "numbered-en.odt", fmt="odt")
    assert (report.translated, report.untranslated, report.unplaced) == (5, 0, 0)
    headings = _content(report.path).findall(".//text:h", NS)
    assert ["".join(h.itertext()) for h in headings] == [
        "Introduction to the report", "Results of the season", "A conclusion without a number"]
    assert [h.get(f"{{{T}}}outline-level") for h in headings] == ["1", "2", "2"]  # still numbered
    assert [s.text for s in load_odt(report.path).segments] == list(ENGLISH.values())


def test_english_of_a_project_that_kept_the_number_loses_it_at_export(tmp_path):
    """Paragraphs as a project imported before the fix stored them: the number in the source,
    and a translator's English repeating it."""
    rows = [(Kind.HEADING, 1, "1. مقدمة التقرير", "1. Introduction to the report"),
            (Kind.PARAGRAPH, 0, "يتناول هذا التقرير موسم الحصاد.", "1. This report covers the harvest."),
            (Kind.HEADING, 2, "1.2. نتائج الموسم", "1.2.5 results of the season"),
            (Kind.HEADING, 2, "خاتمة بلا رقم", "A conclusion"),
            (Kind.LIST_ITEM, 1, "بند أول", "First item")]
    paragraphs = [Paragraph(n + 1, 1, n, kind, source, target, Status.EDITED, level)
                  for n, (kind, level, source, target) in enumerate(rows)]
    report = export_odt(_odt(tmp_path).read_bytes(), paragraphs, tmp_path / "old-en.odt")
    content = _content(report.path)
    assert ["".join(h.itertext()) for h in content.findall(".//text:h", NS)] == [
        "Introduction to the report",  # the number that followed by a space went
        "1.2.5 results of the season",  # "1.2." is not a word of its own here: kept
        "A conclusion"]
    # a paragraph is never stripped: only a heading has a cached outline number
    assert "".join(content.find(".//text:p", NS).itertext()) == "1. This report covers the harvest."
