"""The review round trip: export a real review DOCX, edit it as Word or LibreOffice would (tracked
changes with their authors, comments anchored in rows, a damaged id, a deleted row), merge it
back (project.review_merge and `workbench merge`), also after `soffice --convert-to docx`."""

from __future__ import annotations

import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
from lxml import etree

from workbench.cli import main
from workbench.core.model import Origin, Status
from workbench.project import Project
from workbench.project.merge import Outcome
from workbench.project.review_merge import merge_review

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = {"w": W}
LINES = ["وصل وفد البنك الدولي إلى العاصمة مساء أمس.", "وبدأت المحادثات صباح اليوم في الوزارة.",
         "ويستمر الاجتماع ثلاثة أيام.", "وسيعقد الوزير مؤتمرا صحفيا في الختام."]
ENGLISH = ["A World Bank delegation arrived in the capital last night.",
           "Talks began this morning at the ministry.", "The meeting lasts three days.",
           "The minister will hold a press conference at the end."]


def w(tag: str) -> str:
    return f"{{{W}}}{tag}"


@pytest.fixture
def project_file(tmp_path, monkeypatch):
    monkeypatch.setenv("WORKBENCH_HOME", str(tmp_path / "home"))
    doc = tmp_path / "talks.txt"
    doc.write_text("\n\n".join(LINES) + "\n", encoding="utf-8")
    path = tmp_path / "talks.wbproj"
    with Project.create(path) as project:
        project.import_document(doc)
        for pid, text in zip(project.paragraph_ids(), ENGLISH):
            project.save_target(pid, text, Status.EDITED, author="Huda")
    return path


def _export(path: Path, out: Path) -> tuple[Path, list[int]]:
    with Project.open(path) as project:
        project.export(out, "review")
        return out, project.paragraph_ids()


class Reviewer:
    """Edits a review DOCX the way a word processor saves tracked changes and comments."""

    def __init__(self, path: Path):
        self.path = path
        with zipfile.ZipFile(path) as z:
            self.parts = {name: z.read(name) for name in z.namelist()}
        self.doc = etree.fromstring(self.parts["word/document.xml"])
        self.rows = self.doc.find(".//w:tbl", NS).findall("w:tr", NS)[1:]
        self.comments: list[tuple[int, str, str]] = []
        self.next_id = 100

    def row_of(self, pid: int):
        return next(r for r in self.rows if "".join(r.findall("w:tc", NS)[0].itertext()).strip() == str(pid))

    def track(self, pid: int, old: str, new: str, author: str, date: str = "2026-12-05T14:00:00Z") -> None:
        """Replace the English cell's text by a deletion of `old` and an insertion of `new`."""
        cell = self.row_of(pid).findall("w:tc", NS)[3]
        para = cell.find("w:p", NS)
        for child in list(para):
            if child.tag != w("pPr"):
                para.remove(child)
        for kind, text, tag in (("del", old, "delText"), ("ins", new, "t")):
            self.next_id += 1
            change = etree.SubElement(para, w(kind), {w("id"): str(self.next_id), w("author"): author,
                                                      w("date"): date})
            etree.SubElement(etree.SubElement(change, w("r")), w(tag)).text = text

    def type_over(self, pid: int, new: str) -> None:
        """Edit without track changes: the cell just holds the new text."""
        para = self.row_of(pid).findall("w:tc", NS)[3].find("w:p", NS)
        for child in list(para):
            if child.tag != w("pPr"):
                para.remove(child)
        etree.SubElement(etree.SubElement(para, w("r")), w("t")).text = new

    def comment(self, pid: int, author: str, text: str) -> None:
        cid = len(self.comments)
        para = self.row_of(pid).findall("w:tc", NS)[2].find("w:p", NS)
        para.insert(1, etree.Element(w("commentRangeStart"), {w("id"): str(cid)}))
        para.append(etree.Element(w("commentRangeEnd"), {w("id"): str(cid)}))
        ref = etree.SubElement(etree.SubElement(para, w("r")), w("commentReference"))
        ref.set(w("id"), str(cid))
        self.comments.append((cid, author, text))

    def set_id(self, pid: int, text: str) -> None:
        cell = self.row_of(pid).findall("w:tc", NS)[0]
        cell.find(".//w:t", NS).text = text

    def delete_row(self, pid: int) -> None:
        row = self.row_of(pid)
        row.getparent().remove(row)

    def save(self, out: Path) -> Path:
        self.parts["word/document.xml"] = etree.tostring(self.doc, xml_declaration=True, encoding="UTF-8",
                                                         standalone=True)
        if self.comments:
            body = "".join(
                f'<w:comment w:id="{cid}" w:author="{author}" w:date="2026-12-05T15:00:00Z" w:initials="S">'
                f'<w:p><w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p></w:comment>'
                for cid, author, text in self.comments)
            self.parts["word/comments.xml"] = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                                               f'<w:comments xmlns:w="{W}">{body}</w:comments>').encode()
            rels = self.parts["word/_rels/document.xml.rels"].decode()
            rels = rels.replace("</Relationships>", '<Relationship Id="rIdReview1" Type="http://schemas.'
                                'openxmlformats.org/officeDocument/2006/relationships/comments" '
                                'Target="comments.xml"/></Relationships>')
            self.parts["word/_rels/document.xml.rels"] = rels.encode()
            types = self.parts["[Content_Types].xml"].decode()
            if "/word/comments.xml" not in types:
                types = types.replace("</Types>", '<Override PartName="/word/comments.xml" ContentType='
                                      '"application/vnd.openxmlformats-officedocument.wordprocessingml.'
                                      'comments+xml"/></Types>')
            self.parts["[Content_Types].xml"] = types.encode()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
            for name, data in self.parts.items():
                z.writestr(name, data)
        return out


