"""Plan vs actual: each day's amount against its target, adherence, streak, prefill, and
when to suggest holding a step.

A plan tracks one daily-totals key (see :func:`recovery_journal.domain.units.total_key`):
``"g"`` for leaf powder, or e.g. ``"g high-potency"`` or ``"shot"`` for a plan of a
high-potency product. A high-potency product with a leaf-equivalent factor counts as
leaf: each of its units (a gram of extract, a shot, a mL) counts as ``factor`` grams of
leaf powder in a ``"g"`` plan, and never in its own high-potency key.

Today is a partial day: it is shown, but counts towards adherence and the streak only
once it is already over target. "No data" (no doses logged) is never a success.

``statistics`` (with ``fractions`` and ``decimal``, ~5 ms) is imported where it is used:
only the Taper page's prefill and suggestions need it, and start-up imports this module.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import date, timedelta

from recovery_journal.domain.errors import ValidationError
from recovery_journal.domain.models import Product
from recovery_journal.domain.record import record
from recovery_journal.domain.stats import DayStats
from recovery_journal.domain.taper import TaperStep, step_on
from recovery_journal.domain.units import (
    HIGH_POTENCY_SUFFIX,
    from_family_units,
    in_family_units,
    unit_family,
)
from recovery_journal.domain.wording import ENGLISH, Wording

ON_TARGET, OVER, NO_DATA = "on target", "over", "no data"
MORE_DOSES = "more doses"  # within the amount, but more often than the step plans
STATUSES = (ON_TARGET, OVER, NO_DATA)
LEAF_KEY = "g"
PREFILL_DAYS = 7
WINDOW_DAYS = 3  # the step's first days and the latest days, compared for a hold
SOWS_RISE = 1.5  # the latest withdrawal scores at least 50% above the step's first days…
SOWS_FLOOR_FROM_ZERO = 5.0  # from a first-days mean of 0, the latest days must reach this
SLEEP_DROP = 10.0  # efficiency points
_TOLERANCE = 1e-9  # float noise allowed when comparing an amount with its target


@record
class DayProgress:
    """One day of the plan: what was taken against what was planned."""

    date: date
    target: float
    actual: float
    dose_count: int
    target_doses: int
    status: str


@record
class PlanProgress:
    """Plan vs actual up to today. Adherence is a fraction 0–1, None before any day counts."""

    days: tuple[DayProgress, ...]
    step_adherence: float | None
    plan_adherence: float | None
    streak: int
    days_on_target: int
    days_counted: int


@record
class Prefill:
    """Suggested plan inputs from recent days: medians over ``days_used`` days."""

    daily_amount: float
    doses_per_day: int
    days_used: int


def track_keys(unit: str) -> tuple[str, str]:
    """The keys a plan in ``unit`` can track: the unit's family, and its high-potency key."""
    family = unit_family(unit)
    return family, family + HIGH_POTENCY_SUFFIX


def check_track_key(track_key: str, unit: str) -> str:
    """``track_key`` if a plan in ``unit`` can track it."""
    allowed = track_keys(unit)
    if track_key not in allowed:
        raise ValidationError("tracked amount", f"must be one of: {', '.join(allowed)}")
    return track_key


def leaf_factors_of(products: Iterable[Product]) -> dict[int, float]:
    """Product id → grams of leaf one unit counts as, for high-potency products with a factor."""
    # Totals hold amounts in the family unit (g); the factor is per the product's own unit.
    return {
        product.id: product.leaf_equivalent_factor / in_family_units(1.0, product.unit)
        for product in products
        if product.high_potency
        and product.leaf_equivalent_factor is not None
        and product.id is not None
    }


def tracked(
    day: DayStats, track_key: str, factors: Mapping[int, float], unit: str | None = None
) -> tuple[float, int]:
    """The day's amount (in ``unit``, default the key's family unit) and dose count for a plan."""
    amount, doses = 0.0, 0
    for part in day.product_totals:
        factor = factors.get(part.product_id) if part.product_id is not None else None
        if factor is not None:
            if track_key == LEAF_KEY:
                amount, doses = amount + part.amount * factor, doses + part.doses
        elif part.key == track_key:
            amount, doses = amount + part.amount, doses + part.doses
    amount = from_family_units(amount, unit) if unit else amount
    return round(amount, 9), doses


def plan_progress(
    steps: Sequence[TaperStep],
    days: Sequence[DayStats],
    track_key: str,
    today: date,
    leaf_factors: Mapping[int, float],
    unit: str | None = None,
) -> PlanProgress:
    """Each plan day up to today against its target, with adherence and the streak."""
    by_date = {day.date: day for day in days}
    progress = []
    for step in steps:
        for offset in range((min(step.end, today) - step.start).days + 1):
            day = step.start + timedelta(days=offset)
            stats = by_date.get(day, DayStats(date=day))
            progress.append(_day_progress(step, stats, track_key, leaf_factors, unit))
    counted = [day for day in progress if _counts(day, today)]
    current = step_on(steps, today)
    in_step = [day for day in counted if current and current.start <= day.date <= current.end]
    return PlanProgress(
        days=tuple(progress),
        step_adherence=_adherence(in_step) if current else None,
        plan_adherence=_adherence(counted),
        streak=_streak(counted),
        days_on_target=sum(1 for day in counted if day.status == ON_TARGET),
        days_counted=len(counted),
    )


