"""The memory's drafts in the real window: repeats filled when one is confirmed (with their
marker), Translate > Fill from the translation memory, the fill after an import, and a
Translate all clicked while that fill runs (queued, not lost)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.conftest import WAIT, open_project, wait_saved
from tests.ui.sample_text import SENTENCES
from workbench.core.model import Status
from workbench.project import Project
from workbench.ui.models.paragraph_model import ENGINE, STATUS


def _confirm_elsewhere(tmp_path, source: str, target: str) -> None:
    """A person confirmed `source` as `target` in another project: the memory has it."""
    doc = tmp_path / "elsewhere.txt"
    doc.write_text(source + "\n", encoding="utf-8")
    with Project.create(tmp_path / "elsewhere.wbproj") as project:
        project.import_document(doc)
        project.save_target(project.paragraphs()[0].id, target, Status.REVIEWED)


def test_confirming_a_paragraph_fills_its_repeats_with_a_marker(qtbot, window, settings, project_path):
    settings.propagate_repeats = True
    open_project(qtbot, window, project_path)
    model = window.model
    first, repeat = model.paragraph_at(1), model.paragraph_at(9)
    assert first.source == repeat.source  # the sample document repeats rows 1-3 as 9-11
    window.editing.edit(first.id, "The teacher's exam is on Thursday.")
    wait_saved(qtbot, window)
    qtbot.waitUntil(lambda: model.paragraph(repeat.id).status is Status.MEMORY, timeout=WAIT)
    assert model.paragraph(repeat.id).target == "The teacher's exam is on Thursday."
    assert model.data(model.index(9, ENGINE)) == "repeat"
    tip = model.data(model.index(9, ENGINE), Qt.ItemDataRole.ToolTipRole)
    assert "paragraph 2" in tip
    assert model.data(model.index(9, STATUS)) == "memory"
    assert "Paragraph 2 is repeated" in window.statusBar().currentMessage()
    window.close()
    with Project.open(project_path) as project:
        assert project.paragraph(repeat.id).status is Status.MEMORY


def test_the_preference_turns_repeats_off(qtbot, window, settings, project_path):
    settings.propagate_repeats = True
    open_project(qtbot, window, project_path)
    settings.propagate_repeats = False  # as the preferences dialog's Apply does
    first, repeat = window.model.paragraph_at(1), window.model.paragraph_at(9)
    window.editing.edit(first.id, "Only here.")
    wait_saved(qtbot, window)
    window.close()
    with Project.open(project_path) as project:
        assert project.paragraph(repeat.id).status is Status.UNTRANSLATED


def test_fill_from_memory_on_demand(qtbot, window, project_path, tmp_path):
    _confirm_elsewhere(tmp_path, SENTENCES[2] + " " + SENTENCES[7], "Coffee and bread.")
    open_project(qtbot, window, project_path)
    wanted = SENTENCES[2] + " " + SENTENCES[7]
    rows = [r for r in range(window.model.rowCount()) if window.model.paragraph_at(r).source == wanted]
    assert len(rows) == 2  # the sample document has it twice
    with qtbot.waitSignal(window.translation.finished, timeout=WAIT * 3) as blocker:
        window.actions.pretranslate.trigger()
    assert blocker.args == [2, False]
    for row in rows:
        para = window.model.paragraph_at(row)
        assert (para.target, para.status, para.engine) == ("Coffee and bread.", Status.MEMORY, "memory")
        assert window.model.data(window.model.index(row, ENGINE)) == "memory, exact"
    others = {window.model.paragraph_at(r).status for r in range(window.model.rowCount()) if r not in rows}
    assert others == {Status.UNTRANSLATED}  # no engine ran


def test_an_import_is_filled_from_memory_and_translate_all_waits_for_it(
        qtbot, window, tmp_path, no_model_installed):
    _confirm_elsewhere(tmp_path, SENTENCES[4], "Children love the garden.")
    doc = tmp_path / "news.txt"
    doc.write_text(f"{SENTENCES[4]}\n\n{SENTENCES[5]}\n", encoding="utf-8")
    finished = []
    window.translation.finished.connect(lambda written, cancelled: finished.append(written))
    window.files.import_document(doc)
    qtbot.waitUntil(lambda: window.model.rowCount() == 2, timeout=WAIT)
    window.actions.translate_all.trigger()  # while the memory's fill may still run
    qtbot.waitUntil(lambda: len(finished) == 2, timeout=WAIT * 3)
    rows = window.model.paragraphs()
    assert (rows[0].target, rows[0].status) == ("Children love the garden.", Status.MEMORY)
    assert rows[1].status is Status.GLOSS  # the engine did the rest, and only the rest
    assert sorted(finished) == [1, 1]


def test_a_batch_asked_for_while_one_runs_starts_after_it(qtbot, window, project_path, tmp_path,
                                                          no_model_installed):
    _confirm_elsewhere(tmp_path, SENTENCES[2] + " " + SENTENCES[7], "Coffee and bread.")
    open_project(qtbot, window, project_path)
    finished = []
    window.translation.finished.connect(lambda written, cancelled: finished.append(written))
    assert window.commands.fill_from_memory()
    assert window.translation.running  # its plan is being read on the store lane
    window.actions.translate_untranslated.trigger()  # queued behind it, not dropped
    qtbot.waitUntil(lambda: len(finished) == 2, timeout=WAIT * 3)
    assert finished == [2, 10]  # the memory's two, then the engine's for the ten others
    assert {p.status for p in window.model.paragraphs()} == {Status.MEMORY, Status.GLOSS}
