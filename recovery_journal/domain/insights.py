"""Insights shown beside the charts: short, factual sentences with their sample sizes.

Each sentence says what was counted and over how many days, ratings, nights or entries.
None claims a cause: triggers are "noted with" cravings and doses, and sleep is
compared "before" and "in the first nights of" a step, nothing more. Where the data is
missing the sentence says so plainly.
"""

from __future__ import annotations

import math
import statistics
from collections.abc import Iterable, Mapping, Sequence
from datetime import date, timedelta
from itertools import pairwise
from typing import Protocol

from recovery_journal.domain.record import record
from recovery_journal.domain.stats import DayStats
from recovery_journal.domain.taper import TaperStep
from recovery_journal.domain.taper_tracking import tracked
from recovery_journal.domain.wording import ENGLISH, Wording

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


@record
class Insight:
    """One sentence beside the charts; ``sample_size`` is how many observations it rests on."""

    key: str
    title: str
    text: str
    sample_size: int


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
    wording: Wording = ENGLISH,
) -> list[Insight]:
    """Daily amount and doses per day: the plan's first week against the recent 7 days.

    ``days`` must cover both windows (see :func:`plan_windows`); days without doses are
    left out of the averages, and the number of days with doses is stated.
    """
    if not steps:
        return []
    tr = wording.translate_text
    title = tr("Change since the plan started")
    start = steps[0].start
    if last_complete_day < start:
        return [Insight(DAILY_AMOUNT, title, tr("The taper plan has not started yet."), 0)]
    windows = plan_windows(start, last_complete_day)
    if windows is None:
        text = tr(
            "The plan's first week and {recent} still overlap; the change since "
            "the plan started shows once the plan has run {days} days."
        ).format(recent=recent_label, days=2 * RECENT_DAYS)
        return [Insight(DAILY_AMOUNT, title, text, 0)]
    first_week = _logged(_window(days, windows[0]), track_key, leaf_factors, unit)
    recent = _logged(_window(days, windows[1]), track_key, leaf_factors, unit)
    amounts = _comparison(
        tr("Daily amount"),
        [amount for amount, _ in first_week],
        [amount for amount, _ in recent],
        lambda value: wording.amount(_tenths(value), unit),
        _relative_change,
        recent_label,
        wording,
    )
    doses = _comparison(
        tr("Doses per day"),
        [float(count) for _, count in first_week],
        [float(count) for _, count in recent],
        lambda value: wording.number(_tenths(value), 1),
        _dose_difference,
        recent_label,
        wording,
    )
    size = len(first_week) + len(recent)
    return [
        Insight(DAILY_AMOUNT, tr("Daily amount since the plan started"), amounts, size),
        Insight(DOSES_PER_DAY, tr("Doses per day since the plan started"), doses, size),
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
    wording: Wording,
) -> str:
    tr = wording.translate_text
    if not before and not after:
        return tr("{what}: no doses logged in the plan's first week or in {recent}.").format(
            what=what, recent=recent_label
        )
    if not after:
        return tr(
            "{what}: {before} in the plan's first week ({days} with doses); "
            "no doses logged in {recent}."
        ).format(
            what=what,
            before=fmt(statistics.fmean(before)),
            days=_count(len(before), "day", wording),
            recent=recent_label,
        )
    if not before:
        return tr(
            "{what}: no doses logged in the plan's first week; {after} in {recent} "
            "({days} with doses)."
        ).format(
            what=what,
            after=fmt(statistics.fmean(after)),
            recent=recent_label,
            days=_count(len(after), "day", wording),
        )
    mean_before, mean_after = statistics.fmean(before), statistics.fmean(after)
    return tr(
        "{what}: {before} in the plan's first week, {after} in {recent}, {change} "
        "({first_days} and {recent_days} with doses)."
    ).format(
        what=what,
        before=fmt(mean_before),
        after=fmt(mean_after),
        recent=recent_label,
        change=change(mean_before, mean_after, wording),
        first_days=len(before),
        recent_days=_count(len(after), "day", wording),
    )


class _Format(Protocol):
    def __call__(self, value: float, /) -> str: ...


class _Change(Protocol):
    def __call__(self, before: float, after: float, wording: Wording, /) -> str: ...


def _relative_change(before: float, after: float, wording: Wording) -> str:
    tr = wording.translate_text
    percent = _whole(abs(after - before) / before * 100) if before else 0
    if percent == 0:
        return tr("about the same")
    less = tr("{percent} % less") if after < before else tr("{percent} % more")
    return less.format(percent=percent)


