"""The QA report rows: excerpts a reviewer can read (tags as {1}, bidi controls by name, double
spaces kept), term problems beside QA issues, the format chosen by extension."""

from __future__ import annotations

import pytest

from workbench.core.inline import Mark, close_tag, open_tag
from workbench.core.model import Kind, Paragraph, Status
from workbench.glossary.entries import GlossaryEntry
from workbench.qa import check_paragraphs
from workbench.qa.report import ReportRow, report_format, to_html, write_report


def _rows(pairs, **kw):
    paras = [Paragraph(i, 1, i - 1, Kind.PARAGRAPH, a, e, Status.EDITED, marks=m) for i, (a, e, m) in enumerate(pairs, 1)]
    by_id = {p.id: p for p in paras}
    return [ReportRow.of(i, by_id[i.paragraph_id]) for i in check_paragraphs(paras, **kw) if i.number]


def test_excerpts():
    rows = _rows([("تم تحديث النظام\u202e بنجاح.", "The system was updated.", ()),
                  ("نشر التقرير.", f"The {open_tag(1)}{close_tag(1)}report was published.", (Mark(1, "b", 4, 11),)),
                  ("أصلح الطريق.", "They repaired the main  road.", ())],
                 kinds={"bidi-control", "tags", "double-space"})  # fmt: skip
    assert [(r.number, r.kind, r.severity) for r in rows] == [(1, "bidi-control", "error"), (2, "tags", "error"),
                                                              (3, "double-space", "warning")]
    assert rows[0].source == "تم تحديث النظام[U+202E] بنجاح."
    assert rows[1].target == "The {1}{/1}report was published."
    assert rows[2].target == "They repaired the main  road."
    long = "word " * 60
    (row,) = _rows([("قال.", long + "the  end " + long, ())], kinds={"double-space"})
    assert row.target.startswith("…") and row.target.endswith("…") and "the  end" in row.target


def test_term_problems_and_an_html_page(tmp_path):
    from workbench.arabic.term_matcher import Term, TermMatcher
    from workbench.glossary.check import check_paragraph

    para = Paragraph(1, 1, 0, Kind.PARAGRAPH, "أعلنت الحكومة الخطة.", "The cabinet announced the plan.", Status.EDITED)
    entry = GlossaryEntry("الحكومة", "the Government", id=1)
    (problem,) = check_paragraph(para, TermMatcher([Term(entry.ref, entry.arabic, entry.english)]), [entry])
    row = ReportRow.of(problem, para)
    assert (row.kind, row.severity, row.message) == ("term-missing", "error", "the term الحكومة should be “the Government”")
    out = write_report([row, row], tmp_path / "r.htm", title="a <b> project")
    page = out.read_text(encoding="utf-8")
    assert "<title>QA report: a &lt;b&gt; project</title>" in page and "(2)</span>" in page
    assert not list(tmp_path.glob(".r.htm.*"))  # no temporary file left


def test_format_by_extension():
    assert report_format("a.CSV") == "csv" and report_format("a.html") == "html"
    with pytest.raises(ValueError, match=r"cannot write a QA report as \.xlsx: use \.csv or \.html"):
        report_format("a.xlsx")
    assert "0 issue(s)" in to_html([])
