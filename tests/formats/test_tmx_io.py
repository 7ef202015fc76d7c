"""TMX 1.4 in and out: what we write is read by translate-toolkit and by plain lxml with the
attributes OmegaT and Trados look for; what we read is read safely and as a stream."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import tracemalloc
from pathlib import Path

import pytest
from lxml import etree

from workbench.core.errors import DocumentImportError
from workbench.core.model import Kind, Paragraph, Status
from workbench.formats import tmx_read
from workbench.formats.exporters import export
from workbench.formats.tmx_io import TmxUnit, read_tmx, write_tmx

XML = "{http://www.w3.org/XML/1998/namespace}"
UNITS = [
    TmxUnit("افتتح الوزيرُ معرضَ الكتاب صباح اليوم.", "The minister opened the book fair this morning.",
            id="p1:7", created="2025-03-04T05:06:07.000+00:00", changed="2025-03-05T08:09:10.000+00:00",
            creator="Huda", note="headline wording agreed", props=(("x-project", "p1"), ("x-status", "approved"))),
    TmxUnit("ارتفعت الأسعار ٣٪ في أيار.", "Prices rose 3% in May.", segtype="sentence"),
    TmxUnit("قال <المتحدث> & أضاف", "The spokesman said <x> & added"),
]  # fmt: skip
HEADER = ('<?xml version="1.0" encoding="UTF-8"?>\n{doctype}<tmx version="1.4"><header srclang="ar" '
          'adminlang="en" datatype="plaintext" segtype="sentence" o-tmf="x" creationtool="t" '
          'creationtoolversion="1"/><body>{body}</body></tmx>')
TU = '<tu><tuv xml:lang="ar"><seg>{ar}</seg></tuv><tuv xml:lang="en"><seg>{en}</seg></tuv></tu>'


def _file(tmp_path: Path, body: str, doctype: str = "", name: str = "in.tmx") -> Path:
    path = tmp_path / name
    path.write_text(HEADER.format(doctype=doctype, body=body), encoding="utf-8")
    return path


def test_round_trip_keeps_text_ids_dates_people_notes_and_props(tmp_path):
    out = tmp_path / "memory.tmx"
    assert write_tmx(out, iter(UNITS)) == 3
    back = list(read_tmx(out))
    assert back == UNITS


def test_translate_toolkit_reads_our_file(tmp_path):
    from translate.storage.tmx import tmxfile

    out = tmp_path / "memory.tmx"
    write_tmx(out, UNITS)
    with out.open("rb") as handle:
        store = tmxfile(handle)
    assert store.sourcelanguage == "ar"
    assert [(u.source, u.target) for u in store.units] == [(u.source, u.target) for u in UNITS]
    assert store.units[0].getid() == "p1:7"
    assert store.units[0].getnotes() == "headline wording agreed"
    assert store.translate(UNITS[1].source, "ar", "en") == "Prices rose 3% in May."


def test_plain_lxml_sees_the_header_and_unit_attributes_tools_need(tmp_path):
    out = tmp_path / "memory.tmx"
    write_tmx(out, UNITS, segtype="sentence")
    assert out.read_bytes().startswith(b'<?xml version="1.0" encoding="UTF-8"?>')
    tree = etree.parse(str(out))
    assert tree.docinfo.doctype == ""  # no DOCTYPE: a strict reader refuses one
    root = tree.getroot()
    assert root.tag == "tmx" and root.get("version") == "1.4"
    header = root.find("header")
    assert {k: header.get(k) for k in ("srclang", "adminlang", "datatype", "segtype", "creationtool")} == {
        "srclang": "ar", "adminlang": "en", "datatype": "plaintext", "segtype": "sentence",
        "creationtool": "Arabic Workbench"}  # fmt: skip
    assert header.get("o-tmf") and header.get("creationtoolversion")
    assert re.fullmatch(r"\d{8}T\d{6}Z", header.get("creationdate"))
    tu = root.find("body/tu")
    assert tu.get("tuid") == "p1:7" and tu.get("creationid") == "Huda"
    assert tu.get("creationdate") == "20250304T050607Z" and tu.get("changedate") == "20250305T080910Z"
    assert [child.tag for child in tu] == ["note", "prop", "prop", "tuv", "tuv"]  # the DTD's order
    assert [(tuv.get(f"{XML}lang"), tuv.findtext("seg")) for tuv in tu.findall("tuv")] == [
        ("ar", UNITS[0].source), ("en", UNITS[0].target)]  # fmt: skip
    assert root.findall("body/tu")[1].get("segtype") == "sentence"


def test_text_xml_cannot_carry_is_dropped_not_fatal(tmp_path):
    out = tmp_path / "m.tmx"
    write_tmx(out, [TmxUnit("نص\x01 عربي", "Arabic\x0b text")])
    assert [(u.source, u.target) for u in read_tmx(out)] == [("نص عربي", "Arabic text")]


def test_other_tools_files_inline_codes_variants_and_missing_languages(tmp_path):
    coded = 'قال <bpt i="1">&lt;b&gt;</bpt>الوزير<ept i="1">&lt;/b&gt;</ept>'
    body = (TU.format(ar=coded, en="said <hi>the</hi> minister")
            + '<tu tuid="9"><tuv lang="AR-sa"><seg>مرحبا</seg></tuv><tuv xml:lang="en-GB"><seg>Hello</seg></tuv></tu>'
            + '<tu><tuv xml:lang="ar"><seg>وحده</seg></tuv></tu>')  # fmt: skip
    reader = read_tmx(_file(tmp_path, body, '<!DOCTYPE tmx SYSTEM "tmx11.dtd">\n'))
    units = list(reader)
    assert [(u.source, u.target) for u in units] == [("قال الوزير", "said the minister"), ("مرحبا", "Hello")]
    assert units[1].id == "9" and reader.skipped == 1  # the unit with no English is counted, not kept


@pytest.mark.parametrize("doctype, body", [
    ('<!DOCTYPE tmx [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]>\n', TU.format(ar="&b;", en="x")),
    ('<!DOCTYPE tmx [<!ENTITY f SYSTEM "file:///etc/hostname">]>\n', TU.format(ar="&f;", en="x")),
    ('<!DOCTYPE tmx SYSTEM "tmx14.dtd" [<!ELEMENT tmx ANY>]>\n', TU.format(ar="نص", en="text")),
    ('<!DOCTYPE tmx SYSTEM "tmx14.dtd">\n', TU.format(ar="&undeclared;", en="text")),
])  # fmt: skip
def test_dtd_subsets_and_entities_are_refused_in_one_line(tmp_path, doctype, body):
    with pytest.raises(DocumentImportError, match="unsafe XML") as caught:
        list(read_tmx(_file(tmp_path, body, doctype)))
    assert "\n" not in caught.value.message


@pytest.mark.parametrize("text, reason", [
    ("<tmx><body><tu>", "not well-formed TMX"),
    ('<?xml version="1.0"?><xliff version="1.2"/>', "not a TMX file"),
    ("", "not well-formed TMX"),
])  # fmt: skip
def test_broken_or_foreign_files_are_refused_in_one_line(tmp_path, text, reason):
    path = tmp_path / "bad.tmx"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(DocumentImportError, match=reason) as caught:
        list(read_tmx(path))
    assert "\n" not in caught.value.message and str(path) in caught.value.message


def test_size_limits_file_and_segment(tmp_path, monkeypatch):
    path = _file(tmp_path, TU.format(ar="نص", en="text") * 50)
    monkeypatch.setattr(tmx_read, "MAX_TMX_BYTES", path.stat().st_size - 1)
    with pytest.raises(DocumentImportError, match="too large"):
        list(read_tmx(path))
    monkeypatch.setattr(tmx_read, "MAX_TMX_BYTES", path.stat().st_size)
    assert len(list(read_tmx(path))) == 50
    monkeypatch.setattr(tmx_read, "MAX_PARAGRAPH_CHARS", 40)
    with pytest.raises(DocumentImportError, match="over 40 characters"):
        list(read_tmx(_file(tmp_path, TU.format(ar="ب" * 41, en="long"), name="long.tmx")))


def test_a_large_memory_is_read_as_a_stream(tmp_path):
    """20,000 units (about 7 MB): reading one at a time never holds more than a few chunks'
    worth of Python objects (about 0.5 MB measured); collecting every unit first, as a reader
    that parsed the whole file before handing any out would, peaks over 12 MB."""
    out = tmp_path / "big.tmx"
    units = (TmxUnit(f"وصل الوفد رقم {n} إلى العاصمة صباح اليوم في زيارة رسمية.",
                     f"Delegation number {n} arrived in the capital this morning on an official visit.",
                     id=str(n), creator="Rami", created="2024-01-02T03:04:05+00:00")
             for n in range(20_000))  # fmt: skip
    assert write_tmx(out, units) == 20_000
    assert out.stat().st_size > 5_000_000
    next(iter(read_tmx(out)))  # lazy imports (strptime's among them) are not the reader's holding
    tracemalloc.start()
    try:
        count = sum(1 for _ in read_tmx(out))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert count == 20_000
    assert peak < 3_000_000, f"peak {peak:,} bytes: the reader is holding the memory"


def _para(pid: int, status: Status, target: str = "A translation.", translatable: bool = True) -> Paragraph:
    return Paragraph(pid, 1, pid, Kind.PARAGRAPH, f"فقرة رقم {pid}.", target, status, translatable=translatable)


def test_export_format_tmx_writes_only_confirmed_paragraphs(tmp_path):
    paragraphs = [_para(1, Status.EDITED), _para(2, Status.MACHINE), _para(3, Status.GLOSS),
                  _para(4, Status.APPROVED, "Approved."), _para(5, Status.UNTRANSLATED, ""),
                  _para(6, Status.REVIEWED, "Kept.", translatable=False)]  # fmt: skip
    out = export(paragraphs, tmp_path / "project.tmx", "tmx")
    assert [(u.id, u.target, u.prop("x-status")) for u in read_tmx(out)] == [
        ("1", "A translation.", "edited"), ("4", "Approved.", "approved")]  # fmt: skip


OMEGAT_PROJECT = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<omegat>
  <project version="1.0">
    <source_dir>__DEFAULT__</source_dir>
    <target_dir>__DEFAULT__</target_dir>
    <tm_dir>__DEFAULT__</tm_dir>
    <glossary_dir>__DEFAULT__</glossary_dir>
    <glossary_file>__DEFAULT__</glossary_file>
    <dictionary_dir>__DEFAULT__</dictionary_dir>
    <source_lang>AR</source_lang>
    <target_lang>EN</target_lang>
    <source_tok>org.omegat.tokenizer.LuceneArabicTokenizer</source_tok>
    <target_tok>org.omegat.tokenizer.LuceneEnglishTokenizer</target_tok>
    <sentence_seg>false</sentence_seg>
    <support_default_translations>true</support_default_translations>
    <remove_tags>false</remove_tags>
  </project>
</omegat>
"""


