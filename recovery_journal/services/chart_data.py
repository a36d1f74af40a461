"""The numbers behind the progress charts, for one date range, as plain frozen data.

Built once per range with ranged queries (the cost follows the range, not the size of
the journal) and drawn by :mod:`recovery_journal.charts` on screen and on paper alike.

Every daily series has one value per local date in the range; ``None`` means nothing was
logged that day and is drawn as a gap, never as a zero:

- amounts, doses per day and the plan's counted amount are ``None`` on a day with no
  doses logged (a day with doses of other products only reads 0 for a product's series);
- intervals are ``None`` with fewer than two doses that day;
- check-in series (withdrawal, sleep, mood) are ``None`` on days without that check-in.

Withdrawal context bands: see :mod:`recovery_journal.domain.withdrawal_context`.
"""

from __future__ import annotations

import statistics
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import field
from datetime import date, timedelta, tzinfo

from recovery_journal.domain.errors import ValidationError
from recovery_journal.domain.record import record
from recovery_journal.domain.stats import DayStats, dates_between
from recovery_journal.domain.taper import TaperStep
from recovery_journal.domain.taper_tracking import leaf_factors_of, tracked
from recovery_journal.domain.timeutil import day_start
from recovery_journal.domain.units import HIGH_POTENCY_SUFFIX
from recovery_journal.domain.withdrawal_context import (
    CONTEXT_BAND_DAYS,
    ContextBand,
    context_bands,
)
from recovery_journal.services.journal_service import JournalService
from recovery_journal.services.taper_service import TaperService
from recovery_journal.storage.repositories import (
    CravingFacts,
    MoodFacts,
    QuestionnaireFacts,
    SleepFacts,
)

Series = tuple[float | None, ...]
_SleepValue = Callable[[SleepFacts], float]
MAX_RANGE_DAYS = 366 * 20
NO_TRIGGER = "no trigger noted"
MOOD_RATINGS = ("mood", "anxiety", "pain", "energy")
HOURS = 24


@record
class AmountSeries:
    """Daily totals for one totals key, e.g. ``"g"``, ``"g high-potency"``, ``"capsule"``."""

    key: str
    unit: str  # the family unit the amounts are in: g, capsule, mL or shot
    high_potency: bool
    values: Series


@record
class PlanSeries:
    """The taper plan in force against what counted toward it, in the plan's unit."""

    unit: str
    track_key: str
    target: Series  # the step's daily target; None outside the plan
    target_doses: Series  # the step's doses per day; None outside the plan
    actual: Series  # amount counted toward the plan; None on a day with no doses


@record
class ScorePoint:
    date: date
    total: int


@record
class ChartData:
    """Everything the progress charts draw for the local dates ``first``..``last``."""

    first: date
    last: date
    dates: tuple[date, ...]
    amounts: tuple[AmountSeries, ...] = ()
    plan: PlanSeries | None = None
    dose_counts: Series = ()
    mean_interval_h: Series = ()
    longest_interval_h: Series = ()
    sows_mean: Series = ()
    withdrawal_bands: tuple[ContextBand, ...] = ()
    sleep_total_h: Series = ()  # by night: the evening's date
    sleep_efficiency_pct: Series = ()
    sleep_quality: Series = ()  # 1 (very poor) … 5 (very good)
    mood: Series = ()
    anxiety: Series = ()
    pain: Series = ()
    energy: Series = ()
    cravings_by_trigger: tuple[tuple[str, int], ...] = ()  # most frequent first
    cravings_by_hour: tuple[int, ...] = field(default=(0,) * HOURS)
    phq9: tuple[ScorePoint, ...] = ()
    gad7: tuple[ScorePoint, ...] = ()

    def __post_init__(self) -> None:
        days = len(self.dates)
        for name in DAILY_SERIES:  # a series left out is all gaps
            if not getattr(self, name):
                object.__setattr__(self, name, (None,) * days)
        series = [getattr(self, name) for name in DAILY_SERIES]
        series += [amount.values for amount in self.amounts]
        if self.plan is not None:
            series += [self.plan.target, self.plan.target_doses, self.plan.actual]
        if any(len(values) != days for values in series):
            raise ValueError("every daily series needs one value per date")
        if len(self.cravings_by_hour) != HOURS:
            raise ValueError("cravings_by_hour needs 24 counts")

    @classmethod
    def blank(cls, first: date, last: date) -> ChartData:
        """A range with nothing logged (``dataclasses.replace`` fills it in)."""
        return cls(first, last, tuple(dates_between(first, last)))


