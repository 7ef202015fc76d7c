"""`workbench mt align`: for a project's paragraph and for any Arabic/English pair."""

from __future__ import annotations

import argparse
import json

import pytest

from workbench.cli import main
from workbench.cli.mt_align_cmd import add_align, cmd_align

ARABIC = "قال الوزير إن الحكومة ستدعم المدارس في بغداد."
ENGLISH = "The minister said the government would support schools in Baghdad."


def test_standalone_parser_and_handler(capsys):
    parser = argparse.ArgumentParser()
    add_align(parser.add_subparsers(dest="action"))
    args = parser.parse_args(["align", "--arabic", ARABIC, "--english", ENGLISH, "--no-model",
                              "--format", "json"])  # fmt: skip
    assert args.func is cmd_align and cmd_align(args) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["sentences"] == [[0, 0]]
    assert {"source": 1, "target": 1, "weight": 0.95, "origin": "lexicon"} in data["links"]
    assert data["source_words"] == ARABIC.split() and data["target_words"] == ENGLISH.split()


def test_texts_as_readable_lines(capsys):
    assert main(["mt", "align", "--arabic", ARABIC, "--english", ENGLISH, "--no-model"]) == 0
    out = capsys.readouterr().out
    assert "sentences (Arabic-English, from 1): 1-1" in out
    line = next(line for line in out.splitlines() if " government " in line)
    assert "الحكومة (lexicon" in line


def test_bad_usage_is_one_line(capsys):
    assert main(["mt", "align", "--arabic", ARABIC]) == 2
    assert "mt align:" in capsys.readouterr().err


def test_project_paragraph_uses_model_and_glossary(tmp_path, capsys, installed_tiny_model):
    project = tmp_path / "p.wbproj"
    source = tmp_path / "a.txt"
    source.write_text("عنوان\n\n" + ARABIC + "\n", encoding="utf-8")
    assert main(["new", str(project)]) == 0
    assert main(["import", str(source), "-p", str(project)]) == 0
    assert main(["edit", str(project), "2", ENGLISH]) == 0
    assert main(["glossary", "add", "الحكومة", "the government", "-p", str(project)]) == 0
    capsys.readouterr()
    assert main(["mt", "align", str(project), "2", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["model"] == installed_tiny_model.model_id
    origins = {link["origin"] for link in data["links"]}
    assert "glossary" in origins or "glossary+model" in origins
    assert any(o.startswith("model") or o.endswith("+model") for o in origins)
    assert all(0 <= link["weight"] <= 1 for link in data["links"])