def _reviewed(project_file, tmp_path) -> tuple[Path, list[int]]:
    out, ids = _export(project_file, tmp_path / "talks-review.docx")
    reviewer = Reviewer(out)
    reviewer.track(ids[0], ENGLISH[0], "A World Bank delegation reached the capital yesterday evening.",
                   "Samira Khoury")
    reviewer.type_over(ids[1], "Talks opened this morning at the ministry.")
    reviewer.comment(ids[2], "Samira Khoury", "Three days or two? Check the Arabic.")
    reviewer.set_id(ids[3], "4O")  # a letter O typed over a digit
    return reviewer.save(tmp_path / "talks-reviewed.docx"), ids


def test_changes_authors_comments_and_damaged_ids_come_back(project_file, tmp_path):
    reviewed, ids = _reviewed(project_file, tmp_path)
    with Project.open(project_file) as project:
        report = merge_review(project, reviewed, author="Editor on call")
        by_id = {r.unit_id: r for r in report.results}
        assert by_id[str(ids[0])].outcome is Outcome.APPLIED
        assert by_id[str(ids[1])].outcome is Outcome.APPLIED
        assert by_id[str(ids[2])].outcome is Outcome.UNCHANGED
        assert by_id["4O"].outcome is Outcome.INVALID
        assert by_id[str(ids[3])].outcome is Outcome.MISSING  # its row no longer names it
        assert report.comments == 1
        first = project.paragraph(ids[0])
        assert first.target == "A World Bank delegation reached the capital yesterday evening."
        assert first.status is Status.REVIEWED
        rev = project.revisions(ids[0])[-1]
        assert (rev.origin, rev.author) == (Origin.REVIEW, "Samira Khoury")
        assert project.revisions(ids[1])[-1].author == "Editor on call"  # no tracked change
        assert "Samira Khoury (2026-12-05): Three days or two?" in project.paragraph(ids[2]).comment
        assert project.paragraph(ids[3]).target == ENGLISH[3]  # nothing lands on a damaged row
        # The same file again: nothing new (the texts are in, the comment is there once).
        again = merge_review(project, reviewed)
        assert again.count(Outcome.APPLIED) == 0 and again.comments == 0


