"""No export writes a tag character: a real project whose sources have marks (bold, a link, a
note reference) and whose targets carry their tags, exported in every format and layout; every
file (every part of a DOCX package) is searched for U+E000-U+EBFF."""

from __future__ import annotations

import re
import zipfile

import pytest

from workbench.core import inline
from workbench.core.model import Kind, Segment, SourceDocument, Status
from workbench.formats.exporters import FORMATS, PROJECT_LAYOUTS
from workbench.project.facade import Project

TAG_CHARS = re.compile("[\ue000-\uebff]")
SOURCE = "قال الوزير إن الخطة الجديدة ستنفذ هذا العام"  # my own sentence


def marked_segments() -> tuple[Segment, ...]:
    bold = inline.Mark(1, "b", 4, 10)  # الوزير
    link = inline.Mark(2, "link", 14, 19, href="https://example.org/plan")  # الخطة
    note = inline.Mark(3, "note", 27, 27, href="footnote:2", text="1")
    return (
        Segment(Kind.HEADING, "تقرير اللجنة", level=1, marks=(inline.Mark(1, "i", 0, 5),)),
        Segment(Kind.PARAGRAPH, SOURCE, marks=(bold, link, note)),
        Segment(Kind.LIST_ITEM, "بند أول مهم", level=1, marks=(inline.Mark(1, "b i", 4, 7),)),
    )


TARGETS = [
    f"{inline.open_tag(1)}Committee{inline.close_tag(1)} report",
    f"The {inline.open_tag(1)}minister{inline.close_tag(1)} said the new "
    f"{inline.open_tag(2)}plan{inline.close_tag(2)}{inline.solo_tag(3)} will be carried out this year",
    f"A {inline.open_tag(1)}first{inline.close_tag(1)} important item",
]


@pytest.fixture
def project(tmp_path):
    with Project.create(tmp_path / "inline.wbproj") as project:
        for name in ("first.docx", "second.docx"):
            project._store.add_document(SourceDocument(name, "docx", marked_segments()))
        for paragraph, target in zip(project.paragraphs(), TARGETS * 2, strict=True):
            project.save_target(paragraph.id, target, Status.EDITED)
        assert any(inline.tags_in(p.target) for p in project.paragraphs())
        yield project


def _exports():
    for spec in FORMATS.values():
        for layout in spec.layout_names:
            if (spec.name, layout) not in PROJECT_LAYOUTS:
                yield spec.name, layout


@pytest.mark.parametrize(("fmt", "layout"), list(_exports()))
def test_no_tag_character_reaches_any_export(project, tmp_path, fmt, layout):
    out = project.export(tmp_path / f"out-{fmt}-{layout}{FORMATS[fmt].suffix}", fmt, layout)
    data = out.read_bytes()
    if zipfile.is_zipfile(out):
        with zipfile.ZipFile(out) as package:
            texts = {name: package.read(name).decode("utf-8", "replace") for name in package.namelist()}
    else:
        texts = {out.name: data.decode("utf-8")}
    assert any("minister" in text for text in texts.values()) or fmt == "tmx"
    for name, text in texts.items():
        assert not TAG_CHARS.search(text), f"{fmt}/{layout}: a tag character in {name}"


def test_tmx_units_are_plain_text(project, tmp_path):
    out = project.export(tmp_path / "out.tmx", "tmx")
    text = out.read_text("utf-8")
    assert "The minister said the new plan will be carried out this year" in text
