"""The review reader on hand-made OOXML, written the way Word and LibreOffice write tracked changes
and comments: the final and original English and each change's kind, author and date exactly."""

from __future__ import annotations

import pytest

from tests.fixtures.review_docx import EXPORTED, PROJECT, Comment, ReviewDoc, para, row, run, write_review_docx
from workbench.formats.review_read import Change, ReviewComment, read_review

LAYLA = 'w:author="Layla Haddad" w:date="2024-05-07T10:15:00Z"'
OMAR = 'w:author="Omar Nasser" w:date="2024-05-08T08:00:00Z"'
L = ("Layla Haddad", "2024-05-07T10:15:00Z")
O = ("Omar Nasser", "2024-05-08T08:00:00Z")
ARABIC = "ارتفعت أسعار الخبز في الشتاء."


def t(text: str, tag: str = "t") -> str:
    return f'<w:r w:rsidR="00A1B2C3"><w:rPr><w:lang w:val="en-GB"/></w:rPr><w:{tag} xml:space="preserve">{text}</w:{tag}></w:r>'


def english(tmp_path, target: str, **kwargs):
    """The one row of a file whose English cell holds `target` (raw XML)."""
    doc = ReviewDoc(rows=[("41", "machine", ARABIC, target, "")], **kwargs)
    return read_review(write_review_docx(tmp_path / "review.docx", doc)).rows[0]


def test_plain_file_rows_properties_and_no_tracking(tmp_path):
    doc = ReviewDoc(rows=[("7", "machine", ARABIC, "Bread prices rose in winter.", "check units"),
                          ("8", "edited", "وصل القطار متأخرا.", "The train arrived late.", "")])
    review = read_review(write_review_docx(tmp_path / "plain.docx", doc))
    assert (review.project, review.exported_at, review.format) == (PROJECT, EXPORTED, "review-1")
    assert review.statuses == "machine,edited" and review.tracked is False
    first, second = review.rows
    assert (first.row, first.id_text, first.paragraph_id, first.status) == (1, "7", 7, "machine")
    assert (first.source, first.target, first.original) == (ARABIC, "Bread prices rose in winter.",
                                                            "Bread prices rose in winter.")
    assert (first.changes, first.comments, first.comment_cell, first.problem) == ((), (), "check units", "")
    assert (second.row, second.paragraph_id, second.target) == (2, 8, "The train arrived late.")


def test_word_insert_and_delete_runs(tmp_path):
    target = para(t("Bread ") + f'<w:del w:id="1" {LAYLA}>{t("costs", "delText")}</w:del>'
                  + f'<w:ins w:id="2" {LAYLA}>{t("prices")}</w:ins>' + t(" rose")
                  + f'<w:ins w:id="3" {OMAR}>{t(" sharply")}</w:ins>' + t("."))
    got = english(tmp_path, target)
    assert got.target == "Bread prices rose sharply."
    assert got.original == "Bread costs rose."
    assert got.changes == (Change("delete", *L, "costs"), Change("insert", *L, "prices"),
                           Change("insert", *O, " sharply"))


def test_deletion_inside_an_insertion_is_in_neither_text(tmp_path):
    target = para(t("A ") + f'<w:ins w:id="1" {LAYLA}>{t("big ")}<w:del w:id="2" {OMAR}>'
                  f'{t("red ", "delText")}</w:del></w:ins>' + t("house"))
    got = english(tmp_path, target)
    assert (got.target, got.original) == ("A big house", "A house")
    assert got.changes == (Change("insert", *L, "big red "), Change("delete", *O, "red "))


def test_moves_with_range_markers(tmp_path):
    target = para(t("A ") + f'<w:moveFromRangeStart w:id="1" w:name="move1" {LAYLA}/>'
                  f'<w:moveFrom w:id="2" {LAYLA}>{t("quick ")}</w:moveFrom><w:moveFromRangeEnd w:id="1"/>'
                  + t("brown ") + f'<w:moveToRangeStart w:id="3" w:name="move1" {LAYLA}/>'
                  f'<w:moveTo w:id="4" {LAYLA}>{t("quick ")}</w:moveTo><w:moveToRangeEnd w:id="3"/>' + t("fox"))
    got = english(tmp_path, target)
    assert (got.target, got.original) == ("A brown quick fox", "A quick brown fox")
    assert got.changes == (Change("move-from", *L, "quick "), Change("move-to", *L, "quick "))


