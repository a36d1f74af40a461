"""The summary's sections, each computed from the period's entries (pure data out)."""

from __future__ import annotations

import statistics
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from datetime import date, datetime, timedelta, tzinfo

from recovery_journal.domain import scales
from recovery_journal.domain.models import (
    Craving,
    Entry,
    MedicationTaken,
    MoodCheckin,
    Product,
    Questionnaire,
    SleepEntry,
    SowsRating,
    SubstanceUse,
    TriggerNote,
)
from recovery_journal.domain.record import record
from recovery_journal.domain.stats import DayStats
from recovery_journal.domain.timeutil import day_start, local_date
from recovery_journal.report.describe import describe
from recovery_journal.services.journal_service import JournalService
from recovery_journal.services.taper_service import TaperService

TOP_TRIGGERS = 5


@record
class Withdrawal:
    count: int
    minimum: int
    mean: float
    maximum: int
    first_at: datetime
    last_at: datetime


@record
class SleepAverages:
    nights: int
    total_sleep_min: float
    efficiency_pct: float
    quality: float  # 1 (very poor) … 5 (very good)


@record
class MoodHalf:
    first: date
    last: date
    checkins: int
    mood: float | None
    anxiety: float | None
    pain: float | None


@record
class MoodTrend:
    halves: tuple[MoodHalf, ...]  # the period's first half, then its second


@record
class ScoreResult:
    kind: str  # "phq9" or "gad7"
    title: str  # "PHQ-9"
    at: datetime
    total: int
    max_total: int
    band: str
    item9: int | None  # PHQ-9 only: the answer to item 9 (0–3)


@record
class Cravings:
    count: int
    mean_intensity: float
    used: int  # outcome "used"
    top_triggers: tuple[tuple[str, int], ...]


@record
class SubstanceDay:
    date: date
    substances: tuple[str, ...]  # "alcohol (2 beers)"
    kratom_logged: bool


@record
class SubstanceWeek:
    start: date  # the Monday
    days: int
    days_with_kratom: int
    kinds: tuple[str, ...]


@record
class Medication:
    name: str
    dose: str
    count: int
    dates: tuple[date, ...]


@record
class FlaggedEntry:
    at: datetime
    description: str
    note: str


@record
class PlanPeriod:
    """A run of days in the period under one version of the taper plan."""

    first: date
    last: date
    version: int
    change: str
    note: str


def withdrawal(entries: Iterable[Entry]) -> Withdrawal | None:
    ratings = [e for e in entries if isinstance(e, SowsRating)]
    if not ratings:
        return None
    totals = [r.total for r in ratings]
    return Withdrawal(
        len(totals),
        min(totals),
        statistics.fmean(totals),
        max(totals),
        ratings[0].at,
        ratings[-1].at,
    )


def sleep_averages(service: JournalService, first: date, last: date) -> SleepAverages | None:
    """Sleep diaries of the nights first..last (a night is the evening's date)."""
    zone = service.zone
    found = service.entries(
        SleepEntry, day_start(first, zone), day_start(last + timedelta(days=3), zone)
    )
    nights = [entry for entry in found if first <= entry.night <= last]
    if not nights:
        return None
    return SleepAverages(
        len(nights),
        statistics.fmean(n.total_sleep_min for n in nights),
        statistics.fmean(n.efficiency_pct for n in nights),
        statistics.fmean(n.quality for n in nights),
    )


