"""Documents you can see in the real window (issue 11): a band with the document's name where
each of three imported documents begins (geometry and pixels of a grab), headings styled as
headings, and the document bar jumping to a document's first paragraph, with and without a
filter on. The project is imported through the Project facade from files written here."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette

from tests.ui.conftest import WAIT, open_project
from workbench.core.model import Kind
from workbench.ui.delegates.document_band import ACCENT, band_at, band_height
from workbench.ui.models.paragraph_model import ID, SOURCE, TARGET

# Written for these tests: two Markdown files with headings and a plain-text letter.
DOCUMENTS = (
    ("الرحلة.md", "# رحلة إلى الجبل\n\nخرجنا مع الفجر نحمل الماء والخبز.\n\n## الطريق\n\n"
                  "كان الطريق ضيقًا بين الصخور.\n\nوصلنا القمة قبل الظهر.\n"),
    ("رسالة.txt", "عزيزي سالم،\n\nوصلتني رسالتك أمس وفرحت بها كثيرًا.\n\n"
                  "سأزورك في الصيف إن شاء الله.\n"),
    ("السوق.md", "# سوق المدينة\n\nيفتح السوق أبوابه كل صباح.\n\nيبيع التجار الفاكهة والتوابل.\n"),
)
NAMES = [name for name, _ in DOCUMENTS]
STARTS = (0, 5, 8)  # the grid rows where the documents begin (5 + 3 + 3 paragraphs)


def make_three_documents(folder: Path, comments: dict[int, str] | None = None) -> Path:
    """A closed project holding the three documents, imported through the facade; `comments`
    maps grid rows to a comment to give them."""
    from workbench.project import Project

    path = folder / "three.wbproj"
    with Project.create(path) as project:
        for name, text in DOCUMENTS:
            source = folder / name
            source.write_text(text, encoding="utf-8")
            project.import_document(source)
        ids = project.paragraph_ids()
        for row, comment in (comments or {}).items():
            project.set_comment(ids[row], comment)
    return path


@pytest.fixture
def three_documents(tmp_path) -> Path:
    return make_three_documents(tmp_path)


def _settle(qtbot, window) -> None:
    """Wait for the grid to have fitted its visible rows (fits run on a zero timer)."""
    qtbot.waitUntil(lambda: not window.view._fit_timer.isActive(), timeout=WAIT)
    window.view.fit_visible_rows()


def test_a_band_names_each_document_where_it_begins(qtbot, window, three_documents):
    open_project(qtbot, window, three_documents)
    view, proxy = window.view, window.proxy
    _settle(qtbot, window)
    band = band_height(view)
    for row in range(proxy.rowCount()):
        index = proxy.index(row, SOURCE)
        expected = band if row in STARTS else 0
        assert band_at(index, view) == expected, row
        # the cell's content (what is painted, clicked and edited) starts below the band
        assert view.visualRect(index).top() == view.rowViewportPosition(row) + expected
        assert view.rowHeight(row) == view.row_height_for(row)
    image = view.viewport().grab().toImage()
    palette = view.palette()
    accent = palette.color(QPalette.ColorRole.Highlight)
    fill = palette.color(QPalette.ColorRole.Button)
    right = view.viewport().width() - 3  # beyond any name, inside the band
    for row in range(proxy.rowCount()):
        top = view.rowViewportPosition(row)
        if row in STARTS:
            assert image.pixelColor(right, top + 1) == accent, row  # the line on top
            assert image.pixelColor(right, top + ACCENT + 2) == fill, row
            # the name is written in the band: text-coloured pixels where it begins
            text = palette.color(QPalette.ColorRole.ButtonText)
            assert _count(image, 0, top + ACCENT, 200, band - ACCENT, text) > 20, row
        else:
            assert image.pixelColor(right, top + 1) != accent, row


def test_the_band_moves_to_the_first_row_a_filter_shows(qtbot, window, tmp_path):
    # Rows 6 and 9 are the second paragraphs of documents 2 and 3: with "Only commented",
    # they are the first rows shown of their documents, so the bands go there.
    path = make_three_documents(tmp_path, {6: "راجع الفعل", 9: "كلمة غير واضحة"})
    open_project(qtbot, window, path)
    window.filter_actions["commented"].trigger()
    _settle(qtbot, window)
    view, proxy = window.view, window.proxy
    assert [proxy.index(r, ID).data() for r in range(proxy.rowCount())] == ["7", "10"]
    band = band_height(view)
    assert [band_at(proxy.index(r, ID), view) for r in range(2)] == [band, band]
    assert view.visualRect(proxy.index(1, TARGET)).top() == view.rowViewportPosition(1) + band


def _count(image, x0: int, y0: int, width: int, height: int, color: QColor) -> int:
    return sum(1 for x in range(x0, x0 + width) for y in range(y0, y0 + height)
               if image.pixelColor(x, y) == color)


def test_headings_look_like_headings(qtbot, window, three_documents):
    open_project(qtbot, window, three_documents)
    window.actions.translate_all.trigger()  # the gloss engine: English headings too
    qtbot.waitUntil(lambda: all(p.target for p in window.model.paragraphs()), timeout=WAIT)
    _settle(qtbot, window)
    view, proxy = window.view, window.proxy
    kinds = [window.model.paragraph_at(r).kind for r in range(proxy.rowCount())]
    assert [r for r, k in enumerate(kinds) if k is Kind.HEADING] == [0, 2, 8]
    for column, delegate in ((SOURCE, view.source_delegate), (TARGET, view.target_delegate)):
        body = delegate.font()
        for row in (0, 2):
            style = delegate.style_of(proxy.index(row, column))
            bold, _italic, step = style
            font = delegate._fonts[style]
            assert bold and step >= 1, (column, row)
            assert font.pointSizeF() > body.pointSizeF(), (column, row)
        assert delegate.style_of(proxy.index(1, column))[0::2] == (False, 0)  # body text
    # a level-1 heading is larger than a level-2 one, which is larger than body text
    sizes = [view.source_delegate._fonts[view.source_delegate.style_of(proxy.index(r, SOURCE))]
             .pointSizeF() for r in (0, 2, 1)]
    assert sizes[0] > sizes[1] > sizes[2]
    # and it shows: a one-line heading's Arabic is painted taller than a one-line body text
    # with the same tall letters and descenders (ط، ل، ق), bold, so darker per pixel too
    view.go_to_row(10)
    image = view.viewport().grab().toImage()
    heading, body_line = _ink(view, image, 2), _ink(view, image, 4)
    assert heading[1] == body_line[1] == 1
    assert heading[0] > body_line[0] * 1.1, (heading, body_line)


def _ink(view, image, row: int) -> tuple[int, int]:
    """(height, lines) of the text pixels painted in the row's Arabic cell."""
    rect = view.visualRect(view.model().index(row, SOURCE))
    background = image.pixelColor(rect.left() + 2, rect.bottom() - 2)
    rows = [y for y in range(rect.top(), rect.bottom())
            if any(_far(image.pixelColor(x, y), background)
                   for x in range(rect.left() + 4, rect.right() - 4))]
    height = (rows[-1] - rows[0] + 1) if rows else 0
    return height, view.source_delegate.layout(
        view.model().index(row, SOURCE).data(), rect.width(),
        view.source_delegate.style_of(view.model().index(row, SOURCE))).lineCount()


