"""Markdown import: each block kind, inline markup, code kept untranslated."""

from __future__ import annotations

import codecs
from dataclasses import replace

import pytest

from workbench.core.errors import DocumentImportError
from workbench.core.model import Kind, Segment
from workbench.formats.importers import load_document

SAMPLE = """\
# تقرير الأسبوع

## الأخبار *المحلية*

افتتحت **البلدية** حديقة جديدة، ويمكن قراءة [التفاصيل](https://example.org/x) هنا.
وهذا سطر ثان من الفقرة نفسها.

- البند الأول
- البند الثاني
  - بند فرعي

1. خطوة مرقمة

> قال المدير: «العمل مستمر».

| المدينة | السكان |
|---------|--------|
| حلب     | كثير   |
| حمص     |        |

```python
print("لا تترجم هذا")
```

    indented_code = True

نهاية التقرير.
"""


@pytest.fixture
def sample(tmp_path):
    path = tmp_path / "report.md"
    path.write_text(SAMPLE, encoding="utf-8")
    return load_document(path)


def test_every_block_kind_in_order(sample):
    assert sample.format == "md"
    assert [replace(s, marks=()) for s in sample.segments] == [  # marks: test_inline_import_md
        Segment(Kind.HEADING, "تقرير الأسبوع", 1),
        Segment(Kind.HEADING, "الأخبار المحلية", 2),
        Segment(
            Kind.PARAGRAPH,
            "افتتحت البلدية حديقة جديدة، ويمكن قراءة التفاصيل هنا. وهذا سطر ثان من الفقرة نفسها.",
        ),
        Segment(Kind.LIST_ITEM, "البند الأول", 1),
        Segment(Kind.LIST_ITEM, "البند الثاني", 1),
        Segment(Kind.LIST_ITEM, "بند فرعي", 2),
        Segment(Kind.LIST_ITEM, "خطوة مرقمة", 1),
        Segment(Kind.QUOTE, "قال المدير: «العمل مستمر»."),
        Segment(Kind.TABLE_CELL, "المدينة"),
        Segment(Kind.TABLE_CELL, "السكان"),
        Segment(Kind.TABLE_CELL, "حلب"),
        Segment(Kind.TABLE_CELL, "كثير"),
        Segment(Kind.TABLE_CELL, "حمص"),
        Segment(Kind.CODE, 'print("لا تترجم هذا")', 0, False),
        Segment(Kind.CODE, "indented_code = True", 0, False),
        Segment(Kind.PARAGRAPH, "نهاية التقرير."),
    ]


def test_code_blocks_keep_inner_layout(tmp_path):
    path = tmp_path / "code.md"
    path.write_text("```\ndef f():\n\n    return 1\n```\n", encoding="utf-8")
    (segment,) = load_document(path).segments
    assert segment == Segment(Kind.CODE, "def f():\n\n    return 1", 0, False)


def test_inline_code_image_alt_entities_and_escapes(tmp_path):
    path = tmp_path / "inline.md"
    path.write_text("استخدم `ls` مع ![شعار المدينة](logo.png) \\*نجمة\\* &amp; رمز\n", encoding="utf-8")
    assert load_document(path).segments[0].text == "استخدم ls مع شعار المدينة *نجمة* & رمز"


def test_hard_break_is_a_newline(tmp_path):
    path = tmp_path / "br.md"
    path.write_text("سطر أول  \nسطر ثان\n", encoding="utf-8")
    assert load_document(path).segments[0].text == "سطر أول\nسطر ثان"


def test_list_inside_quote_and_quote_inside_list(tmp_path):
    path = tmp_path / "nest.md"
    path.write_text("> - بند مقتبس\n\n- بند\n\n  > اقتباس في بند\n", encoding="utf-8")
    assert list(load_document(path).segments) == [
        Segment(Kind.LIST_ITEM, "بند مقتبس", 1),
        Segment(Kind.LIST_ITEM, "بند", 1),
        Segment(Kind.QUOTE, "اقتباس في بند"),
    ]


def test_html_block_text_is_taken_and_comments_skipped(tmp_path):
    path = tmp_path / "html.md"
    path.write_text(
        '<div dir="rtl">\nنص <b>عربي</b> &amp; علامة<br>سطر آخر\n<script>alert(1)</script>\n</div>\n\n'
        "<!-- ملاحظة خفية -->\n\nفقرة عادية\n",
        encoding="utf-8",
    )
    assert [s.text for s in load_document(path).segments] == ["نص عربي & علامة", "سطر آخر", "فقرة عادية"]


def test_front_matter_is_kept_but_not_translated(tmp_path):
    path = tmp_path / "fm.md"
    path.write_text("---\ntitle: تقرير\n---\n# عنوان\n", encoding="utf-8")
    assert list(load_document(path).segments) == [
        Segment(Kind.CODE, "title: تقرير", 0, False),
        Segment(Kind.HEADING, "عنوان", 1),
    ]


def test_markdown_is_decoded_like_text(tmp_path):
    path = tmp_path / "legacy.markdown"
    path.write_bytes("# عنوان قديم\n\nنص بترميز ويندوز.\n".encode("cp1256"))
    doc = load_document(path)
    assert doc.encoding == "cp1256"
    assert [s.text for s in doc.segments] == ["عنوان قديم", "نص بترميز ويندوز."]
    path.write_bytes(codecs.BOM_UTF16_LE + "# عنوان\r\n".encode("utf-16-le"))
    assert load_document(path).segments == (Segment(Kind.HEADING, "عنوان", 1),)


def test_segments_are_cleaned_and_counted(tmp_path):
    path = tmp_path / "dirty.md"
    path.write_text("# ﻣﺮﺣﺒﺎ\n\nنص\x0bمع \u2067علامة\u2069\n\n```\ncode\x01\n```\n", encoding="utf-8")
    doc = load_document(path)
    assert [s.text for s in doc.segments] == ["مرحبا", "نص\nمع \u2067علامة\u2069", "code"]
    assert doc.bidi_controls == 2
    assert doc.removed_controls == 2


def test_markdown_without_text_is_empty(tmp_path):
    path = tmp_path / "blank.md"
    path.write_text("<!-- only a comment -->\n\n---\n", encoding="utf-8")
    with pytest.raises(DocumentImportError, match="empty"):
        load_document(path)
