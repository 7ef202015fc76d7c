"""`workbench mt alternatives|complete` on a real project with the tiny Argos and Marian models:
the JSON shapes scripts read, the prefix kept, and the gloss engine refused in one line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.fixtures.tiny_text import ARABIC_LINES
from workbench.cli import main
from workbench.core.model import Draft
from workbench.project import Project

PARAGRAPH = f"{ARABIC_LINES[2]} {ARABIC_LINES[0]}"  # three sentences
DRAFT = "Do you know where the new museum is? I heard it is near the river. Salma went out."


@pytest.fixture
def project_path(tmp_path) -> Path:
    txt = tmp_path / "text.txt"
    txt.write_text(PARAGRAPH + "\n\n" + ARABIC_LINES[3] + "\n", encoding="utf-8")
    path = tmp_path / "text.wbproj"
    with Project.create(path) as project:
        project.import_document(txt)
        project.apply_drafts([Draft(project.paragraph_ids()[0], DRAFT, "fake", "fake-1")])
        project.add_term("المكتبة", "the Library")
    return path


@pytest.fixture(params=["argos", "marian"])
def engine_name(request, no_network):
    if request.param == "argos":
        request.getfixturevalue("installed_tiny_model")
        return "argos"
    from workbench.mt.argos_packages import remove_model
    from workbench.mt.marian_import import import_marian

    model = import_marian(request.getfixturevalue("marian_folder"))
    request.addfinalizer(lambda: remove_model(model.name))
    return "marian"


def run(capsys, *args) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def test_alternatives_json(project_path, engine_name, capsys):
    code, out, _ = run(capsys, "mt", "alternatives", project_path, 1, "--engine", engine_name,
                       "-n", 3, "--format", "json")
    assert code == 0
    data = json.loads(out)
    assert set(data) == {"paragraph", "id", "engine", "model", "sentences"}
    assert data["paragraph"] == 1 and data["engine"] == engine_name
    assert [s["sentence"] for s in data["sentences"]] == [1, 2, 3]
    assert data["sentences"][1]["current"] == "I heard it is near the river."
    third = data["sentences"][2]
    assert third["source"].startswith("ذهبت سلمى")
    assert 1 <= len(third["alternatives"]) <= 3
    for option in third["alternatives"]:
        assert set(option) == {"text", "keeps_glossary", "missing_terms"}
        # the source holds المكتبة: a random model never says "the Library", so it is flagged
        assert option["keeps_glossary"] is False and option["missing_terms"] == ["the Library"]

    code, out, _ = run(capsys, "mt", "alternatives", project_path, 1, "--sentence", 2, "--engine",
                       engine_name, "--format", "json")
    assert code == 0 and [s["sentence"] for s in json.loads(out)["sentences"]] == [2]
    code, out, _ = run(capsys, "mt", "alternatives", project_path, 1, "--sentence", 2, "--engine",
                       engine_name)
    assert code == 0 and out.startswith("sentence 2: ") and "  1. " in out


def test_complete_json_keeps_the_prefix(project_path, engine_name, capsys):
    prefix = "Do you know where the new museum is? I heard "
    code, out, _ = run(capsys, "mt", "complete", project_path, 1, "--prefix", prefix, "--engine",
                       engine_name, "--format", "json")
    assert code == 0
    data = json.loads(out)
    assert set(data) == {"paragraph", "id", "engine", "model", "sentence", "source", "prefix",
                         "completion", "text", "keeps_glossary", "missing_terms"}  # fmt: skip
    assert data["sentence"] == 2 and data["source"].startswith("سمعت")
    assert data["prefix"] == prefix and data["text"] == prefix + data["completion"]
    assert data["completion"] and not data["completion"][0].isspace()

    code, out, _ = run(capsys, "mt", "complete", project_path, 1, "--prefix", "Do yo", "--beam", 2,
                       "--engine", engine_name, "--format", "json")
    data = json.loads(out)
    assert code == 0 and data["sentence"] == 1
    assert data["text"].split()[1].lower().startswith("yo")


def test_the_gloss_engine_is_refused_in_one_line(project_path, capsys):
    for args in (("alternatives",), ("complete", "--prefix", "The ")):
        code, out, err = run(capsys, "mt", args[0], project_path, 1, *args[1:], "--engine", "gloss")
        assert code == 2 and out == ""
        lines = err.strip().splitlines()
        assert len(lines) == 1 and "gloss engine cannot suggest alternatives" in lines[0]


def test_errors_are_one_line(project_path, installed_tiny_model, capsys):
    code, _, err = run(capsys, "mt", "alternatives", project_path, 9, "--engine", "argos")
    assert code == 2 and "no paragraph 9" in err
    code, _, err = run(capsys, "mt", "alternatives", project_path, 1, "--sentence", 7, "--engine", "argos")
    assert code == 2 and "no sentence 7" in err
