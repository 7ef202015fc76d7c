"""Issue 11: a paragraph's comment goes with it. DOCX: a real Word comment (word/comments.xml,
anchored by commentRangeStart/End and a commentReference in the paragraph it belongs to);
Markdown: a `> **Comment:**` note under the paragraph. On by default, `comments=False` leaves
them out, and a comment's text (Arabic, XML and Markdown specials) comes back exactly."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import zipfile
from dataclasses import replace
from pathlib import Path

import docx
import pytest
from lxml import etree

from tests.formats.test_export_markdown import leaves, parser
from workbench.core.model import Kind, Paragraph, Status
from workbench.formats.docx_export import COMMENT_AUTHOR, COMMENT_INITIALS
from workbench.formats.exporters import export

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
SPECIAL = 'Check <b>"this"</b> & \'that\' ]]> *stars* _under_ [link](x) | `tick` # ١٢ — راجع الرقم'
NOTES = {
    1: "راجع هذا العنوان مع المحرر",
    2: SPECIAL,
    3: "لم يترجم بعد؛ ينتظر المصطلح",  # untranslated: anchored to the source
    4: "keep the code as it is",
    6: "first line\nسطر ثان",
}


def noted_paragraphs() -> list[Paragraph]:
    """Seven paragraphs of our own text; five carry a comment (ids 1, 2, 3, 4, 6)."""
    rows = [
        (Kind.HEADING, "الزراعة في الوادي", "Farming in the valley", Status.MACHINE, 1),
        (Kind.PARAGRAPH, "يزرع الفلاحون القمح في الشتاء.", "Farmers sow wheat in winter.", Status.EDITED, 0),
        (Kind.PARAGRAPH, "يحتاج الري إلى قناة جديدة.", "", Status.UNTRANSLATED, 0),
        (Kind.CODE, "x = 1\n    y = 2", "", Status.UNTRANSLATED, 0),
        (Kind.LIST_ITEM, "القمح والشعير", "Wheat and barley", Status.REVIEWED, 1),
        (Kind.PARAGRAPH, "ينضج المحصول في الربيع.", "The crop ripens in spring.", Status.APPROVED, 0),
        (Kind.PARAGRAPH, "ثم يباع في السوق.", "Then it is sold at the market.", Status.MACHINE, 0),
    ]
    return [
        Paragraph(id=position + 1, document_id=1, position=position, kind=kind, source=source,
                  target=target, status=status, level=level, translatable=kind != Kind.CODE,
                  comment=NOTES.get(position + 1, ""))  # fmt: skip
        for position, (kind, source, target, status, level) in enumerate(rows)
    ]


def anchored_text(paragraph: Paragraph) -> str:
    """The text a comment is anchored to: the translation, else the source (code: the code)."""
    return paragraph.target or paragraph.source


def w_text(element) -> str:
    """Text of a `w:p` as Word shows it: w:t, with w:br as a line break."""
    parts = []
    for node in element.iter(f"{W}t", f"{W}br"):
        parts.append("\n" if node.tag == f"{W}br" else node.text or "")
    return "".join(parts)


def export_docx_parts(tmp_path: Path, layout: str, **options) -> tuple[Path, etree._Element]:
    out = export(noted_paragraphs(), tmp_path / f"{layout}.docx", "docx", layout, **options)
    with zipfile.ZipFile(out) as package:
        body = etree.fromstring(package.read("word/document.xml"))
    return out, body


@pytest.mark.parametrize("layout", ["table", "alternate", "target"])
def test_docx_comments_are_word_comments_anchored_to_their_paragraph(tmp_path: Path, layout: str) -> None:
    out, body = export_docx_parts(tmp_path, layout)
    comments = {c.comment_id: c for c in docx.Document(str(out)).comments}
    assert sorted(c.text for c in comments.values()) == sorted(NOTES.values())
    for comment in comments.values():
        assert comment.author == COMMENT_AUTHOR and comment.initials == COMMENT_INITIALS
        assert comment.timestamp is not None  # w:date: when the file was exported
    by_text = {p.comment: p for p in noted_paragraphs() if p.comment}
    for comment_id, comment in comments.items():
        paragraph = by_text[comment.text]
        starts = [e for e in body.iter(f"{W}commentRangeStart") if e.get(f"{W}id") == str(comment_id)]
        ends = [e for e in body.iter(f"{W}commentRangeEnd") if e.get(f"{W}id") == str(comment_id)]
        refs = [e for e in body.iter(f"{W}commentReference") if e.get(f"{W}id") == str(comment_id)]
        assert len(starts) == len(ends) == len(refs) == 1
        par = starts[0].getparent()
        assert par.tag == f"{W}p" and ends[0].getparent() is par and refs[0].getparent().getparent() is par
        children = list(par)
        assert children.index(starts[0]) < children.index(ends[0]) < children.index(refs[0].getparent())
        assert w_text(par) == anchored_text(paragraph)
        if layout == "table":  # and it is in the paragraph's own row
            row = par.getparent().getparent()
            assert w_text(row[0]) == f"#{paragraph.id}"


def test_docx_comment_with_special_characters_and_arabic_survives_exactly(tmp_path: Path) -> None:
    out, _ = export_docx_parts(tmp_path, "table")
    texts = [c.text for c in docx.Document(str(out)).comments]
    assert SPECIAL in texts and NOTES[6] in texts and NOTES[1] in texts


def test_arabic_comment_is_right_to_left_in_word(tmp_path: Path) -> None:
    out, _ = export_docx_parts(tmp_path, "table")
    with zipfile.ZipFile(out) as package:
        comments = etree.fromstring(package.read("word/comments.xml"))
    for comment in comments.iter(f"{W}comment"):
        par = comment.find(f"{W}p")
        arabic = w_text(par) in (NOTES[1], NOTES[3])
        assert (par.find(f"{W}pPr/{W}bidi") is not None) == arabic


@pytest.mark.parametrize("layout", ["table", "alternate", "target"])
def test_docx_without_comments_has_none(tmp_path: Path, layout: str) -> None:
    out, body = export_docx_parts(tmp_path, layout, comments=False)
    assert len(docx.Document(str(out)).comments) == 0
    for tag in ("commentRangeStart", "commentRangeEnd", "commentReference"):
        assert next(body.iter(f"{W}{tag}"), None) is None
    assert all(NOTES[1] not in w_text(p) for p in body.iter(f"{W}p"))


def markdown(tmp_path: Path, layout: str, **options) -> str:
    out = export(noted_paragraphs(), tmp_path / f"{layout}.md", "md", layout, **options)
    return out.read_text(encoding="utf-8")


def note(text: str) -> str:
    return f"Comment: {text}"


@pytest.mark.parametrize("layout", ["blocks", "target"])
def test_markdown_note_follows_its_paragraph_and_reads_back_literally(tmp_path: Path, layout: str) -> None:
    rendered = leaves(markdown(tmp_path, layout), allow_strong=True)
    texts = [text.rstrip("\n") for _, text in rendered]
    for paragraph in noted_paragraphs():
        if not paragraph.comment:
            continue
        where = [index for index, text in enumerate(texts) if text == note(paragraph.comment)]
        assert len(where) == 1, (paragraph.comment, texts)
        assert "blockquote" in rendered[where[0]][0]
        # Right under the text it belongs to (the translation, else the source or the code).
        assert texts[where[0] - 1] == anchored_text(paragraph)
    assert len([text for text in texts if text.startswith("Comment: ")]) == len(NOTES)


def test_markdown_table_layout_has_a_comment_column(tmp_path: Path) -> None:
    tokens = parser().parse(markdown(tmp_path, "table"))
    rows: list[list[str]] = []
    for token in tokens:
        if token.type == "tr_open":
            rows.append([])
        elif token.type == "inline" and rows:
            rows[-1].append("".join(c.content for c in token.children or [] if c.type == "text"))
    assert rows[0][-1] == "Comment"
    assert [row[-1] for row in rows[1:]] == [p.comment.replace("\n", "") for p in noted_paragraphs()]


@pytest.mark.parametrize("layout", ["blocks", "table", "target"])
def test_markdown_without_comments_has_no_note(tmp_path: Path, layout: str) -> None:
    text = markdown(tmp_path, layout, comments=False)
    assert "Comment" not in text and "المحرر" not in text and "Check" not in text
    uncommented = [replace(p, comment="") for p in noted_paragraphs()]
    assert text == export(uncommented, tmp_path / "plain.md", "md", layout).read_text(encoding="utf-8")


PANDOC = shutil.which("pandoc")


def pandoc_text(node) -> str:
    """Plain text of a pandoc JSON AST node, as a reader sees it."""
    if isinstance(node, list):
        return "".join(pandoc_text(item) for item in node)
    if not isinstance(node, dict):
        return ""
    kind, content = node.get("t"), node.get("c")
    if kind == "Str":
        return content
    if kind in ("Space", "SoftBreak"):
        return " "
    if kind == "LineBreak":
        return "\n"
    if kind == "Quoted":
        mark = '"' if content[0]["t"] == "DoubleQuote" else "'"
        return mark + pandoc_text(content[1]) + mark
    if kind == "CodeBlock":
        return content[1]
    return pandoc_text(content)


def pandoc_blocks(blocks) -> list[tuple[str, str]]:
    """(block type, its text) in document order, the right-to-left Divs opened up."""
    found = []
    for block in blocks:
        if block["t"] == "Div":
            found += pandoc_blocks(block["c"][1])
        else:
            found.append((block["t"], pandoc_text(block)))
    return found


@pytest.mark.skipif(PANDOC is None, reason="pandoc is not installed")
def test_pandoc_reads_each_note_as_a_block_quote_under_its_paragraph(tmp_path: Path) -> None:
    out = export(noted_paragraphs(), tmp_path / "notes.md", "md", "blocks")
    done = subprocess.run([PANDOC, "-f", "markdown", "-t", "json", str(out)],
                          capture_output=True, text=True, timeout=60, check=True)  # fmt: skip
    blocks = pandoc_blocks(json.loads(done.stdout)["blocks"])
    kinds = [kind for kind, _ in blocks]
    # The structure around the notes is intact: every id marker, heading, list and code block.
    assert kinds.count("RawBlock") == len(noted_paragraphs())
    assert [text for kind, text in blocks if kind == "Header"] == ["الزراعة في الوادي", "Farming in the valley"]
    assert kinds.count("BulletList") == 2 and kinds.count("CodeBlock") == 1
    assert kinds.count("BlockQuote") == len(NOTES)
    for paragraph in noted_paragraphs():
        if paragraph.comment:  # read back exactly, right under the text it belongs to
            index = blocks.index(("BlockQuote", note(paragraph.comment)))
            assert blocks[index - 1][1] == anchored_text(paragraph)


SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
# Comments in the PDF's margin, as PDF annotations (JSON filter options: LibreOffice 7.4+).
MARGIN_NOTES = 'pdf:writer_pdf_Export:{"ExportNotesInMargin":{"type":"boolean","value":"true"}}'


def libreoffice_version() -> tuple[int, ...]:
    done = subprocess.run([SOFFICE, "--version"], capture_output=True, text=True, timeout=60)
    found = re.search(r"(\d+)\.(\d+)", done.stdout)
    return tuple(int(part) for part in found.groups()) if found else (0,)


@pytest.mark.slow
@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice is not installed")
def test_libreoffice_reads_the_word_comments_into_the_pdf(tmp_path: Path) -> None:
    if libreoffice_version() < (7, 4):
        pytest.skip("LibreOffice older than 7.4 has no JSON PDF filter options")
    source = export(noted_paragraphs(), tmp_path / "notes.docx", "docx", "table")
    profile = (tmp_path / "profile").as_uri()  # never touch (or wait for) the user's own profile
    command = [SOFFICE, f"-env:UserInstallation={profile}", "--headless", "--convert-to", MARGIN_NOTES,
               "--outdir", str(tmp_path / "pdf"), str(source)]  # fmt: skip
    done = subprocess.run(command, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    pdf = (tmp_path / "pdf" / "notes.pdf").read_bytes()
    assert pdf.startswith(b"%PDF")
    # Each Word comment became a PDF annotation holding its text (UTF-16, hex) exactly.
    found = [bytes.fromhex(h.decode()).decode("utf-16") for h in re.findall(rb"/Contents\s*<([0-9A-Fa-f]+)>", pdf)]
    assert sorted(found) == sorted(NOTES.values())
