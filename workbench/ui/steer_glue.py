"""Alternatives from the model in the window: for the sentence at the cursor and for one word.

`show_sentence_alternatives()` asks for the n best translations of the English sentence at the
editor's cursor (or of the current row's first sentence when no editor is open);
`show_word_alternatives()` (Alt+Down in the editor) for the word at the cursor given the words
before it, each option re-decoded from there to the end of the sentence. The answer is a popup
under the sentence (steer_popup); choosing replaces that one sentence (`Place.put`): in the open
editor as one step of its undo, otherwise as one edit of the EditController (one undo step).
Completion while typing is steer_completion.py; both ask through `ask`.

Threads: every engine call runs on the `mt` lane as one urgent latest-wins request (key
"steer"), served between two groups of a running batch; the GUI thread keeps only snapshots of
what was asked, and an answer whose text changed meanwhile is dropped, never applied.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtCore import QObject, QPoint, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QPlainTextEdit

from workbench.core import inline
from workbench.core.errors import Cancelled
from workbench.mt import steer, steer_paragraph
from workbench.ui.models.paragraph_model import TARGET
from workbench.ui.steer_completion import CompletionGlue
from workbench.ui.steer_popup import alternatives_menu

N_OPTIONS = 5
_WORD = re.compile(r"\S+")


@dataclass(frozen=True)
class Asked:
    """What a request was made about: a paragraph's English (in `editor` when one was open)."""

    paragraph_id: int
    source: str
    english: str  # without inline tags: what the model reads
    offset: int  # in `english`
    editor: QPlainTextEdit | None
    tagged: str = ""  # the text as it was, tags included: still() compares it, choose() maps to it


def _can_steer(engine) -> bool:
    try:
        steer.steerable(engine)
    except steer.SteeringUnsupported:
        return False
    return True


