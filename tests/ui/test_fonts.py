"""Fonts: an installed Naskh family is chosen, the user's choice wins, missing ones fall back."""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase, QFontInfo, QFontMetricsF

from workbench.ui.fonts import (
    ARABIC_FAMILIES,
    arabic_families,
    arabic_family,
    arabic_font,
    english_font,
    installed_families,
    pick_family,
)

ARABIC = "قرأتُ الكتابَ في المكتبة"


def test_arabic_font_uses_an_installed_family_that_covers_arabic(qapp):
    font = arabic_font(18)
    assert font.family() in installed_families()
    assert font.family() in ARABIC_FAMILIES
    assert QFontDatabase.WritingSystem.Arabic in QFontDatabase.writingSystems(font.family())
    assert QFontInfo(font).family() == font.family()  # Qt really resolves to it
    assert font.pointSize() == 18


def test_arabic_font_renders_arabic_without_missing_glyphs(qapp):
    metrics = QFontMetricsF(arabic_font(16))
    assert all(metrics.inFontUcs4(ord(ch)) for ch in ARABIC if not ch.isspace())


def test_first_installed_preference_wins(qapp):
    installed = installed_families()
    expected = next(f for f in ARABIC_FAMILIES if f in installed)
    assert arabic_font(16).family() == expected


def test_chosen_family_wins_when_installed_and_arabic(qapp):
    candidates = [f for f in arabic_families() if f != arabic_family()]
    assert candidates, "the test machine needs two Arabic fonts"
    assert arabic_font(16, candidates[0]).family() == candidates[0]


def test_missing_or_unsuitable_family_falls_back(qapp):
    automatic = arabic_family()
    assert arabic_font(16, "No Such Font Family 123").family() == automatic
    assert arabic_font(16, "").family() == automatic
    latin_only = next(
        f for f in sorted(installed_families())
        if QFontDatabase.WritingSystem.Arabic not in QFontDatabase.writingSystems(f)
    )
    assert arabic_font(16, latin_only).family() == automatic


def test_pick_family_skips_missing_preferences():
    installed = {"DejaVu Sans", "Noto Sans Arabic", "Noto Naskh Arabic"}
    assert pick_family(installed) == "Noto Naskh Arabic"
    assert pick_family({"DejaVu Sans"}) == "DejaVu Sans"
    assert pick_family({"Liberation Serif"}) is None
    assert pick_family(installed, wanted="Noto Sans Arabic") == "Noto Sans Arabic"
    assert pick_family(installed, wanted="Amiri") == "Noto Naskh Arabic"


def test_arabic_families_lists_preferred_first(qapp):
    families = arabic_families()
    preferred = [f for f in families if f in ARABIC_FAMILIES]
    assert families[: len(preferred)] == preferred
    assert all(QFontDatabase.WritingSystem.Arabic in QFontDatabase.writingSystems(f) for f in families)


def test_english_font_size(qapp):
    font = english_font(13)
    assert font.pointSize() == 13
    assert QFontInfo(font).family() in installed_families()
