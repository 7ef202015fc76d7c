"""The translated Markdown in the source's own shape (issue 15). The project keeps the Markdown
file it imported; the export reads it again and writes each paragraph's English into the lines
it came from, so front matter comes back byte for byte, ordered lists keep their numbers and
nesting, and tables, nested quotes, HTML blocks and link definitions keep their shape. The
structure is compared as markdown-it tokens of the source and of the English, and pandoc reads
the result (its YAML metadata, its ordered lists). Without the kept file (a project imported
before), or with a file that no longer gives the paragraphs back, the export writes the
paragraphs as before."""

from __future__ import annotations

import json
import shutil
import subprocess

import pytest
from markdown_it import MarkdownIt

from workbench.core import inline
from workbench.core.model import Kind, Status
from workbench.formats import import_limits, import_md_windows
from workbench.formats.md_import import load_markdown
from workbench.formats.md_translated_export import export_md, render_md
from workbench.project import Project

PANDOC = shutil.which("pandoc")
FRONT = "---\ntitle: تقرير الحديقة\nauthor: فريق البلدية\ntags: [حدائق, بلدية]\n---\n"
SOURCE = FRONT + """
# افتتاح الحديقة #

زرعت البلدية **ألف شجرة** في [الحديقة][دليل].

3. حفر الأرض
4. زرع الأشجار
   1. أشجار الزيتون
   2. أشجار النخيل
      - نخيل قصير
5. سقي الشتلات\\
   كل صباح

> قال رئيس البلدية:
> > الحديقة للجميع

| المرفق | الموعد |
|:--|--:|
| الملعب | كل يوم |
| المكتبة | |

<div dir="rtl" lang="ar">
نص <b>داخل</b> الوسم
</div>

ملاحظة أخيرة
------------

```
keep = "كما هو"
```

هذه الفقرة تنتظر المترجم.

[دليل]: https://example.org/park
"""
ENGLISH = {
    "افتتاح الحديقة": "The Garden Opens",
    "زرعت البلدية ألف شجرة في الحديقة.": "The municipality planted {1}a thousand trees{/1} in {2}the garden{/2}.",
    "حفر الأرض": "Digging the ground", "زرع الأشجار": "Planting the trees",
    "أشجار الزيتون": "Olive trees", "أشجار النخيل": "Palm trees", "نخيل قصير": "Short palms",
    "سقي الشتلات\nكل صباح": "Watering the seedlings\nevery morning",
    "قال رئيس البلدية:": "The mayor said:", "الحديقة للجميع": "The garden is for everyone",
    "المرفق": "Facility", "الموعد": "Hours", "الملعب": "The pitch | field", "كل يوم": "Every day",
    "المكتبة": "The library", "نص داخل الوسم": "Text <inside> the tag",
    "ملاحظة أخيرة": "A last note",
}  # "هذه الفقرة تنتظر المترجم." stays Arabic


def _tokens(text: str):
    return MarkdownIt("commonmark").enable(["table", "strikethrough"]).parse(text)


def _shape(text: str) -> list[tuple]:
    """The block structure: every token but the text, with its markers and list numbers."""
    return [(t.type, t.tag, t.markup, dict(t.attrs), t.level, t.info) for t in _tokens(text)
            if t.type not in ("inline", "html_block")]


def _texts(text: str) -> list[str]:
    return [t.content for t in _tokens(text) if t.type == "inline"]


def _translated(tmp_path, monkeypatch, source: str | bytes, english: dict[str, str],
                name: str = "park.md", keep: bool = True):
    """Import `source` into a real project, save the English, export the translated Markdown
    (from the kept file when `keep`). Returns (report, the Markdown written)."""
    monkeypatch.setenv("WORKBENCH_HOME", str(tmp_path / "home"))
    path = tmp_path / name
    path.write_bytes(source.encode("utf-8") if isinstance(source, str) else source)
    with Project.create(tmp_path / "p.wbproj") as project:
        project.import_document(path)
        for para in project.paragraphs():
            if para.source in english:
                text = inline.from_visible(english[para.source], [m.number for m in para.marks])
                project.save_target(para.id, text, Status.EDITED)
        document = project.documents()[0]
        original = project._store.document_source(document.id) if keep else None
        paragraphs = project.paragraphs()
    report = export_md(paragraphs, tmp_path / "park-en.md", original=original)
    return report, report.path.read_bytes().decode("utf-8")


