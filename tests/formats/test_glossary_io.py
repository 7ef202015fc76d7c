"""Glossary files: CSV, TSV and TBX round trips, formula-injection escaping, bad rows named,
hostile XML refused."""

from __future__ import annotations

import pytest

from workbench.core.errors import GlossaryImportError
from workbench.glossary.entries import GlossaryEntry, clean_entry
from workbench.formats.glossary_io import read_glossary, write_glossary

ENTRIES = [
    GlossaryEntry("الحُكومة", "the Government", "capital G, always", ("regime", "the cabinet"), id=1),
    GlossaryEntry("البنك الدولي", "the World Bank", 'say "the Bank" later\nsecond line', (), "exact", id=2),
    GlossaryEntry("مجلس الأمن", "=Security Council", "-a note that looks like a formula", ("@council",), id=3),
    GlossaryEntry("وزارة الصحة", "+Ministry of Health", "\ttabbed", (), id=4),
]


def _triples(rows):
    return [(r.entry.arabic, r.entry.english, r.entry.note, r.entry.forbidden, r.entry.mode) for r in rows]


# What the store holds (edges trimmed): a file must give back exactly that.
EXPECTED = [(e.arabic, e.english, e.note, e.forbidden, e.mode) for e in map(clean_entry, ENTRIES)]


@pytest.mark.parametrize("suffix", [".csv", ".tsv", ".tbx"])
def test_round_trip(tmp_path, suffix):
    path = write_glossary(tmp_path / f"g{suffix}", ENTRIES)
    result = read_glossary(path)
    assert _triples(result.rows) == EXPECTED
    assert result.skipped == 0


@pytest.mark.parametrize("suffix", [".csv", ".tsv"])
def test_cells_that_a_spreadsheet_would_run_are_escaped(tmp_path, suffix):
    data = write_glossary(tmp_path / f"g{suffix}", ENTRIES).read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")  # BOM: spreadsheets then read UTF-8
    text = data.decode("utf-8-sig")
    for cell in ("'=Security Council", "'-a note", "'@council", "'+Ministry of Health", "'\ttabbed"):
        assert cell in text
    sep = "," if suffix == ".csv" else "\t"
    for line in text.splitlines():
        for cell in line.split(sep):
            assert not cell.strip('"').startswith(("=", "+", "-", "@")), line


def test_csv_without_bom_any_column_order_aliases_and_extra_columns(tmp_path):
    path = tmp_path / "g.csv"
    path.write_text(
        "Mode,EN,Comment,AR,Forbidden,Source\n"
        "exact,the Prime Minister,,رئيس الوزراء,premier|chief minister; head of cabinet,ours\n"
        ",,,,,\n"
        ",Parliament,,البرلمان,,\n",
        encoding="utf-8",
    )
    result = read_glossary(path)
    assert _triples(result.rows) == [
        ("رئيس الوزراء", "the Prime Minister", "", ("premier", "chief minister", "head of cabinet"), "exact"),
        ("البرلمان", "Parliament", "", (), "smart"),
    ]
    assert [r.row for r in result.rows] == [2, 4]
    assert result.rows[0].fields == frozenset(("arabic", "english", "note", "forbidden", "mode"))


def test_missing_optional_columns_are_remembered(tmp_path):
    path = tmp_path / "g.tsv"
    path.write_text("arabic\tenglish\nالحكومة\tthe Government\n", encoding="utf-8-sig")
    (row,) = read_glossary(path).rows
    assert row.fields == frozenset(("arabic", "english"))


@pytest.mark.parametrize(
    ("content", "row", "words"),
    [
        ("arabic,english\nالحكومة,the Government\nالبرلمان,\n", 3, "English"),
        ("arabic,english\nالحكومة,the Government\ngovernment,the Government\n", 3, "no Arabic letter"),
        ("arabic,english,mode\nالحكومة,the Government,fuzzy\n", 2, "match mode"),
        ("arabic,english\nالحكومة,the Government,extra\n", 2, "more cells"),
        ("arabic,english\nالحكومة,the Government\n\nحكومة,the State\n", 4, "also in row 2"),
        ("arabic,note\nالحكومة,x\n", 1, "no english column"),
        ("english,english,arabic\nx,y,الحكومة\n", 1, "two english"),
        ("", 1, "empty file"),
        ('arabic,english\n"الحكومة,the Government\n', 2, "malformed CSV"),
        ("arabic,english\nالحكومة,the Government,\nالبرلمان,Parliament,forbidden\n", 3, "more cells"),
        ("arabic,english,forbidden\nالحكومة,the Government,government\n", 2, "part of"),
    ],
)
def test_bad_rows_are_named(tmp_path, content, row, words):
    path = tmp_path / "bad.csv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(GlossaryImportError) as info:
        read_glossary(path)
    assert info.value.row == row, info.value.message
    assert words.lower() in info.value.message.lower()
    assert f"(row {row})" in info.value.message


def test_bytes_that_are_not_utf8_are_named_by_line(tmp_path):
    path = tmp_path / "cp1256.csv"
    path.write_bytes("arabic,english\n".encode() + "الحكومة,the Government\n".encode("cp1256"))
    with pytest.raises(GlossaryImportError) as info:
        read_glossary(path)
    assert (info.value.row, info.value.reason) == (2, "not UTF-8 text")


@pytest.mark.parametrize("name", ["g.xlsx", "g.txt", "g"])
def test_unknown_extensions_are_refused(tmp_path, name):
    path = tmp_path / name
    path.write_text("arabic,english\n", encoding="utf-8")
    with pytest.raises(GlossaryImportError, match="unknown glossary format"):
        read_glossary(path)


