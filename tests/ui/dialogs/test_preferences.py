"""Preferences: values round-trip through Settings, and the window rebuilds its engine with them
(real tiny Argos model on the mt lane; the LibreTranslate engine is only built, never called)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit

from tests.ui.conftest import WAIT
from workbench.mt.model_index import DEFAULT_INDEX_URL
from workbench.ui.dialogs.preferences_dialog import PreferencesDialog
from workbench.ui.engine_choice import engine_spec
from workbench.ui.settings import Settings

ENGINE_DEFAULTS = dict(engine_threads=0, compute_type="auto", beam_size=4,
                       model_index_url=DEFAULT_INDEX_URL, libretranslate_url="",
                       libretranslate_key="", preferred_engine="")


@pytest.fixture
def clean_settings(settings):
    """The INI file is shared by the session's tests: engine settings back to their defaults."""
    for key, value in ENGINE_DEFAULTS.items():
        setattr(settings, key, value)
    yield settings
    for key, value in ENGINE_DEFAULTS.items():
        setattr(settings, key, value)
    settings.arabic_font_size, settings.english_font_size = 16, 11


def test_defaults_and_invalid_values_read_as_defaults(clean_settings):
    s = clean_settings
    assert (s.engine_threads, s.compute_type, s.beam_size) == (0, "auto", 4)
    assert s.model_index_url == DEFAULT_INDEX_URL
    s._store.setValue("beam_size", "99")
    s._store.setValue("compute_type", "float8")
    assert (s.beam_size, s.compute_type) == (4, "auto")
    with pytest.raises(ValueError):
        s.beam_size = 0
    s.model_index_url = "  "  # blank means Argos' public index again
    assert s.model_index_url == DEFAULT_INDEX_URL


def test_the_dialog_round_trips_every_value(qtbot, clean_settings):
    dialog = PreferencesDialog(clean_settings)
    qtbot.addWidget(dialog)
    assert dialog.libre_key.echoMode() == QLineEdit.EchoMode.Password
    dialog.arabic_size.setValue(20)
    dialog.english_size.setValue(13)
    dialog.threads.setValue(3)
    dialog.compute_type.setCurrentIndex(dialog.compute_type.findData("int8"))
    dialog.fast_draft.setChecked(True)
    assert dialog.beam_size.value() == 1 and not dialog.beam_size.isEnabled()
    dialog.index_url.setText("http://127.0.0.1:8/index.json")
    dialog.libre_url.setText(" http://127.0.0.1:5000 ")
    dialog.libre_key.setText("k-123")
    dialog.engine.setCurrentIndex(dialog.engine.findData("libretranslate"))
    dialog.author.setText("  Layla   Haddad ")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    again = Settings()  # a fresh reader of the same INI file: it was written through
    assert (again.arabic_font_size, again.english_font_size) == (20, 13)
    assert (again.engine_threads, again.compute_type, again.beam_size) == (3, "int8", 1)
    assert again.model_index_url == "http://127.0.0.1:8/index.json"
    assert (again.libretranslate_url, again.libretranslate_key) == ("http://127.0.0.1:5000", "k-123")
    assert again.preferred_engine == "libretranslate"
    assert again.author_name == "Layla Haddad"  # the name the history shows beside edits

    shown = PreferencesDialog(again)
    qtbot.addWidget(shown)
    assert shown.fast_draft.isChecked() and shown.threads.value() == 3
    assert shown.compute_type.currentData() == "int8"
    assert shown.libre_key.text() == "k-123" and shown.engine.currentData() == "libretranslate"
    assert shown.author.text() == "Layla Haddad"
    shown.fast_draft.setChecked(False)
    assert shown.beam_size.value() == 4 and shown.beam_size.isEnabled()
    shown.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    assert Settings().beam_size == 1  # Cancel writes nothing


def test_speed_settings_become_engine_options(clean_settings):
    s = clean_settings
    assert engine_spec(s) == (None, {"beam_size": 4, "compute_type": "auto"})
    s.engine_threads, s.beam_size, s.compute_type = 4, 1, "float32"
    assert engine_spec(s) == (None, {"beam_size": 1, "compute_type": "float32", "threads": 4})
    assert engine_spec(s, "argos:x")[0] == "argos:x"  # the project's choice comes first
    s.preferred_engine, s.libretranslate_url = "libretranslate", "http://127.0.0.1:9"
    assert engine_spec(s) == ("libretranslate", {"url": "http://127.0.0.1:9", "api_key": ""})


def _engine_attr(window, attribute):
    return window.tasks.run_and_wait("mt", lambda ctx: getattr(window.translation.engine_on_lane(),
                                                       attribute, None), timeout=WAIT / 1000)


def test_the_window_rebuilds_its_engine_when_preferences_change(qtbot, window, clean_settings,
                                                                installed_tiny_model):
    window.start(None)
    qtbot.waitUntil(lambda: not window.tasks.is_busy("mt"), timeout=WAIT)
    assert _engine_attr(window, "name") == "argos"
    assert _engine_attr(window, "beam_size") == 4

    dialog = window.show_preferences()
    assert dialog.isVisible() and window.isEnabled()
    dialog.fast_draft.setChecked(True)
    dialog.threads.setValue(1)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Apply).click()
    qtbot.waitUntil(lambda: _engine_attr(window, "beam_size") == 1, timeout=WAIT)
    args = _engine_attr(window, "_translator_args")
    assert (args["inter_threads"], args["intra_threads"]) == (1, 1)

    dialog.engine.setCurrentIndex(dialog.engine.findData("libretranslate"))
    dialog.libre_url.setText("http://127.0.0.1:9")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: _engine_attr(window, "name") == "libretranslate", timeout=WAIT)
    assert _engine_attr(window, "model") == "127.0.0.1:9"


def test_preferences_is_in_the_edit_menu_with_ctrl_comma(window):
    assert window.actions.preferences.shortcut().toString() == "Ctrl+,"
    assert window.actions.models.text().replace("&", "") == "Models…"
