"""Themes: dark applies qdarkstyle and a dark palette, light clears both; status colours."""

from __future__ import annotations

from itertools import combinations

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLabel

from workbench.core.model import Status
from workbench.ui.theme import apply_theme, current_theme, status_color, status_italic


@pytest.fixture
def app(qapp):
    yield qapp
    apply_theme(qapp, "light")  # the application is shared by every UI test


def window_lightness(app) -> int:
    return app.palette().color(QPalette.ColorRole.Window).lightness()


def test_dark_applies_stylesheet_and_palette(app, qtbot):
    apply_theme(app, "dark")
    assert "QToolTip" in app.styleSheet()
    assert window_lightness(app) < 60
    assert app.palette().color(QPalette.ColorRole.Text).lightness() > 180
    assert current_theme(app) == "dark"
    label = QLabel("نص عربي")
    qtbot.addWidget(label)
    label.show()
    assert label.palette().color(QPalette.ColorRole.Window).lightness() < 60


def test_light_clears_the_dark_theme(app):
    apply_theme(app, "dark")
    apply_theme(app, "light")
    assert app.styleSheet() == ""
    assert window_lightness(app) > 180
    assert app.style().name().lower() == "fusion"
    assert current_theme(app) == "light"


def test_unknown_theme_means_light(app):
    apply_theme(app, "dark")
    apply_theme(app, "solarized")
    assert app.styleSheet() == ""
    assert current_theme(app) == "light"


def distance(a: QColor, b: QColor) -> float:
    return sum((x - y) ** 2 for x, y in zip(a.getRgb()[:3], b.getRgb()[:3], strict=True)) ** 0.5


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_status_colours_are_distinct(theme):
    colors = {status: status_color(status, theme) for status in Status}
    assert all(color.isValid() for color in colors.values())
    for (s1, c1), (s2, c2) in combinations(colors.items(), 2):
        assert distance(c1, c2) > 40, (s1, s2, c1.name(), c2.name())


def test_status_colours_stand_out_from_their_background(app):
    for theme in ("light", "dark"):
        apply_theme(app, theme)
        background = app.palette().color(QPalette.ColorRole.Base)
        for status in Status:
            assert distance(status_color(status, theme), background) > 80, (theme, status)


def test_status_colours_follow_the_theme():
    assert status_color(Status.MACHINE, "dark") != status_color(Status.MACHINE, "light")
    assert status_color("approved", "light") == status_color(Status.APPROVED, "light")


def test_only_gloss_is_italic():
    assert [s for s in Status if status_italic(s)] == [Status.GLOSS]
