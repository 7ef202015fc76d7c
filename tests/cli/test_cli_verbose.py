"""Issue 12 at the command line: a hostile or damaged file is one plain `workbench: error:` line,
exit code 2 and a byte-identical project; --verbose adds the technical cause; file names holding
terminal escapes are printed escaped."""

from __future__ import annotations

import pytest

from tests.formats.import_fixtures import replace_part, simple_docx_bytes
from tests.formats.test_hostile_docx_parts import XXE_BODY, renamed_main_part
from workbench.cli import main
from workbench.formats.import_common import MAX_TEXT_BYTES

pytestmark = pytest.mark.timeout(120)


@pytest.fixture
def project(tmp_path):
    path = tmp_path / "p.wbproj"
    assert main(["new", str(path)]) == 0
    return path


def _xxe(tmp_path):
    path = tmp_path / "xxe.docx"
    path.write_bytes(renamed_main_part(XXE_BODY))
    return path


def _no_content_types(tmp_path):
    path = tmp_path / "nocontent.docx"
    path.write_bytes(replace_part(simple_docx_bytes(), "[Content_Types].xml", None))
    return path


def _too_many(tmp_path):
    path = tmp_path / "many.txt"
    path.write_text("كلمة\n" * 200_001, encoding="utf-8")
    return path


def _too_big(tmp_path):
    path = tmp_path / "big.md"
    with path.open("wb") as handle:
        handle.truncate(MAX_TEXT_BYTES + 1)
    return path


def _loop(tmp_path):
    (tmp_path / "a.txt").symlink_to(tmp_path / "b.txt")
    (tmp_path / "b.txt").symlink_to(tmp_path / "a.txt")
    return tmp_path / "a.txt"


@pytest.mark.parametrize(
    ("make", "words"),
    [
        (_xxe, "declares a DOCTYPE"),
        (_no_content_types, "a required part is missing"),
        (_too_many, "more than 200,000 paragraphs (paragraph 200,001 is on line 200,001"),
        (_too_big, "52,428,801 bytes"),
        (_loop, "file not found: it is a symbolic link"),
    ],
    ids=["xxe-main-part", "missing-part", "paragraphs", "size", "symlink-loop"],
)
def test_hostile_import_is_one_line_exit_2_and_leaves_the_project_alone(tmp_path, project, capsys,
                                                                        make, words, no_network):
    source = make(tmp_path)
    before = project.read_bytes()
    capsys.readouterr()
    assert main(["import", str(source), "-p", str(project)]) == 2
    out, err = capsys.readouterr()
    assert out == "" and err.count("\n") == 1
    assert err.startswith("workbench: error: ") and words in err
    assert "Error" not in err and "Traceback" not in err
    assert project.read_bytes() == before


def test_verbose_adds_the_technical_cause(tmp_path, project, capsys):
    source = _no_content_types(tmp_path)
    capsys.readouterr()
    assert main(["--verbose", "import", str(source), "-p", str(project)]) == 2
    first, *details = capsys.readouterr().err.splitlines()
    assert first.startswith("workbench: error: ") and "a required part is missing" in first
    assert any("There is no item named" in line for line in details)
    assert any(line.startswith("Traceback") for line in details)


def test_unexpected_importer_failure_is_a_typed_plain_error(tmp_path, project, capsys, monkeypatch):
    import workbench.formats.txt_import as txt_import

    def explode(path):
        raise ZeroDivisionError("a bug deep in an importer")

    monkeypatch.setattr(txt_import, "load_text", explode)
    source = tmp_path / "fine.txt"
    source.write_text("نص\n", encoding="utf-8")
    capsys.readouterr()
    assert main(["import", str(source), "-p", str(project)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "stopped on something unexpected" in err and "--verbose" in err
    assert "ZeroDivisionError" not in err
    assert main(["--verbose", "import", str(source), "-p", str(project)]) == 2
    assert "ZeroDivisionError: a bug deep in an importer" in capsys.readouterr().err


def test_file_names_with_terminal_escapes_are_printed_escaped(tmp_path, project, capsys):
    source = tmp_path / "name_\x1b[2J\x1b[31m.txt"
    source.write_text("نص عربي\n", encoding="utf-8")
    capsys.readouterr()
    assert main(["import", str(source), "-p", str(project)]) == 0
    assert capsys.readouterr().out == "imported name_\\x1b[2J\\x1b[31m.txt: 1 paragraphs\n"
    assert main(["import", str(source), "-p", str(project)]) == 2  # already there: refused
    err = capsys.readouterr().err
    assert "\x1b" not in err and "name_\\x1b[2J\\x1b[31m.txt" in err and err.count("\n") == 1


def test_printable_name_escapes_controls_and_bidi_overrides_only():
    from pathlib import Path

    from workbench.core.text import printable_name

    assert printable_name(Path("a\x1b[31m\x07\r\n.txt")) == "a\\x1b[31m\\x07\\x0d\\x0a.txt"
    assert printable_name("evil\u202etxt.exe") == "evil\\u202etxt.exe"
    assert printable_name("تقرير\u200cنهائي.docx") == "تقرير\u200cنهائي.docx"  # ZWNJ is part of Arabic
