"""Issue 12, Markdown side: markdown-it drops text without a word in two places - past its nesting
limit and after a raw HTML block that is never closed. The importer keeps that text and warns."""

from __future__ import annotations

import logging

import pytest

from workbench.core.model import Kind
from workbench.formats.importers import load_document

pytestmark = pytest.mark.timeout(60)


def texts(tmp_path, markdown: str, caplog) -> list[tuple[Kind, str]]:
    path = tmp_path / "doc.md"
    path.write_text(markdown, encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="workbench.import"):
        return [(s.kind, s.text) for s in load_document(path).segments]


@pytest.mark.parametrize("tag", ["script", "style", "SCRIPT", "pre", "textarea"])
def test_unclosed_raw_html_block_keeps_the_rest_of_the_document(tmp_path, caplog, tag):
    markdown = f"# مقدمة\n\n<{tag}>\nvar a = 1;\n\nالفقرة التالية مهمة.\n\n## الفصل الثاني\n\nخاتمة.\n"
    got = texts(tmp_path, markdown, caplog)
    assert (Kind.PARAGRAPH, "الفقرة التالية مهمة.") in got
    assert (Kind.HEADING, "الفصل الثاني") in got and got[-1] == (Kind.PARAGRAPH, "خاتمة.")
    assert any(f"<{tag.lower()}> is never closed" in r.getMessage() and "line 3" in r.getMessage()
               for r in caplog.records)


def test_unclosed_script_inside_an_html_block_keeps_the_block_text(tmp_path, caplog):
    markdown = '<div dir="rtl">\nقبل\n<script>x = 1\nنص بعد السكربت\n</div>\n\nفقرة أخرى\n'
    got = texts(tmp_path, markdown, caplog)
    assert [text for _, text in got] == ["قبل", "x = 1 نص بعد السكربت", "فقرة أخرى"]
    assert any("never closed" in r.getMessage() for r in caplog.records)


def test_closed_script_is_still_left_out(tmp_path, caplog):
    got = texts(tmp_path, "<script>\nalert(1)\n</script>\n\nنص\n", caplog)
    assert got == [(Kind.PARAGRAPH, "نص")] and not caplog.records


@pytest.mark.parametrize("depth", [21, 100, 3000])
def test_deeply_nested_quotes_keep_their_text(tmp_path, caplog, depth):
    markdown = "أول\n\n" + "> " * depth + "نص في العمق\n" + "> " * depth + "سطر ثان\n\nآخر\n"
    got = texts(tmp_path, markdown, caplog)
    assert got == [(Kind.PARAGRAPH, "أول"), (Kind.QUOTE, "نص في العمق سطر ثان"), (Kind.PARAGRAPH, "آخر")]
    assert any("nested more than 20 levels" in r.getMessage() for r in caplog.records)


def test_deeply_nested_lists_keep_their_text(tmp_path, caplog):
    markdown = "".join("  " * i + "- " + f"بند {i}\n" for i in range(40))
    got = texts(tmp_path, markdown, caplog)
    words = " ".join(text for _, text in got)
    assert all(f"بند {i}" in words for i in range(40))


def test_ordinary_nesting_gives_no_warning(tmp_path, caplog):
    got = texts(tmp_path, "> > اقتباس داخل اقتباس\n\n- بند\n  - بند فرعي\n", caplog)
    assert got[0] == (Kind.QUOTE, "اقتباس داخل اقتباس") and not caplog.records


def _varied_markdown() -> str:
    parts = []
    for i in range(8):
        parts.append(f"# عنوان {i}\n\nفقرة رقم {i} فيها كلام عن الموضوع.\nسطر ثان في الفقرة نفسها.\n")
        parts.append("".join(f"- بند {i}.{j}\n  - فرعي {j}\n" for j in range(5)) + "\n1. مرقم\n\n2. ثان\n")
        parts.append("| أ | ب |\n|---|:-:|\n" + "".join(f"| خلية {i}.{j} | أخرى {j} |\n" for j in range(12)))
        parts.append("\n```\nشيفرة\n" + "س\n" * 20 + "```\n\n> اقتباس\n> سطر\n>\n> - بند في اقتباس\n\n")
        parts.append('<div dir="rtl">\nنص <b>عربي</b>\n</div>\n\n')
        if i == 5:
            parts.append("<style>\nغير مغلق\n\n## بعده\n\nنص\n")
    return "\n".join(parts)


@pytest.mark.parametrize("window", [40, 150, 700, 3000])
def test_parsing_in_windows_gives_the_same_segments(tmp_path, caplog, monkeypatch, window):
    from workbench.formats import import_md_windows

    markdown = _varied_markdown()
    monkeypatch.setattr(import_md_windows, "WINDOW_CHARS", 10**9)
    whole = texts(tmp_path, markdown, caplog)
    monkeypatch.setattr(import_md_windows, "WINDOW_CHARS", window)
    assert texts(tmp_path, markdown, caplog) == whole
    assert len(whole) > 300


def test_a_huge_table_is_parsed_in_bounded_memory(tmp_path):
    import tracemalloc

    path = tmp_path / "table.md"
    rows = "| س | ص | ع | ف |\n" * 8_000
    path.write_text("| أ | ب | ج | د |\n|---|---|---|---|\n" + rows, encoding="utf-8")
    tracemalloc.start()
    try:
        cells = load_document(path).segments
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert len(cells) == 4 + 8_000 * 4
    assert peak < 40 * 1024 * 1024  # 29 MB measured; the whole table parsed at once: 51 MB


def test_a_huge_paragraph_is_split_before_its_inline_markup_is_parsed(tmp_path, caplog):
    import tracemalloc

    path = tmp_path / "one.md"
    path.write_text("كلمة *مهمة* جدا. " * 25_000, encoding="utf-8")  # one 425,000-character paragraph
    tracemalloc.start()
    try:
        with caplog.at_level(logging.WARNING, logger="workbench.import"):
            segments = load_document(path).segments
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert all(len(s.text) <= 100_000 and "*" not in s.text for s in segments)
    assert sum(s.text.count("مهمة") for s in segments) == 25_000
    assert any("characters was split into 5" in r.getMessage() for r in caplog.records)
    assert peak < 28 * 1024 * 1024  # 15 MB measured; inline tokens of the whole paragraph: 44 MB