def test_paragraph_marks_inserted_and_deleted(tmp_path):
    inserted = (para(t("First part."), f'<w:pPr><w:rPr><w:ins w:id="1" {OMAR}/></w:rPr></w:pPr>')
                + para(f'<w:ins w:id="2" {OMAR}>{t("New line.")}</w:ins>'))
    got = english(tmp_path, inserted)
    assert (got.target, got.original) == ("First part.\nNew line.", "First part.")
    assert got.changes == (Change("paragraph-insert", *O, "\n"), Change("insert", *O, "New line."))

    joined = para(t("Prices rose"), f'<w:pPr><w:rPr><w:del w:id="3" {LAYLA}/></w:rPr></w:pPr>') + para(t(" in winter."))
    got = english(tmp_path, joined)
    assert (got.target, got.original) == ("Prices rose in winter.", "Prices rose\n in winter.")
    assert got.changes == (Change("paragraph-delete", *L, "\n"),)


def test_formatting_changes_keep_the_text(tmp_path):
    target = para('<w:r><w:rPr><w:b/><w:rPrChange w:id="1" ' + LAYLA + '><w:rPr/></w:rPrChange></w:rPr>'
                  '<w:t>Bold</w:t></w:r>' + t(" words"),
                  f'<w:pPr><w:jc w:val="right"/><w:pPrChange w:id="2" {OMAR}><w:pPr/></w:pPrChange>'
                  f'<w:rPr><w:rPrChange w:id="3" {LAYLA}><w:rPr/></w:rPrChange></w:rPr></w:pPr>')
    got = english(tmp_path, target)
    assert got.target == got.original == "Bold words"
    assert got.changes == (Change("format", *O, "Bold words"), Change("format", *L, ""),
                           Change("format", *L, "Bold"))


def test_cell_inserted_and_deleted(tmp_path):
    cell_ins = f'<w:tc><w:tcPr><w:cellIns w:id="1" {OMAR}/></w:tcPr>{para(t("Added"))}</w:tc>'
    cell_del = f'<w:tc><w:tcPr><w:cellDel w:id="2" {LAYLA}/></w:tcPr>{para(t("Removed"))}</w:tc>'
    tcs = "".join(f"<w:tc>{para(run(text))}</w:tc>" for text in ("42", "machine", ARABIC))
    doc = ReviewDoc(rows=[f"<w:tr>{tcs}{cell_ins}<w:tc><w:p/></w:tc></w:tr>",
                          f"<w:tr>{tcs.replace('42', '43')}{cell_del}<w:tc><w:p/></w:tc></w:tr>"])
    first, second = read_review(write_review_docx(tmp_path / "cells.docx", doc)).rows
    assert (first.target, first.original, first.changes) == ("Added", "", (Change("insert", *O, "Added"),))
    assert (second.target, second.original, second.changes) == ("", "Removed", (Change("delete", *L, "Removed"),))


def test_wrappers_fields_hyperlinks_and_special_characters(tmp_path):
    target = para(
        '<w:sdt><w:sdtPr><w:alias w:val="box"/></w:sdtPr><w:sdtContent>' + t("In a control,") + "</w:sdtContent></w:sdt>"
        + '<w:smartTag w:uri="urn:x" w:element="place"><w:smartTagPr/>' + t(" Amman") + "</w:smartTag>"
        + '<w:customXml w:element="term">' + t(",") + "</w:customXml>"
        + '<w:proofErr w:type="spellStart"/>' + t(" teh") + '<w:proofErr w:type="spellEnd"/>'
        + '<w:bookmarkStart w:id="0" w:name="x"/><w:hyperlink r:id="rId9" w:history="1">' + t(" the site")
        + '</w:hyperlink><w:bookmarkEnd w:id="0"/>'
        + '<w:fldSimple w:instr=" PAGE \\* MERGEFORMAT ">' + t(" 3") + "</w:fldSimple>"
        + t(" of") + '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> NUMPAGES'
        '</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>' + t(" 9")
        + '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
        + '<w:r><w:t>x</w:t><w:tab/><w:t>y</w:t><w:br/><w:t>z</w:t><w:noBreakHyphen/><w:t>w</w:t><w:softHyphen/>'
          '<w:ptab w:relativeTo="margin" w:alignment="right" w:leader="none"/><w:cr/></w:r>'
        + '<w:r><w:sym w:font="Symbol" w:char="F061"/><w:sym w:font="Wingdings" w:char="F04A"/>'
          '<w:sym w:font="Arial" w:char="00B1"/></w:r>'
        + '<w:r><w:rPr><w:rFonts w:ascii="Symbol" w:hAnsi="Symbol"/></w:rPr><w:t>\uf062</w:t></w:r>'
        + '<w:sdt><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent>' + t("Click here") + "</w:sdtContent></w:sdt>"
        + '<mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">'
          '<mc:Fallback>' + t("fallback") + "</mc:Fallback></mc:AlternateContent>")
    got = english(tmp_path, target)
    expected = "In a control, Amman, teh the site 3 of 9x\ty\nz\u2011w\u00ad\t\n\u03b1\uf04a\u00b1\u03b2"
    assert got.target == got.original == expected
    assert got.changes == ()


