"""Pages in columns: each column read whole, in the page's reading order (Arabic right column
first, English left first), full-width headlines and closing paragraphs in place, a column that
ends early. First on clusters placed here (no PDF), then on PDFs made from our own text by
LibreOffice (a DOCX with right-to-left column sections; also redrawn by cairo) and by Qt's PDF
engine (one text column cut into slices drawn side by side). Word accuracy is printed (run with
-s to see it)."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from tests.fixtures import pdf_docs
from tests.fixtures.tiny_text import ENGLISH_LINES
from tests.formats.test_pdf_import import MIN_ACCURACY, word_accuracy
from workbench.core.model import Kind
from workbench.formats.pdf_chars import Cluster, page_lines
from workbench.formats.pdf_import import load_pdf

HEADLINE = "تقرير خاص عن المدن والأسواق في فصل الشتاء"
CLOSING = ("هذه فقرة ختامية تمتد على عرض الصفحة كله تحت العمودين، وتذكر أن التقرير أعد للاختبار فقط "
           "ولا يحتوي على أخبار حقيقية من أي مدينة أو سوق.")


def row(words: list[str], y: float, left: float, right: float, start: int, size: float = 10) -> list[Cluster]:
    """Words drawn one cluster per word, spread evenly from `left` to `right` (justified), in
    the order given (left to right on the page)."""
    step = (right - left) / len(words)
    return [Cluster(word, left + i * step, left + (i + 1) * step - 3, y, size, start + i)
            for i, word in enumerate(words)]


def page(columns: list[tuple[float, float, str]], lines: int = 12, y0: float = 700,
         offset: float = 0) -> list[Cluster]:
    """Columns of `lines` justified lines each: (left, right, letter); the words of column k,
    line n read `<letter><n>a` ... so the reading order shows in the text. `offset` lowers each
    column's baselines by that much more than the column before it."""
    out: list[Cluster] = []
    for k, (left, right, letter) in enumerate(columns):
        for n in range(lines):
            out += row([f"{letter}{n}{w}" for w in "abcde"], y0 - 14 * n - k * offset, left, right, len(out))
    return out


def texts(clusters: list[Cluster]) -> list[str]:
    return [line.text for line in page_lines(clusters)]


@pytest.mark.parametrize("offset", [0, 7])  # baselines level across the gutter, or half a line apart
def test_latin_columns_read_left_then_right(offset):
    got = texts(page([(50, 280, "L"), (310, 540, "R")], offset=offset))
    assert got[0] == "L0a L0b L0c L0d L0e" and got[11].startswith("L11") and got[12].startswith("R0")
    assert len(got) == 24


def test_arabic_columns_read_right_then_left():
    # Arabic words drawn left to right on the page: the right column's first word is rightmost
    clusters = []
    for left, right, word in ((50, 280, "يسار"), (310, 540, "يمين")):
        for n in range(12):
            clusters += row([f"{word}{'ب' * (n + 1)}"] * 5, 700 - 14 * n, left, right, len(clusters))
    got = texts(clusters)
    assert got[0].startswith("يمينب ") and got[12].startswith("يسارب ") and len(got) == 24


def test_headline_and_full_width_rows_stay_in_place_and_a_short_column():
    clusters = row(["HEAD", "LINE", "OVER", "BOTH"], 740, 50, 540, 0, size=16)
    body = page([(50, 280, "L")], lines=12) + page([(310, 540, "R")], lines=5)
    clusters += [Cluster(c.text, c.x0, c.x1, c.y, c.size, c.index + 10) for c in body]
    clusters += row(["END", "SPANS", "THE", "PAGE"], 500, 50, 540, 999)
    got = texts(clusters)
    assert got[0] == "HEAD LINE OVER BOTH" and got[-1] == "END SPANS THE PAGE"
    assert [t[:2] for t in got[1:-1]] == ["L0", "L1", "L2", "L3", "L4", "L5", "L6", "L7", "L8", "L9", "L1", "L1",
                                         "R0", "R1", "R2", "R3", "R4"]


def test_three_columns():
    got = texts(page([(50, 200, "A"), (220, 370, "B"), (390, 540, "C")], lines=8))
    assert [t[0] for t in got] == ["A"] * 8 + ["B"] * 8 + ["C"] * 8


def test_single_column_with_a_wide_gap_here_and_there_stays_whole():
    clusters = []
    for n in range(20):
        words = [f"w{n}{k}" for k in range(8)]
        clusters += row(words, 700 - 14 * n, 50, 540 if n % 5 else 300, len(clusters))
    clusters[3 * 8 + 4].x0 += 20  # a stretched justification gap, twice at the same place
    clusters[4 * 8 + 4].x0 += 20
    assert texts(clusters) == [" ".join(f"w{n}{k}" for k in range(8)) for n in range(20)]


def test_contents_page_and_term_list_are_not_columns():
    contents, terms = [], []
    for n in range(15):  # a title on the left, its page number far right
        contents += row([f"Chapter{n}", "title"], 700 - 14 * n, 50, 200, len(contents))
        contents.append(Cluster(str(n + 3), 530, 540, 700 - 14 * n, 10, len(contents)))
        # short terms of varied length, definitions filling the rest
        terms += row([f"t{n}"], 700 - 14 * n, 50, (80, 100, 130, 200)[n % 4], len(terms))
        terms += row([f"d{n}{k}" for k in "abcd"], 700 - 14 * n, 230, 540, len(terms))
    assert texts(contents)[0] == "Chapter0 title 3" and len(texts(contents)) == 15
    assert texts(terms)[0] == "t0 d0a d0b d0c d0d" and len(texts(terms)) == 15