def mood_trend(entries: Iterable[Entry], first: date, last: date, zone: tzinfo) -> MoodTrend | None:
    checkins = [e for e in entries if isinstance(e, MoodCheckin)]
    if not checkins:
        return None
    split = first + timedelta(days=((last - first).days + 1 + 1) // 2)  # first day of half two
    spans = [(first, split - timedelta(days=1))]
    if split <= last:
        spans.append((split, last))
    halves = []
    for start, end in spans:
        inside = [c for c in checkins if start <= local_date(c.at, zone) <= end]
        halves.append(
            MoodHalf(
                start,
                end,
                len(inside),
                _mean(c.mood for c in inside),
                _mean(c.anxiety for c in inside),
                _mean(c.pain for c in inside),
            )
        )
    return MoodTrend(tuple(halves))


def scores(entries: Iterable[Entry], zone: tzinfo) -> tuple[ScoreResult, ...]:
    found = []
    for entry in entries:
        if not isinstance(entry, Questionnaire):
            continue
        scale = scales.QUESTIONNAIRES[entry.kind]
        found.append(
            ScoreResult(
                entry.kind,
                "PHQ-9" if entry.kind == "phq9" else "GAD-7",
                entry.at.astimezone(zone),
                entry.total,
                scale.max_total,
                scale.band(entry.total),
                entry.answers[8] if entry.kind == "phq9" else None,
            )
        )
    return tuple(found)


def cravings(entries: Iterable[Entry], triggers: Mapping[int, str]) -> Cravings | None:
    found = [e for e in entries if isinstance(e, Craving)]
    if not found:
        return None
    counts: Counter[str] = Counter()
    for craving in found:
        counts.update(triggers[i] for i in craving.trigger_ids if i in triggers)
    top = sorted(counts.items(), key=lambda item: (-item[1], item[0]))[:TOP_TRIGGERS]
    return Cravings(
        len(found),
        statistics.fmean(c.intensity for c in found),
        sum(1 for c in found if c.outcome == "used"),
        tuple(top),
    )


def substance_days(
    entries: Iterable[Entry], days: Sequence[DayStats], zone: tzinfo
) -> tuple[SubstanceDay, ...]:
    by_day = _substances_by_day(entries, zone)
    doses = {day.date: day.dose_count for day in days}
    return tuple(
        SubstanceDay(day, tuple(uses), doses.get(day, 0) > 0)
        for day, uses in sorted(by_day.items())
    )


def substance_weeks(
    entries: Iterable[Entry], days: Sequence[DayStats], zone: tzinfo
) -> tuple[SubstanceWeek, ...]:
    weeks: dict[date, list[SubstanceDay]] = defaultdict(list)
    for day in substance_days(entries, days, zone):
        weeks[day.date - timedelta(days=day.date.weekday())].append(day)
    return tuple(
        SubstanceWeek(
            start,
            len(found),
            sum(1 for day in found if day.kratom_logged),
            tuple(sorted({use.split(" (")[0] for day in found for use in day.substances})),
        )
        for start, found in sorted(weeks.items())
    )


def _substances_by_day(entries: Iterable[Entry], zone: tzinfo) -> dict[date, list[str]]:
    found: dict[date, list[str]] = defaultdict(list)
    for entry in entries:
        if isinstance(entry, SubstanceUse):
            text = f"{entry.kind} ({entry.amount})" if entry.amount.strip() else entry.kind
            found[local_date(entry.at, zone)].append(text)
    return found


def medications(entries: Iterable[Entry], zone: tzinfo) -> tuple[Medication, ...]:
    taken: dict[tuple[str, str], list[date]] = defaultdict(list)
    for entry in entries:
        if isinstance(entry, MedicationTaken):
            taken[(entry.name, entry.dose)].append(local_date(entry.at, zone))
    return tuple(
        Medication(name, dose, len(dates), tuple(sorted(set(dates))))
        for (name, dose), dates in sorted(taken.items(), key=lambda item: item[0][0].casefold())
    )


def flagged(
    entries: Iterable[Entry], products: Mapping[int, Product], triggers: Mapping[int, str]
) -> tuple[FlaggedEntry, ...]:
    """Entries the user marked for the clinician, with their notes."""
    return tuple(
        FlaggedEntry(e.at, describe(e, products, triggers), e.note)
        for e in entries
        if e.for_clinician
    )


def private_notes(
    entries: Iterable[Entry], products: Mapping[int, Product], triggers: Mapping[int, str]
) -> tuple[FlaggedEntry, ...]:
    """Notes the user did not flag (shown only when the user includes private notes)."""
    return tuple(
        FlaggedEntry(e.at, describe(e, products, triggers), e.note)
        for e in entries
        if not e.for_clinician and (e.note.strip() or isinstance(e, TriggerNote))
    )


def plan_periods(taper: TaperService, first: date, last: date) -> tuple[PlanPeriod, ...]:
    """The plan versions in force on the period's days, as runs of days."""
    runs: list[PlanPeriod] = []
    days = [first + timedelta(days=n) for n in range((last - first).days + 1)]
    for day, version in zip(days, taper.versions_on(days), strict=True):
        if version is not None:
            previous = runs[-1] if runs else None
            if previous and previous.version == version.version and previous.last == day - _DAY:
                runs[-1] = PlanPeriod(
                    previous.first, day, version.version, version.change, version.note
                )
            else:
                runs.append(PlanPeriod(day, day, version.version, version.change, version.note))
    return tuple(runs)


_DAY = timedelta(days=1)


def _mean(values: Iterable[float]) -> float | None:
    found = list(values)
    return statistics.fmean(found) if found else None


__all__ = [
    "Cravings",
    "FlaggedEntry",
    "Medication",
    "MoodHalf",
    "MoodTrend",
    "PlanPeriod",
    "ScoreResult",
    "SleepAverages",
    "SubstanceDay",
    "SubstanceWeek",
    "Withdrawal",
]