def test_nested_fields_keep_only_the_outer_result(tmp_path):
    target = para('<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>IF </w:instrText></w:r>'
                  '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>PAGE</w:instrText></w:r>'
                  '<w:r><w:fldChar w:fldCharType="separate"/></w:r>' + t("1")
                  + '<w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:instrText> = 1 "one"</w:instrText></w:r>'
                  '<w:r><w:fldChar w:fldCharType="separate"/></w:r>' + t("one")
                  + '<w:r><w:fldChar w:fldCharType="end"/></w:r>' + t(" page"))
    assert english(tmp_path, target).target == "one page"


def test_content_controls_around_cells_and_rows_and_nested_tables(tmp_path):
    nested = ('<w:tbl><w:tblGrid><w:gridCol w:w="900"/><w:gridCol w:w="900"/></w:tblGrid><w:tr>'
              f'<w:tc>{para(t("inner one"))}</w:tc><w:tc>{para(t("inner two"))}</w:tc></w:tr></w:tbl>')
    tcs = "".join(f"<w:tc>{para(run(text))}</w:tc>" for text in ("51", "machine", ARABIC))
    english_cell = f'<w:sdt><w:sdtPr/><w:sdtContent><w:tc>{para(t("before"))}{nested}{para(t("after"))}</w:tc></w:sdtContent></w:sdt>'
    wrapped_row = f'<w:sdt><w:sdtContent><w:tr>{tcs}{english_cell}<w:tc><w:p/></w:tc></w:tr></w:sdtContent></w:sdt>'
    doc = ReviewDoc(rows=[wrapped_row, ("52", "edited", ARABIC, "Next.", "")])
    rows = read_review(write_review_docx(tmp_path / "nested.docx", doc)).rows
    assert [r.paragraph_id for r in rows] == [51, 52]  # the nested table's row is not a row
    assert rows[0].target == "before\ninner one\ninner two\nafter" and rows[0].problem == ""


def test_comments_anchored_anywhere_in_the_row(tmp_path):
    source = (f'<w:p><w:commentRangeStart w:id="5"/>{run(ARABIC)}<w:commentRangeEnd w:id="5"/>'
              '<w:r><w:commentReference w:id="5"/></w:r></w:p>')
    target = f'<w:p>{t("Fine.")}<w:r><w:commentReference w:id="6"/></w:r></w:p>'
    doc = ReviewDoc(rows=[("61", "machine", source, target, "note"), ("62", "machine", ARABIC, "Other.", "")],
                    comments=[Comment("5", "Layla Haddad", "2024-05-07T11:00:00Z", "Is this the right word?\nSee the glossary.", "LH"),
                              Comment("6", "Omar Nasser", "2024-05-08T12:00:00Z", "Agreed.")])
    first, second = read_review(write_review_docx(tmp_path / "comments.docx", doc)).rows
    assert first.comments == (
        ReviewComment("Layla Haddad", "2024-05-07T11:00:00Z", "Is this the right word?\nSee the glossary.", "LH"),
        ReviewComment("Omar Nasser", "2024-05-08T12:00:00Z", "Agreed.", ""))
    assert first.comment_cell == "note" and second.comments == ()


@pytest.mark.parametrize(("id_cell", "expected"), [
    ("  73 ", 73), ("7a3", None), ("", None), ("٧٣", None), ("1" * 19, None), ("1" * 18, int("1" * 18)), ("-4", None)])