DAILY_SERIES = (
    "dose_counts",
    "mean_interval_h",
    "longest_interval_h",
    "sows_mean",
    "sleep_total_h",
    "sleep_efficiency_pct",
    "sleep_quality",
    "mood",
    "anxiety",
    "pain",
    "energy",
)


def build_chart_data(
    service: JournalService, taper: TaperService, first: date, last: date
) -> ChartData:
    """The chart numbers for the local dates first..last (inclusive).

    Read once per range: the daily figures (from one ranged read of each kind of entry,
    see :meth:`JournalService.period_facts`), the mood check-ins and the questionnaires.
    """
    if last < first:
        raise ValidationError("--to", "must be on or after --from")
    if (last - first).days > MAX_RANGE_DAYS:
        raise ValidationError("--to", "the range is too long")
    lead = first - timedelta(days=CONTEXT_BAND_DAYS)  # a band begun before the range shows
    zone = service.zone
    start, end = day_start(first, zone), day_start(last + timedelta(days=1), zone)
    period = service.period_facts(lead, last, craving_triggers_from=first)
    all_days = period.day_stats()
    days = all_days[CONTEXT_BAND_DAYS:]
    mood_days = _by_day(service.mood_facts(day_start(lead, zone), end), zone)
    cravings = [craving for craving in period.cravings if craving.utc >= start]
    sleeps = {entry.night: entry for entry in period.sleeps if first <= entry.night <= last}
    scores = _scores(service.questionnaire_facts(start, end), zone)
    version = taper.current_version()
    plan = None
    if version is not None:
        factors = leaf_factors_of(period.products.values())
        plan = _plan_series(version.steps, version.unit, version.track_key, days, factors)
    return ChartData(
        first=first,
        last=last,
        dates=tuple(day.date for day in days),
        amounts=_amount_series(days),
        plan=plan,
        dose_counts=tuple(float(d.dose_count) if d.dose_count else None for d in days),
        mean_interval_h=tuple(d.mean_interval_h for d in days),
        longest_interval_h=tuple(d.longest_interval_h for d in days),
        sows_mean=tuple(_mean(d.sows_totals) for d in days),
        withdrawal_bands=context_bands(
            version.steps if version else (), all_days, set(mood_days), first, last
        ),
        sleep_total_h=_nightly(days, sleeps, lambda s: s.total_sleep_min / 60),
        sleep_efficiency_pct=_nightly(days, sleeps, lambda s: s.efficiency_pct),
        sleep_quality=_nightly(days, sleeps, lambda s: float(s.quality)),
        **_mood_means(days, mood_days),
        cravings_by_trigger=_cravings_by_trigger(cravings, service),
        cravings_by_hour=_cravings_by_hour(cravings, zone),
        phq9=scores["phq9"],
        gad7=scores["gad7"],
    )


# -- helpers ---------------------------------------------------------------------------
def _mean(values: Sequence[float]) -> float | None:
    """The mean, None without values."""
    return statistics.fmean(values) if values else None


def _amount_series(days: Sequence[DayStats]) -> tuple[AmountSeries, ...]:
    """One series per totals key seen in the range: regular products first, grams first."""
    keys = {key for day in days for key in day.totals}

    def order(key: str) -> tuple[bool, bool, str]:
        return key.endswith(HIGH_POTENCY_SUFFIX), not key.startswith("g"), key

    return tuple(
        AmountSeries(
            key=key,
            unit=key.removesuffix(HIGH_POTENCY_SUFFIX),
            high_potency=key.endswith(HIGH_POTENCY_SUFFIX),
            values=tuple(day.totals.get(key, 0.0) if day.dose_count else None for day in days),
        )
        for key in sorted(keys, key=order)
    )