def _far(a: QColor, b: QColor) -> bool:
    return abs(a.lightness() - b.lightness()) > 100


def test_the_document_bar_jumps_and_follows_the_cursor(qtbot, window, three_documents):
    open_project(qtbot, window, three_documents)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=WAIT)
    bar = window.document_bar
    assert [bar.combo.itemText(i) for i in range(bar.combo.count())] == [
        f"{n}. {name}" for n, name in enumerate(NAMES, start=1)]
    bar.combo.setFocus()
    qtbot.keyClick(bar.combo, Qt.Key.Key_End)  # the user chooses the last document
    assert window.view.currentIndex().row() == STARTS[2]
    assert window.view.current_paragraph_id() == window.model.paragraph_at(STARTS[2]).id
    assert window.view.hasFocus()
    qtbot.keyClick(bar.combo, Qt.Key.Key_Up)  # the second
    assert window.view.currentIndex().row() == STARTS[1]
    rect = window.view.visualRect(window.proxy.index(STARTS[1], TARGET))
    assert window.view.viewport().rect().contains(rect.center())  # scrolled to it
    window.view.go_to_row(3)  # the cursor moves into the first document: the bar follows
    assert bar.combo.currentIndex() == 0


def test_the_document_bar_keeps_working_with_a_filter_on(qtbot, window, tmp_path):
    path = make_three_documents(tmp_path, {6: "راجع الفعل", 7: "لماذا؟", 10: "الفاكهة أم الثمار؟"})
    open_project(qtbot, window, path)
    window.filter_actions["commented"].trigger()
    view, proxy, bar = window.view, window.proxy, window.document_bar
    shown = [proxy.index(r, ID).data() for r in range(proxy.rowCount())]
    assert shown == ["7", "8", "11"]
    bar.go_to_document(2)
    assert proxy.index(view.currentIndex().row(), ID).data() == "11"
    bar.go_to_document(1)  # its first shown paragraph, not its (hidden) first one
    assert proxy.index(view.currentIndex().row(), ID).data() == "7"
    assert not bar.note.text()
    bar.go_to_document(0)  # the filter hides all of it: the cursor stays and the bar says why
    assert proxy.index(view.currentIndex().row(), ID).data() == "7"
    assert bar.note.text()
    window.filter_actions["all"].trigger()  # rows come back: the note no longer holds
    assert not bar.note.text()
    bar.go_to_document(0)
    assert view.currentIndex().row() == 0


