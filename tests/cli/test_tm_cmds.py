"""`workbench tm import|export|lookup|stats|add-project` and `export --format tmx`, end to end on
real project and TMX files: an edit on the command line feeds the memory the next look-up uses."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from lxml import etree

from tests.cli.support import run

REPO = Path(__file__).resolve().parents[2]
PARAGRAPHS = (
    "افتتح المحافظ الجسر الجديد فوق النهر.",
    "تأخر القطار ساعة بسبب العاصفة. ووصل الركاب متعبين.",
    "نشرت الوزارة تقريرها السنوي.",
)
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def units_in_memory(capsys) -> int:
    code, out, _ = run(capsys, "tm", "stats")
    assert code == 0
    return int(dict(line.split() for line in out.splitlines())["units"])


@pytest.fixture
def project(tmp_path, home, capsys) -> Path:
    """Paragraph 1 edited, 2 reviewed (two sentences each side), 3 left untranslated."""
    source = tmp_path / "river.txt"
    source.write_text("\n\n".join(PARAGRAPHS) + "\n", encoding="utf-8")
    path = tmp_path / "river.wbproj"
    assert run(capsys, "new", path)[0] == 0
    assert run(capsys, "import", source, "-p", path)[0] == 0
    assert run(capsys, "edit", path, 1, "The governor opened the new bridge over the river.",
               "--author", "Nadia")[0] == 0  # fmt: skip
    assert run(capsys, "edit", path, 2, "The train was an hour late because of the storm. "
               "The passengers arrived tired.", "--status", "reviewed")[0] == 0  # fmt: skip
    return path


def test_an_edit_feeds_the_memory_and_lookup_reports_it(project, capsys):
    assert units_in_memory(capsys) == 4  # paragraph 1, paragraph 2 and its two sentences
    # one word of six differs once the clitic و is folded (two as written)
    code, out, _ = run(capsys, "tm", "lookup", "وافتتح المحافظ الجسر القديم فوق النهر", "--format", "json")
    assert code == 0
    [record] = json.loads(out)
    assert (record["score"], record["raw_score"], record["exact"]) == (100 * 5 // 6, 100 * 4 // 6, False)
    assert record["target"] == "The governor opened the new bridge over the river."
    assert (record["origin"], record["author"], record["status"], record["document"]) == (
        "person", "Nadia", "edited", "river.txt")  # fmt: skip
    assert record["project"] and record["date"].startswith("20")
    assert record["project_name"] == "river"  # the project file's stem, not its uuid
    code, out, _ = run(capsys, "tm", "lookup", "ووصل الركاب متعبين.", "-p", project)
    assert code == 0 and out.startswith("100% (raw 100%) exact person, project river, river.txt, 20")
    assert "en: The passengers arrived tired." in out
    code, out, _ = run(capsys, "tm", "lookup", "نص لا يشبه شيئا", "--min", "90")
    assert code == 0 and out.strip() == "no match of 90% or more"


def test_export_import_and_add_project_with_real_files(project, tmp_path, capsys, monkeypatch):
    whole, mine, plain = tmp_path / "all.tmx", tmp_path / "river.tmx", tmp_path / "plain.tmx"
    assert run(capsys, "tm", "export", whole)[0] == 0
    assert run(capsys, "tm", "export", mine, "-p", project)[0] == 0
    assert run(capsys, "export", project, "--format", "tmx", "-o", plain)[0] == 0
    root = etree.parse(str(plain)).getroot()
    assert root.find("header").get("srclang") == "ar"
    assert [[tuv.get(XML_LANG) for tuv in tu.findall("tuv")] for tu in root.iter("tu")] == [["ar", "en"]] * 2
    assert len(etree.parse(str(whole)).getroot().findall("body/tu")) == 4
    assert len(etree.parse(str(mine)).getroot().findall("body/tu")) == 4

    monkeypatch.setenv("WORKBENCH_HOME", str(tmp_path / "fresh"))  # another person's machine
    code, out, _ = run(capsys, "tm", "import", whole)
    assert code == 0 and out.strip().endswith(": 4 units")
    assert run(capsys, "tm", "import", mine)[1].strip().endswith(": 4 units")
    assert units_in_memory(capsys) == 4  # the same units: replaced, not doubled

    monkeypatch.setenv("WORKBENCH_HOME", str(tmp_path / "third"))
    code, out, _ = run(capsys, "tm", "add-project", project)
    assert code == 0 and out.strip().endswith(": 4 units in the memory")
    code, out, _ = run(capsys, "tm", "lookup", PARAGRAPHS[0], "--format", "json")
    assert json.loads(out)[0]["exact"] is True


def test_the_project_name_travels_in_our_tmx_and_follows_a_renamed_file(project, tmp_path, capsys,
                                                                       monkeypatch):
    whole = tmp_path / "all.tmx"
    assert run(capsys, "tm", "export", whole)[0] == 0
    assert 'type="x-project-name">river<' in whole.read_text(encoding="utf-8")
    monkeypatch.setenv("WORKBENCH_HOME", str(tmp_path / "fresh"))  # another person's machine
    assert run(capsys, "tm", "import", whole)[0] == 0
    code, out, _ = run(capsys, "tm", "lookup", PARAGRAPHS[0], "--format", "json")
    assert json.loads(out)[0]["project_name"] == "river"
    renamed = project.rename(tmp_path / "bridges.wbproj")
    assert run(capsys, "tm", "add-project", renamed)[0] == 0
    code, out, _ = run(capsys, "tm", "lookup", PARAGRAPHS[0])
    assert "project bridges, river.txt" in out.splitlines()[0]


@pytest.mark.parametrize("content, words", [
    ("<tmx><body><tu>", "not well-formed TMX"),
    ('<!DOCTYPE tmx [<!ENTITY x "y">]><tmx version="1.4"><body/></tmx>', "unsafe XML"),
])  # fmt: skip
def test_a_bad_tmx_exits_2_with_one_line_and_adds_nothing(tmp_path, home, capsys, content, words):
    bad = tmp_path / "bad.tmx"
    bad.write_text(content, encoding="utf-8")
    code, out, err = run(capsys, "tm", "import", bad)
    lines = err.strip().splitlines()
    assert code == 2 and out == "" and len(lines) == 1
    assert lines[0].startswith("workbench: error:") and words in lines[0]
    assert units_in_memory(capsys) == 0


def test_a_refused_tmx_half_way_adds_nothing(tmp_path, home, capsys):
    """Units before the fault are not kept: one transaction, all or nothing."""
    tu = '<tu><tuv xml:lang="ar"><seg>مرحبا</seg></tuv><tuv xml:lang="en"><seg>Hello</seg></tuv></tu>'
    bad = tmp_path / "cut.tmx"
    bad.write_text(f'<tmx version="1.4"><header srclang="ar"/><body>{tu * 3000}<tu>', encoding="utf-8")
    assert run(capsys, "tm", "import", bad)[0] == 2
    assert units_in_memory(capsys) == 0


def test_the_real_command_line_prints_one_line(tmp_path, home):
    bad = tmp_path / "bad.tmx"
    bad.write_text("not xml at all", encoding="utf-8")
    env = {"WORKBENCH_HOME": str(home), "PATH": "/usr/bin:/bin", "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-m", "workbench", "tm", "import", str(bad)], cwd=REPO,
                          env=env, capture_output=True, text=True, timeout=120)  # fmt: skip
    assert done.returncode == 2 and len(done.stderr.strip().splitlines()) == 1, done.stderr
    assert "not well-formed TMX" in done.stderr
