"""Who wrote what, and when, in the real window (issue 11): the history names a person's
revisions by the "Your name" preference (by default the account's full name) and writes the
dates in the user's locale; the grid's Engine column says "person" once a person rewrote the
draft, and the engine again when the person brings the draft back from the history."""

from __future__ import annotations

import re
from types import SimpleNamespace

import pytest
from PySide6.QtCore import QDateTime, QLocale, QSettings, Qt

from tests.ui.conftest import WAIT, open_project, wait_saved
from tests.ui.window.test_documents_visible import make_three_documents
from workbench.core.model import Status
from workbench.ui.models.paragraph_model import ENGINE

ROW = 3  # "كان الطريق ضيقًا بين الصخور." in the first document
MINE = "The road ran narrow between the rocks."
GERMAN = QLocale(QLocale.Language.German, QLocale.Country.Germany)


@pytest.fixture
def german_locale():
    """The user's locale is German for this test (dates like 07.12.26 14:05)."""
    before = QLocale()
    QLocale.setDefault(GERMAN)
    yield GERMAN
    QLocale.setDefault(before)


@pytest.fixture
def author(settings):
    """The "Your name" preference, given back as it was (the settings file is shared)."""
    before = settings.author_name
    yield settings
    settings.author_name = before


def _translated(qtbot, window, tmp_path) -> None:
    open_project(qtbot, window, make_three_documents(tmp_path))
    window.actions.translate_all.trigger()  # the gloss engine (no model installed)
    qtbot.waitUntil(lambda: all(p.status is Status.GLOSS for p in window.model.paragraphs()),
                    timeout=WAIT)


def _history(qtbot, window, row: int):
    window.notes.history_dialog = None
    window.view.go_to_row(row)
    window.actions.history.trigger()
    qtbot.waitUntil(lambda: window.notes.history_dialog is not None, timeout=WAIT)
    dialog = window.notes.history_dialog
    qtbot.waitUntil(dialog.isVisible, timeout=WAIT)
    return dialog


def _rows(dialog) -> list[list[str]]:
    table = dialog.table
    return [[table.item(r, c).text() for c in range(table.columnCount())]
            for r in range(table.rowCount())]


def test_history_names_the_author_and_dates_in_the_users_locale(
        qtbot, window, tmp_path, no_model_installed, german_locale, author):
    author.author_name = "Layla Haddad"
    _translated(qtbot, window, tmp_path)
    pid = window.model.paragraph_at(ROW).id
    window.editing.edit(pid, MINE)
    wait_saved(qtbot, window)
    revisions = []
    window.session.run(lambda p: p.revisions(pid), success=revisions.extend)
    qtbot.waitUntil(lambda: len(revisions) == 2, timeout=WAIT)
    dialog = _history(qtbot, window, ROW)
    rows = _rows(dialog)
    assert [r[1:3] for r in rows] == [["Layla Haddad", "edited"], ["gloss", "gloss"]]
    for shown, revision in zip(rows, reversed(revisions), strict=True):  # newest first
        moment = QDateTime.fromString(revision.created_at, Qt.DateFormat.ISODateWithMs)
        assert shown[0] == GERMAN.toString(moment.toLocalTime(), QLocale.FormatType.ShortFormat)
        assert re.fullmatch(r"\d\d\.\d\d\.\d\d \d\d:\d\d", shown[0]), shown[0]  # German
    dialog.close()
    # a new name is used from the next save on; the old revisions keep theirs
    author.author_name = "Omar Saleh"
    window.editing.edit(pid, MINE + " Again.")
    wait_saved(qtbot, window)
    dialog = _history(qtbot, window, ROW)
    assert [r[1] for r in _rows(dialog)] == ["Omar Saleh", "Layla Haddad", "gloss"]
    dialog.close()


def test_the_name_defaults_to_the_accounts_full_name(monkeypatch, tmp_path):
    import pwd

    from workbench.project import authors
    from workbench.ui.settings import Settings

    entry = SimpleNamespace(pw_gecos="Layla Haddad,Room 4,,", pw_name="layla")
    monkeypatch.setattr(pwd, "getpwuid", lambda uid: entry)
    assert authors.account_name() == "Layla Haddad"
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    assert settings.author_name == "Layla Haddad"
    settings.author_name = "   "  # cleared: the account's name again
    assert settings.author_name == "Layla Haddad"
    entry.pw_gecos = ""  # no full name: the login name
    assert authors.account_name() == "layla"


def test_engine_says_person_after_a_rewrite_and_the_engine_after_restoring_the_draft(
        qtbot, window, tmp_path, no_model_installed):
    _translated(qtbot, window, tmp_path)
    engine_cell = window.proxy.index(ROW, ENGINE)
    assert engine_cell.data() == "gloss"
    pid = window.model.paragraph_at(ROW).id
    draft = window.model.paragraph(pid).target
    window.editing.edit(pid, MINE)
    wait_saved(qtbot, window)
    qtbot.waitUntil(lambda: window.model.paragraph(pid).target == MINE, timeout=WAIT)
    assert engine_cell.data() == "person"
    assert "person" in engine_cell.data(Qt.ItemDataRole.ToolTipRole)
    # the person takes the machine draft back from the history
    dialog = _history(qtbot, window, ROW)
    machine_row = next(r for r, row in enumerate(_rows(dialog)) if row[3] == draft)
    dialog.table.selectRow(machine_row)
    dialog.restore_button.click()
    wait_saved(qtbot, window)
    qtbot.waitUntil(lambda: window.model.paragraph(pid).target == draft, timeout=WAIT)
    assert window.model.paragraph(pid).status is Status.EDITED  # a person's choice ...
    assert engine_cell.data() == "gloss"  # ... of the engine's words
    window.actions.undo.trigger()  # and undoing it is the person's text again
    wait_saved(qtbot, window)
    qtbot.waitUntil(lambda: window.model.paragraph(pid).target == MINE, timeout=WAIT)
    assert engine_cell.data() == "person"


def test_every_kind_of_revision_has_a_name_in_the_history(qapp):
    from workbench.core.model import Origin
    from workbench.ui.dialogs.history_dialog import origin_label

    named = {origin: origin_label(origin) for origin in Origin}
    assert named[Origin.XLIFF] == "XLIFF file" and named[Origin.USER] == "person"
    assert len(set(named.values())) == len(named)  # no two kinds read alike
