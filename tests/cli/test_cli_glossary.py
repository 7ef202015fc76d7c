"""The issue's "Done when" through the command line: a translator adds الحكومة -> "the Government"
once; every paragraph mentioning وبالحكومة, للحكومة or الحُكومة is drafted with it, flagged when an
edit drops it, and re-applying after a glossary change leaves edited paragraphs alone."""

from __future__ import annotations

import json

import pytest

from workbench.cli import main
from workbench.core.jobs import JobContext
from workbench.core.model import Draft, Status
from workbench.project import Project

DOCUMENT = (
    "وبالحكومة ثقة كبيرة بعد الاجتماع.\n\n"
    "نقل الوزير الخبر للحكومة صباح اليوم.\n\n"
    "اجتمعت الحُكومة لمناقشة الميزانية.\n\n"
    "كتب الصياد رسالة إلى أهله.\n"
)
# How the controlled engine translates each paragraph and the term alone.
MODEL = {
    "وبالحكومة ثقة كبيرة بعد الاجتماع.": "And in the cabinet there is great trust after the meeting.",
    "نقل الوزير الخبر للحكومة صباح اليوم.": "The minister took the news to the cabinet this morning.",
    "اجتمعت الحُكومة لمناقشة الميزانية.": "The cabinet met to discuss the budget.",
    "كتب الصياد رسالة إلى أهله.": "The fisherman wrote a letter to his family.",
    "الحكومة": "the cabinet",
    "حكومة": "cabinet",
}


class ControlledEngine:
    """A deterministic engine behind the Engine interface: outputs fixed by this test."""

    name, model, draft_status = "controlled", "c-1", Status.MACHINE

    def translate(self, requests, ctx):
        for r in requests:
            ctx.check()
            yield Draft(r.paragraph_id, MODEL.get(r.source, "(unknown)"), self.name, self.model)


@pytest.fixture
def home(tmp_path, monkeypatch):
    monkeypatch.setenv("WORKBENCH_HOME", str(tmp_path / "home"))
    return tmp_path


@pytest.fixture
def project_path(home, capsys):
    doc = home / "doc.txt"
    doc.write_text(DOCUMENT, encoding="utf-8")
    path = home / "p.wbproj"
    assert main(["new", str(path)]) == 0
    assert main(["import", str(doc), "-p", str(path)]) == 0
    capsys.readouterr()
    return path


def _check(path, capsys) -> tuple[int, list[dict]]:
    code = main(["check", str(path), "--format", "json"])
    return code, json.loads(capsys.readouterr().out)


def test_done_when_scenario(project_path, capsys):
    path = str(project_path)
    assert main(["glossary", "add", "الحكومة", "the Government", "-p", path, "--note", "capital G"]) == 0
    assert "added الحكومة -> the Government" in capsys.readouterr().out

    with Project.open(project_path) as project:
        assert project.translate(ControlledEngine(), JobContext()) == 4
        targets = [p.target for p in project.paragraphs()]
        ids = project.paragraph_ids()
    assert targets == [
        "And in the Government there is great trust after the meeting.",
        "The minister took the news to the Government this morning.",
        "The Government met to discuss the budget.",
        "The fisherman wrote a letter to his family.",
    ]
    assert _check(project_path, capsys) == (0, [])

    with Project.open(project_path) as project:  # a person's edit drops the term
        project.save_target(ids[1], "The minister took the news to the ministers this morning.")
    code, problems = _check(project_path, capsys)
    assert code == 1
    assert [(p["paragraph"], p["kind"], p["term"], p["english"]) for p in problems] == [
        (2, "term-missing", "الحكومة", "the Government")
    ]
    assert problems[0]["document"] == "doc.txt"
    assert main(["check", path]) == 1
    assert capsys.readouterr().out.splitlines() == ["doc.txt:2: paragraph 2: term-missing: الحكومة -> the Government"]

    # the glossary changes (from a file, as a team would share it): machine drafts follow, the
    # edited paragraph is left as the person wrote it
    csv = project_path.with_name("team.csv")
    csv.write_text("arabic,english,forbidden\nحكومة,the Cabinet,the ministers\n", encoding="utf-8")
    assert main(["glossary", "import", str(csv), "-p", path]) == 0
    assert "0 added, 1 updated, 0 skipped" in capsys.readouterr().out
    assert main(["glossary", "reapply", "-p", path, "--no-engine"]) == 0
    assert "2 drafts rewritten (machine and gloss)" in capsys.readouterr().out
    with Project.open(project_path) as project:
        targets = [p.target for p in project.paragraphs()]
        statuses = [p.status for p in project.paragraphs()]
    assert targets[0] == "And in the Cabinet there is great trust after the meeting."
    assert targets[1] == "The minister took the news to the ministers this morning."
    assert targets[2] == "The Cabinet met to discuss the budget."
    assert statuses == [Status.MACHINE, Status.EDITED, Status.MACHINE, Status.MACHINE]
    code, problems = _check(project_path, capsys)
    assert code == 1 and {(p["paragraph"], p["kind"]) for p in problems} == {
        (2, "term-missing"), (2, "term-forbidden"),
    }  # fmt: skip