class SteerGlue(QObject):
    """The window's alternatives and completion. GUI thread only; the engine is reached only
    from jobs on the mt lane. `popup` is the menu on screen (or the last one); `steerable` is
    False once the engine is known to have no model (the gloss engine), None while unknown."""

    def __init__(self, window, pause_ms: int = 0) -> None:
        super().__init__(window)
        self.window = window
        self.view, self.model, self.editing = window.view, window.model, window.editing
        self.delegate = window.view.target_delegate
        self.popup = None
        self.steerable: bool | None = None
        self._serial = 0  # the latest request; an older answer is never shown
        self.completion = CompletionGlue(self, pause_ms)
        self.delegate.key_handler = self._on_key
        window.translation.engine_ready.connect(lambda *_: self._check_engine())
        for changed in (window.session.opened, window.session.closed):
            changed.connect(lambda *_: self.cancel())

    # -- asking the mt lane -----------------------------------------------------------------
    def ask(self, work, done) -> None:
        """`work(engine, glossary)` on the mt lane (urgent, latest-wins); `done(result)` back on
        the GUI thread unless a newer request was made meanwhile."""
        self._serial += 1
        serial = self._serial
        translator, glossary = self.window.translation.translator, self._glossary()
        self._say(self.tr("Asking the model…"), 0)
        self.window.tasks.latest(
            "mt", "steer", lambda ctx: work(translator.engine, glossary),
            success=lambda result: self._answered(serial, result, done),
            failure=lambda exc: self._failed(serial, exc), urgent=True)

    def cancel(self) -> None:
        self._serial += 1
        self.window.tasks.cancel_latest("mt", "steer")
        self._end_asking()

    def _glossary(self):
        known = self.window.translation._glossary
        return known[1] if known is not None and known[0] == self.window.session.generation else None

    def _answered(self, serial: int, result, done) -> None:
        if serial != self._serial:
            return
        self._end_asking()
        self.steerable = True
        done(result)

    def _failed(self, serial: int, exc: BaseException) -> None:
        if serial != self._serial or isinstance(exc, Cancelled):
            return
        self._end_asking()
        if isinstance(exc, steer.SteeringUnsupported):
            self.steerable = False
            self._say(self.tr("Alternatives and completion need a translation model: the "
                              "word-by-word gloss engine has none. Install a model first."))
        else:
            self.window.show_error(exc)

    def _check_engine(self) -> None:
        translator = self.window.translation.translator
        self.window.tasks.run("mt", lambda ctx: _can_steer(translator.engine),
                              success=lambda ok: setattr(self, "steerable", ok))

    def _say(self, text: str, timeout: int = 8000) -> None:
        self.window.statusBar().showMessage(text, timeout)

    def _end_asking(self) -> None:
        bar = self.window.statusBar()
        if bar.currentMessage() == self.tr("Asking the model…"):
            bar.clearMessage()

    # -- the commands -----------------------------------------------------------------------
    def show_sentence_alternatives(self) -> None:
        asked = self._asked()
        if asked is not None:
            self.ask(lambda engine, glossary: steer_paragraph.sentence_options_at(
                engine, asked.source, asked.english, asked.offset, N_OPTIONS, glossary=glossary),
                lambda result: self._offer(asked, *result))

    def show_word_alternatives(self) -> None:
        if self.delegate.editor() is None:  # open the editor: the word is the one at its cursor
            index = self.view.currentIndex().siblingAtColumn(TARGET)
            if index.isValid():
                self.view.edit(index)
            if (editor := self.delegate.editor()) is not None:
                editor.moveCursor(QTextCursor.MoveOperation.Start)
        asked = self._asked()
        if asked is not None:
            self.ask(lambda engine, glossary: steer_paragraph.word_options_at(
                engine, asked.source, asked.english, asked.offset, N_OPTIONS, glossary=glossary),
                lambda result: self._offer(asked, result[0], result[2], result[1]))

    def _asked(self) -> Asked | None:
        editor = self.delegate.editor()
        pid = self.delegate.editing_paragraph_id() if editor else self.view.current_paragraph_id()
        p = self.model.paragraph(pid) if pid is not None else None
        if p is None or not p.translatable or not p.source.strip():
            self._say(self.tr("Choose a paragraph with Arabic text to translate first."))
            return None
        if editor is not None:
            tagged = editor.toPlainText()
            return Asked(pid, p.source, inline.plain(tagged),
                         inline.plain_offset(tagged, editor.textCursor().position()), editor, tagged)
        return Asked(pid, p.source, inline.plain(p.target), 0, None, p.target)

    def still(self, asked: Asked) -> bool:
        """True while the text a request was about is still the one on screen."""
        if asked.editor is not None:
            return (self.delegate.editor() is asked.editor
                    and asked.editor.toPlainText() == asked.tagged)
        p = self.model.paragraph(asked.paragraph_id)
        return self.delegate.editor() is None and p is not None and p.target == asked.tagged

    # -- the popup --------------------------------------------------------------------------
    def _offer(self, asked: Asked, place, options, word: int | None = None) -> None:
        if not self.still(asked):
            return  # the text changed while the model was asked: that answer is about another
        options = [o for o in options if o.text != place.english]
        if not options:
            self._say(self.tr("The model has no other translation here."))
            return
        prefix = " ".join(place.english.split()[:word]) if word else ""
        labels = [("… " + o.text[len(prefix):].strip()) if prefix else o.text for o in options]
        starts = [m.start() for m in _WORD.finditer(place.english)] + [len(place.english)]
        rest = starts[min(word, len(starts) - 1)] if word else 0
        current = place.english[rest:]
        menu = alternatives_menu(self.view, ("… " + current) if prefix else current, options,
                                 labels)
        menu.triggered.connect(lambda action: action.data() is not None and self.choose(
            asked, place, options[action.data()]))
        self.popup = menu
        menu.popup(self._anchor(asked, place.start + rest))

    def _anchor(self, asked: Asked, offset: int) -> QPoint:
        if asked.editor is not None:
            cursor = QTextCursor(asked.editor.document())
            cursor.setPosition(inline.text_offset(asked.tagged, min(offset, len(asked.english))))
            rect = asked.editor.cursorRect(cursor)
            return asked.editor.viewport().mapToGlobal(rect.bottomLeft() + QPoint(0, 2))
        row = self.model.row_of(asked.paragraph_id)
        index = self.window.proxy.mapFromSource(self.model.index(row or 0, TARGET))
        rect = self.view.visualRect(index)
        line = self.delegate.line_height()
        return self.view.viewport().mapToGlobal(rect.topLeft() + QPoint(8, min(rect.height(),
                                                                                line + 8)))

    def choose(self, asked: Asked, place, option) -> bool:
        """Put `option` in place of the sentence; False (nothing changed) when the text changed
        since it was asked for."""
        if not self.still(asked):
            self._say(self.tr("The text changed meanwhile: nothing was replaced."))
            return False
        # The model saw the English without tags: its sentence is mapped back onto the text
        # with tags. Tags inside the sentence are never dropped: they follow the new words (QA
        # shows a pair left empty there), and tags around the whole sentence stay around it.
        start = inline.text_offset(asked.tagged, place.start, after_tags=True)
        end = max(start, inline.text_offset(asked.tagged, place.end))
        text = option.text + "".join(inline.RESERVED.findall(asked.tagged[start:end]))
        if asked.editor is not None:
            from workbench.ui.delegates.target_editor import insert_tagged

            cursor = asked.editor.textCursor()
            cursor.beginEditBlock()  # one step of the editor's undo
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            cursor.removeSelectedText()
            insert_tagged(cursor, text)
            cursor.endEditBlock()
            asked.editor.setTextCursor(cursor)
        else:
            self.editing.edit(asked.paragraph_id, asked.tagged[:start] + text + asked.tagged[end:])
        return True

    # -- keys in the English editor ---------------------------------------------------------
    def _on_key(self, event) -> bool:
        if event.key() == Qt.Key.Key_Down and event.modifiers() == Qt.KeyboardModifier.AltModifier:
            self.show_word_alternatives()
            return True
        return self.completion.key(event)


def install(window, pause_ms: int = 0) -> SteerGlue:
    """Alternatives and completion in `window` (a MainWindow, once its controllers are built);
    `pause_ms` > 0 also asks for a completion after that pause in typing."""
    return SteerGlue(window, pause_ms)
