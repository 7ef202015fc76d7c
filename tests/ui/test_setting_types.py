"""The Setting descriptor: each kind of value round-trips through a real QSettings INI file,
invalid values are refused, and `changed(key)` comes once per real change."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QByteArray, QObject, QSettings, Signal

from workbench.ui.setting_types import (
    Setting,
    boolean,
    byte_array,
    choice,
    int_range,
    path_list,
    text,
)
from workbench.ui.settings import Settings


class Sample(QObject):
    """One preference of each kind the parsers know."""

    changed = Signal(str)

    word = Setting(choice(("one", "two")), "one")
    size = Setting(int_range(1, 9), 5, int)
    flag = Setting(boolean, False, bool)
    name = Setting(text, "", lambda v: v.strip())
    blob = Setting(byte_array, QByteArray, QByteArray)
    paths = Setting(path_list(3), list, lambda v: list(v)[:3], lambda v: json.dumps(v))

    def __init__(self, path) -> None:
        super().__init__()
        self._store = QSettings(str(path), QSettings.Format.IniFormat)


KINDS = [  # (attribute, a value to set, what reads back)
    ("word", "two", "two"),
    ("size", "7", 7),
    ("flag", 1, True),
    ("name", "  Amiri ", "Amiri"),
    ("blob", b"\x00\x01state\xff", QByteArray(b"\x00\x01state\xff")),
    ("paths", ["/only/one.wbproj"], ["/only/one.wbproj"]),
    ("paths", ["/a", "/ب ج, د", "/c", "/d"], ["/a", "/ب ج, د", "/c"]),
]


@pytest.mark.parametrize(("attribute", "value", "expected"), KINDS)
def test_each_kind_round_trips_through_an_ini_file(tmp_path, attribute, value, expected):
    path = tmp_path / "sample.ini"
    first = Sample(path)
    seen: list[str] = []
    first.changed.connect(seen.append)
    default = getattr(first, attribute)
    setattr(first, attribute, value)
    assert getattr(first, attribute) == expected
    setattr(first, attribute, value)  # the same again: no second signal
    first._store.sync()
    assert seen == [attribute]

    again = Sample(path)  # a fresh reader: INI files give strings back, parsed to the type
    assert getattr(again, attribute) == expected
    assert type(getattr(again, attribute)) is type(expected)
    assert getattr(again, attribute) != default


def test_the_key_is_the_attribute_name_and_defaults_are_fresh(tmp_path):
    sample = Sample(tmp_path / "sample.ini")
    assert Sample.word.key == "word"
    sample.paths.append("/not/stored")  # a default list is a new one on each read
    assert sample.paths == []
    sample.word = "two"
    assert sample._store.value("word") == "two"


def test_invalid_values_are_refused_and_leave_no_trace(tmp_path):
    sample = Sample(tmp_path / "sample.ini")
    seen: list[str] = []
    sample.changed.connect(seen.append)
    for attribute, value, error in (("word", "three", ValueError), ("size", 10, ValueError),
                                    ("size", "big", ValueError), ("name", None, AttributeError)):
        with pytest.raises(error):
            setattr(sample, attribute, value)
    assert (sample.word, sample.size, sample.name) == ("one", 5, "")
    assert seen == [] and sample._store.allKeys() == []


SAMPLES = {  # a valid value other than the default for every preference of the window
    "theme": "dark", "ui_language": "ar", "arabic_font_family": "Amiri",
    "arabic_font_size": 22, "english_font_size": 14, "show_diacritics": False,
    "hover_gloss": True, "role": "editor", "recent_projects": ["/p/a.wbproj"],
    "author_name": "Layla Haddad", "lock_reviewed": False,
    "memory_first": False, "memory_threshold": 85, "propagate_repeats": False,
    "completion_pause_ms": 600,
    "engine_threads": 2, "compute_type": "int8", "beam_size": 1,
    "model_index_url": "http://127.0.0.1:8/index.json", "libretranslate_url": "http://l:5000",
    "libretranslate_key": "k", "preferred_engine": "gloss",
    "window_geometry": QByteArray(b"geometry"), "window_state": QByteArray(b"state"),
}


def test_every_preference_keeps_its_key_and_round_trips(tmp_path):
    path = tmp_path / "settings.ini"
    assert list(Settings.fields()) == list(SAMPLES)  # the QSettings keys, unchanged
    first = Settings(QSettings(str(path), QSettings.Format.IniFormat))
    seen: list[str] = []
    first.changed.connect(seen.append)
    for key, value in SAMPLES.items():
        setattr(first, key, value)
        setattr(first, key, value)
    first.sync()
    assert seen == list(SAMPLES)  # once per change, none for the repeats
    again = Settings(QSettings(str(path), QSettings.Format.IniFormat))
    assert {key: getattr(again, key) for key in SAMPLES} == SAMPLES
