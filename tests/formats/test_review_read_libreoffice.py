"""A review file that really went through LibreOffice (`soffice --headless --convert-to docx`):
every id, final and original English, tracked change (kind, author, date, text) and comment reads
the same from LibreOffice's rewrite as from the file we wrote. Skipped without LibreOffice."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from tests.fixtures.review_docx import EXPORTED, PROJECT, Comment, ReviewDoc, para, run, write_review_docx
from workbench.formats.review_read import Change, ReviewComment, read_review

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
pytestmark = [pytest.mark.slow, pytest.mark.skipif(SOFFICE is None, reason="LibreOffice is not installed")]
LAYLA = 'w:author="Layla Haddad" w:date="2024-05-07T10:15:00Z"'
OMAR = 'w:author="Omar Nasser" w:date="2024-05-08T08:00:00Z"'
L = ("Layla Haddad", "2024-05-07T10:15:00Z")
O = ("Omar Nasser", "2024-05-08T08:00:00Z")


def t(text: str, tag: str = "t") -> str:
    return f'<w:r><w:{tag} xml:space="preserve">{text}</w:{tag}></w:r>'


ROWS = [
    ("101", "machine", "ارتفعت أسعار الخبز.",
     para(t("Bread ") + f'<w:del w:id="1" {LAYLA}>{t("costs", "delText")}</w:del>'
          + f'<w:ins w:id="2" {LAYLA}>{t("prices")}</w:ins>' + t(" rose.")), ""),
    ("102", "edited", "وصل القطار متأخرا.",
     para(t("The train was late."), f'<w:pPr><w:rPr><w:ins w:id="3" {OMAR}/></w:rPr></w:pPr>')
     + para(f'<w:ins w:id="4" {OMAR}>{t("By an hour.")}</w:ins>'), "keep"),
    ("103", "machine", "سافرت ليلى إلى عمان.",
     para(t("Layla travelled"), f'<w:pPr><w:rPr><w:del w:id="5" {LAYLA}/></w:rPr></w:pPr>') + para(t(" to Amman.")), ""),
    ("104", "machine", "ثعلب بني سريع.",
     para(t("A ") + f'<w:moveFromRangeStart w:id="6" w:name="m1" {LAYLA}/><w:moveFrom w:id="7" {LAYLA}>'
          f'{t("quick ")}</w:moveFrom><w:moveFromRangeEnd w:id="6"/>' + t("brown ")
          + f'<w:moveToRangeStart w:id="8" w:name="m1" {LAYLA}/><w:moveTo w:id="9" {LAYLA}>{t("quick ")}'
          f'</w:moveTo><w:moveToRangeEnd w:id="8"/>' + t("fox.")), ""),
    ("105", "machine", "نص عريض.",
     para(f'<w:r><w:rPr><w:b/><w:rPrChange w:id="10" {OMAR}><w:rPr/></w:rPrChange></w:rPr><w:t>Bold</w:t></w:r>'
          + t(" text."), f'<w:pPr><w:jc w:val="center"/><w:pPrChange w:id="11" {LAYLA}><w:pPr/></w:pPrChange></w:pPr>'), ""),
    ("106", "machine",
     '<w:p><w:commentRangeStart w:id="21"/><w:r><w:t>كلمة صعبة</w:t></w:r><w:commentRangeEnd w:id="21"/>'
     '<w:r><w:commentReference w:id="21"/></w:r></w:p>',
     para('<w:sdt><w:sdtPr><w:alias w:val="x"/></w:sdtPr><w:sdtContent>' + t("A hard") + "</w:sdtContent></w:sdt>"
          + '<w:smartTag w:uri="urn:x" w:element="w">' + t(" word") + "</w:smartTag>"
          + '<w:proofErr w:type="spellStart"/>' + t(" here") + '<w:proofErr w:type="spellEnd"/>'
          + '<w:r><w:tab/><w:t>and</w:t><w:br/><w:t xml:space="preserve">there </w:t><w:sym w:font="Symbol" w:char="F061"/></w:r>'
          + '<w:commentRangeStart w:id="22"/>' + t(" end") + '<w:commentRangeEnd w:id="22"/>'
          '<w:r><w:commentReference w:id="22"/></w:r>'), "see comments"),
    ("1O7", "machine", "معرف تالف.", "Damaged id.", ""),
    ("108", "machine", "جدول داخلي.",
     para(t("Before")) + '<w:tbl><w:tblGrid><w:gridCol w:w="900"/><w:gridCol w:w="900"/></w:tblGrid><w:tr>'
     f'<w:tc>{para(t("inner one"))}</w:tc><w:tc>{para(t("inner two"))}</w:tc></w:tr></w:tbl>' + para(t("after")), ""),
]
COMMENTS = [Comment("21", "Layla Haddad", "2024-05-07T11:00:00Z", "Is this the right word?\nCheck the glossary.", "LH"),
            Comment("22", "Omar Nasser", "2024-05-08T09:30:00Z", "Fine.", "ON")]


def convert(source: Path, folder: Path) -> Path:
    profile = (folder / "profile").as_uri()  # never touch (or wait for) the user's own profile
    command = [SOFFICE, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "docx",
               "--outdir", str(folder / "out"), str(source)]
    done = subprocess.run(command, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    converted = folder / "out" / source.name
    assert converted.exists(), done.stdout + done.stderr
    return converted


@pytest.fixture(scope="module")
def converted(tmp_path_factory):
    folder = tmp_path_factory.mktemp("review-libreoffice")
    ours = write_review_docx(folder / "review.docx", ReviewDoc(rows=ROWS, comments=COMMENTS))
    bare = write_review_docx(folder / "bare.docx", ReviewDoc(rows=ROWS[:2], custom=False))
    return read_review(ours), read_review(convert(ours, folder)), read_review(convert(bare, folder))


def test_the_rewrite_reads_exactly_as_the_original(converted):
    ours, theirs, _ = converted
    assert theirs.rows == ours.rows
    assert (theirs.project, theirs.exported_at, theirs.format, theirs.statuses) == (
        PROJECT, EXPORTED, "review-1", "machine,edited")
    assert theirs.tracked is True


def test_what_the_rewrite_holds(converted):
    _, theirs, _ = converted
    rows = {row.id_text: row for row in theirs.rows}
    assert [row.paragraph_id for row in theirs.rows] == [101, 102, 103, 104, 105, 106, None, 108]
    assert (rows["101"].target, rows["101"].original) == ("Bread prices rose.", "Bread costs rose.")
    assert rows["101"].changes == (Change("delete", *L, "costs"), Change("insert", *L, "prices"))
    assert (rows["102"].target, rows["102"].original) == ("The train was late.\nBy an hour.", "The train was late.")
    assert rows["102"].changes == (Change("paragraph-insert", *O, "\n"), Change("insert", *O, "By an hour."))
    assert (rows["103"].target, rows["103"].original) == ("Layla travelled to Amman.", "Layla travelled\n to Amman.")
    assert rows["103"].changes == (Change("paragraph-delete", *L, "\n"),)
    assert (rows["104"].target, rows["104"].original) == ("A brown quick fox.", "A quick brown fox.")
    assert rows["104"].changes == (Change("move-from", *L, "quick "), Change("move-to", *L, "quick "))
    assert rows["105"].changes == (Change("format", *L, "Bold text."), Change("format", *O, "Bold"))
    assert rows["106"].target == "A hard word here\tand\nthere \u03b1 end"  # LibreOffice writes w:sym as Symbol-font text
    assert rows["106"].comments == (
        ReviewComment("Layla Haddad", "2024-05-07T11:00:00Z", "Is this the right word?\nCheck the glossary.", "LH"),
        ReviewComment("Omar Nasser", "2024-05-08T09:30:00Z", "Fine.", "ON"))
    assert rows["106"].comment_cell == "see comments"
    assert rows["1O7"].problem == "the id cell holds '1O7', not a paragraph id"
    assert rows["108"].target == "Before\ninner one\ninner two\nafter"


def test_identity_survives_without_custom_properties(converted):
    _, _, bare = converted
    assert (bare.project, bare.exported_at, bare.format) == (PROJECT, EXPORTED, "review-1")
    assert [row.paragraph_id for row in bare.rows] == [101, 102]
