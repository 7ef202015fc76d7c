"""Issue 12: exports linear in the number of paragraphs. Not timed (bench/bench_scale.py
measures): the DOCX written in bulk is the same document the old row-by-row python-docx
writer made; every format writes while it generates instead of building the file in memory;
temporary files a killed export left behind are removed by the next export to that folder."""

from __future__ import annotations

import os
import struct
import time
import zipfile
from dataclasses import replace
from pathlib import Path
from typing import Any

import docx
import pytest
from docx.shared import Pt
from lxml import etree

from tests.formats.test_comment_export import noted_paragraphs
from tests.formats.test_export_sample import sample_paragraphs
from workbench.core.model import Kind, Paragraph, Status
from workbench.formats import docx_ooxml_export as ox
from workbench.formats import prepare_export as prep
from workbench.formats.atomic import STALE_AFTER_S, TEMP_SUFFIX, TEMP_TAG, temp_prefix
from workbench.formats.docx_export import COMMENT_AUTHOR, DocxStyle
from workbench.formats.docx_fonts_export import ARABIC_FONT, FONT_TABLE_PART, with_arabic_fonts
from workbench.formats.docx_page_export import build_table, new_document
from workbench.formats.exporters import export


class RowByRow:
    """The writer the bulk XML replaced (python-docx objects, one table row at a time), kept
    here as the oracle the new output must equal."""

    def __init__(self, layout: str, title: str) -> None:
        self.style = DocxStyle()
        self.doc = new_document(self.style, title, "ar", "en", layout == "table")
        self.layout = layout
        if title:
            language = "ar" if prep.starts_rtl(title) else "en"
            self.text(self.doc.add_paragraph(style="Title"), title, language, self.size("Title"))

    def build(self, paragraphs: list[Paragraph]) -> Any:
        if self.layout == "table":
            build_table(self.doc, "ar", "en")
            table = self.doc.tables[0]
        for p in paragraphs:
            if self.layout == "table":
                cells = table.add_row().cells
                for cell, header in zip(cells, table.rows[0].cells, strict=True):
                    cell.width = header.width
                self.marker(cells[0].paragraphs[0], prep.segment_label(p))
                if prep.is_code(p):
                    merged = cells[1].merge(cells[2])
                    self.code(merged.paragraphs[0], prep.source_text(p), p)
                else:
                    self.pair(p, cells[1].paragraphs[0], cells[2].paragraphs[0])
                self.marker(cells[3].paragraphs[0], prep.status_label(p))
            elif self.layout == "alternate":
                marker = self.doc.add_paragraph()
                fmt = marker.paragraph_format
                fmt.keep_with_next, fmt.space_before, fmt.space_after = True, Pt(12), Pt(0)
                self.marker(marker, f"{prep.segment_label(p)} · {prep.status_label(p)}")
                if prep.is_code(p):
                    self.code(self.doc.add_paragraph(), prep.source_text(p), p)
                    continue
                source = self.doc.add_paragraph()
                source.paragraph_format.keep_with_next = True
                source.paragraph_format.space_after = Pt(4)
                self.pair(p, source, self.doc.add_paragraph())
            elif prep.is_code(p):
                self.code(self.doc.add_paragraph(), prep.source_text(p), p)
            else:
                text, is_source = prep.target_only_text(p)
                par = self.doc.add_paragraph()
                self.segment(par, p, text, "ar" if is_source else "en")
                self.note(p, par)
        return self.doc

    def pair(self, p: Paragraph, source: Any, target: Any) -> None:
        self.segment(source, p, prep.source_text(p), "ar")
        self.segment(target, p, prep.bilingual_target(p), "en")
        if p.kind == Kind.HEADING:
            source.paragraph_format.space_before = target.paragraph_format.space_before = Pt(2)
        self.note(p, target, source)

    def note(self, p: Paragraph, *anchors: Any) -> None:
        text = prep.clean(p.comment)
        if text:
            par = next((anchor for anchor in anchors if anchor.runs), anchors[0])
            anchor = par.runs or [par.add_run()]
            comment = self.doc.add_comment(anchor, "", author=COMMENT_AUTHOR, initials="AW")
            self.text(comment.paragraphs[0], text, "ar" if prep.starts_rtl(text) else "en", None)

    def segment(self, par: Any, p: Paragraph, text: str, language: str) -> None:
        name = _style_name(p)
        if name:
            par.style = self.doc.styles[name]
        self.text(par, text, language, self.size(name))

    def text(self, par: Any, text: str, language: str, size: float | None) -> None:
        rtl = prep.is_rtl(language)
        if rtl:
            ox.set_paragraph_rtl(par)
            size = (size or self.style.font_size) + self.style.rtl_size_boost
        if text:
            cs_font = ARABIC_FONT if rtl else ""  # issue 15: Amiri, not Arial
            ox.format_run(par.add_run(text), rtl=rtl, language=language, cs_font=cs_font, size_pt=size)

    def code(self, par: Any, text: str, p: Paragraph) -> None:
        run = par.add_run(text)
        ox.format_run(run, rtl=False, language="en", font="Courier New", size_pt=9.5, no_proof=True)
        self.note(p, par)

    def marker(self, par: Any, text: str) -> None:
        ox.format_run(par.add_run(text), rtl=False, language="en", size_pt=8, color="7F7F7F", no_proof=True)

    def size(self, name: str | None) -> float | None:
        style = self.doc.styles[name] if name else None
        while style is not None:
            if style.font.size is not None:
                return style.font.size.pt
            style = style.base_style
        return None