def prefill(
    days: Sequence[DayStats],
    track_key: str,
    leaf_factors: Mapping[int, float] | None = None,
    unit: str | None = None,
) -> Prefill | None:
    """Median daily amount and doses a day over the last 7 given days with doses."""
    figures = [tracked(day, track_key, leaf_factors or {}, unit) for day in days]
    logged = [(amount, count) for amount, count in figures if count > 0][-PREFILL_DAYS:]
    if not logged:
        return None
    import statistics

    amount = statistics.median(amount for amount, _ in logged)
    doses = statistics.median(count for _, count in logged)
    return Prefill(round(amount, 9), max(1, int(doses + 0.5)), len(logged))


def hold_suggestion(
    step: TaperStep,
    sows_by_day: Mapping[date, Sequence[int]],
    sleep_eff_by_day: Mapping[date, float],
    today: date,
    wording: Wording = ENGLISH,
) -> str | None:
    """Why holding ``step`` might help (withdrawal or sleep markedly worse), or None.

    Compares the step's first 3 days with the latest 3 (withdrawal scores up to today;
    sleep by night, up to last night). Each window needs data on at least 2 of its days.
    """
    if not step.start <= today <= step.end:
        return None
    reasons = [
        _sows_reason(step.start, sows_by_day, today, wording),
        _sleep_reason(step.start, sleep_eff_by_day, today, wording),
    ]
    found = [reason for reason in reasons if reason]
    return " ".join(found) if found else None


# --- helpers --------------------------------------------------------------------------


def _day_progress(
    step: TaperStep,
    stats: DayStats,
    track_key: str,
    factors: Mapping[int, float],
    unit: str | None,
) -> DayProgress:
    actual, doses = tracked(stats, track_key, factors, unit)
    if doses == 0:
        status = NO_DATA
    elif actual > step.daily_target + _TOLERANCE * max(1.0, step.daily_target):
        status = OVER
    elif doses > step.doses_per_day:
        status = MORE_DOSES  # frequency matters as much as the amount
    else:
        status = ON_TARGET
    return DayProgress(stats.date, step.daily_target, actual, doses, step.doses_per_day, status)


def _counts(day: DayProgress, today: date) -> bool:
    """Complete days count; today only once it is over target.

    A day of a zero step with nothing logged is left out: it is neither a success
    (no data never is) nor a failure at the very point the plan asks for nothing.
    """
    if day.target == 0 and day.status == NO_DATA:
        return False
    return day.date < today or (day.date == today and day.status in (OVER, MORE_DOSES))


def _adherence(days: Sequence[DayProgress]) -> float | None:
    if not days:
        return None
    return sum(1 for day in days if day.status == ON_TARGET) / len(days)


def _streak(counted: Sequence[DayProgress]) -> int:
    """Consecutive on-target days ending with the latest counted day."""
    streak = 0
    for day in reversed(counted):
        if day.status != ON_TARGET:
            break
        streak += 1
    return streak


def _window_mean(values: Mapping[date, float], first: date) -> float | None:
    """Mean over the days of [first, first + 3) that have a value; None with fewer than 2."""
    import statistics

    found = [values[day] for day in _window(first) if day in values]
    return statistics.fmean(found) if len(found) >= WINDOW_DAYS - 1 else None


def _window(first: date) -> list[date]:
    return [first + timedelta(days=n) for n in range(WINDOW_DAYS)]


def _sows_reason(
    start: date, sows_by_day: Mapping[date, Sequence[int]], today: date, wording: Wording
) -> str | None:
    if today < start + timedelta(days=WINDOW_DAYS):
        return None  # from the step's 4th day: the latest days may overlap the first ones
    latest = today - timedelta(days=WINDOW_DAYS - 1)
    import statistics

    daily = {day: statistics.fmean(totals) for day, totals in sows_by_day.items() if totals}
    before, after = _window_mean(daily, start), _window_mean(daily, latest)
    if before is None or after is None:
        return None
    # 50% above the first days; from a start of 0, any rise is "50% above", so a floor
    threshold = SOWS_RISE * before if before > 0 else SOWS_FLOOR_FROM_ZERO
    if after < threshold or after <= before:
        return None
    tr = wording.translate_text
    return tr(
        "Withdrawal scores in the last {n} days average {after}, "
        "up from {before} in this step's first days."
    ).format(n=WINDOW_DAYS, after=f"{after:.0f}", before=f"{before:.0f}")


def _sleep_reason(
    start: date, efficiency: Mapping[date, float], today: date, wording: Wording
) -> str | None:
    latest = today - timedelta(days=WINDOW_DAYS)  # nights are keyed by the evening's date
    if latest <= start:
        return None  # from the step's 4th night on
    before, after = _window_mean(efficiency, start), _window_mean(efficiency, latest)
    if before is None or after is None or before - after < SLEEP_DROP:
        return None
    tr = wording.translate_text
    return tr(
        "Sleep efficiency over the last {n} nights averages {after} %, "
        "down from {before} % in this step's first nights."
    ).format(n=WINDOW_DAYS, after=f"{after:.0f}", before=f"{before:.0f}")
