"""How the charts look: one style for the screen (light or dark) and one for paper.

Colours are the Okabe–Ito palette, safe for the common kinds of colour blindness; each
series also has its own line style and marker so it survives greyscale printing. This
module does not import matplotlib.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from recovery_journal.domain.record import record

# Okabe M, Ito K. Color Universal Design (CUD): how to make figures and presentations
# that are friendly to colorblind people (2008).
BLUE, ORANGE, GREEN, PURPLE = "#0072B2", "#E69F00", "#009E73", "#CC79A7"
SKY_BLUE, YELLOW, VERMILLION, BLACK = "#56B4E9", "#F0E442", "#D55E00", "#000000"

DateFormat = Callable[[date], str]
Translate = Callable[[str], str]


def QT_TR_NOOP(text: str) -> str:
    """Marks a chart text for the translation catalogue (lupdate looks for this name);
    the figure translates it with its style's ``translate_text`` where it is drawn."""
    return text


def as_written(text: str) -> str:
    """No translation: the texts as the code has them (English)."""
    return text


@record
class SeriesLook:
    """How one data series is drawn: greyscale readers tell them apart by line and marker."""

    color: str
    linestyle: str
    marker: str


SCREEN_DPI = 100.0  # the Progress page's canvas: pixels per inch at a device pixel ratio of 1
_LINES = ("-", "--", ":", "-.")
_MARKERS = ("o", "s", "^", "D")
_LIGHT_COLORS = (BLUE, ORANGE, GREEN, PURPLE)
_DARK_COLORS = (SKY_BLUE, ORANGE, GREEN, PURPLE)  # dark blue is hard to see on dark grey


@record
class Style:
    """Colours, sizes and date labels for one place a figure is shown."""

    dark: bool
    background: str
    foreground: str  # text, axes and the plan's target line
    muted: str  # grid lines and quiet notes
    band: str  # the withdrawal context band and score bands
    series: tuple[SeriesLook, ...]
    font_size: float
    title_size: float
    figsize: tuple[float, float]  # inches, for a one-panel figure
    dpi: float
    date_format: DateFormat | None = None  # e.g. from QLocale; None: matplotlib's concise dates
    translate_text: Translate = as_written  # the app passes Qt's translation in

    @classmethod
    def screen(
        cls,
        dark: bool = False,
        date_format: DateFormat | None = None,
        tr: Translate = as_written,
        *,
        background: str | None = None,
        foreground: str | None = None,
    ) -> Style:
        """For the Progress page, following the app's light or dark palette.

        ``background`` and ``foreground`` are the window's own colours, where the app
        has them, so a chart never glares on a dark theme.
        """
        colors = _DARK_COLORS if dark else _LIGHT_COLORS
        return cls(
            dark=dark,
            background=background or ("#202124" if dark else "#FFFFFF"),
            foreground=foreground or ("#E8EAED" if dark else "#202124"),
            muted="#80868B" if dark else "#9AA0A6",
            band="#9AA0A6" if dark else "#BDC1C6",
            series=_looks(colors),
            font_size=10.0,
            title_size=12.0,
            figsize=(8.0, 4.2),
            dpi=SCREEN_DPI,
            date_format=date_format,
            translate_text=tr,
        )

    @classmethod
    def paper(cls, date_format: DateFormat | None = None) -> Style:
        """For print, PDF and files: always light, sized for a page's width."""
        return cls(
            dark=False,
            background="#FFFFFF",
            foreground=BLACK,
            muted="#8C8C8C",
            band="#C8C8C8",
            series=_looks(_LIGHT_COLORS),
            font_size=9.0,
            title_size=11.0,
            figsize=(7.0, 3.4),
            dpi=150.0,
            date_format=date_format,
        )

    def look(self, index: int) -> SeriesLook:
        """The look of the ``index``-th series in a figure."""
        return self.series[index % len(self.series)]


def _looks(colors: tuple[str, ...]) -> tuple[SeriesLook, ...]:
    return tuple(
        SeriesLook(color, line, marker)
        for color, line, marker in zip(colors, _LINES, _MARKERS, strict=True)
    )
