"""Typed preferences: defaults, round trip through the INI file, invalid values, signal."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QSettings

from workbench import paths
from workbench.ui.settings import MAX_RECENT, Settings, system_ui_language


def ini_settings(path: Path) -> Settings:
    return Settings(QSettings(str(path), QSettings.Format.IniFormat))


@pytest.fixture
def settings(tmp_path):
    return ini_settings(tmp_path / "settings.ini")


def test_defaults(settings):
    assert settings.theme == "light"
    assert settings.ui_language == system_ui_language() == "en"  # the test locale is C.UTF-8
    assert settings.arabic_font_family == ""
    assert settings.arabic_font_size == 16
    assert settings.english_font_size == 11
    assert settings.role == "translator"
    assert settings.recent_projects == []
    assert settings.hover_gloss is False
    assert settings.show_diacritics is True
    assert settings.window_geometry == QByteArray()
    assert settings.window_state == QByteArray()


def test_default_store_is_inside_workbench_home():
    store = Path(Settings().file_name())
    assert store.parent == paths.config_dir()
    assert store.suffix == ".ini"


def test_round_trip_through_the_file(tmp_path):
    path = tmp_path / "settings.ini"
    first = ini_settings(path)
    first.theme = "dark"
    first.ui_language = "ar"
    first.arabic_font_family = "Amiri"
    first.arabic_font_size = 20
    first.english_font_size = 13
    first.role = "editor"
    first.hover_gloss = True
    first.show_diacritics = False
    first.window_geometry = QByteArray(b"\x01\x00geometry\xff")
    first.window_state = QByteArray(b"state")
    first.recent_projects = ["/tmp/a.wbproj", "/home/مترجم/كتاب, الأول.wbproj"]
    first.sync()
    text = path.read_text(encoding="utf-8")
    assert "theme=dark" in text and "role=editor" in text

    second = ini_settings(path)
    assert second.theme == "dark"
    assert second.ui_language == "ar"
    assert second.arabic_font_family == "Amiri"
    assert second.arabic_font_size == 20
    assert second.english_font_size == 13
    assert second.role == "editor"
    assert second.hover_gloss is True
    assert second.show_diacritics is False
    assert second.window_geometry == QByteArray(b"\x01\x00geometry\xff")
    assert second.window_state == QByteArray(b"state")
    assert second.recent_projects == ["/tmp/a.wbproj", "/home/مترجم/كتاب, الأول.wbproj"]


def test_invalid_stored_values_read_as_defaults(tmp_path):
    path = tmp_path / "settings.ini"
    path.write_text(
        "[General]\n"
        "theme=purple\n"
        "ui_language=fr\n"
        "arabic_font_size=huge\n"
        "english_font_size=500\n"
        "role=admin\n"
        "hover_gloss=maybe\n"
        "show_diacritics=2\n"
        "recent_projects={not json\n"
        "window_geometry=plain text\n",
        encoding="utf-8",
    )
    settings = ini_settings(path)
    assert settings.theme == "light"
    assert settings.ui_language == "en"
    assert settings.arabic_font_size == 16
    assert settings.english_font_size == 11
    assert settings.role == "translator"
    assert settings.hover_gloss is False
    assert settings.show_diacritics is True
    assert settings.recent_projects == []
    assert settings.window_geometry == QByteArray()


def test_ini_strings_are_parsed(tmp_path):
    path = tmp_path / "settings.ini"
    path.write_text("[General]\narabic_font_size=22\nhover_gloss=true\n", encoding="utf-8")
    settings = ini_settings(path)
    assert settings.arabic_font_size == 22
    assert settings.hover_gloss is True


def test_setters_refuse_invalid_values(settings):
    with pytest.raises(ValueError):
        settings.theme = "purple"
    with pytest.raises(ValueError):
        settings.arabic_font_size = 0
    with pytest.raises(ValueError):
        settings.role = "boss"
    assert settings.theme == "light"


def test_changed_signal_names_the_key_once_per_real_change(settings):
    seen: list[str] = []
    settings.changed.connect(seen.append)
    settings.theme = "dark"
    settings.theme = "dark"  # unchanged: no signal
    settings.arabic_font_size = 18
    settings.show_diacritics = False
    settings.add_recent("/p/one.wbproj")
    assert seen == ["theme", "arabic_font_size", "show_diacritics", "recent_projects"]


def test_explicit_default_choice_is_stored(settings):
    settings.ui_language = "en"
    assert settings._store.contains("ui_language")


def test_recent_projects_most_recent_first_without_duplicates(settings):
    for name in ("a", "b", "c"):
        settings.add_recent(f"/p/{name}.wbproj")
    settings.add_recent("/p/a.wbproj")
    assert settings.recent_projects == ["/p/a.wbproj", "/p/c.wbproj", "/p/b.wbproj"]
    settings.remove_recent("/p/c.wbproj")
    assert settings.recent_projects == ["/p/a.wbproj", "/p/b.wbproj"]


def test_recent_projects_keep_at_most_ten_and_keep_missing_files(settings, tmp_path):
    for index in range(MAX_RECENT + 5):
        settings.add_recent(tmp_path / f"missing-{index}.wbproj")
    recent = settings.recent_projects
    assert len(recent) == MAX_RECENT
    assert recent[0] == str(tmp_path / f"missing-{MAX_RECENT + 4}.wbproj")
    assert not any(Path(p).exists() for p in recent)


def test_single_recent_project_survives_ini_round_trip(tmp_path):
    # QSettings turns a one-element list into a bare string in INI files; ours must not.
    path = tmp_path / "settings.ini"
    first = ini_settings(path)
    first.add_recent("/only/one.wbproj")
    first.sync()
    assert ini_settings(path).recent_projects == ["/only/one.wbproj"]
