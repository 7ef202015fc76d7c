"""Markdown import keeps inline markup as marks over the plain text: the markup characters
are gone from the source, escaped characters stay literal."""

from __future__ import annotations

from workbench.core import inline
from workbench.core.model import Kind
from workbench.formats.md_import import load_markdown
from workbench.project.facade import Project

URL = "https://example.org/reports/2024?page=2"
SAMPLE = f"""\
## تقرير *الأسبوع*

قال **الوزير** إن __الخطة__ *جديدة* و _مؤقتة_ وأمر `حفظ` ثم [التقرير **الكامل**]({URL}) و<{URL}>.

هذا \\*ليس\\* مائلا و\\`ليس\\` كودا، والماء H<sub>2</sub>O والمتر م<sup>2</sup> و<u>مهم</u>.

**كل الفقرة عريضة**

- بند **أول**

| المدينة | *السكان* |
|---------|----------|
| حلب     | كثير     |
"""


def spans(segment) -> list[tuple[str, str, str]]:
    return [(m.kind, segment.text[m.start:m.end], m.href) for m in segment.marks]


def _load(tmp_path, text: str = SAMPLE):
    path = tmp_path / "report.md"
    path.write_text(text, encoding="utf-8")
    return load_markdown(path)


def test_inline_markup_becomes_marks(tmp_path):
    heading, body, escaped, whole, item, *cells = _load(tmp_path).segments
    assert heading.kind is Kind.HEADING and spans(heading) == [("i", "الأسبوع", "")]
    assert body.text == f"قال الوزير إن الخطة جديدة و مؤقتة وأمر حفظ ثم التقرير الكامل و{URL}."
    assert spans(body) == [("b", "الوزير", ""), ("b", "الخطة", ""), ("i", "جديدة", ""), ("i", "مؤقتة", ""),
                           ("code", "حفظ", ""), ("link", "التقرير الكامل", URL), ("b", "الكامل", ""),
                           ("link", URL, URL)]
    assert inline.visible(inline.tagged(body.text, body.marks)).endswith(
        "ثم {6}التقرير {7}الكامل{/7}{/6} و{8}" + URL + "{/8}.")
    assert spans(whole) == [("b", "كل الفقرة عريضة", "")]
    assert item.kind is Kind.LIST_ITEM and spans(item) == [("b", "أول", "")]
    assert [spans(cell) for cell in cells] == [[], [("i", "السكان", "")], [], []]


def test_escaped_characters_stay_literal_and_html_styles_count(tmp_path):
    escaped = _load(tmp_path).segments[2]
    assert escaped.text == "هذا *ليس* مائلا و`ليس` كودا، والماء H2O والمتر م2 ومهم."
    assert spans(escaped) == [("sub", "2", ""), ("sup", "2", ""), ("u", "مهم", "")]


def test_marks_are_stored_with_the_paragraphs(tmp_path, monkeypatch):
    monkeypatch.setenv("WORKBENCH_HOME", str(tmp_path / "home"))
    (tmp_path / "report.md").write_text(SAMPLE, encoding="utf-8")
    with Project.create(tmp_path / "p.wbproj") as project:
        project.import_document(tmp_path / "report.md")
    with Project.open(tmp_path / "p.wbproj") as project:
        body = next(p for p in project.paragraphs() if p.source.startswith("قال"))
    assert [(m.kind, body.source[m.start:m.end], m.href) for m in body.marks][:2] == [
        ("b", "الوزير", ""), ("b", "الخطة", "")]
    assert "**" not in body.source and "`" not in body.source


def test_tag_characters_in_the_file_make_no_tags(tmp_path):
    forged = f"نص {inline.open_tag(1)}مزور{inline.close_tag(1)} و**عريض{inline.solo_tag(4)}**\ue7ff\n"
    # a few characters of text around them, so the file reads as text at all (import_decode)
    document = _load(tmp_path, "افتتحت البلدية حديقة جديدة في وسط المدينة يوم الخميس الماضي.\n\n" + forged)
    segment = document.segments[1]
    assert segment.text == "نص مزور وعريض"
    assert spans(segment) == [("b", "عريض", "")]
    assert document.removed_controls == 4


def test_strikethrough_is_a_mark_and_two_tildes_alone_stay_text(tmp_path):
    doc = _load(tmp_path, "ألغي ~~الاجتماع القديم~~ وحدد موعد جديد ~ ~\n")
    [segment] = doc.segments
    assert spans(segment) == [("s", "الاجتماع القديم", "")]
    assert segment.text.endswith("~ ~")
