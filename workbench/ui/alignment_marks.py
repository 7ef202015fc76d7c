"""What is linked on screen, and how the grid's delegates paint it.

`Marks` names one paragraph's highlighted words and sentences on each side; `LinkPainter` is
the `underlay` of both text delegates: it paints soft rounded backgrounds behind the marked
words and a fainter one behind the marked sentences, before the text is drawn, from the word
boxes cached per laid-out cell (alignment_geometry). Painting never changes a row's height.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QPainter, QPen

from workbench.ui.alignment_cache import AlignedText
from workbench.ui.alignment_geometry import BoxCache, cell_key
from workbench.ui.delegates.text_delegate import PAD_X, PAD_Y
from workbench.ui.models.paragraph_model import SOURCE, ParagraphIdRole
from workbench.ui.theme import current_theme

# A green no status marker and no other highlight uses (search: amber, glossary: amber dotted,
# selection: blue), translucent so the text keeps its own colour on any row, selected or not.
WORD_COLORS = {"light": QColor(46, 160, 67, 95), "dark": QColor(87, 211, 110, 90)}
SENTENCE_COLORS = {"light": QColor(46, 160, 67, 34), "dark": QColor(87, 211, 110, 34)}


def word_color() -> QColor:
    return QColor(WORD_COLORS.get(current_theme(), WORD_COLORS["light"]))


def sentence_color() -> QColor:
    return QColor(SENTENCE_COLORS.get(current_theme(), SENTENCE_COLORS["light"]))


@dataclass(frozen=True, slots=True)
class Marks:
    """The linked words and sentences of one paragraph, for the texts in `aligned`."""

    paragraph_id: int
    aligned: AlignedText
    source_words: frozenset[int] = frozenset()
    target_words: frozenset[int] = frozenset()
    source_sentences: frozenset[int] = frozenset()
    target_sentences: frozenset[int] = frozenset()

    def words(self, source: bool) -> frozenset[int]:
        return self.source_words if source else self.target_words

    def sentences(self, source: bool) -> frozenset[int]:
        return self.source_sentences if source else self.target_sentences


def word_marks(paragraph_id: int, aligned: AlignedText, source: bool, word: int) -> Marks:
    """The word `word` of one side (source: Arabic) with its partners, and its sentence with
    the partner sentences. A word without links highlights no word, only the sentences."""
    alignment = aligned.alignment
    partners = alignment.targets_of(word) if source else alignment.sources_of(word)
    own = frozenset({word}) if partners else frozenset()
    other = frozenset(partners)
    sentence = aligned.sentence_of(source, word)
    return _with_sentences(paragraph_id, aligned, source, sentence,
                           own if source else other, other if source else own)


def sentence_marks(paragraph_id: int, aligned: AlignedText, source: bool,
                   sentence: int | None) -> Marks:
    """Sentence `sentence` of one side and its partner sentence(s), no words."""
    return _with_sentences(paragraph_id, aligned, source, sentence, frozenset(), frozenset())


def _with_sentences(pid, aligned, source, sentence, source_words, target_words) -> Marks:
    if sentence is None:
        return Marks(pid, aligned, source_words, target_words)
    alignment = aligned.alignment
    if source:
        partners = alignment.partners_of_source_sentence(sentence)
        return Marks(pid, aligned, source_words, target_words,
                     frozenset({sentence}), frozenset(partners))
    partners = alignment.partners_of_target_sentence(sentence)
    return Marks(pid, aligned, source_words, target_words, frozenset(partners),
                 frozenset({sentence}))


class LinkPainter:
    """The delegates' underlay: paints the current `marks` (None: nothing). GUI thread only."""

    def __init__(self) -> None:
        self.marks: Marks | None = None
        self.boxes = BoxCache()

    def paint(self, delegate, painter: QPainter, index, shown, layout, rect) -> None:
        marks = self.marks
        if marks is None or index.data(ParagraphIdRole) != marks.paragraph_id:
            return
        source = index.column() == SOURCE
        aligned = marks.aligned
        if shown.original != (aligned.source if source else aligned.target):
            return  # the cell's text changed since: these marks are not about it
        words, sentences = marks.words(source), marks.sentences(source)
        if not words and not sentences:
            return
        key = cell_key(index.column(), shown, rect.width(), delegate.style_of(index))
        boxes = self.boxes.boxes(key, layout, shown)
        origin = QPointF(rect.left() + PAD_X, rect.top() + PAD_Y)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(sentence_color())
        all_sentences = aligned.sentences(source)
        for k in sentences:
            if 0 <= k < len(all_sentences):
                for r in boxes.sentence_rects(*all_sentences[k]):
                    painter.drawRoundedRect(r.translated(origin).adjusted(-3, 0, 3, 0), 3, 3)
        fill = word_color()
        edge = QColor(fill)
        edge.setAlpha(210)  # an outline: the word still stands out on a selected (blue) row
        painter.setBrush(fill)
        painter.setPen(QPen(edge, 1.0))
        for word in words:
            if 0 <= word < len(boxes.words):
                for r in boxes.words[word]:
                    painter.drawRoundedRect(r.translated(origin).adjusted(-2, 1, 2, -1), 3, 3)
        painter.restore()
