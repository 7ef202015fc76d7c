"""Pre-translation from the memory, and repeats filled from a confirmed paragraph: real project
files, the real memory file, the real gloss engine for what the memory leaves."""

from __future__ import annotations

from collections import Counter

import pytest

from workbench.core.errors import ReadOnlyProject
from workbench.core.jobs import JobContext
from workbench.core.model import Draft, Origin, Status
from workbench.project import Project, pipeline
from workbench.project.pretranslate import memory_units

CONFIRMED = {  # Arabic -> the English a person confirmed in the first project
    "استقبل الوزير وفد البنك الدولي في مكتبه صباح اليوم.":
        "The minister received a World Bank delegation at his office this morning.",
    "ارتفع عدد الزوار إلى 120 ألف زائر خلال شهر واحد.":
        "Visitors rose to 120 thousand in a single month.",
    "وقالت الوزارة إن العمل في الطريق الجديد سيبدأ قريبا.":
        "The ministry said work on the new road would start soon.",
}  # fmt: skip


def _project(path, lines) -> Project:
    doc = path.with_suffix(".txt")
    doc.write_text("\n\n".join(lines) + "\n", encoding="utf-8")
    project = Project.create(path)
    project.import_document(doc)
    return project


@pytest.fixture
def first(tmp_path):
    """A project whose three paragraphs a person confirmed: the memory now holds them."""
    project = _project(tmp_path / "first.wbproj", list(CONFIRMED))
    for para, target in zip(project.paragraphs(), CONFIRMED.values()):
        project.save_target(para.id, target, Status.EDITED, author="Huda")
    project.close()
    return tmp_path / "first.wbproj"


def _translate(project, **options) -> int:
    return pipeline.translate(project, pipeline.Translator(pipeline.EngineSpec("gloss")),
                              JobContext(), **options)


def test_exact_matches_come_first_and_the_engine_does_the_rest(first, tmp_path):
    lines = ["وقالت الوزارة إن العمل في الطريق الجديد سيبدأ قريبا.",  # exact
             "وَقَالَتِ الوِزَارَةُ إِنَّ العَمَلَ فِي الطَّرِيقِ الجَدِيدِ سَيَبْدَأُ قَرِيبًا.",  # exact once folded
             "نشرت الصحيفة مقالا عن الزراعة في الصحراء."]  # nothing like it
    with _project(tmp_path / "second.wbproj", lines) as project:
        counts: Counter = Counter()
        written = _translate(project, memory_threshold=100, counts=counts)
        rows = project.paragraphs()
        assert written == 3 and counts == {Status.MEMORY: 2, Status.GLOSS: 1}
        assert [p.status for p in rows] == [Status.MEMORY, Status.MEMORY, Status.GLOSS]
        target = CONFIRMED[lines[0]]
        assert [rows[0].target, rows[1].target] == [target, target]
        assert (rows[0].engine, rows[0].model) == ("memory", "exact")
        (rev,) = project.revisions(rows[0].id)
        assert (rev.origin, rev.status, rev.text) == (Origin.MEMORY, Status.MEMORY, target)
        # A batch of the engine never replaces the memory's drafts: not even asked for.
        assert [r.paragraph_id for r in project.translation_requests()] == [rows[2].id]
        assert _translate(project) == 0
        assert [p.target for p in project.paragraphs()[:2]] == [target, target]


def test_a_threshold_takes_close_matches_with_their_own_numbers(first, tmp_path):
    lines = ["ارتفع عدد الزوار إلى 95 ألف زائر خلال شهر واحد.",  # only the number differs
             "واستقبل الوزير وفد البنك الدولي في مكتبه مساء أمس."]  # clitic, two words differ
    with _project(tmp_path / "exact.wbproj", lines) as project:
        assert _translate(project, memory_threshold=100, machine=False) == 0  # none is exact
    with _project(tmp_path / "fuzzy.wbproj", lines) as project:
        assert _translate(project, memory_threshold=70, machine=False) == 2
        numbers, visit = project.paragraphs()
        assert numbers.target == "Visitors rose to 95 thousand in a single month."
        assert numbers.status is Status.MEMORY and numbers.model.endswith("%")
        assert visit.target == CONFIRMED["استقبل الوزير وفد البنك الدولي في مكتبه صباح اليوم."]
        assert 70 <= int(visit.model.rstrip("%")) < 100


