"""Sentence links in the reading layout: the sentence under the pointer or the text cursor of
either column, and its partner sentence(s) in the other column, get a soft background.

Block i of each column is row i of the paragraph model (reading_view); the Arabic column may
paint its text without diacritics, so its offsets are mapped to the stored text and back
(`ReadingView.shown_source`). Alignments come from the shared AlignmentCache (`nlp` lane).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Signal

from workbench.ui.alignment_marks import Marks, sentence_color, sentence_marks


class ReadingAlignment(QObject):
    """Links the sentences of a ReadingView. GUI thread only.

    `marks` (alignment_marks.Marks or None) is what is highlighted now: sentences only, for
    `row` of the model; `marks_changed(marks)` when it changes.
    """

    marks_changed = Signal(object)

    def __init__(self, reading_view, cache, parent=None) -> None:
        super().__init__(parent)
        self.reading, self.cache = reading_view, cache
        self.marks: Marks | None = None
        self.row: int | None = None
        self._wanted: tuple | None = None  # (row, source?, offset, source text, target text)
        for column in (reading_view.arabic, reading_view.english):
            column.viewport().setMouseTracking(True)
            column.viewport().installEventFilter(self)
            column.cursorPositionChanged.connect(lambda c=column: self._at(c, c.textCursor()))
            # new text (a draft, the diacritics toggled): the same position is worth a new look
            column.textChanged.connect(lambda: setattr(self, "_wanted", None))
        cache.ready.connect(self._on_ready)
        reading_view.model.modelReset.connect(self.clear)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.MouseMove:
            for column in (self.reading.arabic, self.reading.english):
                if watched is column.viewport():
                    self._at(column, column.cursorForPosition(event.position().toPoint()))
        return False

    def _at(self, column, cursor) -> None:
        if not self.reading.built:
            return
        block = cursor.block()
        row, offset = block.blockNumber(), cursor.position() - block.position()
        model = self.reading.model
        if not 0 <= row < model.rowCount():
            return
        p = model.paragraph_at(row)
        source = column is self.reading.arabic
        if source:
            offset = self.reading.shown_source(p.source).to_original(offset)
        wanted = (row, source, offset, p.source, p.target)
        if wanted == self._wanted:
            return
        self._wanted = wanted
        aligned = self.cache.request(p.source, p.target, "reading")
        if aligned is not None:
            self._apply(aligned)

    def _on_ready(self, aligned) -> None:
        wanted = self._wanted
        if wanted is not None and wanted[3:] == (aligned.source, aligned.target):
            self._apply(aligned)

    def _apply(self, aligned) -> None:
        row, source, offset = self._wanted[:3]
        p = self.reading.model.paragraph_at(row)
        word = aligned.word_at(source, offset, near=True)
        marks = sentence_marks(p.id, aligned, source, aligned.sentence_of(source, word))
        shown = self.reading.shown_source(p.source)
        arabic, english = [], []
        for k in marks.source_sentences:
            span = aligned.sentence_span(True, k)
            if span is not None:
                arabic.append((row, *shown.span(*span)))
        for k in marks.target_sentences:
            span = aligned.sentence_span(False, k)
            if span is not None:
                english.append((row, *span))
        color = sentence_color()
        color.setAlpha(min(255, color.alpha() * 2))  # no word highlight here: a little stronger
        self.reading.arabic.set_underlay(arabic, color)
        self.reading.english.set_underlay(english, color)
        self.row, self.marks = row, marks
        self.marks_changed.emit(marks)

    def clear(self) -> None:
        self._wanted, self.row, self.marks = None, None, None
        self.reading.arabic.set_underlay([], sentence_color())
        self.reading.english.set_underlay([], sentence_color())
        self.marks_changed.emit(None)
