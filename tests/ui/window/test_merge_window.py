"""Project > Merge review or XLIFF… in the real window: the dry run's preview, then the merge,
the rows read again and the Review dock counting what waits."""

from __future__ import annotations

from tests.project.test_review_merge import ENGLISH, LINES, Reviewer
from tests.ui.conftest import WAIT, open_project
from workbench.core.model import Status
from workbench.project import Project


def test_preview_then_merge(qtbot, window, tmp_path):
    doc = tmp_path / "talks.txt"
    doc.write_text("\n\n".join(LINES) + "\n", encoding="utf-8")
    path = tmp_path / "talks.wbproj"
    with Project.create(path) as project:
        project.import_document(doc)
        ids = project.paragraph_ids()
        for pid, text in zip(ids, ENGLISH):
            project.save_target(pid, text, Status.EDITED, author="Huda")
        project.export(tmp_path / "review.docx", "review")
    reviewer = Reviewer(tmp_path / "review.docx")
    reviewer.track(ids[1], ENGLISH[1], "Talks opened this morning at the ministry.", "Samira Khoury")
    reviewer.comment(ids[3], "Samira Khoury", "Which conference hall?")
    reviewed = reviewer.save(tmp_path / "reviewed.docx")

    open_project(qtbot, window, path)
    dialog = window.merging.preview(reviewed)
    qtbot.waitUntil(dialog.merge_button.isEnabled, timeout=WAIT)
    assert "Nothing is written until you choose Merge" in dialog.summary.text()
    cells = [[dialog.table.item(r, c).text() for c in range(4)] for r in range(dialog.table.rowCount())]
    assert [str(ids[1]), "changed (by Samira Khoury)", ENGLISH[1],
            "Talks opened this morning at the ministry."] in cells
    assert window.model.paragraph_at(1).target == ENGLISH[1]  # a preview writes nothing
    dialog.merge_button.click()
    qtbot.waitUntil(lambda: window.model.paragraph_at(1).target.startswith("Talks opened"), timeout=WAIT)
    assert window.model.paragraph_at(1).status is Status.REVIEWED
    assert "Which conference hall?" in window.model.paragraph_at(3).comment
    panel = window.review_dock.panel
    qtbot.waitUntil(lambda: "(1)" in panel.next.text(), timeout=WAIT)