def test_damaged_ids_are_rows_with_no_paragraph_id(tmp_path, id_cell, expected):
    got = read_review(write_review_docx(tmp_path / "ids.docx", ReviewDoc(rows=[(id_cell, "machine", ARABIC, "Text.", "")]))).rows[0]
    assert got.id_text == id_cell.strip() and got.paragraph_id == expected
    assert ("id cell" in got.problem) == (expected is None)
    assert got.target == "Text."


def test_odd_rows_are_returned_with_their_problem(tmp_path):
    spanned = (f'<w:tr><w:tc>{para(run("82"))}</w:tc><w:tc><w:tcPr><w:gridSpan w:val="2"/></w:tcPr>'
               f'{para(run("machine"))}</w:tc><w:tc>{para(run("Merged."))}</w:tc><w:tc><w:p/></w:tc></w:tr>')
    doc = ReviewDoc(rows=[("81", "machine", ARABIC, "Short row."), spanned,
                          ("83", "machine", ARABIC, "Extra.", "", "sixth"),
                          row(("84", "machine", ARABIC, "Added by the reviewer.", ""), f'<w:ins w:id="1" {OMAR}/>'),
                          row(("85", "machine", ARABIC, "Gone.", ""), f'<w:del w:id="2" {LAYLA}/>')])
    rows = read_review(write_review_docx(tmp_path / "odd.docx", doc)).rows
    assert (rows[0].paragraph_id, rows[0].target, rows[0].comment_cell) == (81, "Short row.", "")
    assert rows[0].problem == "the row has 4 cells, not 5"
    assert (rows[1].paragraph_id, rows[1].status, rows[1].target) == (82, "machine", "Merged.")
    assert rows[1].problem.startswith("merged cells")
    assert (rows[2].target, rows[2].problem) == ("Extra.", "the row has 6 cells, not 5")
    assert rows[3].paragraph_id == 84 and rows[3].original == ""
    assert rows[3].problem == "the row was inserted with tracked changes by Omar Nasser on 2024-05-08T08:00:00Z"
    assert (rows[4].paragraph_id, rows[4].target, rows[4].original) == (None, "", "Gone.")
    assert "deleted with tracked changes by Layla Haddad" in rows[4].problem and "(its id was 85)" in rows[4].problem


def test_identity_from_the_title_line_when_custom_properties_are_gone(tmp_path):
    doc = ReviewDoc(rows=[("9", "machine", ARABIC, "Text.", "")], custom=False)
    review = read_review(write_review_docx(tmp_path / "nocustom.docx", doc))
    assert (review.project, review.exported_at, review.format, review.statuses) == (PROJECT, EXPORTED, "review-1", "")
    bare = read_review(write_review_docx(tmp_path / "bare.docx", ReviewDoc(rows=doc.rows, custom=False, title=False)))
    assert (bare.project, bare.exported_at, bare.format) == ("", "", "")
    assert bare.rows[0].paragraph_id == 9


def test_tracked_is_set_by_a_change_outside_the_table(tmp_path):
    doc = ReviewDoc(rows=[("9", "machine", ARABIC, "Text.", "")],
                    before_table=para(f'<w:ins w:id="1" {OMAR}>{t("Note above the table.")}</w:ins>'))
    review = read_review(write_review_docx(tmp_path / "above.docx", doc))
    assert review.tracked is True and review.rows[0].changes == ()


def test_header_with_the_exporters_hint_lines_is_ours(tmp_path):
    header = ('<w:tr><w:trPr><w:tblHeader/></w:trPr>' + "".join(
        f"<w:tc>{para(run(label) + '<w:r><w:br/></w:r>' + run(hint))}</w:tc>" for label, hint in
        (("ID", "(do not edit)"), ("Status", "(do not edit)"), ("Arabic", "(source)"),
         ("English", "(edit this column)"), ("Comment", ""))) + "</w:tr>")
    for marked in (header, header.replace("<w:trPr><w:tblHeader/></w:trPr>", "")):
        doc = ReviewDoc(rows=[("9", "machine", ARABIC, "Text.", "")], header=marked)
        assert read_review(write_review_docx(tmp_path / "hint.docx", doc)).rows[0].paragraph_id == 9
