"""Per-day figures derived from entries: totals, frequency, intervals, sleep."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta, tzinfo

from recovery_journal.domain.models import Craving, Dose, Product, SleepEntry, SowsRating
from recovery_journal.domain.timeutil import hours_between, local_date
from recovery_journal.domain.units import in_family_units, total_key

NIGHT_END_HOUR = 6  # doses taken 00:00–05:59 are night doses


@dataclass(frozen=True)
class SleepFigures:
    time_in_bed_min: int
    total_sleep_min: int
    efficiency_pct: float


@dataclass(frozen=True)
class ProductTotal:
    """A day's doses of one product (or of no named product) adding to one totals key."""

    key: str
    product_id: int | None
    amount: float
    doses: int


@dataclass(frozen=True)
class DayStats:
    date: date
    dose_count: int = 0
    totals: dict[str, float] = field(default_factory=dict)
    mean_interval_h: float | None = None
    longest_interval_h: float | None = None
    first_dose: datetime | None = None
    last_dose: datetime | None = None
    night_doses: int = 0
    sows_totals: tuple[int, ...] = ()
    craving_count: int = 0
    sleep: SleepFigures | None = None
    product_totals: tuple[ProductTotal, ...] = ()


def dates_between(first: date, last: date) -> list[date]:
    """Every date from ``first`` to ``last`` inclusive."""
    return [first + timedelta(days=n) for n in range((last - first).days + 1)]


def daily_stats(
    first: date,
    last: date,
    zone: tzinfo,
    *,
    doses: Iterable[Dose] = (),
    products: Mapping[int, Product] | None = None,
    sows: Iterable[SowsRating] = (),
    cravings: Iterable[Craving] = (),
    sleeps: Iterable[SleepEntry] = (),
) -> list[DayStats]:
    """One :class:`DayStats` per local date in [first, last]."""
    doses_by_day: dict[date, list[Dose]] = defaultdict(list)
    for dose in doses:
        doses_by_day[local_date(dose.at, zone)].append(dose)
    sows_by_day: dict[date, list[SowsRating]] = defaultdict(list)
    for rating in sows:
        sows_by_day[local_date(rating.at, zone)].append(rating)
    cravings_by_day: dict[date, int] = defaultdict(int)
    for craving in cravings:
        cravings_by_day[local_date(craving.at, zone)] += 1
    sleep_by_night = {entry.night: entry for entry in sleeps}
    result = []
    for day in dates_between(first, last):
        ratings = sorted(sows_by_day.get(day, []), key=lambda r: r.at.astimezone(UTC))
        dose_figures = _dose_figures(day, doses_by_day.get(day, []), products or {}, zone)
        result.append(
            replace(
                dose_figures,
                sows_totals=tuple(r.total for r in ratings),
                craving_count=cravings_by_day.get(day, 0),
                sleep=_sleep_figures(sleep_by_night.get(day)),
            )
        )
    return result


def _dose_figures(
    day: date, day_doses: Sequence[Dose], products: Mapping[int, Product], zone: tzinfo
) -> DayStats:
    # By UTC instant: same-zone datetimes compare by wall clock, which misorders the repeated hour.
    ordered = sorted(day_doses, key=lambda d: d.at.astimezone(UTC))
    totals: dict[str, float] = defaultdict(float)
    parts: dict[tuple[str, int | None], list[float]] = defaultdict(list)
    for dose in ordered:
        product = products.get(dose.product_id) if dose.product_id is not None else None
        key = total_key(dose.unit, product.high_potency if product else False)
        amount = in_family_units(dose.amount, dose.unit)
        totals[key] += amount
        parts[(key, dose.product_id)].append(amount)
    intervals = [hours_between(a.at, b.at) for a, b in zip(ordered, ordered[1:], strict=False)]
    return DayStats(
        date=day,
        dose_count=len(ordered),
        totals=dict(totals),
        mean_interval_h=sum(intervals) / len(intervals) if intervals else None,
        longest_interval_h=max(intervals) if intervals else None,
        first_dose=ordered[0].at if ordered else None,
        last_dose=ordered[-1].at if ordered else None,
        night_doses=sum(1 for d in ordered if d.at.astimezone(zone).hour < NIGHT_END_HOUR),
        product_totals=_product_totals(parts),
    )


def _product_totals(
    parts: Mapping[tuple[str, int | None], list[float]],
) -> tuple[ProductTotal, ...]:
    """Amounts and dose counts per (totals key, product), in a stable order."""
    ordered = sorted(parts.items(), key=lambda item: (item[0][0], item[0][1] or 0))
    return tuple(
        ProductTotal(key, product_id, sum(amounts), len(amounts))
        for (key, product_id), amounts in ordered
    )


def _sleep_figures(entry: SleepEntry | None) -> SleepFigures | None:
    if entry is None:
        return None
    return SleepFigures(entry.time_in_bed_min, entry.total_sleep_min, entry.efficiency_pct)


def hours_since_last_dose(last_dose_at: datetime | None, moment: datetime) -> float | None:
    """Hours from the last dose at or before ``moment``; None without one."""
    if last_dose_at is None:
        return None
    return hours_between(last_dose_at, moment)
