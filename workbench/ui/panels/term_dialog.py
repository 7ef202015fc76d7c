"""The dialog that adds or edits one glossary term, and the words for a refused change."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

from workbench.core.errors import GlossaryError
from workbench.glossary.entries import GlossaryEntry, base_form_for_selection, clean_entry


def glossary_error_text(exc: GlossaryError) -> str:
    """One sentence for a refused glossary change (house style: errors become words here).
    Each string is a literal QCoreApplication.translate call so lupdate extracts it."""
    reason = exc.reason
    if reason == "empty-arabic":
        return QCoreApplication.translate("GlossaryErrors", "The Arabic term is empty.")
    if reason == "not-arabic":
        return QCoreApplication.translate("GlossaryErrors", "The Arabic term has no Arabic letter in it.")
    if reason == "empty-english":
        return QCoreApplication.translate("GlossaryErrors", "The English term is empty.")
    if reason == "bad-mode":
        return QCoreApplication.translate("GlossaryErrors", "Unknown match mode.")
    if reason == "forbidden-is-english":
        return QCoreApplication.translate(
            "GlossaryErrors", "A forbidden rendering is part of the English term itself, so every "
            "correct translation would be flagged.")  # fmt: skip
    if reason == "duplicate":
        return QCoreApplication.translate(
            "GlossaryErrors", "This term is already in the glossary as {existing}."
        ).format(existing=exc.existing or exc.arabic)
    if reason == "not-found":
        return QCoreApplication.translate(
            "GlossaryErrors", "This term is no longer in the glossary (deleted elsewhere?).")
    if reason == "unreadable":
        return QCoreApplication.translate("GlossaryErrors", "The user glossary file cannot be read.")
    return str(exc)


class TermDialog(QDialog):
    """Fields of one entry; `entry()` gives the edited GlossaryEntry (id and scope kept when
    editing). GUI thread only. OK is refused, with the reason shown, while the entry is invalid;
    duplicates are found by the store (the window shows `glossary_error_text` then).
    """

    def __init__(self, entry: GlossaryEntry | None = None, *, arabic: str = "", english: str = "",
                 scope: str = "project", arabic_font: QFont | None = None, parent=None) -> None:
        super().__init__(parent)
        self._original = entry
        self.setMinimumWidth(420)
        self.setWindowTitle(self.tr("Edit glossary term") if entry else self.tr("Add glossary term"))
        self.arabic = QLineEdit(entry.arabic if entry else arabic, self)
        self.arabic.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        self.arabic.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute)
        if arabic_font is not None:
            self.arabic.setFont(arabic_font)
        self.english = QLineEdit(entry.english if entry else english, self)
        self.note = QLineEdit(entry.note if entry else "", self)
        self.forbidden = QLineEdit("; ".join(entry.forbidden) if entry else "", self)
        self.forbidden.setPlaceholderText(self.tr("Renderings to avoid, separated by ;"))
        self.mode = QComboBox(self)
        self.mode.addItem(self.tr("Smart (with clitics and article)"), "smart")
        self.mode.addItem(self.tr("Exact (whole words only)"), "exact")
        self.mode.setCurrentIndex(max(0, self.mode.findData(entry.mode if entry else "smart")))
        self.scope = QComboBox(self)
        self.scope.addItem(self.tr("This project"), "project")
        self.scope.addItem(self.tr("My glossary (all projects)"), "user")
        self.scope.setCurrentIndex(max(0, self.scope.findData(entry.scope if entry else scope)))
        self.scope.setEnabled(entry is None)  # moving a term between glossaries is delete + add
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.setObjectName("errorLabel")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("&Arabic:"), self.arabic)
        form.addRow(self.tr("&English:"), self.english)
        form.addRow(self.tr("&Note:"), self.note)
        form.addRow(self.tr("&Forbidden:"), self.forbidden)
        form.addRow(self.tr("&Match:"), self.mode)
        form.addRow(self.tr("&Glossary:"), self.scope)
        self._layout = QVBoxLayout(self)
        self._layout.addLayout(form)
        self._layout.addWidget(self.error_label)
        self._layout.addWidget(self.buttons)
        for field in (self.arabic, self.english):
            field.textChanged.connect(self._update_ok)
        self._update_ok()
        (self.english if self.arabic.text() and not self.english.text() else self.arabic).setFocus()

    def entry(self) -> GlossaryEntry:
        forbidden = tuple(p.strip() for p in self.forbidden.text().split(";") if p.strip())
        values = dict(arabic=self.arabic.text(), english=self.english.text(), note=self.note.text(),
                      forbidden=forbidden, mode=self.mode.currentData())
        if self._original is not None:
            return replace(self._original, **values)
        return GlossaryEntry(scope=self.scope.currentData(), **values)

    def accept(self) -> None:
        try:
            clean_entry(self.entry())
        except GlossaryError as exc:
            self.error_label.setText(glossary_error_text(exc))
            return
        super().accept()

    def _update_ok(self) -> None:
        ok = bool(self.arabic.text().strip() and self.english.text().strip())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)
        self.error_label.clear()


class AddTermDialog(TermDialog):
    """A new term from a selection: the Arabic pre-filled with its base form (article and
    clitics removed, diacritics dropped), the English with the selected English text."""

    def __init__(self, arabic_selection: str, english_selection: str = "", *, scope: str = "project",
                 arabic_font: QFont | None = None, parent=None) -> None:
        base = base_form_for_selection(arabic_selection)
        super().__init__(None, arabic=base, english=" ".join(english_selection.split()), scope=scope,
                         arabic_font=arabic_font, parent=parent)
        selection = " ".join(arabic_selection.split())
        if selection and selection != base:
            hint = QLabel(self.tr("Selected: {text}").format(text=selection), self)
            hint.setObjectName("selectionLabel")
            self._layout.insertWidget(0, hint)
