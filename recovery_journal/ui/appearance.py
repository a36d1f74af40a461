"""How text looks: the text size chosen on this computer, and colours from the palette.

The application font is the system font times the user's text size (Settings →
Appearance). Widgets that want bigger or smaller text than the body (headings, the
hours since the last dose) ask for it with :func:`set_points`, which keeps their size
relative to the application font, so they grow with it. Colours come from the palette,
so the system's light or dark theme flows through, and switch when it does.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QColor, QFont, QFontDatabase, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from recovery_journal.ui.device_prefs import DevicePrefs

REFERENCE_POINTS = 10.0  # sizes given to set_points are as designed for a 10-pt system font
RELATIVE_SIZE = "relativeTextSize"  # widget property: its text size / the application's
QUIET_TEXT = "quietText"  # widget property: secondary text, still readable (WCAG AA)
MIN_CONTRAST = 4.5  # WCAG 2 AA for normal text
QUIET_MIX = 0.62  # how much of the text colour a quiet text keeps (the rest: background)

# A restrained red for safety messages that keeps enough contrast on either background.
RED_ON_LIGHT = "#a4262c"
RED_ON_DARK = "#ff8a80"


# -- text size -------------------------------------------------------------------------
def system_font() -> QFont:
    """The desktop's own font for ordinary text."""
    return QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont)


def apply_text_size(scale: float) -> None:
    """Make the application font the system font × ``scale``; relative sizes follow."""
    font = _scaled(system_font(), scale)
    # Qt measures a label with an underlined shortcut letter (&To) kerned but draws it
    # unkerned, which cuts off its last letter; without kerning the two agree.
    font.setKerning(False)
    if font != QApplication.font():
        QApplication.setFont(font)
        # Qt posts the change to the windows; deliver it now, so every widget made or
        # measured from here on has the new size.
        QApplication.sendPostedEvents(None, QEvent.Type.ApplicationFontChange)
    for widget in QApplication.allWidgets():
        if _has(widget, RELATIVE_SIZE):
            _apply_relative_size(widget)


def follow_text_size(prefs: DevicePrefs) -> None:
    """Apply the saved text size now and whenever it is changed."""
    apply_text_size(prefs.text_scale)

    def changed(name: str) -> None:
        if name == "text_size":
            apply_text_size(prefs.text_scale)

    prefs.changed.connect(changed)


def set_points(widget: QWidget, points: float) -> None:
    """Show ``widget``'s text at ``points`` as designed for a 10-pt system font.

    The size stays relative to the application font, so it follows the system font
    and the user's text size (also when either changes while the widget is shown).
    """
    widget.setProperty(RELATIVE_SIZE, points / REFERENCE_POINTS)
    _apply_relative_size(widget)


def set_weight(widget: QWidget, weight: QFont.Weight) -> None:
    """Draw ``widget``'s text at ``weight`` (kept when its size follows the text size).

    A font, not a style sheet: the unlock page's two ``font-weight`` style sheets cost
    ~4 ms of every start-up (each widget with a sheet is polished by Qt's style-sheet
    style).
    """
    font = widget.font()
    font.setWeight(weight)
    widget.setFont(font)


def scaled_px(pixels: int) -> int:
    """A width designed for a 10-pt font, grown with larger text (never shrunk below it)."""
    factor = max(1.0, _size(QApplication.font()) / REFERENCE_POINTS)
    return round(pixels * factor)


def resize_within_screen(window: QWidget, width: int, height: int) -> None:
    """Size a dialog as designed (grown with the text) but never beyond its screen."""
    room = window.screen().availableGeometry()
    margin = 48  # the title bar and panels the available area may not count
    window.resize(
        min(scaled_px(width), room.width() - margin), min(scaled_px(height), room.height() - margin)
    )


def widen_on_first_show(window: QWidget, width: int) -> None:
    """Open ``window`` at least ``width`` wide (grown with the text) without making that
    its minimum: a fixed minimum would let it be narrowed below what its layout needs."""
    if window.width() < scaled_px(width):
        window.resize(scaled_px(width), window.height())


