"""Issue 2's 'done when': TXT, Markdown and DOCX become bilingual DOCX and Markdown through the
command line, with the real tiny CTranslate2 model and no network."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from workbench.cli import main

ARABIC_TXT = (
    "وصل القطار إلى المحطة قبل الموعد بعشر دقائق.\n"
    "قال السائق إن الطريق كان خاليًا؛ هل كان ذلك بسبب العطلة؟\n"
    "ارتفع سعر الخبز بنسبة 3.5 في المئة هذا الشهر.\n"
)

ARABIC_MD = """# تقرير قصير عن الطقس

تهطل الأمطار على المدن الساحلية، وتنخفض الحرارة في المساء.

- يغلق الميناء يوم الجمعة.
- تفتح المدارس أبوابها يوم السبت.

```
code stays as it is
```
"""


def _docx(path: Path) -> Path:
    import docx

    document = docx.Document()
    document.add_heading("عنوان التقرير", level=1)
    document.add_paragraph("زار الوزير المدينة القديمة صباح اليوم.")
    document.add_paragraph("")
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "الخلية الأولى"
    table.cell(0, 1).text = "الخلية الثانية"
    document.save(path)
    return path


def _run(*args: str) -> int:
    return main([str(a) for a in args])


@pytest.fixture
def sources(tmp_path) -> list[Path]:
    txt = tmp_path / "news.txt"
    txt.write_text(ARABIC_TXT, encoding="utf-8")
    md = tmp_path / "weather.md"
    md.write_text(ARABIC_MD, encoding="utf-8")
    return [txt, md, _docx(tmp_path / "report.docx")]


def test_import_translate_export_each_format(tmp_path, sources, installed_tiny_model, no_network, capsys):
    import docx
    from markdown_it import MarkdownIt

    from workbench.core.model import Status
    from workbench.project import Project

    for source in sources:
        project = tmp_path / f"{source.stem}.wbproj"
        assert _run("new", project) == 0
        assert _run("import", source, "-p", project) == 0
        assert _run("translate", project) == 0
        out_docx = tmp_path / f"{source.stem}-bilingual.docx"
        out_md = tmp_path / f"{source.stem}-bilingual.md"
        assert _run("export", project, "--format", "docx", "-o", out_docx) == 0
        assert _run("export", project, "--format", "md", "-o", out_md) == 0

        with Project.open(project) as opened:
            paragraphs = opened.paragraphs()
        translatable = [p for p in paragraphs if p.translatable]
        assert translatable and all(p.status is Status.MACHINE for p in translatable)
        assert all(p.target.strip() and p.engine == "argos" for p in translatable)

        cells = {c.text for t in docx.Document(out_docx).tables for r in t.rows for c in r.cells}
        for p in translatable:
            assert p.source in cells and p.target in cells, (source.name, p)
        html = MarkdownIt("commonmark").render(out_md.read_text(encoding="utf-8"))
        assert 'dir="rtl"' in html
    out = capsys.readouterr().out
    assert "paragraphs translated with argos" in out


def test_status_counts_after_translate_and_edit(tmp_path, sources, installed_tiny_model, capsys):
    from workbench.project import Project

    project = tmp_path / "p.wbproj"
    _run("new", project)
    _run("import", sources[0], "-p", project)
    _run("translate", project, "--only-untranslated")
    with Project.open(project) as opened:
        opened.save_target(opened.paragraph_ids()[0], "The train arrived ten minutes early.")
    capsys.readouterr()
    assert _run("status", project) == 0
    lines = dict(line.split() for line in capsys.readouterr().out.splitlines() if not line.startswith("document"))
    assert (lines["machine"], lines["edited"], lines["total"]) == ("2", "1", "3")


def test_bad_input_exits_2_with_one_line_and_leaves_project_unchanged(tmp_path, capsys):
    project = tmp_path / "p.wbproj"
    _run("new", project)
    before = project.read_bytes()
    bogus = tmp_path / "old.docx"
    bogus.write_bytes(bytes.fromhex("d0cf11e0a1b11ae1") + b"\0" * 600)
    assert _run("import", bogus, "-p", project) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("workbench: error:") and len(err.splitlines()) == 1
    assert project.read_bytes() == before
    assert _run("export", project, "--format", "pdf", "-o", tmp_path / "x.pdf") == 2
    assert _run("translate", tmp_path / "missing.wbproj") == 2


def test_python_dash_m_workbench_runs_a_command(tmp_path):
    project = tmp_path / "p.wbproj"
    result = subprocess.run(
        [sys.executable, "-m", "workbench", "new", str(project)], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert project.exists()


def test_output_piped_into_a_reader_that_leaves_early_is_no_error(tmp_path):
    """`workbench status P | head -1`: no BrokenPipeError traceback."""
    project = tmp_path / "p.wbproj"
    main(["new", str(project)])
    script = (f"{sys.executable} -m workbench analyze "
              + " ".join(["الحكومة المدينة الوزير"] * 300) + " | head -c 1")
    result = subprocess.run(script, shell=True, capture_output=True, text=True, timeout=120)
    assert "Traceback" not in result.stderr and "BrokenPipe" not in result.stderr, result.stderr


def test_importing_the_same_document_twice_needs_again(tmp_path, sources, capsys):
    from workbench.project import Project

    project = tmp_path / "p.wbproj"
    _run("new", project)
    assert _run("import", sources[0], "-p", project) == 0
    before = project.read_bytes()
    assert _run("import", sources[0], "-p", project) == 2
    assert "already in the project" in capsys.readouterr().err
    assert project.read_bytes() == before
    assert _run("import", sources[0], "-p", project, "--again") == 0
    with Project.open(project) as opened:
        assert len(opened.documents()) == 2