def test_a_glyph_miles_away_is_no_reason_to_fail():
    clusters = page([(50, 280, "L"), (310, 540, "R")])
    clusters.append(Cluster("far", 1e12, 1e12 + 5, 600, 10, len(clusters)))
    clusters.append(Cluster("nan", float("nan"), float("nan"), 650, 10, len(clusters)))
    words = " ".join(texts(clusters)).split()  # read as today: no columns, every word kept
    assert len(words) == 24 * 5 + 2 and "far" in words


# --- PDFs from two producers ------------------------------------------------------------------


@pytest.fixture(scope="module")
def arabic() -> list[tuple[str, str]]:
    return pdf_docs.paragraphs(14, seed=3)


def english(count: int, seed: int) -> list[tuple[str, str]]:
    rng = random.Random(seed)
    return [("paragraph", " ".join(rng.choice(ENGLISH_LINES) for _ in range(rng.randint(3, 6)))) for _ in range(count)]


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("columns")


def check(pdf: Path, paras: list[tuple[str, str]], label: str):
    document = load_pdf(pdf)
    got = " ".join(segment.text for segment in document.segments).split()
    accuracy = word_accuracy(pdf_docs.source_words(paras), got)
    print(f"\nPDF word accuracy, {label}: {accuracy:.2%} of {len(pdf_docs.source_words(paras))} words")
    assert accuracy >= MIN_ACCURACY
    return document


def same_paragraphs(document, paras) -> None:
    """Paragraphs continue across a column turn: each source paragraph comes back whole."""
    body = [s.text for s in document.segments if s.kind is Kind.PARAGRAPH]
    expected = [text for kind, text in paras if kind == "paragraph"]
    assert len(body) == len(expected)
    assert sum(a == b for a, b in zip(body, expected)) >= 0.8 * len(expected)


@pytest.mark.slow
def test_libreoffice_two_columns_right_to_left(folder, arabic):
    docx = pdf_docs.arabic_docx(folder / "columns.docx", arabic, columns=2, headline=HEADLINE, closing=CLOSING)
    pdf = pdf_docs.soffice_pdf(docx, folder)
    if pdf is None:
        pytest.skip("LibreOffice is not installed")
    paras = [("heading", HEADLINE), *arabic, ("paragraph", CLOSING)]
    document = check(pdf, paras, "LibreOffice, two columns")
    texts = [s.text for s in document.segments]
    assert texts[0] == HEADLINE and texts[-1] == CLOSING  # full-width blocks above and below, in place
    assert not any(pdf_docs.HEADER in text for text in texts)
    headings = [s.text for s in document.segments if s.kind is Kind.HEADING]
    assert headings == [text for kind, text in paras if kind == "heading"]
    same_paragraphs(document, paras)
    cairo = pdf_docs.cairo_pdf(pdf, folder / "columns-cairo.pdf")  # the same pages redrawn by cairo
    if cairo is not None:
        check(cairo, paras, "cairo, two columns")


@pytest.mark.slow
def test_qt_two_columns_headline_and_a_short_last_column(folder, arabic):
    pdf = pdf_docs.qt_columns_pdf(folder / "qt-columns.pdf", arabic, headline=HEADLINE)
    document = check(pdf, [("heading", HEADLINE), *arabic], "Qt, two columns")
    assert document.segments[0].text == HEADLINE
    assert not any(pdf_docs.HEADER in s.text for s in document.segments)
    same_paragraphs(document, arabic)


@pytest.mark.slow
def test_qt_one_page_short_left_column_then_balanced_with_a_closing_paragraph(folder):
    paras = pdf_docs.paragraphs(5, seed=5)  # one page: the right column full, the left one a third
    short = pdf_docs.qt_columns_pdf(folder / "short.pdf", paras, headline=HEADLINE, header="")
    document = check(short, [("heading", HEADLINE), *paras], "Qt, a column ending early")
    same_paragraphs(document, paras)
    balanced = pdf_docs.qt_columns_pdf(folder / "balanced.pdf", paras, headline=HEADLINE, closing=CLOSING,
                                       header="", balanced=True)
    document = check(balanced, [("heading", HEADLINE), *paras, ("paragraph", CLOSING)], "Qt, balanced")
    assert document.segments[0].text == HEADLINE and document.segments[-1].text == CLOSING


@pytest.mark.slow
@pytest.mark.parametrize("columns", [2, 3])
def test_qt_english_columns_read_left_first(folder, columns):
    paras = english(9, seed=4)  # the last page: balanced columns of 14 lines or more, the closing below
    closing = "This closing paragraph runs across the page below the columns; the report is a test."
    pdf = pdf_docs.qt_columns_pdf(folder / f"english-{columns}.pdf", paras, columns=columns, rtl=False,
                                  headline="A Special Report", closing=closing, header="Weekly Monitor",
                                  balanced=True)
    document = check(pdf, [("heading", "A Special Report"), *paras, ("paragraph", closing)],
                     f"Qt, English, {columns} columns")
    assert document.segments[0].text == "A Special Report" and document.segments[-1].text == closing
    same_paragraphs(document, [*paras, ("paragraph", closing)])
