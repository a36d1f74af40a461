"""What every figure shares: the figure itself, date axes, colours, legends, gaps and the
calm "no data" message. Daily series are drawn against python dates, one point per day;
a day without data is NaN, which matplotlib draws as a gap."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, datetime
from typing import Any

import numpy as np
from matplotlib import dates as mdates
from matplotlib import ticker
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.lines import Line2D

from recovery_journal.charts.style import QT_TR_NOOP, SeriesLook, Style
from recovery_journal.services.chart_data import ChartData, Series

NO_DATA = QT_TR_NOOP("No data in this period")
SMALL_MARKERS_AFTER_DAYS = 60  # markers stay (single days between gaps), only smaller


def unit_label(unit: str, style: Style) -> str:
    """A unit as an axis label says it: ``g``, ``capsules``, ``shots``."""
    tr = style.translate_text
    words = {"capsule": tr("capsules"), "shot": tr("shots")}
    return words.get(unit, unit)


def values(series: Sequence[float | None]) -> np.ndarray:
    """A series as floats, a gap (None) as NaN."""
    return np.array([np.nan if v is None else v for v in series], dtype=float)


def day_number(day: date) -> float:
    """A date where matplotlib puts it on a date axis (its midnight)."""
    return float(mdates.date2num(day))  # type: ignore[no-untyped-call]


def number_day(x: float) -> date:
    """The date at position ``x`` of a date axis."""
    moment: datetime = mdates.num2date(x)  # type: ignore[no-untyped-call]
    return moment.date()


def day_axis(days: Sequence[date]) -> Any:
    """Dates as x values: kept as python dates, so a line's x data reads back as dates."""
    return list(days)


def has_values(*series: Series) -> bool:
    return any(v is not None for one in series for v in one)


def new_figure(style: Style, title: str, data: ChartData, height: float = 1.0) -> Figure:
    """An empty figure in ``style``, titled with the chart's name (translated) and the period."""
    width, base = style.figsize
    figure = Figure(
        figsize=(width, base * height),
        dpi=style.dpi,
        layout="constrained",
        facecolor=style.background,
    )
    heading = f"{style.translate_text(title)} · {period_text(data, style)}"
    figure.suptitle(heading, fontsize=style.title_size, color=style.foreground)
    return figure


def panels(figure: Figure, style: Style, rows: int = 1, cols: int = 1) -> list[Axes]:
    """rows × cols styled axes; stacked panels share their date axis."""
    grid = figure.subplots(rows, cols, sharex=cols == 1, squeeze=False)
    axes = [ax for row in grid for ax in row]
    for ax in axes:
        decorate(ax, style)
    return axes


def period_text(data: ChartData, style: Style) -> str:
    show = style.date_format or date.isoformat
    return f"{show(data.first)} – {show(data.last)}"


def decorate(ax: Axes, style: Style, ylabel: str = "", right: bool = False) -> None:
    """Colours, grid and font sizes for one axes (``right``: a second y axis)."""
    ax.set_facecolor(style.background)
    for side, spine in ax.spines.items():
        spine.set_color(style.muted)
        spine.set_visible(side in ("bottom", "right" if right else "left"))
    ax.tick_params(colors=style.foreground, labelsize=style.font_size)
    ax.grid(axis="y", color=style.muted, alpha=0.35, linewidth=0.6)
    ax.set_axisbelow(True)
    if ylabel:
        label_y(ax, style, ylabel)


def label_y(ax: Axes, style: Style, text: str) -> None:
    """A y-axis label, with its unit in brackets."""
    ax.set_ylabel(text, fontsize=style.font_size, color=style.foreground)


def twin(ax: Axes, style: Style, ylabel: str) -> Axes:
    """A second y axis on the right, styled like the first."""
    other = ax.twinx()
    decorate(other, style, ylabel, right=True)
    other.grid(False)
    return other


def date_axis(ax: Axes, data: ChartData, style: Style, xlabel: str = "") -> None:
    """The whole period on the x axis (half a day either side), dates for the locale."""
    ax.set_xlim(day_number(data.first) - 0.5, day_number(data.last) + 0.5)
    locator = mdates.AutoDateLocator(minticks=3, maxticks=8)  # type: ignore[no-untyped-call]
    ax.xaxis.set_major_locator(locator)
    if style.date_format is None:
        formatter = mdates.ConciseDateFormatter(locator)  # type: ignore[no-untyped-call]
        ax.xaxis.set_major_formatter(formatter)
    else:
        show = style.date_format
        ax.xaxis.set_major_formatter(ticker.FuncFormatter(lambda x, _pos: show(number_day(x))))
    if xlabel:
        ax.set_xlabel(xlabel, fontsize=style.font_size, color=style.foreground)


def daily_line(ax: Axes, data: ChartData, series: Series, look: SeriesLook, label: str) -> Line2D:
    """One value per day, joined where consecutive days have data, gaps where not."""
    (line,) = ax.plot(
        day_axis(data.dates),
        values(series),
        color=look.color,
        linestyle=look.linestyle,
        marker=look.marker,
        markersize=4 if len(data.dates) <= SMALL_MARKERS_AFTER_DAYS else 2.5,
        linewidth=1.6,
        label=label,
    )
    return line


def target_line(ax: Axes, data: ChartData, series: Series, style: Style, label: str) -> Line2D:
    """A plan target: a step line, flat across each day."""
    (line,) = ax.plot(
        day_axis(data.dates),
        values(series),
        color=style.foreground,
        drawstyle="steps-mid",
        linewidth=2.2,
        alpha=0.75,
        label=label,
    )
    return line


def legend(figure: Figure, style: Style, axes: Iterable[Axes]) -> None:
    """One legend for the figure, above the plots, listing every labelled series."""
    handles, labels = [], []
    for ax in axes:
        found, names = ax.get_legend_handles_labels()
        handles += found
        labels += names
    if not handles:
        return
    figure.legend(
        handles,
        labels,
        loc="outside lower center",
        ncols=_legend_columns(labels),
        fontsize=style.font_size,
        frameon=False,
        labelcolor=style.foreground,
    )


def _legend_columns(labels: Sequence[str], width: int = 90) -> int:
    """As many columns as fit across the figure (about ``width`` characters)."""
    columns = min(len(labels), 4)
    longest = max(len(label) for label in labels) + 6  # the line sample and the gap
    while columns > 1 and columns * longest > width:
        columns -= 1
    return columns


def no_data(figure: Figure, style: Style, message: str = NO_DATA) -> Figure:
    """The calm message a figure shows when the period has nothing to draw."""
    ax = figure.add_subplot()
    ax.set_axis_off()
    ax.text(
        0.5,
        0.5,
        style.translate_text(message),
        transform=ax.transAxes,
        ha="center",
        va="center",
        fontsize=style.title_size,
        color=style.muted,
    )
    return figure


def integer_ticks(ax: Axes) -> None:
    ax.yaxis.set_major_locator(ticker.MaxNLocator(integer=True))