def _apply_relative_size(widget: QWidget) -> None:
    factor = float(widget.property(RELATIVE_SIZE))
    widget.setFont(_scaled(widget.font(), factor, base=QApplication.font()))


def _size(font: QFont) -> float:
    """A font's size in points (pixel-sized fonts: their pixels, close enough here)."""
    return font.pointSizeF() if font.pointSizeF() > 0 else float(font.pixelSize())


def _scaled(font: QFont, factor: float, base: QFont | None = None) -> QFont:
    """``font`` at ``factor`` × the size of ``base`` (default: the font itself)."""
    reference = base if base is not None else font
    scaled = QFont(font)
    if reference.pointSizeF() > 0:
        scaled.setPointSizeF(max(1.0, round(reference.pointSizeF() * factor, 1)))
    else:
        scaled.setPixelSize(max(1, round(reference.pixelSize() * factor)))
    return scaled


# -- colour ----------------------------------------------------------------------------
def is_dark(palette: QPalette) -> bool:
    """True when the palette is a dark theme (light text on a dark window)."""
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def safety_red(palette: QPalette) -> QColor:
    """The red kept for safety messages, readable on this palette's background."""
    return QColor(RED_ON_DARK if is_dark(palette) else RED_ON_LIGHT)


def relative_luminance(colour: QColor) -> float:
    """WCAG 2 relative luminance of an opaque colour."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast_ratio(first: QColor, second: QColor) -> float:
    """WCAG 2 contrast ratio, 1 (none) … 21 (black on white)."""
    lighter, darker = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def blend(top: QColor, bottom: QColor, share: float) -> QColor:
    """``share`` of ``top`` over ``bottom``, as an opaque colour."""
    return QColor.fromRgbF(
        top.redF() * share + bottom.redF() * (1 - share),
        top.greenF() * share + bottom.greenF() * (1 - share),
        top.blueF() * share + bottom.blueF() * (1 - share),
    )


def quiet_text_colour(palette: QPalette) -> QColor:
    """A softer text colour that still reads at WCAG AA on the window background."""
    text = palette.color(QPalette.ColorRole.WindowText)
    window = palette.color(QPalette.ColorRole.Window)
    share = QUIET_MIX
    colour = blend(text, window, share)
    while share < 1.0 and contrast_ratio(colour, window) < MIN_CONTRAST:
        share = min(1.0, share + 0.05)
        colour = blend(text, window, share)
    return colour


def set_quiet(widget: QWidget) -> None:
    """Show ``widget``'s text in the quiet colour (notes, sources), following the theme."""
    widget.setProperty(QUIET_TEXT, True)
    _apply_quiet(widget)


def _apply_quiet(widget: QWidget) -> None:
    palette = QPalette(widget.palette())
    parent = None if widget.isWindow() else widget.parentWidget()  # never asked for None
    source = parent.palette() if parent is not None else QApplication.palette()
    palette.setColor(QPalette.ColorRole.WindowText, quiet_text_colour(source))
    widget.setPalette(palette)


class ThemeFollower(QObject):
    """Recolours what Qt does not when ``window`` switches between light and dark.

    Qt freezes the palette of a widget with a style sheet when it is first styled, so
    after a switch such widgets are styled again; quiet text takes its new colour.
    """

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.PaletteChange:
            # Later: the other widgets take the new palette after the window does.
            QTimer.singleShot(0, follow_palette)
        return False


def follow_palette() -> None:
    """Restyle every styled widget and recolour quiet text, from the current palette."""
    for widget in QApplication.allWidgets():
        if widget.styleSheet():
            widget.setStyleSheet(widget.styleSheet())
        if _has(widget, QUIET_TEXT):
            _apply_quiet(widget)


def _has(widget: QWidget, name: str) -> bool:
    """Whether ``widget`` has the property ``name``.

    Not ``property(name) is None``: PySide 6.12 on Python 3.11 loses a reference to
    None each time a call answers None, and this runs over every widget.
    """
    return name.encode() in widget.dynamicPropertyNames()