def test_a_paragraph_changed_after_the_export_is_a_conflict_and_keeps_its_text(project_file, tmp_path):
    reviewed, ids = _reviewed(project_file, tmp_path)
    with Project.open(project_file) as project:
        project.save_target(ids[0], "Huda's later wording.", Status.EDITED, author="Huda")
        report = merge_review(project, reviewed)
        conflict = next(r for r in report.results if r.unit_id == str(ids[0]))
        assert conflict.outcome is Outcome.CONFLICT
        assert conflict.project_target == "Huda's later wording."
        assert conflict.file_target.startswith("A World Bank delegation reached")
        assert project.paragraph(ids[0]).target == "Huda's later wording."
        kept = project.revisions(ids[0])[-1]
        assert (kept.origin, kept.text) == (Origin.REVIEW, conflict.file_target)


def test_the_command_line_dry_run_and_another_project(project_file, tmp_path, capsys):
    reviewed, ids = _reviewed(project_file, tmp_path)
    code = main(["merge", str(project_file), str(reviewed), "--dry-run", "--format", "json"])
    out = capsys.readouterr().out
    assert code == 1 and '"applied": 2' in out and '"missing": 1' in out and '"comments": 1' in out
    with Project.open(project_file) as project:
        assert project.paragraph(ids[0]).target == ENGLISH[0]  # a dry run writes nothing
    other = tmp_path / "other.wbproj"
    with Project.create(other) as project:
        project.import_document(tmp_path / "talks.txt")
    assert main(["merge", str(other), str(reviewed)]) == 1
    assert "other-project" in capsys.readouterr().out


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_the_file_survives_libreoffice_rewriting_it(project_file, tmp_path):
    reviewed, ids = _reviewed(project_file, tmp_path)
    out_dir = tmp_path / "lo"
    out_dir.mkdir()
    done = subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp_path}/lo-profile",
                           "--convert-to", "docx", "--outdir", str(out_dir), str(reviewed)],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    rewritten = out_dir / reviewed.name
    with Project.open(project_file) as project:
        report = merge_review(project, rewritten)
        outcomes = {r.unit_id: r.outcome for r in report.results}
        assert outcomes[str(ids[0])] is Outcome.APPLIED and outcomes[str(ids[1])] is Outcome.APPLIED
        assert report.comments == 1 and outcomes["4O"] is Outcome.INVALID
        assert project.revisions(ids[0])[-1].author == "Samira Khoury"


def test_an_emptied_english_cell_never_replaces_a_translation(project_file, tmp_path):
    out, ids = _export(project_file, tmp_path / "talks-review.docx")
    reviewer = Reviewer(out)
    reviewer.track(ids[2], ENGLISH[2], "", "Samira Khoury")  # what a deleted row comes back as
    reviewed = reviewer.save(tmp_path / "emptied.docx")
    with Project.open(project_file) as project:
        report = merge_review(project, reviewed)
        result = next(r for r in report.results if r.unit_id == str(ids[2]))
        assert result.outcome is Outcome.INVALID and "empty" in result.detail
        assert project.paragraph(ids[2]).target == ENGLISH[2]


def test_an_office_suite_s_autocorrect_is_not_an_edit(project_file, tmp_path):
    with Project.open(project_file) as project:
        pid = project.paragraph_ids()[0]
        project.save_target(pid, 'The "delegation" arrived - it\'s late.', Status.EDITED, author="Huda")
    out, ids = _export(project_file, tmp_path / "talks-review.docx")
    reviewer = Reviewer(out)
    reviewer.type_over(ids[0], "The \u201cdelegation\u201d arrived \u2013 it\u2019s\u00a0late. ")
    reviewed = reviewer.save(tmp_path / "autocorrected.docx")
    with Project.open(project_file) as project:
        report = merge_review(project, reviewed)
        assert next(r for r in report.results if r.unit_id == str(ids[0])).outcome is Outcome.UNCHANGED
        assert report.count(Outcome.APPLIED) == 0
