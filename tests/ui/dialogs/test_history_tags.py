"""The history shows a version's inline tags spelled {1} {/1}, never as boxes, and restoring a
version gives back its tags."""

from __future__ import annotations

from workbench.core import inline
from workbench.core.model import Origin, Paragraph, Revision, Status
from workbench.ui.dialogs.history_dialog import HistoryDialog


def test_versions_with_tags_read_as_numbers_and_restore_whole(qtbot):
    tagged = "The " + inline.open_tag(1) + "minister" + inline.close_tag(1) + " spoke"
    para = Paragraph(1, 1, 0, "paragraph", "تحدث الوزير", tagged, Status.EDITED,
                     marks=(inline.Mark(1, "b", 5, 11),))
    revisions = [Revision(1, 1, "The minister spoke", Status.MACHINE, Origin.MACHINE, "argos", "m"),
                 Revision(2, 1, tagged, Status.EDITED, Origin.USER, author="Huda")]
    dialog = HistoryDialog(para, revisions, revisions[0])
    qtbot.addWidget(dialog)
    texts = [dialog.table.item(row, 3).text() for row in range(dialog.table.rowCount())]
    assert "The {1}minister{/1} spoke" in texts
    assert not any(inline.RESERVED.search(text) for text in texts)
    restored = []
    dialog.restore_requested.connect(lambda pid, text: restored.append(text))
    row = texts.index("The {1}minister{/1} spoke")
    dialog.table.selectRow(row)
    dialog.restore_button.click()
    assert restored == [tagged]
