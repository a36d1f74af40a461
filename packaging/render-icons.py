"""Render the app icon's SVG to the PNG sizes a desktop expects (hicolor theme layout).

Run after changing the SVG; the PNGs are committed:
    .venv/bin/python packaging/render-icons.py
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

from recovery_journal.resources import ICON_DIR, ICON_SIZES, icon_png, icon_svg  # noqa: E402

# Below this size the full drawing blurs into smudges: use the pixel-aligned redrawing.
SMALL_SVG = Path(__file__).resolve().parent / "icon-small.svg"
SMALL_UP_TO = 24


def render(svg: Path, size: int, out: Path) -> None:
    """Draw ``svg`` into a transparent ``size``×``size`` PNG at ``out``."""
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"render-icons: {svg} is not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    out.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(out), "PNG"):
        raise SystemExit(f"render-icons: could not write {out}")


def main() -> int:
    _app = QGuiApplication(sys.argv[:1])
    for size in ICON_SIZES:
        out = icon_png(size)
        render(SMALL_SVG if size <= SMALL_UP_TO else icon_svg(), size, out)
        print(f"{out.relative_to(ICON_DIR.parent.parent.parent)} ({size} px)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
