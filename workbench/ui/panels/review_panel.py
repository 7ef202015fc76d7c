"""The Review dock: the current paragraph's text as the translator left it against the reviewer's,
changes marked as a word processor marks tracked changes (deletions struck through in red,
insertions underlined in green), the comment beside, and Accept / Reject for this paragraph or
for every paragraph a review merge brought in (project.review). The panel only shows and asks;
ReviewGlue does the edits.
"""

from __future__ import annotations

import difflib
import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QDockWidget, QHBoxLayout, QLabel, QPushButton, QTextBrowser,
                               QVBoxLayout, QWidget)

from workbench.core import inline
from workbench.ui.word_diff import tokens

DELETED = '<span style="color:#b3261e; text-decoration:line-through;">{}</span>'
INSERTED = '<span style="color:#1b7f3b; text-decoration:underline;">{}</span>'


def tracked_html(old: str, new: str) -> str:
    """One text with `old`'s removed words struck through and `new`'s added words underlined."""
    a, b = tokens(old), tokens(new)
    out = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes():
        if op == "equal":
            out.append(html.escape("".join(a[i1:i2])))
            continue
        if i2 > i1:
            out.append(DELETED.format(html.escape("".join(a[i1:i2]))))
        if j2 > j1:
            out.append(INSERTED.format(html.escape("".join(b[j1:j2]))))
    return "".join(out).replace("\n", "<br>")


class ReviewPanel(QWidget):
    """Shows a project.review.ReviewState (or nothing). GUI thread only."""

    accept_requested = Signal()
    reject_requested = Signal()
    accept_all_requested = Signal()
    reject_all_requested = Signal()
    next_requested = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.state = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        self.who = QLabel(self)
        self.who.setWordWrap(True)
        self.text = QTextBrowser(self)
        self.text.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # English, in any UI
        # room for a paragraph's changes to be read without scrolling, on a laptop screen too
        self.text.setMinimumHeight(self.fontMetrics().lineSpacing() * 3)
        self.comment = QLabel(self)
        self.comment.setWordWrap(True)
        self.comment.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.accept = QPushButton(self.tr("&Accept"), self)
        self.reject = QPushButton(self.tr("Re&ject"), self)
        row = QHBoxLayout()
        row.addWidget(self.accept)
        row.addWidget(self.reject)
        self.pending = QLabel(self)
        self.next = QPushButton(self.tr("Next to review"), self)
        self.accept_all = QPushButton(self.tr("Accept all"), self)
        self.reject_all = QPushButton(self.tr("Reject all"), self)
        all_row = QHBoxLayout()
        for button in (self.next, self.accept_all, self.reject_all):
            all_row.addWidget(button)
        for widget in (self.who, self.text):
            layout.addWidget(widget, 1 if widget is self.text else 0)
        layout.addWidget(self.comment)
        layout.addLayout(row)
        layout.addLayout(all_row)
        self.pending.hide()  # its text is the Next button's tooltip: a laptop screen is short
        self.accept.clicked.connect(self.accept_requested)
        self.reject.clicked.connect(self.reject_requested)
        self.accept_all.clicked.connect(self.accept_all_requested)
        self.reject_all.clicked.connect(self.reject_all_requested)
        self.next.clicked.connect(self.next_requested)
        self.show_state(None)
        self.show_pending(0)

    def show_state(self, state, comment: str = "") -> None:
        self.state = state
        if state is None or not state.changed:
            self.who.setText(self.tr("Nothing to review here: the text is as its translator "
                                     "left it."))
            self.text.clear()
        else:
            who = state.reviewer or self.tr("a reviewer")
            before = state.baseline_author or self.tr("the translator")
            if state.conflict:
                self.who.setText(self.tr("Conflict: {who}'s text arrived after this paragraph "
                                         "changed here; accepting replaces it.").format(who=who))
            else:
                self.who.setText(
                    (self.tr("Changes by {who} to the text of {before}; not yet accepted.")
                     if state.pending else self.tr("Changes by {who} to the text of {before}."))
                    .format(who=who, before=before))
            self.text.setHtml(tracked_html(inline.visible(state.baseline), inline.visible(state.proposal)))
        self.comment.setText(self.tr("Comment: {text}").format(text=comment) if comment else "")
        self.comment.setVisible(bool(comment))
        usable = state is not None and state.changed
        self.accept.setEnabled(usable)
        self.reject.setEnabled(usable)

    def show_pending(self, count: int) -> None:
        self.pending.setText(self.tr("{count} paragraphs from a review file wait for you.")
                             .format(count=count) if count else
                             self.tr("No paragraph from a review file waits for you."))
        self.next.setText(self.tr("Next to review ({count})").format(count=count) if count
                          else self.tr("Next to review"))
        self.next.setToolTip(self.pending.text())
        for button in (self.next, self.accept_all, self.reject_all):
            button.setEnabled(count > 0)


class ReviewDock(QDockWidget):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Review"))
        self.setObjectName("reviewDock")  # saveState/restoreState find it by name
        self.panel = ReviewPanel(self)
        self.setWidget(self.panel)
