"""Every NAME `workbench models list` prints works as `translate --engine NAME`, and
`models import-marian` / `models list` print only our own lines (no third-party progress bars
or log records), with a tiny Argos and a tiny Marian model installed."""

from __future__ import annotations

import re

import pytest

from tests.fixtures.tiny_text import ARABIC_LINES
from workbench.cli import main
from workbench.mt.argos_packages import find_model, remove_model
from workbench.mt.marian_import import import_marian
from workbench.project import Project

MARIAN_NAME = "opus-mt-ar-en-names"


@pytest.fixture
def project(tmp_path):
    source = tmp_path / "text.txt"
    source.write_text("\n\n".join(ARABIC_LINES[:3]) + "\n", encoding="utf-8")
    path = tmp_path / "names.wbproj"
    with Project.create(path) as created:
        created.import_document(source)
    return path


def drafted_by(path) -> set[tuple[str, str]]:
    with Project.open(path, backup=False) as opened:
        return {(p.engine, p.model) for p in opened.paragraphs()}


def listed_names(capsys) -> list[str]:
    assert main(["models", "list"]) == 0
    return [line.split("\t")[0] for line in capsys.readouterr().out.splitlines()]


def test_import_marian_and_list_print_only_our_lines(marian_folder, installed_tiny_model, capfd):
    import huggingface_hub.utils as hub
    from transformers.utils import logging as hf_logging

    switches = (hf_logging.is_progress_bar_enabled(), hub.are_progress_bars_disabled(),
                hf_logging.get_verbosity())  # fmt: skip
    capfd.readouterr()
    try:
        assert main(["models", "import-marian", str(marian_folder), "--name", MARIAN_NAME]) == 0
        out, err = capfd.readouterr()  # file descriptors: what a script piping us would read
        assert err == ""
        # quiet for the conversion only: the process's own switches are as they were
        assert (hf_logging.is_progress_bar_enabled(), hub.are_progress_bars_disabled(),
                hf_logging.get_verbosity()) == switches  # fmt: skip
        assert out.splitlines() == [
            f"converting {marian_folder} (int8)...",
            f"installed {MARIAN_NAME} (ar-en, marian, version 1) in {find_model(MARIAN_NAME).path}",
            f"use it with: workbench translate PROJECT --engine {MARIAN_NAME}",
        ]
        assert main(["models", "list"]) == 0
        out, err = capfd.readouterr()
        assert err == ""
        # NAME, pair, kind, version, size[, quality figure]
        row = re.compile(r"^[A-Za-z0-9][\w.-]*\t\w+-\w+\t(argos|marian)\t[\w.]+\t"
                         r"[\d.]+ [KMG]?B(\t.+)?$")
        lines = out.splitlines()
        assert lines and all(row.match(line) for line in lines), out
        assert {MARIAN_NAME, "translate-ar_en"} <= {line.split("\t")[0] for line in lines}
    finally:
        remove_model(MARIAN_NAME)


def test_every_listed_name_is_an_engine_name(marian_folder, installed_tiny_model, project, capsys,
                                              no_network):  # fmt: skip
    import_marian(marian_folder, name=MARIAN_NAME)
    try:
        names = listed_names(capsys)
        assert {MARIAN_NAME, "translate-ar_en"} <= set(names)
        for name in names:
            model = find_model(name)
            expected = {(model.kind, model.model_id)}
            # the bare name as listed, and the kind:name form it stands for
            for engine in (name, f"{model.kind}:{name}"):
                args = ["translate", str(project), "--engine", engine, "--fast", "--threads", "1"]
                assert main(args) == 0
                assert f"translated with {model.kind} {model.model_id}" in capsys.readouterr().out
                assert drafted_by(project) == expected
        # the project's default engine may be a bare name too
        assert main(["models", "default", MARIAN_NAME, "-p", str(project)]) == 0
        capsys.readouterr()
    finally:
        remove_model(MARIAN_NAME)


def test_a_name_that_is_no_model_is_an_unknown_engine(project, capsys):
    assert main(["translate", str(project), "--engine", "opus-mt-no-such-model"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "unknown engine 'opus-mt-no-such-model'" in err[0]
    assert "workbench models list" in err[0]
