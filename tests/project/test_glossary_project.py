"""The glossary through the Project facade: both glossaries, the cached matcher, import/export,
the check over a project, translation with enforcement and re-applying after a change."""

from __future__ import annotations

from dataclasses import replace

import pytest

from workbench.core.errors import GlossaryError, GlossaryImportError
from workbench.glossary.entries import GlossaryEntry
from workbench.core.jobs import JobContext
from workbench.core.model import Draft, Status
from workbench.project import Project
from workbench.mt.glossary_enforcer import GlossaryEngine, Redraft
from workbench.store.user_glossary import UserGlossary

DOC_A = "قالت الحكومة إن الخطة جاهزة.\n\nوبالحكومة ثقة كبيرة.\n\nلا شيء هنا.\n"
DOC_B = "نقل الخبر للحكومة أمس.\n\nاجتمعت الحُكومة صباحاً.\n"


class TableEngine:
    """A deterministic engine: outputs fixed by the test (else `default`, else the source)."""

    name, model, draft_status = "table", "table-1", Status.MACHINE

    def __init__(self, table, default=None):
        self.table = table
        self.default = default

    def translate(self, requests, ctx):
        for r in requests:
            ctx.check()
            text = self.table.get(r.source, self.default(r.source) if self.default else r.source)
            yield Draft(r.paragraph_id, text, self.name, self.model)


MODEL = {
    "قالت الحكومة إن الخطة جاهزة.": "The cabinet said the plan is ready.",
    "وبالحكومة ثقة كبيرة.": "And in the cabinet great trust.",
    "لا شيء هنا.": "Nothing here.",
    "نقل الخبر للحكومة أمس.": "He took the news to the cabinet yesterday.",
    "اجتمعت الحُكومة صباحاً.": "The cabinet met in the morning.",
    "الحكومة": "the cabinet",
    "حكومة": "cabinet",
}


@pytest.fixture(autouse=True)
def own_user_glossary(tmp_path, monkeypatch):
    """Each test gets its own user data folder, so user glossaries never leak between tests."""
    monkeypatch.setenv("WORKBENCH_HOME", str(tmp_path / "home"))


@pytest.fixture
def project(tmp_path):
    (tmp_path / "a.txt").write_text(DOC_A, encoding="utf-8")
    (tmp_path / "b.txt").write_text(DOC_B, encoding="utf-8")
    p = Project.create(tmp_path / "p.wbproj")
    p.import_document(tmp_path / "a.txt")
    p.import_document(tmp_path / "b.txt")
    yield p
    p.close()


def test_add_update_delete_and_the_cached_glossary(project):
    empty = project.glossary()
    assert len(empty) == 0 and project.glossary() is empty
    entry = project.add_term("الحكومة", "the Government", note="capital G", forbidden=["regime"])
    snapshot = project.glossary()
    assert snapshot is not empty and [e.ref for e in snapshot.entries] == ["p1"]
    assert project.glossary() is snapshot  # unchanged: not rebuilt
    with pytest.raises(GlossaryError) as info:
        project.add_term("الحُكومة", "the State")
    assert info.value.reason == "duplicate"
    edited = project.update_term(replace(entry, english="the State"))
    assert edited.english == "the State" and project.glossary().entries[0].english == "the State"
    project.delete_term(edited)
    assert project.glossary_entries() == [] and len(project.glossary()) == 0
    with pytest.raises(GlossaryError) as info:
        project.delete_term(edited)
    assert info.value.reason == "not-found"


def test_user_glossary_is_shared_by_projects_and_project_entries_win(tmp_path, project):
    other = Project.create(tmp_path / "other.wbproj")
    try:
        project.add_term("الحكومة", "the Government", scope="user")
        project.add_term("البرلمان", "Parliament", scope="user")
        assert [(e.scope, e.english) for e in other.glossary_entries()] == [
            ("user", "the Government"), ("user", "Parliament"),
        ]  # fmt: skip
        other.add_term("حكومة", "the Cabinet")  # same key as the user entry: overrides it here only
        assert [(e.scope, e.english) for e in other.glossary_entries()] == [
            ("project", "the Cabinet"), ("user", "Parliament"),
        ]  # fmt: skip
        assert [e.english for e in project.glossary_entries()] == ["the Government", "Parliament"]
        assert [e.english for e in other.glossary_entries("user")] == ["the Government", "Parliament"]
    finally:
        other.close()


def test_a_write_by_another_window_rebuilds_the_matcher(project):
    from workbench.glossary.entries import plan_add

    project.add_term("الحكومة", "the Government", scope="user")
    before = project.glossary()
    UserGlossary().change_glossary(plan_add(GlossaryEntry("البرلمان", "Parliament")))  # another window
    after = project.glossary()
    assert after is not before and [e.arabic for e in after.entries] == ["الحكومة", "البرلمان"]
    assert after.hits("وللبرلمان رأي")[0].entry.english == "Parliament"


