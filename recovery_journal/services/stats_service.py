"""The ``stats --json`` document: daily figures for a range, as plain data."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from recovery_journal.domain.errors import ValidationError
from recovery_journal.domain.stats import DayStats
from recovery_journal.domain.timeutil import now as current_time
from recovery_journal.services.journal_service import JournalService

MAX_RANGE_DAYS = 366 * 20


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 2)


def day_document(day: DayStats) -> dict[str, Any]:
    sleep = None
    if day.sleep is not None:
        sleep = {
            "time_in_bed_min": day.sleep.time_in_bed_min,
            "total_sleep_min": day.sleep.total_sleep_min,
            "efficiency_pct": _round(day.sleep.efficiency_pct),
        }
    return {
        "date": day.date.isoformat(),
        "dose_count": day.dose_count,
        "totals": {unit: _round(amount) for unit, amount in sorted(day.totals.items())},
        "mean_interval_h": _round(day.mean_interval_h),
        "longest_interval_h": _round(day.longest_interval_h),
        "night_doses": day.night_doses,
        "sows_totals": list(day.sows_totals),
        "craving_count": day.craving_count,
        "sleep": sleep,
    }


def stats_document(
    service: JournalService, first: date, last: date, moment: datetime | None = None
) -> dict[str, Any]:
    """``{"days": [...], "hours_since_last_dose": float | None}`` for first..last."""
    if last < first:
        raise ValidationError("--to", "must be on or after --from")
    if (last - first).days > MAX_RANGE_DAYS:
        raise ValidationError("--to", "the range is too long")
    moment = moment or current_time(service.zone)
    return {
        "days": [day_document(day) for day in service.day_stats(first, last)],
        "hours_since_last_dose": _round(service.hours_since_last_dose(moment)),
    }