def _dose_difference(before: float, after: float, wording: Wording) -> str:
    tr = wording.translate_text
    difference = _tenths(abs(after - before))
    if difference == 0:
        return tr("about the same")
    fewer = tr("{n} fewer a day") if after < before else tr("{n} more a day")
    return fewer.format(n=wording.number(difference, 1))


# --- withdrawal by step -----------------------------------------------------------------


def sows_by_step(
    steps: Sequence[TaperStep], days: Sequence[DayStats], wording: Wording = ENGLISH
) -> Insight | None:
    """Average SOWS total of the ratings in each step (and before or after the plan)."""
    if not steps:
        return None
    tr = wording.translate_text
    groups: dict[tuple[int, str], list[int]] = {}
    for day in days:
        if day.sows_totals:
            label = _step_label(steps, day.date, wording)
            groups.setdefault(label, []).extend(day.sows_totals)
    title = tr("Withdrawal by step")
    if not groups:
        return Insight(SOWS_BY_STEP, title, tr("No withdrawal (SOWS) ratings in this period."), 0)
    ordered = sorted(groups.items())
    shown = ordered[-MAX_STEPS_SHOWN:]
    parts = [
        tr("{step}: {average} ({ratings})").format(
            step=label,
            average=_whole(statistics.fmean(totals)),
            ratings=_count(len(totals), "rating", wording),
        )
        for (_, label), totals in shown
    ]
    if len(shown) < len(ordered):
        text = tr(
            "Withdrawal (SOWS, 0–64) average by step (the latest {n} of {total} shown): {steps}."
        )
    else:
        text = tr("Withdrawal (SOWS, 0–64) average by step: {steps}.")
    text = text.format(n=len(shown), total=len(ordered), steps=", ".join(parts))
    return Insight(SOWS_BY_STEP, title, text, sum(len(totals) for _, totals in ordered))


def _step_label(steps: Sequence[TaperStep], day: date, wording: Wording) -> tuple[int, str]:
    """A sortable label: before the plan, a step by number, or after the plan."""
    tr = wording.translate_text
    if day < steps[0].start:
        return 0, tr("before the plan")
    for step in steps:
        if step.start <= day <= step.end:
            return step.number, tr("step {n}").format(n=step.number)
    return steps[-1].number + 1, tr("after the plan")


# --- triggers ---------------------------------------------------------------------------


def top_triggers_counted(
    total: int,
    counts: Mapping[int, int],
    trigger_names: Mapping[int, str],
    noun: tuple[str, str],
    key: str,
    wording: Wording = ENGLISH,
) -> Insight:
    """The triggers noted most often with ``total`` entries (cravings or doses), of which
    ``counts[trigger_id]`` name that trigger (each entry counted once per trigger, as the
    database counts them).

    ``noun`` is the singular and plural of what the entries are: ("craving", "cravings")
    or ("dose", "doses").
    """
    tr = wording.translate_text
    singular, plural = noun
    nouns = {
        "cravings": tr("cravings"),
        "craving": tr("craving"),
        "doses": tr("doses"),
        "dose": tr("dose"),
    }
    title = tr("Triggers noted with {plural}").format(plural=nouns.get(plural, plural))
    if total == 0:
        text = tr("No {plural} logged in this period.").format(plural=nouns.get(plural, plural))
        return Insight(key, title, text, 0)
    counts = {trigger: count for trigger, count in counts.items() if count > 0}
    if not counts:
        if total == 1:
            text = tr("The {singular} in this period has no trigger noted.")
        else:
            text = tr("None of the {n} {plural} in this period has a trigger noted.")
        text = text.format(
            singular=nouns.get(singular, singular), plural=nouns.get(plural, plural), n=total
        )
        return Insight(key, title, text, total)
    ranked = sorted(
        counts.items(), key=lambda item: (-item[1], _name(trigger_names, item[0], wording))
    )
    top = ranked[:TOP_TRIGGERS]
    first_id, first_count = top[0]
    parts = [
        tr("{trigger} ({count} of {total})").format(
            trigger=_name(trigger_names, first_id, wording),
            count=first_count,
            total=_count(total, singular, wording),
        )
    ]
    parts += [f"{_name(trigger_names, trigger, wording)} ({count})" for trigger, count in top[1:]]
    text = tr("Most often noted with {plural}: {triggers}.").format(
        plural=nouns.get(plural, plural), triggers=", ".join(parts)
    )
    return Insight(key, title, text, total)


def _name(names: Mapping[int, str], trigger_id: int, wording: Wording) -> str:
    tr = wording.translate_text
    return names.get(trigger_id) or tr("a removed trigger")


