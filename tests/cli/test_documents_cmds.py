"""`workbench documents` and `workbench remove-document` on real project files: the removal is
made after a verified backup that holds the document, and restoring that backup brings it back."""

from __future__ import annotations

import json

import pytest

from tests.cli.support import run
from workbench.core.errors import NoSuchDocument
from workbench.core.model import Status
from workbench.project import Project
from workbench.project.documents import find_document, import_text


@pytest.fixture
def project(tmp_path, monkeypatch):
    monkeypatch.setenv("WORKBENCH_HOME", str(tmp_path / "home"))
    path = tmp_path / "news.wbproj"
    one, two = tmp_path / "one.txt", tmp_path / "two.txt"
    one.write_text("وصل الوفد إلى العاصمة.\n\nوبدأت المحادثات.\n", encoding="utf-8")
    two.write_text("انتهى الاجتماع مساء.\n", encoding="utf-8")
    with Project.create(path) as opened:
        opened.import_document(one)
        opened.import_document(two)
        opened.save_target(opened.paragraph_ids()[0], "The delegation arrived.", Status.EDITED)
    return path


def test_list_remove_and_restore(project, capsys):
    code, out, _ = run(capsys, "documents", project)
    assert code == 0 and "one.txt  (txt, 2 paragraphs" in out and "two.txt  (txt, 1 paragraphs" in out
    code, out, _ = run(capsys, "documents", project, "--format", "json")
    assert [d["name"] for d in json.loads(out)] == ["one.txt", "two.txt"]
    code, out, _ = run(capsys, "remove-document", project, "one.txt")
    assert code == 0 and "removed one.txt (2 paragraphs)" in out and "backups restore" in out
    backup = out.split("kept in the backup ", 1)[1].split("\n", 1)[0]
    with Project.open(project) as opened:
        assert [d.name for d in opened.documents()] == ["two.txt"] and opened.paragraph_count() == 1
        assert opened._store.integrity_check() == []
    assert run(capsys, "backups", "restore", project, backup)[0] == 0
    with Project.open(project) as opened:
        assert [d.name for d in opened.documents()] == ["one.txt", "two.txt"]
        assert opened.paragraphs()[0].target == "The delegation arrived."


def test_an_unknown_or_ambiguous_name_is_refused(project, capsys, tmp_path):
    code, _out, err = run(capsys, "remove-document", project, "three.txt")
    assert code == 2 and "no document 'three.txt' (the project has: one.txt, two.txt)" in err
    with Project.open(project) as opened:
        opened.import_document(tmp_path / "two.txt", again=True)
        with pytest.raises(NoSuchDocument, match="2 documents are named"):
            find_document(opened, "two.txt")
        second = opened.documents()[-1]
        assert find_document(opened, f"#{second.id}") == second


def test_text_from_nowhere_imports_like_a_txt(project):
    with Project.open(project) as opened:
        doc = import_text(opened, "عنوان الخبر\nنص الخبر الأول.\n")
        assert doc.name.startswith("pasted ") and doc.paragraph_count == 2


def test_standard_input_export_of_one_document_and_the_translated_layout(project, tmp_path, capsys,
                                                                         monkeypatch):
    import io
    import sys

    import docx

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(
        "عنوان من الطرفية\nفقرة من الطرفية.\n".encode("cp1256"))))
    code, out, _ = run(capsys, "import", "-", "-p", project, "--name", "stdin news")
    assert code == 0 and "imported stdin news.txt: 2 paragraphs" in out  # Windows-1256 detected
    code, _, _ = run(capsys, "export", project, "--format", "txt", "--document", "two.txt",
                     "-o", tmp_path / "two.txt")
    assert code == 0
    assert (tmp_path / "two.txt").read_text(encoding="utf-8").count("\n") <= 2  # one paragraph
    code, _, err = run(capsys, "export", project, "--format", "docx", "--layout", "translated",
                       "--document", "one.txt", "-o", tmp_path / "one.docx")
    assert code == 2 and "imported as txt" in err
    source = tmp_path / "letter.docx"
    document = docx.Document()
    document.add_heading("رسالة قصيرة", level=1)
    document.add_paragraph("شكرا على الدعوة.")
    document.save(source)
    assert run(capsys, "import", source, "-p", project)[0] == 0
    with Project.open(project) as opened:
        heading = next(p for p in opened.paragraphs() if p.source == "رسالة قصيرة")
        opened.save_target(heading.id, "A Short Letter", Status.EDITED)
    code, out, _ = run(capsys, "export", project, "--format", "docx", "--layout", "translated",
                       "--document", "letter.docx", "-o", tmp_path / "letter-en.docx")
    assert code == 0 and "1 paragraphs in English; 1 not translated yet" in out
    assert docx.Document(str(tmp_path / "letter-en.docx")).paragraphs[0].text == "A Short Letter"
