"""The key facts box: time since the last dose, current amounts, and the taper step."""

from __future__ import annotations

import statistics
from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import date, datetime, timedelta

from recovery_journal.domain.record import record
from recovery_journal.domain.stats import DayStats
from recovery_journal.domain.timeutil import local_date
from recovery_journal.domain.units import HIGH_POTENCY_SUFFIX
from recovery_journal.services.journal_service import JournalService
from recovery_journal.services.taper_service import TaperService

RECENT_DAYS = 7  # "current" amounts: the 7 complete days before the report


@record
class DailyAmount:
    """The mean daily total of one kind of amount, e.g. grams of leaf or high-potency shots."""

    unit: str
    high_potency: bool
    mean: float


@record
class StepFacts:
    number: int
    steps: int  # in the whole plan
    start: date
    end: date
    daily_target: float
    doses_per_day: int
    unit: str


@record
class KeyFacts:
    """The box at the top: time since the last dose, current amounts, the taper step."""

    now: datetime
    last_dose_at: datetime | None
    hours_since_last_dose: float | None
    recent_first: date  # the 7 complete days before ``now``
    recent_last: date
    days_with_doses: int  # of those 7
    daily_amounts: tuple[DailyAmount, ...]
    doses_per_day: float | None
    step: StepFacts | None = None
    plan_daily_amount: float | None = None  # what counts toward the plan, in its unit
    plan_adherence: float | None = None  # 0–1
    days_on_target: int = 0
    days_counted: int = 0


def key_facts(service: JournalService, taper: TaperService, now: datetime) -> KeyFacts:
    """The key facts as of ``now`` (they describe the present, not the period)."""
    zone = service.zone
    today = local_date(now, zone)
    recent_first, recent_last = today - timedelta(days=RECENT_DAYS), today - timedelta(days=1)
    recent = [day for day in service.day_stats(recent_first, recent_last) if day.dose_count]
    last_dose = service.last_dose(now)
    facts = KeyFacts(
        now=now.astimezone(zone),
        last_dose_at=last_dose.at.astimezone(zone) if last_dose else None,
        hours_since_last_dose=service.hours_since_last_dose(now),
        recent_first=recent_first,
        recent_last=recent_last,
        days_with_doses=len(recent),
        daily_amounts=_daily_amounts(recent),
        doses_per_day=_mean(day.dose_count for day in recent),
    )
    return _with_plan(facts, taper, recent, today)


def _daily_amounts(days: Sequence[DayStats]) -> tuple[DailyAmount, ...]:
    def order(key: str) -> tuple[bool, bool, str]:  # grams first, high-potency last
        return key.endswith(HIGH_POTENCY_SUFFIX), not key.startswith("g"), key

    keys = sorted({key for day in days for key in day.totals}, key=order)
    return tuple(
        DailyAmount(
            unit=key.removesuffix(HIGH_POTENCY_SUFFIX),
            high_potency=key.endswith(HIGH_POTENCY_SUFFIX),
            mean=statistics.fmean(day.totals.get(key, 0.0) for day in days),
        )
        for key in keys
    )


def _with_plan(
    facts: KeyFacts, taper: TaperService, recent: list[DayStats], today: date
) -> KeyFacts:
    unit = taper.current_unit()
    if unit is None:
        return facts
    step = taper.step_on(today)
    tracked = [found for found in (taper.tracked(day) for day in recent) if found and found[1]]
    progress = taper.progress(today)
    return replace(
        facts,
        step=(
            StepFacts(
                step.number,
                len(taper.current_steps()),
                step.start,
                step.end,
                step.daily_target,
                step.doses_per_day,
                unit,
            )
            if step
            else None
        ),
        plan_daily_amount=_mean(amount for amount, _ in tracked),
        plan_adherence=progress.plan_adherence,
        days_on_target=progress.days_on_target,
        days_counted=progress.days_counted,
    )


def _mean(values: Iterable[float]) -> float | None:
    found = list(values)
    return statistics.fmean(found) if found else None
