"""Bidi embeddings, overrides and isolates never reach a document's prose (an override shows
"cba" for "abc": the Trojan Source trick); code paragraphs keep their bytes."""

from __future__ import annotations

import zipfile

from workbench.core.model import Kind, Paragraph, Status
from workbench.formats.exporters import export

RLO, PDF, LRI, PDI = "\u202e", "\u202c", "\u2066", "\u2069"
PARAS = [
    Paragraph(1, 1, 0, Kind.PARAGRAPH, f"دفع {RLO}المبلغ{PDF} كاملا.", f"Pay {RLO}the sum{PDF} in full.",
              Status.EDITED),
    Paragraph(2, 1, 1, Kind.PARAGRAPH, f"رقم {LRI}A-12{PDI} هنا.", f"Number {LRI}A-12{PDI} here.",
              Status.MACHINE),
    Paragraph(3, 1, 2, Kind.CODE, f"x = '{RLO}abc'", "", Status.UNTRANSLATED, translatable=False),
]


def test_no_bidi_control_reaches_the_prose_of_any_document(tmp_path):
    for fmt, layout, name in (("docx", "table", "a.docx"), ("docx", "target", "b.docx"),
                              ("md", "blocks", "c.md"), ("md", "table", "d.md"), ("txt", "target", "e.txt")):
        out = export(PARAS, tmp_path / name, fmt, layout)
        if out.suffix == ".docx":
            with zipfile.ZipFile(out) as z:
                text = z.read("word/document.xml").decode()
        else:
            text = out.read_text(encoding="utf-8")
        assert "Pay the sum in full" in text
        # the prose: everything but the code paragraph (docx: its run; md/txt: its line)
        prose = "\n".join(line for line in text.replace("><", ">\n<").splitlines() if "abc" not in line)
        assert not any(c in prose for c in (RLO, PDF)), (fmt, layout)
        assert f"Number {LRI}" not in text and "Number A-12 here." in text.replace("\\-", "-"), (fmt, layout)
    code = (tmp_path / "c.md").read_text(encoding="utf-8")
    assert f"x = '{RLO}abc'" in code  # code is copied verbatim


def test_a_person_may_keep_them_on_purpose(tmp_path, capsys):
    from tests.cli.support import run
    from workbench.formats.prepare_export import keeping_bidi_controls
    from workbench.project import Project

    with keeping_bidi_controls():
        kept = export(PARAS, tmp_path / "kept.txt", "txt").read_text(encoding="utf-8")
    assert f"Pay {RLO}the sum{PDF} in full." in kept
    again = export(PARAS, tmp_path / "again.txt", "txt").read_text(encoding="utf-8")
    assert "Pay the sum in full." in again  # the request ends with its block

    doc = tmp_path / "a.txt"
    doc.write_text(f"دفع {RLO}المبلغ{PDF} كاملا.", encoding="utf-8")
    path = tmp_path / "p.wbproj"
    with Project.create(path) as p:
        p.import_document(doc)
    for flag, name in ((["--keep-bidi-controls"], "k.md"), ([], "n.md")):
        assert run(capsys, "export", path, "--format", "md", "--layout", "blocks", "-o", tmp_path / name, *flag)[0] == 0
    assert RLO in (tmp_path / "k.md").read_text(encoding="utf-8")
    assert RLO not in (tmp_path / "n.md").read_text(encoding="utf-8")