def test_the_import_keeps_the_file_and_front_matter_is_not_translatable(tmp_path):
    path = tmp_path / "park.md"
    path.write_text(SOURCE, encoding="utf-8")
    document = load_markdown(path)
    assert document.original == path.read_bytes()
    first = document.segments[0]
    assert (first.kind, first.translatable) == (Kind.CODE, False)
    assert first.text == FRONT.removeprefix("---\n").removesuffix("---\n").rstrip("\n")


def test_the_english_keeps_the_source_shape(tmp_path, monkeypatch):
    report, english = _translated(tmp_path, monkeypatch, SOURCE, ENGLISH)
    assert (report.translated, report.untranslated, report.unplaced) == (17, 1, 0)
    assert english.startswith(FRONT)  # byte for byte, at the top
    assert _shape(english) == _shape(SOURCE)  # lists, numbers, quotes, table, headings, code
    starts = [dict(t.attrs).get("start") for t in _tokens(english) if t.type == "ordered_list_open"]
    assert starts == [3, None]  # "3." stays 3; the nested list starts at 1
    assert _texts(english[len(FRONT):]) == [
        "The Garden Opens",
        "The municipality planted **a thousand trees** in [the garden](https://example.org/park).",
        "Digging the ground", "Planting the trees", "Olive trees", "Palm trees", "Short palms",
        "Watering the seedlings\\\nevery morning", "The mayor said:", "The garden is for everyone",
        "Facility", "Hours", "The pitch | field", "Every day", "The library", "",
        "A last note", "هذه الفقرة تنتظر المترجم."]
    assert "   every morning" in english.splitlines()  # the hard break stays inside item 5
    assert "| The pitch \\| field | Every day |" in english.splitlines()
    assert '<div dir="ltr" lang="en">\nText &lt;inside&gt; the tag\n</div>' in english
    assert 'keep = "كما هو"' in english and english.endswith("[دليل]: https://example.org/park\n")


@pytest.mark.skipif(PANDOC is None, reason="pandoc is not installed")
def test_pandoc_reads_the_metadata_and_the_numbered_lists(tmp_path, monkeypatch):
    _, english = _translated(tmp_path, monkeypatch, SOURCE, ENGLISH)
    tree = json.loads(subprocess.run([PANDOC, "-f", "markdown", "-t", "json"], input=english,
                                     capture_output=True, text=True, check=True, timeout=60).stdout)
    meta = tree["meta"]  # the front matter is metadata again, not a code block
    assert [i["c"] for i in meta["title"]["c"] if i["t"] == "Str"] == ["تقرير", "الحديقة"]
    assert [i["c"] for i in meta["tags"]["c"][0]["c"] if i["t"] == "Str"] == ["حدائق"]
    blocks = tree["blocks"]
    assert not any(b["t"] == "CodeBlock" and "title:" in b["c"][1] for b in blocks)
    numbered = next(b for b in blocks if b["t"] == "OrderedList")
    (start, _style, _delim), items = numbered["c"]
    assert start == 3 and len(items) == 3
    nested = next(b for b in items[1] if b["t"] == "OrderedList")
    assert nested["c"][0][0] == 1 and len(nested["c"][1]) == 2
    assert any(b["t"] == "BulletList" for b in nested["c"][1][1])  # three levels deep
    assert any(b["t"] == "Table" for b in blocks)


