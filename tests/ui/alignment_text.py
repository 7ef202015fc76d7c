"""Arabic paragraphs of two sentences with their English, written for the alignment tests,
and helpers that point at a word of the grid the way a person does."""

from __future__ import annotations

from PySide6.QtCore import QPoint

from workbench.ui.alignment_geometry import cell_at

PAIRS = (
    ("ذهب الطالب إلى المكتبة صباحًا. ثم قرأ كتابًا عن تاريخ المدينة.",
     "The student went to the library in the morning. Then he read a book about the history of the city."),
    ("زرعت البلدية ألف شجرة على ضفاف النهر. فرح السكان بالحديقة الجديدة.",
     "The municipality planted a thousand trees on the river banks. The residents were happy with the new garden."),
    ("ارتفعت أسعار الخبز هذا الشهر.", "Bread prices rose this month."),
)


def make_project(tmp_path, pairs=PAIRS):
    """A closed project whose paragraphs are `pairs`, each with its English saved."""
    from workbench.project import Project

    doc = tmp_path / "نص.txt"
    doc.write_text("\n\n".join(source for source, _ in pairs) + "\n", encoding="utf-8")
    path = tmp_path / "align.wbproj"
    with Project.create(path) as project:
        project.import_document(doc)
        for p, (_, target) in zip(project.paragraphs(), pairs):
            project.save_target(p.id, target)
    return path


def word_point(glue, row: int, column: int, word: int) -> QPoint:
    """The viewport point at the middle of word `word` of the grid cell (row, column)."""
    view = glue.view
    view.fit_visible_rows()
    rect = view.visualRect(view.model().index(row, column))
    cell = cell_at(view, rect.center(), (column,))
    box = glue.painter.boxes.boxes(cell.key, cell.layout, cell.shown).words[word][0]
    return (box.center() + cell.origin).toPoint()
