"""Dose charts: the daily amount against the plan, and how often doses are taken."""

from __future__ import annotations

from matplotlib.axes import Axes
from matplotlib.figure import Figure

from recovery_journal.charts.common import (
    daily_line,
    date_axis,
    day_bars,
    day_numbers,
    has_values,
    integer_ticks,
    label_y,
    legend,
    new_figure,
    no_data,
    panels,
    target_line,
    twin,
    unit_label,
)
from recovery_journal.charts.style import QT_TR_NOOP, Style
from recovery_journal.services.chart_data import AmountSeries, ChartData, Series

DOSE_TITLE = QT_TR_NOOP("Daily amount and plan")
FREQUENCY_TITLE = QT_TR_NOOP("Doses per day and time between doses")
COUNTED = QT_TR_NOOP("Taken (counted toward the plan)")
TARGET = QT_TR_NOOP("Plan: daily target")
TARGET_DOSES = QT_TR_NOOP("Plan: doses per day")
BAR_WIDTH = 0.8  # days


def series_name(amount: AmountSeries, style: Style) -> str:
    """``Grams``, ``High-potency grams``, ``Capsules``…"""
    tr = style.translate_text
    if amount.high_potency:
        names = {"g": tr("High-potency grams"), "capsule": tr("High-potency capsules")}
        names |= {"mL": tr("High-potency mL"), "shot": tr("High-potency shots")}
    else:
        names = {"g": tr("Grams"), "capsule": tr("Capsules"), "mL": "mL", "shot": tr("Shots")}
    return names.get(amount.unit, amount.unit)


def dose_figure(data: ChartData, style: Style) -> Figure:
    """Daily amount (one unit family) against the plan's target as a step line; other
    products — high-potency ones above all — on their own axis, never added in."""
    figure = new_figure(style, DOSE_TITLE, data)
    counted = data.plan.actual if data.plan else ()
    if not has_values(counted, *(a.values for a in data.amounts)):
        return no_data(figure, style)
    (ax,) = panels(figure, style)
    tr = style.translate_text
    main, unit, others = _main_series(data, style)
    label_y(ax, style, tr("Daily amount ({unit})").format(unit=unit_label(unit, style)))
    if data.plan is not None:
        target = f"{tr(TARGET)} ({unit_label(unit, style)})"
        target_line(ax, data, data.plan.target, style, target)
    if main is not None:
        daily_line(ax, data, main[0], style.look(0), main[1])
    ax.set_ylim(bottom=0)
    axes = [ax]
    if others:
        axes.append(_other_products(ax, data, style, others))
    date_axis(ax, data, style)
    legend(figure, style, axes)
    return figure


def _main_series(
    data: ChartData, style: Style
) -> tuple[tuple[Series, str] | None, str, list[AmountSeries]]:
    """The series drawn against the plan (or the first regular one), its unit, the rest."""
    if data.plan is not None:
        others = [a for a in data.amounts if a.key != data.plan.track_key]
        return (data.plan.actual, style.translate_text(COUNTED)), data.plan.unit, others
    regular = [a for a in data.amounts if not a.high_potency] or list(data.amounts)
    first = regular[0]
    others = [a for a in data.amounts if a is not first]
    return (first.values, series_name(first, style)), first.unit, others


def _other_products(ax: Axes, data: ChartData, style: Style, others: list[AmountSeries]) -> Axes:
    """Other products (high-potency ones above all) as bars on their own axis; a day with
    none of a product has no bar, so occasional use stands out."""
    tr = style.translate_text
    units = {unit_label(a.unit, style) for a in others}
    if len(units) == 1:
        label = tr("Other products ({unit})").format(unit=units.pop())
    else:
        label = tr("Other products (see key)")
    right = twin(ax, style, label)
    width = BAR_WIDTH / len(others)
    positions = day_numbers(data.dates)
    for index, amount in enumerate(others):
        offset = (index - (len(others) - 1) / 2) * width
        day_bars(
            right,
            positions + offset,
            amount.values,
            width,
            style.look(index + 1).color,
            tr("{name}, as taken ({unit})").format(
                name=series_name(amount, style), unit=unit_label(amount.unit, style)
            ),
        )
    right.set_ylim(bottom=0)
    ax.set_zorder(right.get_zorder() + 1)  # the main line above the bars
    ax.patch.set_visible(False)
    return right


def frequency_figure(data: ChartData, style: Style) -> Figure:
    """Doses per day (with the plan's doses per day) and the mean and longest interval."""
    figure = new_figure(style, FREQUENCY_TITLE, data)
    if not has_values(data.dose_counts, data.mean_interval_h, data.longest_interval_h):
        return no_data(figure, style)
    (ax,) = panels(figure, style)
    tr = style.translate_text
    label_y(ax, style, tr("Doses per day"))
    if data.plan is not None:
        target_line(ax, data, data.plan.target_doses, style, tr(TARGET_DOSES))
    daily_line(ax, data, data.dose_counts, style.look(0), tr("Doses per day"))
    ax.set_ylim(bottom=0)
    integer_ticks(ax)
    right = twin(ax, style, tr("Hours between doses (h)"))
    daily_line(right, data, data.mean_interval_h, style.look(1), tr("Mean interval (h)"))
    daily_line(right, data, data.longest_interval_h, style.look(2), tr("Longest interval (h)"))
    right.set_ylim(bottom=0)
    date_axis(ax, data, style)
    legend(figure, style, [ax, right])
    return figure