@pytest.mark.skipif(shutil.which("omegat") is None, reason="OmegaT is not installed (Debian: omegat)")
def test_omegat_translates_from_our_tmx_in_tm_auto(tmp_path):
    """OmegaT (console mode) loads our TMX from tm/auto/ and writes our translations into its
    target file: a real CAT tool accepts what we write."""
    project = tmp_path / "omegat"
    for folder in ("source", "target", "tm/auto", "glossary", "dictionary", "omegat"):
        (project / folder).mkdir(parents=True)
    (project / "omegat.project").write_text(OMEGAT_PROJECT, encoding="utf-8")
    (project / "source" / "article.txt").write_text(
        f"{UNITS[0].source}\n\n{UNITS[1].source}\n", encoding="utf-8")
    write_tmx(project / "tm" / "auto" / "ours.tmx", UNITS[:2])
    headless = {**os.environ, "JAVA_TOOL_OPTIONS": "-Djava.awt.headless=true"}
    done = subprocess.run(["omegat", str(project), "--mode=console-translate"], capture_output=True,
                          text=True, timeout=600, env=headless)
    assert done.returncode == 0, done.stderr[-2000:]
    translated = (project / "target" / "article.txt").read_text(encoding="utf-8")
    assert UNITS[0].target in translated and UNITS[1].target in translated