# --- sleep around steps -----------------------------------------------------------------


def sleep_around_steps(
    steps: Sequence[TaperStep], days: Sequence[DayStats], wording: Wording = ENGLISH
) -> Insight | None:
    """Sleep in the first 3 nights of each lower step against the 3 nights before it.

    Nights are keyed by the evening's date, so a step starting on day S has its first
    night on S and the night before it on S - 1. Only steps starting within ``days``
    count; each window stays within its own step and the one before.
    """
    if not steps:
        return None
    tr = wording.translate_text
    title = tr("Sleep around step changes")
    if not days:
        return Insight(SLEEP_AROUND_STEPS, title, tr("No days in this period."), 0)
    first, last = days[0].date, days[-1].date
    lower = [
        (previous, step)
        for previous, step in pairwise(steps)
        if step.daily_target < previous.daily_target and first <= step.start <= last
    ]
    if not lower:
        text = tr("No lower step began in this period, so there is no sleep to compare.")
        return Insight(SLEEP_AROUND_STEPS, title, text, 0)
    sleep = {day.date: day.sleep for day in days if day.sleep is not None}
    before, after = set[date](), set[date]()
    for previous, step in lower:
        window = timedelta(days=SLEEP_WINDOW_NIGHTS)
        before |= _nights(max(step.start - window, previous.start), step.start - timedelta(days=1))
        after |= _nights(step.start, min(step.start + window - timedelta(days=1), step.end))
    nights_before = [sleep[night] for night in sorted(before) if night in sleep]
    nights_after = [sleep[night] for night in sorted(after) if night in sleep]
    steps_text = _count(len(lower), "lower step", wording)
    size = len(nights_before) + len(nights_after)
    if not nights_before or not nights_after:
        text = tr(
            "Not enough sleep diaries around the {steps} in this period to compare "
            "({before} before a lower step began, {after} after)."
        ).format(
            steps=steps_text,
            before=_count(len(nights_before), "night", wording),
            after=_count(len(nights_after), "night", wording),
        )
        return Insight(SLEEP_AROUND_STEPS, title, text, size)
    text = tr(
        "Sleep in the first {n} nights of each lower step: {after}; in the {n} nights "
        "before: {before}. {steps} in this period."
    ).format(
        n=SLEEP_WINDOW_NIGHTS,
        after=_sleep_text(nights_after, wording),
        before=_sleep_text(nights_before, wording),
        steps=steps_text[:1].upper() + steps_text[1:],
    )
    return Insight(SLEEP_AROUND_STEPS, title, text, size)


def _nights(first: date, last: date) -> set[date]:
    return {first + timedelta(days=n) for n in range((last - first).days + 1)}


class _SleepLike(Protocol):
    @property
    def total_sleep_min(self) -> int: ...

    @property
    def efficiency_pct(self) -> float: ...


def _sleep_text(nights: Sequence[_SleepLike], wording: Wording) -> str:
    total = statistics.fmean(night.total_sleep_min for night in nights)
    efficiency = statistics.fmean(night.efficiency_pct for night in nights)
    tr = wording.translate_text
    return tr("{asleep} asleep on average, {efficiency} % efficiency ({nights})").format(
        asleep=_duration(total, wording),
        efficiency=_whole(efficiency),
        nights=_count(len(nights), "night", wording),
    )


# --- wording helpers --------------------------------------------------------------------


def _whole(value: float) -> int:
    """Rounded half up, so 12.5 reads as 13 (Python's round() would give 12)."""
    return math.floor(value + 0.5)


def _tenths(value: float) -> float:
    return math.floor(value * 10 + 0.5) / 10


def _duration(minutes: float, wording: Wording) -> str:
    tr = wording.translate_text
    hours, rest = divmod(_whole(minutes), 60)
    if rest:
        return tr("{h} h {m} min").format(h=hours, m=rest)
    return tr("{h} h").format(h=hours)


def _count(n: int, noun: str, wording: Wording) -> str:
    """``1 day``, ``3 days``: ``noun`` is one of the singulars below."""
    tr = wording.translate_text
    forms = {
        "day": (tr("1 day"), tr("{n} days")),
        "night": (tr("1 night"), tr("{n} nights")),
        "rating": (tr("1 rating"), tr("{n} ratings")),
        "lower step": (tr("1 lower step"), tr("{n} lower steps")),
        "craving": (tr("1 craving"), tr("{n} cravings")),
        "dose": (tr("1 dose"), tr("{n} doses")),
    }
    one, many = forms[noun]
    return (one if n == 1 else many).format(n=n)
