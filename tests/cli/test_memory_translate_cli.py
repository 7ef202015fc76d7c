"""`workbench translate --memory / --memory-only`, `import --memory` and `edit` filling repeats:
real project files and the real memory file, through the command line's own entry point."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli.support import run
from workbench.cli import main
from workbench.core.model import Status
from workbench.project import Project

OPENING = "افتتح المحافظ الجسر الجديد فوق النهر."
STORM = "تأخر القطار ساعة بسبب العاصفة."
OTHER = "نشرت الوزارة تقريرها السنوي عن التعليم."


def _text(tmp_path: Path, name: str, *lines: str) -> Path:
    path = tmp_path / name
    path.write_text("\n\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def confirmed(tmp_path, home, capsys) -> Path:
    """A first project where a person confirmed the opening and the storm (so the memory has
    them); the opening repeats in it, and the edit fills that repeat."""
    project = tmp_path / "first.wbproj"
    assert run(capsys, "new", project)[0] == 0
    assert run(capsys, "import", _text(tmp_path, "a.txt", OPENING, STORM, OPENING), "-p", project)[0] == 0
    code, out, _ = run(capsys, "edit", project, 1, "The governor opened the new bridge over the river.")
    assert code == 0 and "repeats filled (status memory): paragraphs 3" in out
    code, out, _ = run(capsys, "edit", project, 2, "The train was an hour late because of the storm.",
                       "--no-propagate")
    assert code == 0 and "repeats filled" not in out
    with Project.open(project) as opened:
        assert opened.paragraph_at(3).status is Status.MEMORY
    return project


def test_import_with_memory_fills_exact_matches(tmp_path, confirmed, capsys):
    second = tmp_path / "second.wbproj"
    run(capsys, "new", second)
    code, out, _ = run(capsys, "import", _text(tmp_path, "b.txt", STORM, OTHER), "-p", second, "--memory")
    assert code == 0 and "1 paragraphs filled from the translation memory" in out
    with Project.open(second) as project:
        storm, other = project.paragraphs()
        assert (storm.status, storm.target) == (Status.MEMORY, "The train was an hour late because of the storm.")
        assert other.status is Status.UNTRANSLATED


def test_translate_memory_first_then_the_engine(tmp_path, confirmed, capsys):
    second = tmp_path / "second.wbproj"
    run(capsys, "new", second)
    run(capsys, "import", _text(tmp_path, "b.txt", OPENING, OTHER), "-p", second)
    code, out, _ = run(capsys, "translate", second, "--engine", "gloss", "--memory")
    assert code == 0
    assert "1 paragraphs filled from the translation memory" in out
    assert "1 paragraphs translated with gloss" in out
    with Project.open(second) as project:
        assert [p.status for p in project.paragraphs()] == [Status.MEMORY, Status.GLOSS]


def test_memory_only_and_a_bad_threshold(tmp_path, confirmed, capsys):
    second = tmp_path / "second.wbproj"
    run(capsys, "new", second)
    run(capsys, "import", _text(tmp_path, "b.txt", "افتتح المحافظ الجسر القديم فوق النهر.", OTHER), "-p", second)
    code, out, _ = run(capsys, "translate", second, "--memory-only")
    assert code == 0 and out.startswith("0 paragraphs filled")  # one word differs: not exact
    code, out, _ = run(capsys, "translate", second, "--memory-only", "--memory-threshold", "80")
    assert code == 0 and out.startswith("1 paragraphs filled")
    with Project.open(second) as project:
        first, other = project.paragraphs()
        assert first.status is Status.MEMORY and first.model.endswith("%")
        assert other.status is Status.UNTRANSLATED  # no engine ran
    for bad in ("40", "101", "most"):
        with pytest.raises(SystemExit) as exit_:
            main(["translate", str(second), "--memory", "--memory-threshold", bad])
        assert exit_.value.code == 2
        assert "percent from 50 to 100" in capsys.readouterr().err