def test_memory_only_loads_no_engine_and_a_person_s_text_is_never_touched(first, tmp_path):
    line = next(iter(CONFIRMED))
    with _project(tmp_path / "mine.wbproj", [line, line]) as project:
        mine = project.paragraphs()[0]
        project.propagate_repeats = False
        project.save_target(mine.id, "My own wording.", Status.EDITED)
        # An engine that does not exist: loading it would raise.
        translator = pipeline.Translator(pipeline.EngineSpec("no-such-engine"))
        assert pipeline.translate(project, translator, JobContext(), memory_threshold=100,
                                  machine=False) == 1
        rows = project.paragraphs()
        assert rows[0].target == "My own wording." and rows[0].status is Status.EDITED
        assert rows[1].status is Status.MEMORY


def test_a_memory_draft_replaces_machine_drafts_but_retranslation_keeps_it(first, tmp_path):
    line = next(iter(CONFIRMED))
    with _project(tmp_path / "mt.wbproj", [line]) as project:
        assert _translate(project) == 1  # a gloss draft first
        assert _translate(project, memory_threshold=100, machine=False) == 1
        para = project.paragraphs()[0]
        assert para.status is Status.MEMORY
        # Ctrl+T's path: the memory's text stays, the engine's draft goes beside it.
        drafts = [Draft(para.id, "A fresh machine draft.", "argos", "tiny")]
        assert pipeline.apply_retranslation(project, drafts) == []
        kept = project.paragraph(para.id)
        assert (kept.target, kept.status) == (para.target, Status.MEMORY)
        assert project.revisions(para.id)[-1].text == "A fresh machine draft."


def test_a_read_only_project_is_refused_before_any_look_up(first, tmp_path):
    with _project(tmp_path / "ro.wbproj", [next(iter(CONFIRMED))]):
        pass
    with Project.open(tmp_path / "ro.wbproj", read_only=True) as project:
        with pytest.raises(ReadOnlyProject):
            _translate(project, memory_threshold=100, machine=False)
        assert memory_units(project) == 3  # the first project's paragraphs (one sentence each)


def test_repeats_are_filled_when_one_is_confirmed_and_never_over_a_person(tmp_path):
    dateline = "عمّان - وكالات"
    lines = [dateline, "ذكرت الصحيفة أن المطر سيستمر.", dateline, dateline, dateline]
    with _project(tmp_path / "repeats.wbproj", lines) as project:
        rows = project.paragraphs()
        project.save_target(rows[3].id, "Amman (agencies)", Status.EDITED)  # a person's own
        assert [p.position for p in project.last_propagated] == [0, 2, 4]
        project.save_target(rows[0].id, "Amman - agencies", Status.EDITED)
        filled = project.last_propagated
        assert [p.position for p in filled] == [2, 4]  # not row 3: a person wrote it
        for para in filled:
            assert (para.target, para.status, para.engine, para.model) == (
                "Amman - agencies", Status.MEMORY, "repeat", str(rows[0].id))
            assert project.revisions(para.id)[-1].origin is Origin.MEMORY
        assert project.paragraph(rows[3].id).target == "Amman (agencies)"
        # Reviewing without a change fills nothing new; a machine batch leaves the repeats.
        project.set_status(rows[0].id, Status.REVIEWED)
        assert project.last_propagated == []
        assert _translate(project) == 1  # only the one other paragraph
        # Off: a new confirmed text stays where it was typed.
        project.propagate_repeats = False
        project.save_target(rows[0].id, "AMMAN (Agencies)", Status.EDITED)
        assert project.last_propagated == []
        assert project.paragraph(rows[2].id).target == "Amman - agencies"


def test_a_paragraph_whose_sentences_each_match_exactly_gets_them_joined(first, tmp_path):
    storm = "وقالت الوزارة إن العمل في الطريق الجديد سيبدأ قريبا."
    visit = "استقبل الوزير وفد البنك الدولي في مكتبه صباح اليوم."
    unknown = "وهطلت أمطار غزيرة على العاصمة."
    with _project(tmp_path / "joined.wbproj", [f"{visit} {storm}", f"{visit} {unknown}"]) as project:
        assert _translate(project, memory_threshold=100, machine=False) == 1
        joined, partial = project.paragraphs()
        assert joined.target == f"{CONFIRMED[visit]} {CONFIRMED[storm]}"
        assert (joined.status, joined.model) == (Status.MEMORY, "exact sentences")
        assert partial.status is Status.UNTRANSLATED  # one sentence unknown: no exact draft