def _plan_series(
    steps: Sequence[TaperStep],
    unit: str,
    track_key: str,
    days: Sequence[DayStats],
    factors: Mapping[int, float],
) -> PlanSeries:
    in_force = _steps_by_day(steps)
    targets: list[float | None] = []
    target_doses: list[float | None] = []
    for day in days:
        step = in_force.get(day.date)
        targets.append(step.daily_target if step else None)
        target_doses.append(float(step.doses_per_day) if step else None)
    actual = tuple(
        tracked(day, track_key, factors, unit)[0] if day.dose_count else None for day in days
    )
    return PlanSeries(unit, track_key, tuple(targets), tuple(target_doses), actual)


def _steps_by_day(steps: Sequence[TaperStep]) -> dict[date, TaperStep]:
    """:func:`~recovery_journal.domain.taper.step_on` for every day of the plan at once:
    the first step whose dates include the day."""
    found: dict[date, TaperStep] = {}
    for step in steps:
        for day in dates_between(step.start, step.end):
            found.setdefault(day, step)
    return found


def _by_day(moods: Iterable[MoodFacts], zone: tzinfo) -> dict[date, list[MoodFacts]]:
    found: dict[date, list[MoodFacts]] = defaultdict(list)
    for checkin in moods:
        found[checkin.utc.astimezone(zone).date()].append(checkin)
    return found


def _mood_means(
    days: Sequence[DayStats], mood_days: Mapping[date, Sequence[MoodFacts]]
) -> dict[str, Series]:
    """Each day's mean of the mood check-in ratings: mood, anxiety, pain and energy."""
    means: dict[str, list[float | None]] = {name: [] for name in MOOD_RATINGS}
    columns = [means[name] for name in MOOD_RATINGS]
    for day in days:
        checkins = mood_days.get(day.date)
        if not checkins:
            for column in columns:
                column.append(None)
        elif len(checkins) == 1:  # most days: the mean of one rating is the rating
            (checkin,) = checkins
            for column, name in zip(columns, MOOD_RATINGS, strict=True):
                column.append(float(getattr(checkin, name)))
        else:
            for column, name in zip(columns, MOOD_RATINGS, strict=True):
                column.append(_mean([getattr(c, name) for c in checkins]))
    return {name: tuple(values) for name, values in means.items()}


def _nightly(
    days: Sequence[DayStats], sleeps: Mapping[date, SleepFacts], value: _SleepValue
) -> Series:
    return tuple(value(sleeps[day.date]) if day.date in sleeps else None for day in days)


def _cravings_by_trigger(
    cravings: Iterable[CravingFacts], service: JournalService
) -> tuple[tuple[str, int], ...]:
    triggers = service.trigger_map()
    counts: Counter[str] = Counter()
    for craving in cravings:
        names = [triggers[i].name for i in craving.trigger_ids if i in triggers]
        counts.update(names or [NO_TRIGGER])
    return tuple(sorted(counts.items(), key=lambda item: (-item[1], item[0])))


def _cravings_by_hour(cravings: Iterable[CravingFacts], zone: tzinfo) -> tuple[int, ...]:
    counts = [0] * HOURS
    for craving in cravings:
        counts[craving.utc.astimezone(zone).hour] += 1
    return tuple(counts)


def _scores(
    answered: Iterable[QuestionnaireFacts], zone: tzinfo
) -> dict[str, tuple[ScorePoint, ...]]:
    """PHQ-9 and GAD-7 totals by local date, oldest first."""
    found: dict[str, list[ScorePoint]] = {"phq9": [], "gad7": []}
    for q in answered:
        if q.kind in found:
            found[q.kind].append(ScorePoint(q.utc.astimezone(zone).date(), q.total))
    return {kind: tuple(points) for kind, points in found.items()}
