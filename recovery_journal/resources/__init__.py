"""Files shipped inside the package: the app icon (SVG and hicolor PNG sizes).

They live in the package so a source checkout, an installed wheel and the PyInstaller
bundle all find them the same way: next to this module.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from recovery_journal.paths import APP_ID

if TYPE_CHECKING:
    from PySide6.QtGui import QIcon

ICON_DIR = Path(__file__).resolve().parent / "icons"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def icon_svg() -> Path:
    """The icon's scalable source."""
    return ICON_DIR / f"{APP_ID}.svg"


def icon_png(size: int) -> Path:
    """The icon rendered at ``size`` pixels, in the hicolor theme's layout."""
    return ICON_DIR / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"


def app_icon() -> QIcon:
    """The window icon: every PNG size (crisp when small) plus the SVG for any other size."""
    from PySide6.QtGui import QIcon

    icon = QIcon()
    for size in ICON_SIZES:
        if icon_png(size).is_file():
            icon.addFile(str(icon_png(size)))
    if icon_svg().is_file():
        icon.addFile(str(icon_svg()))
    return icon
