"""Insights shown beside the charts: short, factual sentences with their sample sizes.

Each sentence says what was counted and over how many days, ratings, nights or entries.
None claims a cause: triggers are "noted with" cravings and doses, and sleep is
compared "before" and "in the first nights of" a step, nothing more. Where the data is
missing the sentence says so plainly.
"""

from __future__ import annotations

import math
import statistics
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import pairwise
from typing import Protocol

from recovery_journal.domain.stats import DayStats
from recovery_journal.domain.taper import TaperStep
from recovery_journal.domain.taper_tracking import tracked
from recovery_journal.domain.units import format_amount

RECENT_DAYS = 7  # "the last 7 days", and the plan's first week
SLEEP_WINDOW_NIGHTS = 3
TOP_TRIGGERS = 3
MAX_STEPS_SHOWN = 8

DAILY_AMOUNT = "daily_amount"
DOSES_PER_DAY = "doses_per_day"
SOWS_BY_STEP = "sows_by_step"
SLEEP_AROUND_STEPS = "sleep_around_steps"
CRAVING_TRIGGERS = "craving_triggers"
DOSE_TRIGGERS = "dose_triggers"


@dataclass(frozen=True)
class Insight:
    """One sentence beside the charts; ``sample_size`` is how many observations it rests on."""

    key: str
    title: str
    text: str
    sample_size: int


class TriggerTagged(Protocol):
    """A craving or a dose: anything with the ids of the triggers noted with it."""

    @property
    def trigger_ids(self) -> tuple[int, ...]: ...


# --- change since the plan started ------------------------------------------------------


def plan_windows(plan_start: date, last_complete_day: date) -> tuple[date, date] | None:
    """First days of the plan's first week and of the recent 7 days, when they do not overlap."""
    recent_first = last_complete_day - timedelta(days=RECENT_DAYS - 1)
    if recent_first < plan_start + timedelta(days=RECENT_DAYS):
        return None
    return plan_start, recent_first


def change_since_plan_start(
    steps: Sequence[TaperStep],
    days: Sequence[DayStats],
    last_complete_day: date,
    track_key: str,
    leaf_factors: Mapping[int, float],
    unit: str,
    recent_label: str = "the last 7 days",
) -> list[Insight]:
    """Daily amount and doses per day: the plan's first week against the recent 7 days.

    ``days`` must cover both windows (see :func:`plan_windows`); days without doses are
    left out of the averages, and the number of days with doses is stated.
    """
    if not steps:
        return []
    title = "Change since the plan started"
    start = steps[0].start
    if last_complete_day < start:
        return [Insight(DAILY_AMOUNT, title, "The taper plan has not started yet.", 0)]
    windows = plan_windows(start, last_complete_day)
    if windows is None:
        text = (
            f"The plan's first week and {recent_label} still overlap; the change since "
            f"the plan started shows once the plan has run {2 * RECENT_DAYS} days."
        )
        return [Insight(DAILY_AMOUNT, title, text, 0)]
    first_week = _logged(_window(days, windows[0]), track_key, leaf_factors, unit)
    recent = _logged(_window(days, windows[1]), track_key, leaf_factors, unit)
    amounts = _comparison(
        "Daily amount",
        [amount for amount, _ in first_week],
        [amount for amount, _ in recent],
        lambda value: format_amount(_tenths(value), unit),
        _relative_change,
        recent_label,
    )
    doses = _comparison(
        "Doses per day",
        [float(count) for _, count in first_week],
        [float(count) for _, count in recent],
        _one_decimal,
        _dose_difference,
        recent_label,
    )
    size = len(first_week) + len(recent)
    return [
        Insight(DAILY_AMOUNT, "Daily amount since the plan started", amounts, size),
        Insight(DOSES_PER_DAY, "Doses per day since the plan started", doses, size),
    ]


def _window(days: Sequence[DayStats], first: date) -> list[DayStats]:
    last = first + timedelta(days=RECENT_DAYS - 1)
    return [day for day in days if first <= day.date <= last]


def _logged(
    days: Iterable[DayStats], track_key: str, factors: Mapping[int, float], unit: str
) -> list[tuple[float, int]]:
    """(amount, dose count) of each day with doses counted by the plan."""
    figures = (tracked(day, track_key, factors, unit) for day in days)
    return [(amount, count) for amount, count in figures if count > 0]


