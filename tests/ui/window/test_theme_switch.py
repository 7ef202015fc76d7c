"""Theme changes apply completely while the window runs: light -> dark -> light gives the same
light window again (menu bar, dock titles, tables, hint texts), in both interface languages.
The dark toolbar's arrows are visible, and reviewed and approved differ for colour-blind eyes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QImage

from tests.ui.conftest import shown_window
from workbench.core.model import Status
from workbench.ui.theme import apply_theme, status_color


@pytest.fixture(params=["en", "ar"])
def themed_window(request, qtbot, qapp, settings, project_path):
    settings.theme = "light"
    apply_theme(qapp, "light")
    with shown_window(qtbot, qapp, settings, project_path, request.param, (1366, 768)) as win:
        yield win
    apply_theme(qapp, "light")  # the application is shared by every UI test


def _in_window(window, widget, rect: QRect | None = None) -> QRect:
    rect = rect if rect is not None else widget.rect()
    return QRect(widget.mapTo(window, rect.topLeft()), rect.size())


def _regions(window) -> dict[str, QRect]:
    word = window.reading.word_dock
    title = QRect(0, 0, word.width(), max(8, word.widget().y()))
    panel = window.reading.word_panel
    glossary = window.reading.glossary_panel.table
    return {
        "menu bar": _in_window(window, window.menuBar()),
        "dock title": _in_window(window, word, title),
        "table": _in_window(window, glossary.viewport()),
        "hint": _in_window(window, panel.status_label),
    }


def _stats(image: QImage) -> tuple[float, float, float, int]:
    """Mean red, green, blue and the darkest lightness (text shows up there), on a grid."""
    total, darkest, count = [0.0, 0.0, 0.0], 255, 0
    step = 3
    for y in range(0, image.height(), step):
        for x in range(0, image.width(), step):
            c = image.pixelColor(x, y)
            total[0] += c.red()
            total[1] += c.green()
            total[2] += c.blue()
            darkest = min(darkest, c.lightness())
            count += 1
    return total[0] / count, total[1] / count, total[2] / count, darkest


def _grab(window) -> dict[str, tuple]:
    image = window.grab().toImage()
    return {name: _stats(image.copy(rect)) for name, rect in _regions(window).items()}


def _switch(qtbot, window, theme: str) -> None:
    window.look.set_theme(theme)
    qtbot.waitUntil(lambda: window.settings.theme == theme)


def test_light_after_dark_looks_like_light_before(qtbot, themed_window):
    window = themed_window
    light = _grab(window)
    _switch(qtbot, window, "dark")
    dark = _grab(window)
    _switch(qtbot, window, "light")
    again = _grab(window)
    for name in light:
        mean, mean_again, mean_dark = light[name][:3], again[name][:3], dark[name][:3]
        assert max(abs(a - b) for a, b in zip(mean, mean_again)) < 6, (name, mean, mean_again)
        assert sum(mean) / 3 - sum(mean_dark) / 3 > 60, (name, mean, mean_dark)
    # The hint's text is dark on light again (it stayed light grey: nearly invisible).
    assert again["hint"][3] < 100 and light["hint"][3] < 100


def _luminance(c: QColor) -> float:
    r, g, b = (_linear(v) for v in c.getRgb()[:3])
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def _contrast(image: QImage, background: QColor) -> float:
    """The largest WCAG contrast ratio between an opaque pixel and the background."""
    base = _luminance(background)
    ratios = [(max(lum, base) + 0.05) / (min(lum, base) + 0.05)
              for lum in (_luminance(image.pixelColor(x, y))
                          for y in range(image.height()) for x in range(image.width())
                          if image.pixelColor(x, y).alpha() > 200)]
    return max(ratios, default=1.0)


def _commonest(image: QImage) -> QColor:
    counts: dict[int, int] = {}
    for y in range(image.height()):
        for x in range(image.width()):
            rgb = image.pixel(x, y)
            counts[rgb] = counts.get(rgb, 0) + 1
    return QColor.fromRgb(max(counts, key=counts.get))


def test_dark_toolbar_arrows_are_visible(qtbot, themed_window):
    window = themed_window
    _switch(qtbot, window, "dark")
    for action in (window.actions.undo, window.actions.redo):
        button = window.toolbar.widgetForAction(action)
        drawn = button.grab().toImage()
        background = _commonest(drawn)
        icon, size = action.icon(), button.iconSize()
        # WCAG asks 3:1 of the parts of a control; enabled arrows get what text gets.
        assert _contrast(icon.pixmap(size, icon.Mode.Normal).toImage(), background) >= 4.5
        assert _contrast(icon.pixmap(size, icon.Mode.Disabled).toImage(), background) >= 3
        # As drawn on the toolbar (disabled at start: nothing to undo yet).
        assert _contrast(drawn, background) >= 3, action.text()


# -- status colours for colour-blind readers ----------------------------------------------
def _linear(c: float) -> float:
    c /= 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def _lab(rgb: tuple[float, float, float]) -> tuple[float, float, float]:
    r, g, b = (_linear(c) for c in rgb)
    x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047
    y = 0.2126 * r + 0.7152 * g + 0.0722 * b
    z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883

    def f(t: float) -> float:
        return t ** (1 / 3) if t > 0.008856 else 7.787 * t + 16 / 116

    return 116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))


def _deuteranopia(color: QColor) -> tuple[float, float, float]:
    """Machado, Oliveira and Fernandes (2009), severity 1.0, in linear RGB."""
    m = ((0.367322, 0.860646, -0.227968), (0.280085, 0.672501, 0.047413),
         (-0.011820, 0.042940, 0.968881))
    lin = [_linear(c) for c in color.getRgb()[:3]]
    out = [min(max(sum(m[i][j] * lin[j] for j in range(3)), 0.0), 1.0) for i in range(3)]
    srgb = [12.92 * c if c <= 0.0031308 else 1.055 * c ** (1 / 2.4) - 0.055 for c in out]
    return tuple(255 * c for c in srgb)


def _delta(a, b) -> float:
    return sum((x - y) ** 2 for x, y in zip(a, b)) ** 0.5


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_reviewed_and_approved_differ_for_colour_blind_eyes(theme):
    reviewed, approved = status_color(Status.REVIEWED, theme), status_color(Status.APPROVED, theme)
    lab_r, lab_a = _lab(reviewed.getRgb()[:3]), _lab(approved.getRgb()[:3])
    assert abs(lab_r[0] - lab_a[0]) >= 15  # lightness alone tells them apart
    seen_r, seen_a = _lab(_deuteranopia(reviewed)), _lab(_deuteranopia(approved))
    assert _delta(seen_r, seen_a) >= 30  # and so does a deuteranope's view of the colours
