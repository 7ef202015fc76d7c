"""Completion while typing in the English editor: Tab asks, grey text shows, Tab accepts.

Tab with no suggestion on screen asks the model (through SteerGlue.ask: the mt lane, urgent,
latest-wins) to complete the sentence being typed, from the paragraph's text up to the cursor
(steer_paragraph.completion_at); with `pause_ms` > 0 a pause in typing asks too. The answer is
shown only if the editor, its text and its cursor are exactly as they were when it was asked
(a stale answer never lands), as grey text painted after the cursor (CompletionGhost, not in
the document). Tab then inserts it as typed text (one undo step of the editor); any typing or
cursor move hides it, Escape hides it and leaves the editor open.

Without a model (the gloss engine) Tab keeps its old meaning (save and leave the cell), and
Ctrl+Tab always has it.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QAbstractItemDelegate

from workbench.core import inline
from workbench.mt import steer_paragraph
from workbench.ui.delegates.completion_ghost import CompletionGhost


class CompletionGlue(QObject):
    """Completion in the open English editor of one window. GUI thread only.

    `suggestion` is the text shown after the cursor ("" when none); `dropped` counts answers
    that arrived too late to be shown (tests read both)."""

    def __init__(self, glue, pause_ms: int = 0) -> None:
        super().__init__(glue)
        self.glue = glue
        self.delegate = glue.delegate
        self.ghost: CompletionGhost | None = None
        self.dropped = 0
        self._asked: tuple | None = None  # (editor, text, cursor) of the request in flight
        self._accepting = False
        self._timer = QTimer(self, singleShot=True, interval=max(0, pause_ms))
        self._timer.timeout.connect(self._paused)
        self.pause_ms = pause_ms
        self.delegate.editor_opened.connect(self._opened)
        self.delegate.editor_closed.connect(self._closed)

    @property
    def suggestion(self) -> str:
        return self.ghost.text if self.ghost is not None else ""

    def set_pause(self, pause_ms: int) -> None:
        """Ask after `pause_ms` without typing (0: only on Tab)."""
        self.pause_ms = pause_ms
        self._timer.setInterval(max(0, pause_ms))
        if not pause_ms:
            self._timer.stop()

    # -- the editor -------------------------------------------------------------------------
    def _opened(self, paragraph_id: int) -> None:
        editor = self.delegate.editor()
        if editor is None:
            return
        self.ghost = CompletionGhost(editor)
        editor.textChanged.connect(self._typed)
        editor.cursorPositionChanged.connect(self.hide)

    def _closed(self, paragraph_id: int) -> None:
        self._timer.stop()
        self._asked, self.ghost = None, None  # the ghost goes with its editor

    def hide(self) -> None:
        self._asked = None  # an answer to what was asked before this change is stale now
        if self.ghost is not None:
            self.ghost.clear()

    def _typed(self) -> None:
        self.hide()
        editor = self.delegate.editor()
        if (self.pause_ms and not self._accepting and editor is not None
                and editor.document().isModified()):
            self._timer.start()

    def _paused(self) -> None:
        if self.glue.steerable is not False and not self.suggestion:
            self.request()

    # -- keys (TargetDelegate.key_handler, through SteerGlue) --------------------------------
    def key(self, event) -> bool:
        """True when the key was completion's: Tab (accept, or ask), Escape over a suggestion."""
        plain = event.modifiers() in (Qt.KeyboardModifier.NoModifier,
                                      Qt.KeyboardModifier.KeypadModifier)
        if event.key() == Qt.Key.Key_Tab and plain:
            if self.suggestion:
                self.accept()
                return True
            if self.glue.steerable is not True:
                # no model, or not known yet: Tab saves and leaves the cell, as it always did
                return False
            self.request()
            return True
        if event.key() == Qt.Key.Key_Tab and event.modifiers() == Qt.KeyboardModifier.ControlModifier:
            return self._leave()
        if event.key() == Qt.Key.Key_Escape and self.suggestion:
            self.hide()
            return True
        return False

    def _leave(self) -> bool:
        """What Tab did before completion: save and go to the next cell (Qt's delegate Tab)."""
        editor = self.delegate.editor()
        if editor is None:
            return False
        self.delegate.commitData.emit(editor)
        self.delegate.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.EditNextItem)
        return True

    def accept(self) -> None:
        """Insert the suggestion at the cursor as if typed (one undo step of the editor)."""
        editor, text = self.delegate.editor(), self.suggestion
        if editor is None or not text:
            return
        self._accepting = True
        try:
            cursor = editor.textCursor()
            cursor.beginEditBlock()  # its own undo step, not merged with the typing before it
            cursor.insertText(text)
            cursor.endEditBlock()
            editor.setTextCursor(cursor)
            editor.ensureCursorVisible()
        finally:
            self._accepting = False
        self.hide()

    def request(self) -> None:
        """Ask for the completion of the sentence being typed at the cursor."""
        editor = self.delegate.editor()
        pid = self.delegate.editing_paragraph_id()
        p = self.glue.model.paragraph(pid) if editor is not None and pid is not None else None
        if p is None or not p.source.strip():
            return
        asked = self._asked = self._now()
        typed = inline.plain(asked[1][: asked[2]])  # the model reads the words, not the tags
        self.glue.ask(lambda engine, glossary: steer_paragraph.completion_at(
            engine, p.source, typed, glossary=glossary),
            lambda result: self._answered(asked, *result))

    def _now(self) -> tuple:
        editor = self.delegate.editor()
        if editor is None:
            return (None, "", -1)
        return (editor, editor.toPlainText(), editor.textCursor().position())

    def _answered(self, asked: tuple, place, completion) -> None:
        if asked is not self._asked or asked != self._now() or self.ghost is None:
            self.dropped += 1  # typed on, moved, or closed since: it would land in the wrong place
            return
        self._asked = None
        if not completion.suffix.strip():
            self.glue._say(self.tr("The model has nothing to add here."))
            return
        self.ghost.show_text(completion.suffix)
        if completion.missing:
            terms = ", ".join(f"“{term}”" for term in completion.missing)
            self.glue._say(self.tr("The suggestion lacks the glossary term {terms}.").format(
                terms=terms))