TBX_V3 = """<?xml version="1.0" encoding="UTF-8"?>
<tbx xmlns="urn:iso:std:iso:30042:ed-2" type="TBX-Basic" style="dca" xml:lang="en">
  <tbxHeader><fileDesc><sourceDesc><p>written for this test</p></sourceDesc></fileDesc></tbxHeader>
  <text><body>
    <conceptEntry id="c1">
      <descrip type="definition">the executive branch</descrip>
      <langSec xml:lang="ar-SA">
        <termSec><term>الحكومة</term></termSec>
        <termSec><term>حكومه</term><termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></termSec>
      </langSec>
      <langSec xml:lang="en-GB">
        <termSec><term>government</term><termNote type="administrativeStatus">admittedTerm-admn-sts</termNote></termSec>
        <termSec><term>the Government</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></termSec>
        <termSec><term>regime</term><termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></termSec>
        <termSec><term>the cabinet</term><termNote type="administrativeStatus">supersededTerm-admn-sts</termNote></termSec>
      </langSec>
    </conceptEntry>
    <conceptEntry id="c2">
      <langSec xml:lang="fr"><termSec><term>le gouvernement</term></termSec></langSec>
      <langSec xml:lang="en"><termSec><term>government</term></termSec></langSec>
    </conceptEntry>
    <conceptEntry id="c3">
      <langSec xml:lang="ar"><termSec><term>البرلمان</term><note>elected</note></termSec><termSec><term>مجلس النواب</term></termSec></langSec>
      <langSec xml:lang="en"><termSec><term>Parliament</term></termSec></langSec>
    </conceptEntry>
  </body></text>
</tbx>
"""

TBX_2008_NTIG = """<?xml version="1.0"?>
<martif type="TBX" xml:lang="en"><text><body>
  <termEntry><langSet xml:lang="ar"><ntig><termGrp><term>الوزير</term></termGrp></ntig></langSet>
  <langSet xml:lang="en"><ntig><termGrp><term>the Minister</term></termGrp></ntig>
  <ntig><termGrp><term>secretary</term><termNote type="normativeAuthorization">deprecatedTerm</termNote></termGrp></ntig></langSet>
  </termEntry>
</body></text></martif>
"""


def test_tbx_v3_with_namespaces_statuses_and_synonyms(tmp_path):
    path = tmp_path / "v3.tbx"
    path.write_text(TBX_V3, encoding="utf-8")
    result = read_glossary(path)
    assert _triples(result.rows) == [
        ("الحكومة", "the Government", "the executive branch", ("regime", "the cabinet"), "smart"),
        ("البرلمان", "Parliament", "elected", (), "smart"),
        ("مجلس النواب", "Parliament", "elected", (), "smart"),
    ]
    assert [r.row for r in result.rows] == [1, 3, 3]
    assert result.skipped == 1  # the entry with no Arabic term


def test_tbx_2008_ntig_and_normative_authorization(tmp_path):
    path = tmp_path / "old.tbx"
    path.write_text(TBX_2008_NTIG, encoding="utf-8")
    assert _triples(read_glossary(path).rows) == [("الوزير", "the Minister", "", ("secretary",), "smart")]


BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE martif [<!ENTITY a "ha"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;">]>
<martif><text><body><termEntry><langSet xml:lang="ar"><tig><term>&c;</term></tig></langSet></termEntry></body></text></martif>
"""
EXTERNAL = """<?xml version="1.0"?>
<!DOCTYPE martif SYSTEM "http://example.invalid/tbx.dtd">
<martif><text><body/></text></martif>
"""
EXTERNAL_ENTITY = """<?xml version="1.0"?>
<!DOCTYPE martif [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<martif><text><body><termEntry><langSet xml:lang="en"><tig><term>&secret;</term></tig></langSet></termEntry></body></text></martif>
"""


@pytest.mark.parametrize("xml", [BILLION_LAUGHS, EXTERNAL, EXTERNAL_ENTITY])
def test_tbx_with_a_doctype_or_entities_is_refused(tmp_path, xml, no_network):
    path = tmp_path / "hostile.tbx"
    path.write_text(xml, encoding="utf-8")
    with pytest.raises(GlossaryImportError, match="DTD or entities"):
        read_glossary(path)


@pytest.mark.parametrize(
    ("xml", "words"),
    [
        ("<martif><text><body><termEntry>", "not well-formed XML (line 1)"),
        ("<glossary/>", "not a TBX file"),
        ("", "not well-formed XML"),
    ],
)
def test_broken_or_foreign_xml_is_refused(tmp_path, xml, words):
    path = tmp_path / "broken.tbx"
    path.write_text(xml, encoding="utf-8")
    with pytest.raises(GlossaryImportError, match=words.replace("(", r"\(").replace(")", r"\)")):
        read_glossary(path)


def test_tbx_bad_entry_is_named_by_its_number(tmp_path):
    path = tmp_path / "bad.tbx"
    bad = TBX_V3.replace("<term>البرلمان</term>", "<term>Parliament house</term>")
    path.write_text(bad, encoding="utf-8")
    with pytest.raises(GlossaryImportError) as info:
        read_glossary(path)
    assert info.value.row == 3 and "no Arabic letter" in info.value.message


def test_tbx_export_is_tbx_basic_and_drops_xml_illegal_characters(tmp_path):
    entries = [GlossaryEntry("الحكومة", "the Government", "bell\x07 and tab\tkept", id=1)]
    path = write_glossary(tmp_path / "out.tbx", entries)
    text = path.read_text(encoding="utf-8")
    assert text.startswith('<?xml version="1.0" encoding="UTF-8"?>\n<martif type="TBX-Basic" xml:lang="en">')
    assert '<langSet xml:lang="ar">' in text and "preferredTerm-admn-sts" in text
    assert _triples(read_glossary(path).rows) == [("الحكومة", "the Government", "bell and tab\tkept", (), "smart")]