def test_glossary_list_export_and_user_terms(project_path, capsys):
    path = str(project_path)
    assert main(["glossary", "add", "البنك الدولي", "the World Bank", "-p", path, "--exact",
                 "--forbid", "the international bank", "--forbid", "Global Bank"]) == 0  # fmt: skip
    assert main(["glossary", "add", "الوزير", "the Minister", "-p", path, "--user"]) == 0
    assert main(["glossary", "add", "الوزير", "the Secretary", "-p", path, "--user"]) == 2
    assert "already in the glossary" in capsys.readouterr().err
    assert main(["glossary", "list", "-p", path, "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [(r["arabic"], r["mode"], r["forbidden"], r["scope"]) for r in rows] == [
        ("البنك الدولي", "exact", ["the international bank", "Global Bank"], "project"),
        ("الوزير", "smart", [], "user"),
    ]
    assert main(["glossary", "list", "-p", path]) == 0
    assert capsys.readouterr().out.splitlines()[1] == "الوزير\tthe Minister  (user)"
    out = project_path.with_name("out.tbx")
    assert main(["glossary", "export", str(out), "-p", path, "--scope", "project"]) == 0
    assert "(1 terms)" in capsys.readouterr().out and "البنك الدولي" in out.read_text(encoding="utf-8")
    assert main(["glossary", "remove", "الوزير", "-p", path, "--user"]) == 0
    assert main(["glossary", "remove", "الوزير", "-p", path]) == 2


def test_bad_import_names_the_row_and_changes_nothing(project_path, capsys):
    bad = project_path.with_name("bad.tsv")
    bad.write_text("arabic\tenglish\nالحكومة\tthe Government\nGovernment\tthe Government\n", encoding="utf-8")
    assert main(["glossary", "import", str(bad), "-p", str(project_path)]) == 2
    err = capsys.readouterr().err
    assert "bad.tsv" in err and "(row 3)" in err
    assert main(["glossary", "list", "-p", str(project_path)]) == 0
    assert capsys.readouterr().out == ""


def test_translate_command_uses_the_glossary_with_a_real_model(project_path, home, capsys):
    """Plumbing through `workbench translate` and the tiny CTranslate2 model: a paragraph that is
    only the term is translated like the term alone, so its rendering is found and replaced."""
    from tests.fixtures.tiny_model import build_tiny_argos_package
    from workbench.mt.argos_packages import install_package

    install_package(build_tiny_argos_package(home / "model"))
    term_only = home / "term.txt"
    term_only.write_text("الحكومة\n", encoding="utf-8")
    path = str(project_path)
    assert main(["import", str(term_only), "-p", path]) == 0
    assert main(["glossary", "add", "الحكومة", "the Government", "-p", path]) == 0
    with Project.open(project_path) as project:
        first = project.paragraph_ids()[0]
        project.save_target(first, "Edited by a person.")
    assert main(["translate", path]) == 0
    with Project.open(project_path) as project:
        paragraphs = project.paragraphs()
    assert paragraphs[0].target == "Edited by a person."
    assert paragraphs[-1].target == "The Government" and paragraphs[-1].engine == "argos"
    assert all(p.status is Status.MACHINE for p in paragraphs[1:])
