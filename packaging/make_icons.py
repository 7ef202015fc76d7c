"""Render resources/icons/workbench.svg into the PNG sizes the app and the desktop need.

    python packaging/make_icons.py            # writes workbench/resources/icons/workbench-<N>.png
    python packaging/make_icons.py --check    # exit 1 if a committed PNG differs from the SVG

The PNGs are committed (the wheel ships them; the window and the .desktop entry load them) so a
user never needs QtSvg or this script. Rendering uses PySide6's QtSvg offscreen: the same renderer
on every platform, no Inkscape or cairo needed.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SVG = ROOT / "resources" / "icons" / "workbench.svg"
OUT_DIR = ROOT / "workbench" / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
# Anti-aliasing may differ by a step between Qt builds; a redrawn icon differs by far more.
CHANNEL_TOLERANCE = 3


def png_name(size: int) -> str:
    return f"workbench-{size}.png"


def _app():
    # A QApplication, not a QGuiApplication: in a test session the same instance must later
    # serve widget tests, and Qt allows only one application object per process.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication(sys.argv[:1])


def render(size: int, svg: Path = SVG):
    """The SVG drawn on a transparent size x size QImage (ARGB32)."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app()
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"{svg}: not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def max_difference(a, b) -> int:
    """Largest per-channel difference between two same-size images (256 if sizes differ)."""
    from PySide6.QtGui import QImage

    a = a.convertToFormat(QImage.Format.Format_ARGB32)
    b = b.convertToFormat(QImage.Format.Format_ARGB32)
    if a.size() != b.size():
        return 256
    worst = 0
    for y in range(a.height()):
        for x in range(a.width()):
            pa, pb = a.pixel(x, y), b.pixel(x, y)
            for shift in (0, 8, 16, 24):
                worst = max(worst, abs(((pa >> shift) & 0xFF) - ((pb >> shift) & 0xFF)))
    return worst


def stale_icons(out_dir: Path = OUT_DIR) -> list[str]:
    """Names of PNGs that are missing or no longer match the SVG."""
    from PySide6.QtGui import QImage

    stale = []
    for size in SIZES:
        path = out_dir / png_name(size)
        if not path.is_file() or max_difference(render(size), QImage(str(path))) > CHANNEL_TOLERANCE:
            stale.append(path.name)
    return stale


def write_icons(out_dir: Path = OUT_DIR) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for size in SIZES:
        path = out_dir / png_name(size)
        if not render(size).save(str(path), "PNG"):
            raise OSError(f"cannot write {path}")
        written.append(path)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only compare, write nothing")
    args = parser.parse_args(argv)
    if args.check:
        stale = stale_icons()
        for name in stale:
            print(f"stale: {name} (run python packaging/make_icons.py)")
        return 1 if stale else 0
    for path in write_icons():
        print(f"wrote {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
