"""The committed application icons: every size present, square, and drawn from the current SVG."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def make_icons(qapp):  # pytest-qt's application: the renderer needs one, widget tests share it
    spec = importlib.util.spec_from_file_location("make_icons", ROOT / "packaging" / "make_icons.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_size_is_a_square_png_of_that_size(make_icons):
    from PySide6.QtGui import QImage

    for size in make_icons.SIZES:
        path = make_icons.OUT_DIR / make_icons.png_name(size)
        assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n", path
        image = QImage(str(path))
        assert (image.width(), image.height()) == (size, size), path
        assert image.hasAlphaChannel(), path  # rounded corners stay transparent
        assert image.pixelColor(0, 0).alpha() == 0 and image.pixelColor(size // 2, size // 2).alpha() == 255


def test_pngs_are_rendered_from_the_current_svg(make_icons):
    assert make_icons.stale_icons() == []


def test_a_changed_drawing_is_detected(make_icons, tmp_path):
    """The staleness check is not blind: PNGs of a recoloured SVG differ from the committed ones."""
    svg = make_icons.SVG.read_text(encoding="utf-8").replace("#0f7c6e", "#c0392b")
    changed = tmp_path / "changed.svg"
    changed.write_text(svg, encoding="utf-8")
    from PySide6.QtGui import QImage

    committed = QImage(str(make_icons.OUT_DIR / make_icons.png_name(32)))
    assert make_icons.max_difference(make_icons.render(32, changed), committed) > make_icons.CHANNEL_TOLERANCE