def test_toml_front_matter_and_crlf_lines_come_back_byte_for_byte(tmp_path, monkeypatch):
    front = '+++\r\ntitle = "دليل الزائر"\r\ndraft = false\r\n+++\r\n'
    source = front + "\r\nمرحبا بالزوار\r\n\r\n7) البوابة الشمالية\r\n8) البوابة الجنوبية\r\n"
    report, english = _translated(tmp_path, monkeypatch, source, {
        "مرحبا بالزوار": "Welcome, visitors", "البوابة الشمالية": "The north gate",
        "البوابة الجنوبية": "The south gate"})
    assert (report.translated, report.untranslated) == (3, 0)
    assert english.encode("utf-8").startswith(front.encode("utf-8"))
    assert english[len(front):] == "\nWelcome, visitors\n\n7) The north gate\n8) The south gate\n"
    opened = next(t for t in _tokens(english[len(front):]) if t.type == "ordered_list_open")
    assert (opened.markup, dict(opened.attrs)) == (")", {"start": 7})


def test_a_windowed_import_places_every_paragraph(tmp_path, monkeypatch):
    """A document parsed in several windows (import_md_windows): the line numbers the walk
    gives are the file's, so every item lands on its own line."""
    monkeypatch.setattr(import_md_windows, "WINDOW_CHARS", 256)
    items = [f"{n}. البند رقم {n} من القائمة الطويلة" for n in range(4, 64)]
    source = "مقدمة القائمة\n\n" + "\n".join(items) + "\n\n| أ | ب |\n|---|---|\n" + "".join(
        f"| خلية {n} | قيمة {n} |\n" for n in range(40))
    english = {f"البند رقم {n} من القائمة الطويلة": f"Item number {n} of the long list"
               for n in range(4, 64)}
    english |= {f"خلية {n}": f"Cell {n}" for n in range(40)} | {"مقدمة القائمة": "The list"}
    report, out = _translated(tmp_path, monkeypatch, source, english)
    assert (report.translated, report.untranslated, report.unplaced) == (101, 42, 0)  # the header and the second column stay Arabic
    assert _shape(out) == _shape(source)
    assert out.splitlines()[2:4] == ["4. Item number 4 of the long list", "5. Item number 5 of the long list"]
    assert "| Cell 39 | قيمة 39 |" in out.splitlines()


def test_quoted_html_and_a_split_paragraph_keep_their_lines(tmp_path, monkeypatch):
    monkeypatch.setattr(import_limits, "MAX_PARAGRAPH_CHARS", 40)  # the import splits at 40
    long = "جملة أولى في فقرة طويلة. جملة ثانية في الفقرة نفسها. وجملة ثالثة تختمها."
    source = f"> <p dir='rtl'>نص في وسم</p>\n> بعده\n\n- {long.strip()}\n- بند قصير\n"
    pieces = import_limits.split_long(long.strip(), 40)
    assert len(pieces) > 1
    english = {"نص في وسم": "Text in a tag", "بند قصير": "A short item"}
    english |= {text: f"Sentence {n}." for n, text in enumerate(pieces, 1)}
    report, out = _translated(tmp_path, monkeypatch, source, english)
    assert (report.translated, report.untranslated, report.unplaced) == (2 + len(pieces), 1, 0)
    sentences = " ".join(f"Sentence {n}." for n in range(1, len(pieces) + 1))
    assert out == (f"> <p dir='ltr'>Text in a tag</p>\n> بعده\n\n- {sentences}\n"
                   "- A short item\n")  # "بعده", text of the HTML block with no English, stays


def test_without_the_kept_file_the_paragraphs_are_written_as_before(tmp_path, monkeypatch):
    report, english = _translated(tmp_path, monkeypatch, SOURCE, ENGLISH, keep=False)
    with Project.open(tmp_path / "p.wbproj") as project:
        paragraphs = project.paragraphs()
    assert english == "".join(render_md(paragraphs))
    assert english.startswith("```\ntitle:")  # the old shape: front matter as code, "-" items
    other = tmp_path / "other.md"
    other.write_text("نص آخر تماما\n", encoding="utf-8")
    # a kept file that does not give these paragraphs back is not used either
    again = export_md(paragraphs, tmp_path / "again.md", original=other.read_bytes())
    assert again.path.read_text(encoding="utf-8") == english
    assert (again.translated, again.untranslated) == (report.translated, report.untranslated)
