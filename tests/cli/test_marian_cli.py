"""`workbench models import-marian`, `models default` and `translate --engine marian:NAME` with
speed options, in process, offline."""

from __future__ import annotations

import pytest

from tests.fixtures.tiny_text import ARABIC_LINES
from workbench.cli import main
from workbench.project import Project
from workbench.mt.argos_packages import list_models, remove_model


@pytest.fixture
def project(tmp_path):
    source = tmp_path / "text.txt"
    source.write_text("\n\n".join(ARABIC_LINES[:5]) + "\n", encoding="utf-8")
    path = tmp_path / "p.awb"
    assert main(["new", str(path)]) == 0
    assert main(["import", str(source), "-p", str(path)]) == 0
    return path


def drafted_by(path) -> set[tuple[str, str]]:
    with Project.open(path) as project:
        drafts = [project.machine_draft(pid) for pid in project.paragraph_ids()]
    return {(d.engine, d.model) for d in drafts if d is not None}


def test_import_marian_then_translate_with_it(marian_folder, project, capsys, no_network):
    assert main(["models", "import-marian", str(marian_folder), "--name", "opus-mt-ar-en-cli"]) == 0
    try:
        assert "installed opus-mt-ar-en-cli" in capsys.readouterr().out
        assert main(["models", "list"]) == 0
        rows = [line.split("\t") for line in capsys.readouterr().out.splitlines()]
        [row] = [r for r in rows if r[0] == "opus-mt-ar-en-cli"]
        assert row[1:4] == ["ar-en", "marian", "1"]

        args = ["translate", str(project), "--engine", "marian:opus-mt-ar-en-cli"]
        assert main([*args, "--fast", "--threads", "1", "--compute-type", "int8"]) == 0
        assert "5 paragraphs translated with marian opus-mt-ar-en-cli-1" in capsys.readouterr().out
        assert drafted_by(project) == {("marian", "opus-mt-ar-en-cli-1")}

        # the project's default engine is used when --engine is not given
        assert main(["models", "default", "marian:opus-mt-ar-en-cli", "-p", str(project)]) == 0
        with Project.open(project) as opened:
            assert opened.setting("engine") == "marian:opus-mt-ar-en-cli"
        assert main(["translate", str(project), "--beam", "2"]) == 0
        assert "translated with marian opus-mt-ar-en-cli-1" in capsys.readouterr().out
    finally:
        remove_model("opus-mt-ar-en-cli")
    assert "opus-mt-ar-en-cli" not in [m.name for m in list_models()]


def test_cli_refusals(marian_folder, project, tmp_path, capsys):
    assert main(["models", "import-marian", str(tmp_path)]) == 2
    assert "config.json is missing" in capsys.readouterr().err
    assert main(["models", "default", "marian:no-such-model", "-p", str(project)]) == 2
    assert "no-such-model" in capsys.readouterr().err
    with pytest.raises(SystemExit):  # --beam and --fast exclude each other
        main(["translate", str(project), "--beam", "2", "--fast"])
    assert main(["translate", str(project), "--beam", "0"]) == 2
    assert "beam_size" in capsys.readouterr().err
