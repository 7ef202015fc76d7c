"""Sentences and words linked both ways, in the grid, its editor and the reading layout.

The pointer over a word of the grid (Arabic or English cell) highlights the word(s) it is
linked to in the other cell of the row, and the sentence it is in with its partner sentence(s)
more faintly; the text cursor of the English editor highlights the partner of the sentence it
is in, in the Arabic cell; the reading layout links sentences (alignment_reading). Alignments
come from the `nlp` lane (alignment_cache): the GUI thread only looks them up and paints.

`install(window)` is the one entry point (a MainWindow).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPointF, QRect, QTimer, Signal

from workbench.ui.alignment_cache import AlignmentCache
from workbench.ui.alignment_geometry import cell_at
from workbench.ui.alignment_marks import LinkPainter, Marks, sentence_marks, word_marks
from workbench.ui.alignment_reading import ReadingAlignment
from workbench.ui.models.paragraph_model import SOURCE, TARGET, ParagraphIdRole

_MOVES = (QEvent.Type.MouseMove, QEvent.Type.HoverMove)
_LEAVES = (QEvent.Type.Leave, QEvent.Type.HoverLeave)


class AlignmentGlue(QObject):
    """Owns the alignment cache and the grid's link painting of one window. GUI thread only.

    `marks_changed(Marks | None)` whenever what the grid highlights changes. The highlighted
    word and sentence indices (tests read them) are `paragraph_id`, `source_words`,
    `target_words`, `source_sentences`, `target_sentences`.
    """

    marks_changed = Signal(object)

    def __init__(self, window) -> None:
        super().__init__(window)
        self.view, self.model, self.proxy = window.view, window.model, window.proxy
        self.cache = AlignmentCache(window.tasks, self)
        self.painter = LinkPainter()
        self.view.source_delegate.underlay = self.painter
        self.view.target_delegate.underlay = self.painter
        self._pointer: tuple | None = None  # (pid, source?, word, source text, target text)
        self._editor = None
        self._edit_pid: int | None = None
        window.reading.pointer.keep_mouse_tracking()  # the word panel's pointer: clicks stay its
        self.view.viewport().installEventFilter(self)
        self.cache.ready.connect(self._on_ready)
        self.view.verticalScrollBar().valueChanged.connect(lambda _v: self.clear())
        self.model.modelReset.connect(self.clear)
        delegate = self.view.target_delegate
        delegate.editor_opened.connect(self._on_editor_opened)
        delegate.editor_closed.connect(self._on_editor_closed)
        self.reading = ReadingAlignment(window.display.reading_view, self.cache, self)

    # -- what tests and callers read ----------------------------------------------------------
    marks = property(lambda self: self.painter.marks)
    paragraph_id = property(lambda self: self.marks.paragraph_id if self.marks else None)
    source_words = property(lambda self: sorted(self.marks.source_words) if self.marks else [])
    target_words = property(lambda self: sorted(self.marks.target_words) if self.marks else [])
    source_sentences = property(
        lambda self: sorted(self.marks.source_sentences) if self.marks else [])
    target_sentences = property(
        lambda self: sorted(self.marks.target_sentences) if self.marks else [])

    # -- the pointer over the grid ----------------------------------------------------------
    def eventFilter(self, watched, event) -> bool:
        kind = event.type()
        if kind in _MOVES:
            self.point_at(event.position().toPoint())
        elif kind in _LEAVES and self._editor is None:
            self.clear()
        return False  # never consumed: a click still reaches the view and the word panel

    def point_at(self, pos) -> None:
        """The pointer is at viewport position `pos`: link the word under it (or nothing)."""
        cell = cell_at(self.view, pos, (SOURCE, TARGET))
        boxes = None if cell is None else self.painter.boxes.boxes(cell.key, cell.layout, cell.shown)
        word = None if boxes is None else boxes.word_at(QPointF(pos) - cell.origin)
        if word is None:
            self._pointer = None
            if self._editor is None:
                self.set_marks(None)
            else:  # while editing, the editor's sentence is linked again
                self._at_edit_cursor()
            return
        index = cell.index
        source_text = index.siblingAtColumn(SOURCE).data() or ""
        target_text = index.siblingAtColumn(TARGET).data() or ""
        pointer = (index.data(ParagraphIdRole), index.column() == SOURCE, word, source_text,
                   target_text)
        if pointer == self._pointer:
            return
        self._pointer = pointer
        aligned = self.cache.request(source_text, target_text, "grid")
        self.set_marks(None if aligned is None else word_marks(pointer[0], aligned, *pointer[1:3]))

    def _on_ready(self, aligned) -> None:
        pointer = self._pointer
        if pointer is not None and pointer[3:] == (aligned.source, aligned.target):
            self.set_marks(word_marks(pointer[0], aligned, pointer[1], pointer[2]))
        elif self._editor is not None:
            self._at_edit_cursor()
        # anything else is an answer nobody waits for any more: cached, never painted

    # -- the English editor -----------------------------------------------------------------
    def _on_editor_opened(self, paragraph_id: int) -> None:
        self._editor = self.view.target_delegate.editor()
        self._edit_pid = paragraph_id
        self._pointer = None
        if self._editor is not None:
            self._editor.cursorPositionChanged.connect(self._at_edit_cursor)
            QTimer.singleShot(0, self._at_edit_cursor)  # its text is set after it opens

    def _on_editor_closed(self, paragraph_id: int) -> None:
        self._editor, self._edit_pid = None, None
        self.set_marks(None)

    def _at_edit_cursor(self) -> None:
        editor, pid = self._editor, self._edit_pid
        paragraph = self.model.paragraph(pid) if editor is not None and pid is not None else None
        if paragraph is None:
            return
        text = editor.toPlainText()
        aligned = self.cache.request(paragraph.source, text, "edit")
        if aligned is None:
            return  # the marks of the sentence before stay until the answer is here
        word = aligned.word_at(False, editor.textCursor().position(), near=True)
        self.set_marks(sentence_marks(pid, aligned, False, aligned.sentence_of(False, word)))

    # -- painting ---------------------------------------------------------------------------
    def set_marks(self, marks: Marks | None) -> None:
        old = self.painter.marks
        if marks == old:
            return
        self.painter.marks = marks
        for m in {old, marks} - {None}:
            self._update_row(m.paragraph_id)
        self.marks_changed.emit(marks)

    def clear(self) -> None:
        self._pointer = None
        if self._editor is None:
            self.set_marks(None)

    def _update_row(self, paragraph_id: int) -> None:
        row = self.model.row_of(paragraph_id)
        if row is None:
            return
        shown = self.proxy.mapFromSource(self.model.index(row, 0))
        if shown.isValid():
            viewport = self.view.viewport()
            top = self.view.rowViewportPosition(shown.row())
            viewport.update(QRect(0, top, viewport.width(), self.view.rowHeight(shown.row())))


def install(window) -> AlignmentGlue:
    """Link sentences and words in `window` (a MainWindow, after its docks and display options
    are built). The returned glue lives as long as the window."""
    return AlignmentGlue(window)