def _comparison(
    what: str,
    before: Sequence[float],
    after: Sequence[float],
    fmt: _Format,
    change: _Change,
    recent_label: str,
) -> str:
    if not before and not after:
        return f"{what}: no doses logged in the plan's first week or in {recent_label}."
    if not after:
        return (
            f"{what}: {fmt(statistics.fmean(before))} in the plan's first week "
            f"({_count(len(before), 'day')} with doses); no doses logged in {recent_label}."
        )
    if not before:
        return (
            f"{what}: no doses logged in the plan's first week; {fmt(statistics.fmean(after))} "
            f"in {recent_label} ({_count(len(after), 'day')} with doses)."
        )
    mean_before, mean_after = statistics.fmean(before), statistics.fmean(after)
    return (
        f"{what}: {fmt(mean_before)} in the plan's first week, {fmt(mean_after)} in "
        f"{recent_label}, {change(mean_before, mean_after)} "
        f"({len(before)} and {_count(len(after), 'day')} with doses)."
    )


class _Format(Protocol):
    def __call__(self, value: float, /) -> str: ...


class _Change(Protocol):
    def __call__(self, before: float, after: float, /) -> str: ...


def _relative_change(before: float, after: float) -> str:
    percent = _whole(abs(after - before) / before * 100) if before else 0
    if percent == 0:
        return "about the same"
    return f"{percent} % {'less' if after < before else 'more'}"


def _dose_difference(before: float, after: float) -> str:
    difference = _tenths(abs(after - before))
    if difference == 0:
        return "about the same"
    return f"{_one_decimal(difference)} {'fewer' if after < before else 'more'} a day"


# --- withdrawal by step -----------------------------------------------------------------


def sows_by_step(steps: Sequence[TaperStep], days: Sequence[DayStats]) -> Insight | None:
    """Average SOWS total of the ratings in each step (and before or after the plan)."""
    if not steps:
        return None
    groups: dict[tuple[int, str], list[int]] = {}
    for day in days:
        if day.sows_totals:
            groups.setdefault(_step_label(steps, day.date), []).extend(day.sows_totals)
    title = "Withdrawal by step"
    if not groups:
        return Insight(SOWS_BY_STEP, title, "No withdrawal (SOWS) ratings in this period.", 0)
    ordered = sorted(groups.items())
    shown = ordered[-MAX_STEPS_SHOWN:]
    parts = [
        f"{label}: {_whole(statistics.fmean(totals))} ({_count(len(totals), 'rating')})"
        for (_, label), totals in shown
    ]
    more = (
        f" (the latest {len(shown)} of {len(ordered)} shown)" if len(shown) < len(ordered) else ""
    )
    text = f"Withdrawal (SOWS, 0–64) average by step{more}: {', '.join(parts)}."
    return Insight(SOWS_BY_STEP, title, text, sum(len(totals) for _, totals in ordered))


def _step_label(steps: Sequence[TaperStep], day: date) -> tuple[int, str]:
    """A sortable label: before the plan, a step by number, or after the plan."""
    if day < steps[0].start:
        return 0, "before the plan"
    for step in steps:
        if step.start <= day <= step.end:
            return step.number, f"step {step.number}"
    return steps[-1].number + 1, "after the plan"


# --- triggers ---------------------------------------------------------------------------


def top_triggers(
    entries: Sequence[TriggerTagged],
    trigger_names: Mapping[int, str],
    noun: tuple[str, str],
    key: str,
) -> Insight:
    """The triggers noted most often with ``entries`` (cravings or doses), with counts.

    ``noun`` is the singular and plural of what the entries are, e.g. ("craving", "cravings").
    """
    singular, plural = noun
    title = f"Triggers noted with {plural}"
    total = len(entries)
    if total == 0:
        return Insight(key, title, f"No {plural} logged in this period.", 0)
    counts = Counter(trigger for entry in entries for trigger in set(entry.trigger_ids))
    if not counts:
        what = f"The {singular}" if total == 1 else f"None of the {total} {plural}"
        has = "has no trigger noted" if total == 1 else "has a trigger noted"
        return Insight(key, title, f"{what} in this period {has}.", total)
    ranked = sorted(counts.items(), key=lambda item: (-item[1], _name(trigger_names, item[0])))
    top = ranked[:TOP_TRIGGERS]
    first_id, first_count = top[0]
    parts = [f"{_name(trigger_names, first_id)} ({first_count} of {_count(total, singular)})"]
    parts += [f"{_name(trigger_names, trigger)} ({count})" for trigger, count in top[1:]]
    return Insight(key, title, f"Most often noted with {plural}: {', '.join(parts)}.", total)


