"""Per-day figures derived from entries: totals, frequency, intervals, sleep."""

from __future__ import annotations

import functools
import itertools
import operator
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import field
from datetime import date, datetime, timedelta, tzinfo
from typing import Protocol, TypedDict, TypeVar

from recovery_journal.domain.models import Product
from recovery_journal.domain.record import record
from recovery_journal.domain.timeutil import hours_between
from recovery_journal.domain.units import in_family_units, total_key

NIGHT_END_HOUR = 6  # doses taken 00:00–05:59 are night doses


@record
class SleepFigures:
    """A night's time in bed, time asleep (minutes) and sleep efficiency (%)."""

    time_in_bed_min: int
    total_sleep_min: int
    efficiency_pct: float


@record
class ProductTotal:
    """A day's doses of one product (or of no named product) adding to one totals key."""

    key: str
    product_id: int | None
    amount: float
    doses: int


@record
class DayStats:
    """One day's figures: doses, totals, intervals, night doses, SOWS, cravings, sleep."""

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


class Instant(Protocol):
    """Anything logged at a moment, as a ranged read gives it (the facts of an entry, see
    :mod:`recovery_journal.storage.repositories`): with its UTC instant, by which it is
    placed and ordered (same-zone datetimes compare by wall clock, which misorders the
    repeated hour)."""

    @property
    def utc(self) -> datetime: ...


class DoseLike(Instant, Protocol):
    """What daily figures need of a dose: when (``at`` keeps the offset it was logged
    with) and what was taken."""

    @property
    def at(self) -> datetime: ...

    @property
    def amount(self) -> float: ...

    @property
    def unit(self) -> str: ...

    @property
    def product_id(self) -> int | None: ...


class RatingLike(Instant, Protocol):
    """A withdrawal (SOWS) rating: its moment and its total."""

    @property
    def total(self) -> int: ...


class NightLike(Protocol):
    """A sleep diary night: its date and the figures computed from it."""

    @property
    def night(self) -> date: ...

    @property
    def time_in_bed_min(self) -> int: ...

    @property
    def total_sleep_min(self) -> int: ...

    @property
    def efficiency_pct(self) -> float: ...


def daily_stats(
    first: date,
    last: date,
    zone: tzinfo,
    *,
    doses: Iterable[DoseLike] = (),
    products: Mapping[int, Product] | None = None,
    sows: Iterable[RatingLike] = (),
    cravings: Iterable[Instant] = (),
    sleeps: Iterable[NightLike] = (),
) -> list[DayStats]:
    """One :class:`DayStats` per local date in [first, last], from the facts of the
    entries (in any order).

    Each moment is converted once (years of entries are read at a time).
    """
    doses_by_day: dict[date, list[DoseLike]] = defaultdict(list)  # each oldest first
    night_doses: dict[date, int] = defaultdict(int)
    for dose in _oldest_first(list(doses)):
        local = dose.utc.astimezone(zone)
        day = local.date()
        doses_by_day[day].append(dose)
        if local.hour < NIGHT_END_HOUR:
            night_doses[day] += 1
    sows_by_day: dict[date, list[int]] = defaultdict(list)
    for rating in _oldest_first(list(sows)):
        sows_by_day[rating.utc.astimezone(zone).date()].append(rating.total)
    cravings_by_day: dict[date, int] = defaultdict(int)
    for craving in cravings:
        cravings_by_day[craving.utc.astimezone(zone).date()] += 1
    sleep_by_night = {entry.night: entry for entry in sleeps}
    keys = _DoseKeys(products or {})
    result = []
    for day in dates_between(first, last):
        day_doses = doses_by_day.get(day)
        dose_fields: _DoseFields = (
            _dose_figures(day_doses, night_doses.get(day, 0), keys) if day_doses else {}
        )
        result.append(
            DayStats(
                date=day,
                sows_totals=tuple(sows_by_day.get(day, ())),
                craving_count=cravings_by_day.get(day, 0),
                sleep=_sleep_figures(sleep_by_night.get(day)),
                **dose_fields,
            )
        )
    return result


_I = TypeVar("_I", bound=Instant)


def _oldest_first(rows: list[_I]) -> list[_I]:
    """``rows`` by instant; those at the same instant keep their order."""
    if any(later.utc < earlier.utc for earlier, later in itertools.pairwise(rows)):
        rows = sorted(rows, key=_utc_of)
    return rows


