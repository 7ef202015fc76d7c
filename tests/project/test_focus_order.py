"""A batch translates the focused paragraphs first (the rows on screen) and follows the focus as
it moves: project.pipeline.focused_chunks, and the real engine path through draft_groups."""

from __future__ import annotations

from workbench.core.jobs import JobContext
from workbench.core.model import TranslationRequest
from workbench.project import pipeline


def _requests(n: int) -> list[TranslationRequest]:
    return [TranslationRequest(i, f"جملة رقم {i}.") for i in range(1, n + 1)]


def test_chunks_start_with_the_focus_alone_then_go_on_from_it_and_wrap():
    focus = [51, 50, 52]
    chunks = list(pipeline.focused_chunks(_requests(100), lambda: focus, 10))
    assert [r.paragraph_id for r in chunks[0]] == [51, 50, 52]  # the screen first, alone
    assert [r.paragraph_id for r in chunks[1]] == list(range(53, 63))
    done = [r.paragraph_id for chunk in chunks for r in chunk]
    assert sorted(done) == list(range(1, 101)) and len(done) == 100  # each once
    assert done[50:52] == [100, 1]  # after the end, from the top


def test_a_moving_focus_is_followed_between_chunks():
    seen = iter([[10], [10], [80, 81], [80, 81], [5]])
    focus = lambda: next(seen, [])  # noqa: E731
    chunks = list(pipeline.focused_chunks(_requests(100), focus, 4))
    assert [r.paragraph_id for r in chunks[0]] == [10]
    assert [r.paragraph_id for r in chunks[1]] == [11, 12, 13, 14]  # 10 is done: on from it
    assert [r.paragraph_id for r in chunks[2]] == [80, 81]  # the person scrolled
    assert [r.paragraph_id for r in chunks[3]] == [82, 83, 84, 85]  # 80, 81 are done already
    assert [r.paragraph_id for r in chunks[4]] == [5]


def test_draft_groups_with_a_focus_drafts_the_focus_first_through_the_engine(tmp_path):
    from workbench.project import Project

    doc = tmp_path / "a.txt"
    doc.write_text("\n\n".join(f"الفقرة رقم {i} في الخبر." for i in range(1, 121)) + "\n", encoding="utf-8")
    with Project.create(tmp_path / "p.wbproj") as project:
        project.import_document(doc)
        ids = project.paragraph_ids()
        plan = pipeline.plan(project)
        progress: list[tuple[int, int]] = []
        translator = pipeline.Translator(pipeline.EngineSpec("gloss"))
        groups = translator.draft_groups(plan, JobContext(lambda d, t: progress.append((d, t))),
                                         focus=lambda: ids[100:104])
        order = [d.paragraph_id for group in groups for d in group]
    assert order[:4] == ids[100:104] and sorted(order) == sorted(ids)
    assert progress[-1] == (120, 120) and all(t == 120 for _d, t in progress)


def test_tiers_are_chunks_of_their_own_screen_first():
    tiers = ([30, 31], [32, 33, 34])
    chunks = list(pipeline.focused_chunks(_requests(60), lambda: tiers, 10))
    assert [r.paragraph_id for r in chunks[0]] == [30, 31]
    assert [r.paragraph_id for r in chunks[1]] == [32, 33, 34]
    assert [r.paragraph_id for r in chunks[2]] == list(range(35, 45))