def test_check_positions_are_per_document_and_follow_edits(project):
    project.add_term("الحكومة", "the Government", forbidden=["regime"])
    assert project.check() == []  # nothing translated yet
    # an engine that never renders the term: every paragraph with it is flagged
    project.translate(TableEngine({}, lambda source: f"Text of {len(source)} characters."), JobContext())
    problems = project.check()
    assert [(p.document_id, p.position, p.kind) for p in problems] == [
        (1, 1, "term-missing"), (1, 2, "term-missing"), (2, 1, "term-missing"), (2, 2, "term-missing"),
    ]  # fmt: skip
    ids = project.paragraph_ids()
    project.save_target(ids[0], "The Government said the plan is ready.")
    project.save_target(ids[1], "The regime has the Government's trust.")
    kinds = [(p.paragraph_id, p.kind, p.detail) for p in project.check(paragraph_ids=ids[:2])]
    assert kinds == [(ids[1], "term-forbidden", "regime")]


def test_translate_enforces_and_reapply_touches_only_machine_drafts(project):
    engine = TableEngine(MODEL)
    project.translate(engine, JobContext())  # before the term exists
    ids = project.paragraph_ids()
    project.save_target(ids[3], "He took the news to the cabinet yesterday (checked).")
    project.add_term("الحكومة", "the Government")
    assert project.reapply_glossary(engine) == 3
    targets = [p.target for p in project.paragraphs()]
    assert targets == [
        "The Government said the plan is ready.",
        "And in the Government great trust.",
        "Nothing here.",
        "He took the news to the cabinet yesterday (checked).",  # a person's edit: untouched
        "The Government met in the morning.",
    ]
    assert project.paragraph(ids[0]).status is Status.MACHINE
    assert [r.origin.value for r in project.revisions(ids[0])] == ["machine", "machine"]
    assert project.reapply_glossary(engine) == 0
    # the glossary changes: the previous English is now a rendering found in the drafts
    project.update_term(replace(project.glossary_entries()[0], english="the Cabinet"))
    assert project.reapply_glossary(engine) == 3
    assert project.paragraph(ids[1]).target == "And in the Cabinet great trust."
    # a fresh translation goes through the glossary without asking
    project.set_status(ids[2], Status.UNTRANSLATED)
    assert project.translate(engine, JobContext(), paragraph_ids=[ids[0]]) == 0  # already right


def test_translate_wraps_only_when_there_is_a_glossary(project):
    from workbench.project.pipeline import Translator

    engine = TableEngine(MODEL)
    translator = Translator(engine=engine)
    assert translator.with_glossary(project.glossary()) is engine
    project.add_term("الحكومة", "the Government")
    glossary = project.glossary()
    wrapped = translator.with_glossary(glossary)
    assert isinstance(wrapped, GlossaryEngine) and wrapped.inner is engine
    assert translator.with_glossary(glossary) is wrapped  # kept: it caches the term renderings
    assert Translator(engine=wrapped).with_glossary(glossary).inner is engine  # never twice
    project.translate(engine, JobContext())
    assert all("cabinet" not in p.target for p in project.paragraphs())


def test_stale_redrafts_are_not_applied(project):
    project.translate(TableEngine(MODEL), JobContext())
    ids = project.paragraph_ids()
    base = project.paragraph(ids[0]).target
    project.save_target(ids[1], "edited by a person")
    redrafts = [
        Redraft(ids[0], "an older machine text", "x", "table", "table-1"),
        Redraft(ids[1], MODEL["وبالحكومة ثقة كبيرة."], "y", "table", "table-1"),
        Redraft(ids[4], MODEL["اجتمعت الحُكومة صباحاً."], "The Government met.", "table", "table-1"),
    ]
    written = project.apply_redrafts(redrafts)
    assert [p.id for p in written] == [ids[4]]
    assert project.paragraph(ids[0]).target == base


def test_import_reports_counts_and_is_all_or_nothing(tmp_path, project):
    project.add_term("الحكومة", "the Government", note="keep me")
    project.add_term("البرلمان", "Parliament")
    good = tmp_path / "good.csv"
    good.write_text("arabic,english\nحكومة,the State\nالبرلمان,Parliament\nالوزير,the Minister\n", encoding="utf-8")
    report = project.import_glossary(good)
    assert (report.added, report.updated, report.skipped) == (1, 1, 1)
    gov = project.glossary_entries("project")[0]
    assert (gov.arabic, gov.english, gov.note) == ("حكومة", "the State", "keep me")  # no note column
    bad = tmp_path / "bad.csv"
    bad.write_text("arabic,english\nالسفير,the Ambassador\nالقاضي,\n", encoding="utf-8")
    before = project.glossary_entries("project")
    with pytest.raises(GlossaryImportError) as info:
        project.import_glossary(bad)
    assert info.value.row == 3
    assert project.glossary_entries("project") == before


def test_export_scopes(tmp_path, project):
    project.add_term("الحكومة", "the Government")
    project.add_term("البرلمان", "Parliament", scope="user")
    for scope, expected in ((None, 2), ("project", 1), ("user", 1)):
        out = project.export_glossary(tmp_path / f"{scope}.tsv", scope=scope)
        assert len(out.read_text(encoding="utf-8-sig").splitlines()) == expected + 1
