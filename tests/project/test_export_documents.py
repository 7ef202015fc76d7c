"""A project of several documents exported whole marks where each begins (DOCX, Markdown,
text); one document, or `--document`, has no mark."""

from __future__ import annotations

from docx import Document as Docx

from tests.cli.support import run
from workbench.project import Project


def two_documents(tmp_path):
    path = tmp_path / "p.wbproj"
    with Project.create(path) as p:
        for name, text in (("first-article.txt", "افتتح المعرض أمس"), ("second-article.txt", "وصل الوفد اليوم")):
            doc = tmp_path / name
            doc.write_text(text, encoding="utf-8")
            p.import_document(doc)
    return path


def test_each_document_start_is_marked_in_every_reading_format(tmp_path, capsys):
    path = two_documents(tmp_path)
    for fmt, out in (("txt", "all.txt"), ("md", "all.md"), ("docx", "all.docx")):
        assert run(capsys, "export", path, "--format", fmt, "-o", tmp_path / out)[0] == 0
    text = (tmp_path / "all.txt").read_text(encoding="utf-8")
    assert text.index("first-article.txt") < text.index("افتتح") < text.index("second-article.txt") < text.index("وصل")
    md = (tmp_path / "all.md").read_text(encoding="utf-8")
    assert md.index("first-article.txt") < md.index("second-article.txt")
    body = "\n".join(cell.text for table in Docx(tmp_path / "all.docx").tables
                     for row in table.rows for cell in row.cells)
    assert body.index("first-article.txt") < body.index("second-article.txt")


def test_one_document_needs_no_mark(tmp_path, capsys):
    path = two_documents(tmp_path)
    out = tmp_path / "one.txt"
    assert run(capsys, "export", path, "--format", "txt", "--document", "second-article.txt", "-o", out)[0] == 0
    assert "article.txt" not in out.read_text(encoding="utf-8")
