"""Check-in charts: withdrawal (SOWS) with its context band, sleep, and mood."""

from __future__ import annotations

from matplotlib import ticker
from matplotlib.axes import Axes
from matplotlib.figure import Figure

from recovery_journal.charts.common import (
    daily_line,
    date_axis,
    day_number,
    has_values,
    label_y,
    legend,
    new_figure,
    no_data,
    panels,
)
from recovery_journal.charts.style import QT_TR_NOOP, Style
from recovery_journal.domain.withdrawal_context import STEP_DOWN, STOP, ContextBand
from recovery_journal.services.chart_data import ChartData

WITHDRAWAL_TITLE = QT_TR_NOOP("Withdrawal (SOWS)")
SLEEP_TITLE = QT_TR_NOOP("Sleep")
MOOD_TITLE = QT_TR_NOOP("Mood, anxiety, pain and energy")
SOWS_LABEL = QT_TR_NOOP("SOWS total (daily mean)")
SOWS_MAX = 64
BAND_LABEL = QT_TR_NOOP(
    "Context, after a step down or a stop: withdrawal often peaks days 1–3, fades by day 7 (varies)"
)
NAMED_BANDS_DAYS = 45  # each band is named in shorter periods
MOOD_SERIES = (
    ("mood", QT_TR_NOOP("Mood")),
    ("anxiety", QT_TR_NOOP("Anxiety")),
    ("pain", QT_TR_NOOP("Pain")),
    ("energy", QT_TR_NOOP("Energy")),
)


def withdrawal_figure(data: ChartData, style: Style) -> Figure:
    """Daily mean SOWS total, with a labelled context band after each step down or stop."""
    figure = new_figure(style, WITHDRAWAL_TITLE, data)
    if not has_values(data.sows_mean):
        return no_data(figure, style)
    (ax,) = panels(figure, style)
    tr = style.translate_text
    named = (data.last - data.first).days < NAMED_BANDS_DAYS
    for index, band in enumerate(data.withdrawal_bands):
        _draw_band(ax, band, data, style, tr(BAND_LABEL) if index == 0 else "_band", named)
    daily_line(ax, data, data.sows_mean, style.look(0), tr(SOWS_LABEL))
    highest = max(v for v in data.sows_mean if v is not None)
    ax.set_ylim(0, min(SOWS_MAX, max(16.0, highest * 1.2)))
    label_y(ax, style, tr("SOWS total (0–{most})").format(most=SOWS_MAX))
    date_axis(ax, data, style)
    legend(figure, style, [ax])
    return figure


def _draw_band(
    ax: Axes, band: ContextBand, data: ChartData, style: Style, label: str, named: bool
) -> None:
    left, right = day_number(band.start) - 0.5, day_number(band.end) + 0.5
    ax.axvspan(left, right, color=style.band, alpha=0.35, linewidth=0, label=label)
    if not named:  # over long periods the names would overlap; the legend explains
        return
    tr = style.translate_text
    reasons = {STEP_DOWN: tr("after a step down"), STOP: tr("after stopping")}
    # Named from the band's start, or back from its end where it starts late in the
    # period, so that the name stays within the chart.
    late = band.start - data.first > (data.last - data.first) / 2
    ax.annotate(
        "; ".join(reasons.get(reason, reason) for reason in band.reason.split("; ")),
        xy=(right if late else left, 0.98),
        xycoords=ax.get_xaxis_transform(),
        xytext=(-3 if late else 3, 0),
        textcoords="offset points",
        ha="right" if late else "left",
        va="top",
        fontsize=style.font_size * 0.85,
        color=style.muted,
        annotation_clip=True,
    )


def sleep_figure(data: ChartData, style: Style) -> Figure:
    """Total sleep, sleep efficiency and quality by night, one panel each."""
    figure = new_figure(style, SLEEP_TITLE, data, height=1.7)
    series = (data.sleep_total_h, data.sleep_efficiency_pct, data.sleep_quality)
    if not has_values(*series):
        return no_data(figure, style)
    total, efficiency, quality = panels(figure, style, rows=3)
    tr = style.translate_text
    daily_line(total, data, data.sleep_total_h, style.look(0), tr("Total sleep (h)"))
    label_y(total, style, tr("Total sleep (h)"))
    total.set_ylim(bottom=0)
    daily_line(efficiency, data, data.sleep_efficiency_pct, style.look(1), tr("Efficiency (%)"))
    label_y(efficiency, style, tr("Efficiency (%)"))
    efficiency.set_ylim(0, 100)
    daily_line(quality, data, data.sleep_quality, style.look(2), tr("Quality (1–5)"))
    label_y(quality, style, tr("Quality (1–5)"))
    quality.set_ylim(0.5, 5.5)  # 1 to 5, or 2 and 4 where the panel is too short for all
    quality.yaxis.set_major_locator(
        ticker.MaxNLocator(nbins="auto", integer=True, steps=[1, 2, 4, 5, 10])
    )
    date_axis(quality, data, style, xlabel=tr("Night of (the evening's date)"))
    return figure


def mood_figure(data: ChartData, style: Style) -> Figure:
    """Daily mean mood, anxiety, pain and energy ratings (0–10)."""
    figure = new_figure(style, MOOD_TITLE, data)
    series = [getattr(data, name) for name, _ in MOOD_SERIES]
    if not has_values(*series):
        return no_data(figure, style)
    (ax,) = panels(figure, style)
    tr = style.translate_text
    for index, ((_, label), values) in enumerate(zip(MOOD_SERIES, series, strict=True)):
        daily_line(ax, data, values, style.look(index), tr(label))
    ax.set_ylim(0, 10.5)
    label_y(ax, style, tr("Rating (0–10, daily mean)"))
    date_axis(ax, data, style)
    legend(figure, style, [ax])
    return figure