def _style_name(p: Paragraph) -> str | None:
    if p.kind == Kind.HEADING:
        return f"Heading {prep.heading_level(p)}"
    if p.kind == Kind.LIST_ITEM:
        depth = min(prep.list_depth(p), 3)
        return "List Bullet" if depth == 1 else f"List Bullet {depth}"
    return "Quote" if p.kind == Kind.QUOTE else None


def canonical(xml: bytes) -> bytes:
    """The part as C14N with the comments' time stamps blanked."""
    root = etree.fromstring(xml)
    for node in root.iter("{*}comment"):
        node.attrib.pop("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}date", None)
    return etree.tostring(root, method="c14n")


def parts(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as package:
        return {name: package.read(name) for name in package.namelist()}


def mixed_paragraphs() -> list[Paragraph]:
    """The export sample and the commented sample, renumbered, plus odd cases: tabs, spaces at
    the ends, an empty source with a comment."""
    odd = [
        Paragraph(id=900, document_id=1, position=0, kind=Kind.PARAGRAPH, source="  عمود\tعمود  ",
                  target=" a\tb ", status=Status.MACHINE),
        Paragraph(id=901, document_id=1, position=1, kind=Kind.PARAGRAPH, source="", target="",
                  comment="تعليق على فقرة فارغة"),
    ]  # fmt: skip
    return sample_paragraphs() + [replace(p, id=p.id + 500) for p in noted_paragraphs()] + odd


@pytest.mark.parametrize("layout", ["table", "alternate", "target"])
@pytest.mark.parametrize("title", ["", "تقرير الزراعة"])
def test_bulk_docx_equals_the_row_by_row_document(tmp_path: Path, layout: str, title: str) -> None:
    paragraphs = mixed_paragraphs()
    old = tmp_path / "old.docx"
    RowByRow(layout, title).build(paragraphs).save(str(old))
    new = export(paragraphs, tmp_path / "new.docx", "docx", layout, title=title)
    old_parts, new_parts = parts(old), parts(new)
    assert sorted(old_parts) == sorted(new_parts)
    for name in ("word/document.xml", "word/comments.xml"):
        assert canonical(new_parts[name]) == canonical(old_parts[name]), name
    # the font table: python-docx's, with the Arabic font and its fallbacks (issue 15)
    assert new_parts[FONT_TABLE_PART] == with_arabic_fonts(old_parts[FONT_TABLE_PART])
    for name in set(old_parts) - {"word/document.xml", "word/comments.xml", "docProps/core.xml",
                                  FONT_TABLE_PART}:
        assert new_parts[name] == old_parts[name], name


def many_paragraphs(count: int) -> list[Paragraph]:
    words = ["ماء", "نهر", "زرع", "حقل", "سوق", "قمح", "شمس", "ريح"]
    return [
        Paragraph(id=n + 1, document_id=1, position=n, kind=Kind.PARAGRAPH, status=Status.MACHINE,
                  source=" ".join(words[(n * k) % 8] + str(n * k) for k in range(30)),
                  target=" ".join(f"word{n * k}" for k in range(30)))  # fmt: skip
        for n in range(count)
    ]


@pytest.mark.parametrize("fmt", ["docx", "md", "txt"])
def test_exports_write_while_they_generate(tmp_path: Path, monkeypatch, fmt: str) -> None:
    """The file grows while paragraphs are still being turned into text: nothing waits for the
    whole document in memory (the old writers opened the file only when all was built)."""
    out = tmp_path / f"book.{fmt}"
    paragraphs = many_paragraphs(8000)
    sizes: list[int] = []
    real_clean = prep.clean
    calls = 0

    def watching_clean(text: str, *, strip: bool = True) -> str:
        nonlocal calls
        calls += 1
        if calls % 2000 == 0:
            temps = [p for p in tmp_path.iterdir() if p.name.endswith(TEMP_SUFFIX)]
            sizes.append(sum(p.stat().st_size for p in temps))
        return real_clean(text, strip=strip)

    monkeypatch.setattr(prep, "clean", watching_clean)
    export(paragraphs, out, fmt)
    assert len(sizes) >= 4
    assert sizes[-1] > sizes[0], sizes  # the old writers: no file at all until the end
    assert out.stat().st_size > sizes[-1]


def leave(path: Path, seconds_ago: float) -> Path:
    """A file as a killed export would leave it, last written `seconds_ago`."""
    path.write_bytes(b"half a file")
    past = time.time() - seconds_ago
    os.utime(path, (past, past))
    return path


def test_next_export_removes_stale_temporaries_of_ours_only(tmp_path: Path) -> None:
    out = tmp_path / "book.docx"
    hour = 3600
    stale = [
        leave(tmp_path / f"{temp_prefix(out)}{TEMP_TAG}0123abcd{TEMP_SUFFIX}", hour),
        leave(tmp_path / f".book.md.{TEMP_TAG}89abcdef{TEMP_SUFFIX}", hour),  # another export here
        leave(tmp_path / f"{temp_prefix(out)}deadbeef{TEMP_SUFFIX}", hour),  # older versions' name
    ]
    kept = [
        leave(tmp_path / f"{temp_prefix(out)}{TEMP_TAG}feedf00d{TEMP_SUFFIX}", 0),  # may be live
        leave(tmp_path / f".notes.txt.deadbeef{TEMP_SUFFIX}", hour),  # not ours to judge
        leave(tmp_path / f"{temp_prefix(out)}draft{TEMP_SUFFIX}", hour),
        leave(tmp_path / "book.tmp", hour),
    ]
    export(sample_paragraphs(), out, "docx")
    assert [p.name for p in stale if p.exists()] == []
    assert [p.name for p in kept if not p.exists()] == []
    assert out.is_file()


def test_a_temporary_untouched_for_less_than_a_minute_is_left(tmp_path: Path) -> None:
    out = tmp_path / "book.md"
    recent = leave(tmp_path / f"{temp_prefix(out)}{TEMP_TAG}0badcafe{TEMP_SUFFIX}", STALE_AFTER_S / 2)
    export(sample_paragraphs(), out, "md")
    assert recent.exists()


def test_a_book_big_enough_for_zip64_still_opens(tmp_path: Path, monkeypatch) -> None:
    """Past about 1.5 GiB of body XML the entry is written with ZIP64 headers (a plain entry
    stops at 2 GiB); lowered here so a small book takes that path."""
    from workbench.formats import docx_package_export

    normal = export(mixed_paragraphs(), tmp_path / "normal.docx", "docx")
    monkeypatch.setattr(docx_package_export, "_ZIP64_FROM", 0)
    big = export(mixed_paragraphs(), tmp_path / "big.docx", "docx")
    assert parts(big)["word/document.xml"] == parts(normal)["word/document.xml"]
    assert local_extra(big, "word/document.xml").startswith(b"\x01\x00")  # the ZIP64 field
    assert local_extra(normal, "word/document.xml") == b""
    with zipfile.ZipFile(big) as package:
        assert package.testzip() is None
    assert len(docx.Document(str(big)).tables[0].rows) == 1 + len(mixed_paragraphs())


def local_extra(path: Path, name: str) -> bytes:
    """The extra field of `name`'s local header (where zipfile puts ZIP64 sizes it chose)."""
    with zipfile.ZipFile(path) as package:
        offset = package.getinfo(name).header_offset
    data = path.read_bytes()
    name_length, extra_length = struct.unpack("<HH", data[offset + 26 : offset + 30])
    start = offset + 30 + name_length
    return data[start : start + extra_length]