def _utc_of(row: Instant) -> datetime:
    return row.utc


class _DoseFields(TypedDict, total=False):
    """The fields of a :class:`DayStats` that come from the day's doses."""

    dose_count: int
    totals: dict[str, float]
    mean_interval_h: float | None
    longest_interval_h: float | None
    first_dose: datetime | None
    last_dose: datetime | None
    night_doses: int
    product_totals: tuple[ProductTotal, ...]


class _DoseKeys:
    """The totals key and family factor of a (unit, product), worked out once each."""

    def __init__(self, products: Mapping[int, Product]) -> None:
        self._products = products
        self._known: dict[tuple[str, int | None], tuple[str, float]] = {}

    def __call__(self, unit: str, product_id: int | None) -> tuple[str, float]:
        found = self._known.get((unit, product_id))
        if found is None:
            product = self._products.get(product_id) if product_id is not None else None
            key = total_key(unit, product.high_potency if product else False)
            found = self._known[(unit, product_id)] = (key, in_family_units(1.0, unit))
        return found


def _dose_figures(day_doses: list[DoseLike], night_doses: int, keys: _DoseKeys) -> _DoseFields:
    """The dose fields of a day's :class:`DayStats` (a day with doses, oldest first)."""
    first = day_doses[0]
    unit, product_id = first.unit, first.product_id
    if all(d.unit == unit and d.product_id == product_id for d in day_doses):
        # One product all day (most days): its amounts add up in one go, in the same
        # order (and so to the same float) as one by one.
        key, factor = keys(unit, product_id)
        amounts = [d.amount * factor for d in day_doses]  # in_family_units
        totals = {key: functools.reduce(operator.add, amounts, 0.0)}
        product_totals: tuple[ProductTotal, ...] = (
            ProductTotal(key, product_id, sum(amounts), len(amounts)),
        )
    else:
        totals, product_totals = _mixed_totals(day_doses, keys)
    # Elapsed time between UTC instants, as hours_between takes it.
    intervals = [
        (later.utc - earlier.utc).total_seconds() / 3600.0
        for earlier, later in itertools.pairwise(day_doses)
    ]
    return {
        "dose_count": len(day_doses),
        "totals": totals,
        "mean_interval_h": sum(intervals) / len(intervals) if intervals else None,
        "longest_interval_h": max(intervals) if intervals else None,
        "first_dose": first.at,
        "last_dose": day_doses[-1].at,
        "night_doses": night_doses,
        "product_totals": product_totals,
    }


def _mixed_totals(
    day_doses: list[DoseLike], keys: _DoseKeys
) -> tuple[dict[str, float], tuple[ProductTotal, ...]]:
    """Totals by key and by (key, product) of a day with more than one product."""
    totals: dict[str, float] = {}
    parts: dict[tuple[str, int | None], list[float]] = {}
    for dose in day_doses:
        key, factor = keys(dose.unit, dose.product_id)
        amount = dose.amount * factor  # in_family_units, without checking the unit again
        totals[key] = totals.get(key, 0.0) + amount
        parts.setdefault((key, dose.product_id), []).append(amount)
    return totals, _product_totals(parts)


def _product_totals(
    parts: Mapping[tuple[str, int | None], list[float]],
) -> tuple[ProductTotal, ...]:
    """Amounts and dose counts per (totals key, product), in a stable order."""
    ordered = sorted(parts.items(), key=_part_order) if len(parts) > 1 else parts.items()
    return tuple(
        ProductTotal(key, product_id, sum(amounts), len(amounts))
        for (key, product_id), amounts in ordered
    )


def _part_order(item: tuple[tuple[str, int | None], list[float]]) -> tuple[str, int]:
    (key, product_id), _ = item
    return key, product_id or 0


def _sleep_figures(entry: NightLike | None) -> SleepFigures | None:
    if entry is None:
        return None
    return SleepFigures(entry.time_in_bed_min, entry.total_sleep_min, entry.efficiency_pct)


def hours_since_last_dose(last_dose_at: datetime | None, moment: datetime) -> float | None:
    """Hours from the last dose at or before ``moment``; None without one."""
    if last_dose_at is None:
        return None
    return hours_between(last_dose_at, moment)
