"""PHQ-9 and GAD-7 totals over time, over their published severity bands."""

from __future__ import annotations

import numpy as np
from matplotlib.axes import Axes
from matplotlib.figure import Figure

from recovery_journal.charts.common import (
    date_axis,
    day_numbers,
    label_y,
    new_figure,
    no_data,
    panels,
)
from recovery_journal.charts.style import QT_TR_NOOP, Style
from recovery_journal.domain.scales import GAD7, PHQ9, Scale
from recovery_journal.services.chart_data import ChartData, ScorePoint

SCORES_TITLE = QT_TR_NOOP("PHQ-9 and GAD-7")
SCALE_NAMES = {"phq9": "PHQ-9", "gad7": "GAD-7"}


def scores_figure(data: ChartData, style: Style) -> Figure:
    """PHQ-9 and GAD-7 totals over time, each over its published severity bands."""
    figure = new_figure(style, SCORES_TITLE, data, height=1.5)
    if not data.phq9 and not data.gad7:
        return no_data(figure, style)
    top, bottom = panels(figure, style, rows=2)
    _score_panel(top, data.phq9, PHQ9, style, 0)
    _score_panel(bottom, data.gad7, GAD7, style, 1)
    date_axis(bottom, data, style)
    return figure


def _score_panel(
    ax: Axes, points: tuple[ScorePoint, ...], scale: Scale, style: Style, index: int
) -> None:
    name = SCALE_NAMES[scale.key]
    tr = style.translate_text
    _shade_bands(ax, scale, style)
    ax.set_ylim(0, scale.max_total)
    label_y(ax, style, tr("{name} total (0–{most})").format(name=name, most=scale.max_total))
    if not points:
        ax.text(
            0.5,
            0.5,
            tr("No {name} in this period").format(name=name),
            transform=ax.transAxes,
            ha="center",
            va="center",
            fontsize=style.font_size,
            color=style.muted,
        )
        return
    look = style.look(index)
    ax.plot(
        day_numbers([p.date for p in points]),
        np.array([p.total for p in points], dtype=float),
        color=look.color,
        linestyle=look.linestyle,
        marker=look.marker,
        markersize=5,
        linewidth=1.6,
        label=name,
    )


def _shade_bands(ax: Axes, scale: Scale, style: Style) -> None:
    """Each severity band a shade darker than the one below, named at the right edge."""
    edges = [max(low - 0.5, 0) for low, _ in scale.bands] + [scale.max_total]
    for index, (_, band) in enumerate(scale.bands):
        low, high = edges[index], edges[index + 1]
        ax.axhspan(low, high, color=style.band, alpha=0.08 + 0.1 * index, linewidth=0)
        ax.text(
            0.995,
            (low + high) / 2,
            style.translate_text(band),
            transform=ax.get_yaxis_transform(),
            ha="right",
            va="center",
            fontsize=style.font_size * 0.8,
            color=style.muted,
        )