def test_a_document_chosen_before_its_rows_arrive_is_gone_to_when_they_do(qtbot):
    # A big project shows its first page at once and reads the rest page by page: choosing a
    # document of a later page waits for it, then moves there.
    from PySide6.QtGui import QFont

    from workbench.core.model import Document, Paragraph
    from workbench.ui.models.paragraph_model import ParagraphTableModel
    from workbench.ui.models.status_filter_model import StatusFilterModel
    from workbench.ui.views.document_bar import DocumentBar
    from workbench.ui.views.paragraph_view import ParagraphView

    rows = [Paragraph(100 + i, 1 if i < 40 else 2, i, Kind.PARAGRAPH, "جملة رقم %d." % i)
            for i in range(50)]
    model, proxy = ParagraphTableModel(), StatusFilterModel()
    proxy.setSourceModel(model)
    view = ParagraphView(QFont(), QFont())
    view.setModel(proxy)
    qtbot.addWidget(view)
    bar = DocumentBar(model, view)
    qtbot.addWidget(bar)
    model.set_paragraphs(rows[:30])  # the first page
    bar.show_documents([Document(1, "الأول.txt", "txt", "", 40),
                        Document(2, "الثاني.txt", "txt", "", 10)])
    bar.go_to_document(1)
    assert view.currentIndex().row() == -1  # not there yet
    model.append_paragraphs(rows[30:40])  # a page of the first document only
    assert view.currentIndex().row() == -1
    model.append_paragraphs(rows[40:])
    assert view.current_paragraph_id() == 140
    assert bar.combo.currentIndex() == 1


def test_the_status_column_fits_the_longest_status_name(qtbot, window, three_documents):
    # "untranslated" used to be cut to "untranslate" beside its marker
    from workbench.core.model import Status
    from workbench.ui.delegates.status_delegate import MARKER
    from workbench.ui.labels import status_label
    from workbench.ui.models.paragraph_model import STATUS

    open_project(qtbot, window, three_documents)
    needed = max(window.view.fontMetrics().horizontalAdvance(status_label(s)) for s in Status)
    assert window.view.columnWidth(STATUS) >= needed + MARKER + 16  # the delegate's margins