def _name(names: Mapping[int, str], trigger_id: int) -> str:
    return names.get(trigger_id, "a removed trigger")


# --- sleep around steps -----------------------------------------------------------------


def sleep_around_steps(steps: Sequence[TaperStep], days: Sequence[DayStats]) -> Insight | None:
    """Sleep in the first 3 nights of each lower step against the 3 nights before it.

    Nights are keyed by the evening's date, so a step starting on day S has its first
    night on S and the night before it on S - 1. Only steps starting within ``days``
    count; each window stays within its own step and the one before.
    """
    if not steps:
        return None
    title = "Sleep around step changes"
    if not days:
        return Insight(SLEEP_AROUND_STEPS, title, "No days in this period.", 0)
    first, last = days[0].date, days[-1].date
    lower = [
        (previous, step)
        for previous, step in pairwise(steps)
        if step.daily_target < previous.daily_target and first <= step.start <= last
    ]
    if not lower:
        text = "No lower step began in this period, so there is no sleep to compare."
        return Insight(SLEEP_AROUND_STEPS, title, text, 0)
    sleep = {day.date: day.sleep for day in days if day.sleep is not None}
    before, after = set[date](), set[date]()
    for previous, step in lower:
        window = timedelta(days=SLEEP_WINDOW_NIGHTS)
        before |= _nights(max(step.start - window, previous.start), step.start - timedelta(days=1))
        after |= _nights(step.start, min(step.start + window - timedelta(days=1), step.end))
    nights_before = [sleep[night] for night in sorted(before) if night in sleep]
    nights_after = [sleep[night] for night in sorted(after) if night in sleep]
    steps_text = _count(len(lower), "lower step")
    size = len(nights_before) + len(nights_after)
    if not nights_before or not nights_after:
        text = (
            f"Not enough sleep diaries around the {steps_text} in this period to compare "
            f"({_count(len(nights_before), 'night')} before a lower step began, "
            f"{_count(len(nights_after), 'night')} after)."
        )
        return Insight(SLEEP_AROUND_STEPS, title, text, size)
    text = (
        f"Sleep in the first {SLEEP_WINDOW_NIGHTS} nights of each lower step: "
        f"{_sleep_text(nights_after)}; in the {SLEEP_WINDOW_NIGHTS} nights before: "
        f"{_sleep_text(nights_before)}. {steps_text.capitalize()} in this period."
    )
    return Insight(SLEEP_AROUND_STEPS, title, text, size)


def _nights(first: date, last: date) -> set[date]:
    return {first + timedelta(days=n) for n in range((last - first).days + 1)}


class _SleepLike(Protocol):
    @property
    def total_sleep_min(self) -> int: ...

    @property
    def efficiency_pct(self) -> float: ...


def _sleep_text(nights: Sequence[_SleepLike]) -> str:
    total = statistics.fmean(night.total_sleep_min for night in nights)
    efficiency = statistics.fmean(night.efficiency_pct for night in nights)
    return (
        f"{_duration(total)} asleep on average, {_whole(efficiency)} % efficiency "
        f"({_count(len(nights), 'night')})"
    )


# --- wording helpers --------------------------------------------------------------------


def _whole(value: float) -> int:
    """Rounded half up, so 12.5 reads as 13 (Python's round() would give 12)."""
    return math.floor(value + 0.5)


def _tenths(value: float) -> float:
    return math.floor(value * 10 + 0.5) / 10


def _one_decimal(value: float) -> str:
    text = f"{_tenths(value):.1f}"
    return text[:-2] if text.endswith(".0") else text


def _duration(minutes: float) -> str:
    hours, rest = divmod(_whole(minutes), 60)
    return f"{hours} h {rest} min" if rest else f"{hours} h"


def _count(n: int, singular: str) -> str:
    return f"{n} {singular}" if n == 1 else f"{n} {singular}s"
