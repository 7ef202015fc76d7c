"""The questions asked before a person's words are replaced: retranslating a paragraph a person
wrote or checked, and a Replace all that would change paragraphs of several statuses.

Each function builds a window-modal QMessageBox and returns it unopened: the caller connects
its answer and calls `open()`, so the event loop never stops (saves and drafts keep arriving).
The safe answer (keep my text, cancel) is the Escape button; the text names what will change.
"""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from workbench.core.model import Status
from workbench.ui.labels import status_label

translate = QCoreApplication.translate
Role = QMessageBox.ButtonRole
SHOWN_CHARS = 400  # of each text in the question: enough to decide, never a screen-high box


def _shown(text: str) -> str:
    return text if len(text) <= SHOWN_CHARS else text[:SHOWN_CHARS].rstrip() + "…"


def counts_text(counts: Counter) -> str:
    """"machine 3, edited 4": paragraph counts in workflow order."""
    return translate("AskDialogs", ", ").join(
        f"{status_label(s)} {counts[s]}" for s in Status if counts.get(s))


def _box(parent: QWidget, title: str, text: str, details: str) -> QMessageBox:
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton,
                      parent)
    box.setInformativeText(details)
    return box


def ask_retranslate(parent: QWidget, row: int, status: Status, current: str,
                    draft: str) -> QMessageBox:
    """Replace a person's text with a fresh machine draft? `replace_button` accepts."""
    box = _box(
        parent, translate("AskDialogs", "Retranslate paragraph {row}").format(row=row),
        translate("AskDialogs", "Paragraph {row} is {status}: a person wrote or checked it. "
                                "Replace it with the new machine draft?").format(
            row=row, status=status_label(status)),
        translate("AskDialogs", "Your text:\n{current}\n\nNew draft:\n{draft}\n\nReplacing is "
                                "one undo step, and your text stays in the paragraph's "
                                "history.").format(current=_shown(current), draft=_shown(draft))
        + "\n" + translate("AskDialogs", "Keeping your text keeps the new draft in the history, "
                                          "beside it."))
    box.replace_button = box.addButton(translate("AskDialogs", "Replace with the draft"),
                                       Role.AcceptRole)
    keep = box.addButton(translate("AskDialogs", "Keep my text"), Role.RejectRole)
    box.setDefaultButton(keep)  # Enter pressed out of habit keeps the person's words
    box.setEscapeButton(keep)
    return box


def confirm_replace_all(parent: QWidget, query: str, replacement: str, changed: Counter,
                        locked: Counter) -> QMessageBox:
    """Say how many paragraphs of each status Replace all changes and leaves locked; ask.
    `replace_button` accepts."""
    total = sum(changed.values())
    details = translate("AskDialogs", "It changes: {counts}.").format(counts=counts_text(changed))
    if locked:
        details += "\n" + translate(
            "AskDialogs", "Left as they are (locked): {counts}. Tick “Include approved and "
                          "reviewed” to change them too.").format(counts=counts_text(locked))
    if changed.get(Status.REVIEWED) or changed.get(Status.APPROVED):
        details += "\n" + translate("AskDialogs", "Reviewed and approved paragraphs it changes "
                                                  "become edited and need checking again.")
    details += "\n" + translate("AskDialogs", "Undo takes the whole replacement back.")
    box = _box(parent, translate("AskDialogs", "Replace all"),
               translate("AskDialogs", "Replace “{query}” with “{replacement}” in {count} "
                                       "paragraphs?").format(query=query,
                                                             replacement=replacement,
                                                             count=total),
               details)
    box.replace_button = box.addButton(
        translate("AskDialogs", "Replace in {count} paragraphs").format(count=total),
        Role.AcceptRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(box.replace_button)
    box.setEscapeButton(cancel)
    return box
