"""Every progress figure by its command-line name: ``FIGURES[name] = (title, builder)``.

A builder is a pure function ``(ChartData, Style) -> matplotlib.figure.Figure``: no
pyplot, no Qt, no database. The Progress page, the appointment summary and the
``chart`` command all draw the same figures from here.
"""

from __future__ import annotations

from collections.abc import Callable

from matplotlib.figure import Figure

from recovery_journal.charts import FIGURE_NAMES, amounts, checkins, cravings, scores
from recovery_journal.charts.style import Style
from recovery_journal.services.chart_data import ChartData

FigureBuilder = Callable[[ChartData, Style], Figure]

FIGURES: dict[str, tuple[str, FigureBuilder]] = {
    "dose": (amounts.DOSE_TITLE, amounts.dose_figure),
    "frequency": (amounts.FREQUENCY_TITLE, amounts.frequency_figure),
    "withdrawal": (checkins.WITHDRAWAL_TITLE, checkins.withdrawal_figure),
    "sleep": (checkins.SLEEP_TITLE, checkins.sleep_figure),
    "mood": (checkins.MOOD_TITLE, checkins.mood_figure),
    "cravings": (cravings.CRAVINGS_TITLE, cravings.cravings_figure),
    "scores": (scores.SCORES_TITLE, scores.scores_figure),
}
assert tuple(FIGURES) == FIGURE_NAMES


def build_figure(name: str, data: ChartData, style: Style) -> Figure:
    """The figure called ``name`` (one of :data:`FIGURE_NAMES`)."""
    return FIGURES[name][1](data, style)
