"""Revision history of one paragraph: the machine draft beside the current text, differences
marked, and every saved version below (any of which can be brought back as a new edit), each
with when it was saved, in the user's own date format, and who saved it: the person's name, or
the engine."""

from __future__ import annotations

from PySide6.QtCore import QDateTime, QLocale, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
)

from workbench.core import inline
from workbench.core.model import Paragraph, Revision
from workbench.ui.labels import status_label
from workbench.ui.word_diff import word_diff_html


def origin_label(origin: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return {
        "import": QCoreApplication.translate("History", "import"),
        "machine": QCoreApplication.translate("History", "engine"),
        "gloss": QCoreApplication.translate("History", "gloss"),
        "user": QCoreApplication.translate("History", "person"),
        "xliff": QCoreApplication.translate("History", "XLIFF file"),  # workbench merge
        "memory": QCoreApplication.translate("History", "memory match"),  # Ctrl+1..5
        "review": QCoreApplication.translate("History", "review file"),  # workbench merge .docx
    }.get(str(origin), str(origin))


def user_locale() -> QLocale:
    """The locale dates are written in: the user's (QLocale's default, the system's unless the
    application set another), or, where the system names none ("C", as in a bare container
    or a service), the one of the interface language."""
    locale = QLocale()
    if locale.language() != QLocale.Language.C:
        return locale
    if QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft:
        return QLocale(QLocale.Language.Arabic)
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)


def author_label(rev: Revision) -> str:
    """Who saved a revision: the person's name, else what made it (with the engine's name)."""
    if rev.origin == "user" and rev.author:
        return rev.author
    label = origin_label(rev.origin)
    # "gloss (gloss)" says it twice: the engine is named only when it adds something.
    return label + (f" ({rev.engine})" if rev.engine and rev.engine != label else "")


def offered_drafts(revisions: list[Revision]) -> set[int]:
    """Ids of the engine drafts kept beside a person's text and never taken (a retranslation
    declined). An engine never writes over a paragraph a person wrote or checked, so an engine
    revision made while the paragraph's status was a person's did not become its text."""
    offered, status = {}, None
    for rev in revisions:  # oldest first
        if rev.origin in ("machine", "gloss") and status is not None and not status.is_draft:
            offered[rev.text] = rev.id
            continue
        offered.pop(rev.text, None)  # the person took it after all ("Replace with the draft")
        status = rev.status
    return set(offered.values())


class HistoryDialog(QDialog):
    """Read-only view of revisions; `restore_requested(paragraph_id, text)` to use an old one.
    `locale` writes the dates (default: user_locale())."""

    restore_requested = Signal(int, str)

    def __init__(self, paragraph: Paragraph, revisions: list[Revision],
                 machine: Revision | None, parent=None, locale: QLocale | None = None) -> None:
        super().__init__(parent)
        self._locale = locale if locale is not None else user_locale()
        self.setWindowTitle(self.tr("History of paragraph {row}").format(row=paragraph.position + 1))
        self.resize(900, 560)
        self._paragraph = paragraph
        self._revisions = list(reversed(revisions))  # newest first
        layout = QGridLayout(self)
        draft = machine.text if machine is not None else ""
        old_html, new_html = word_diff_html(inline.visible(draft), inline.visible(paragraph.target))
        layout.addWidget(QLabel(self.tr("Machine draft"), self), 0, 0)
        layout.addWidget(QLabel(self.tr("Current text"), self), 0, 1)
        self.machine_view = QTextBrowser(self)
        self.current_view = QTextBrowser(self)
        self.machine_view.setHtml(old_html if machine is not None else
                                  "<i>{}</i>".format(self.tr("No machine draft yet.")))
        self.current_view.setHtml(new_html)
        layout.addWidget(self.machine_view, 1, 0)
        layout.addWidget(self.current_view, 1, 1)
        self.table = QTableWidget(len(self._revisions), 4, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Saved"), self.tr("By"), self.tr("Status"), self.tr("Text")])
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        offered = offered_drafts(revisions)
        for row, rev in enumerate(self._revisions):
            status = status_label(rev.status)
            if rev.id in offered:
                status = self.tr("{status}, not used").format(status=status)
            for column, text in enumerate((_when(rev.created_at, self._locale), author_label(rev),
                                           status, inline.visible(rev.text))):
                self.table.setItem(row, column, QTableWidgetItem(text))
            self.table.item(row, 0).setToolTip(rev.created_at)  # the exact moment, in UTC
            if rev.id in offered:
                self.table.item(row, 2).setToolTip(self.tr(
                    "A new draft offered by Retranslate: the paragraph kept the person's text."))
        self.table.resizeColumnsToContents()
        layout.addWidget(self.table, 2, 0, 1, 2)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.restore_button = QPushButton(self.tr("Use this version"), self)
        self.restore_button.setEnabled(False)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.restore_button.clicked.connect(self._restore)
        self.table.itemSelectionChanged.connect(
            lambda: self.restore_button.setEnabled(bool(self.table.selectedItems())))
        layout.addWidget(buttons, 3, 0, 1, 2)
        layout.setRowStretch(1, 1)
        layout.setRowStretch(2, 1)

    def _restore(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self._revisions):
            self.restore_requested.emit(self._paragraph.id, self._revisions[row].text)
            self.accept()


def _when(iso: str, locale: QLocale) -> str:
    moment = QDateTime.fromString(iso, Qt.DateFormat.ISODateWithMs)
    if not moment.isValid():
        return iso
    return locale.toString(moment.toLocalTime(), QLocale.FormatType.ShortFormat)
