"""When to show the withdrawal context band on the charts.

DESIGN.md: withdrawal is commonly reported to begin 12–24 h after the last dose, peak
around days 1–3 and fade over 4–7 days; it varies. The charts may show this as a band,
labelled as context (never as a finding about this person). A band covers
:data:`CONTEXT_BAND_DAYS` days from

- the first day of a plan step whose daily target is lower than the step before it;
- a *stop*: a day with no doses logged that follows a day with doses, on which the person
  logged something else (withdrawal, craving, mood or sleep) — so a day that simply was
  not journaled is not read as a stop.

Bands that overlap or touch merge into one, naming both reasons.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, timedelta
from itertools import pairwise

from recovery_journal.domain.record import record
from recovery_journal.domain.stats import DayStats
from recovery_journal.domain.taper import TaperStep

CONTEXT_BAND_DAYS = 7
STEP_DOWN = "after a step down"
STOP = "after stopping"


@record
class ContextBand:
    """Days when withdrawal is commonly reported after a change (context, not a finding)."""

    start: date
    end: date  # inclusive
    reason: str  # STEP_DOWN, STOP, or both joined by "; "


def context_bands(
    steps: Sequence[TaperStep],
    days: Sequence[DayStats],
    other_entry_dates: Iterable[date],
    first: date,
    last: date,
) -> tuple[ContextBand, ...]:
    """The bands that touch first..last, clipped to it.

    ``days`` should start :data:`CONTEXT_BAND_DAYS` days before ``first`` so a stop just
    before the range still shows; ``other_entry_dates`` adds dates with entries that
    :class:`DayStats` does not count (mood check-ins).
    """
    starts = [(step.start, STEP_DOWN) for before, step in pairwise(steps) if _cut(before, step)]
    journaled = set(other_entry_dates) | {day.date for day in days if _journaled(day)}
    for before, day in pairwise(days):
        if before.dose_count and not day.dose_count and day.date in journaled:
            starts.append((day.date, STOP))
    bands: list[ContextBand] = []
    for begin, reason in sorted(starts):
        end = begin + timedelta(days=CONTEXT_BAND_DAYS - 1)
        if bands and begin <= bands[-1].end + timedelta(days=1):
            bands[-1] = _merged(bands[-1], end, reason)
        else:
            bands.append(ContextBand(begin, end, reason))
    return tuple(
        ContextBand(max(band.start, first), min(band.end, last), band.reason)
        for band in bands
        if band.end >= first and band.start <= last
    )


def _cut(before: TaperStep, step: TaperStep) -> bool:
    return step.daily_target < before.daily_target


def _journaled(day: DayStats) -> bool:
    return bool(day.sows_totals or day.craving_count or day.sleep is not None)


def _merged(band: ContextBand, end: date, reason: str) -> ContextBand:
    reasons = band.reason.split("; ")
    if reason not in reasons:
        reasons.append(reason)
    return ContextBand(band.start, max(band.end, end), "; ".join(reasons))
