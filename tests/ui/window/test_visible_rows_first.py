"""Translate all starts with the rows on screen and the row at the cursor (the real window, the
real gloss engine): the first drafts written are theirs, not paragraph 1's."""

from __future__ import annotations

from tests.ui.conftest import WAIT, open_project
from tests.ui.sample_text import arabic_document


def test_the_rows_on_screen_are_drafted_first(qtbot, window, tmp_path, no_model_installed):
    from workbench.project import Project

    doc = tmp_path / "long.md"
    doc.write_text(arabic_document(150), encoding="utf-8")
    with Project.create(tmp_path / "long.wbproj") as project:
        project.import_document(doc)
    open_project(qtbot, window, tmp_path / "long.wbproj")
    qtbot.waitUntil(lambda: not window.loading, timeout=WAIT)
    window.view.go_to_row(70)
    current = window.view.current_paragraph_id()
    arrived: list[int] = []
    original = window.translation._applied
    window.translation._applied = lambda paragraphs: (arrived.extend(p.id for p in paragraphs),
                                                      original(paragraphs))
    with qtbot.waitSignal(window.translation.finished, timeout=WAIT * 3):
        window.actions.translate_all.trigger()
    on_screen = set(window.view.focus_paragraph_ids()[0])
    first = arrived[:len(on_screen)]
    assert current in first
    assert window.model.paragraph_at(0).id not in arrived[:48]  # the top waits its turn
    assert len(set(first) & on_screen) >= len(first) // 2
