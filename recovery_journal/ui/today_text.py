"""The Today page's sentences, kind and factual ("over today's target", never "failed")."""

from __future__ import annotations

from datetime import datetime, tzinfo

from recovery_journal.domain.models import Dose
from recovery_journal.domain.reminders import earliest_next_dose
from recovery_journal.domain.stats import DayStats
from recovery_journal.domain.taper import TaperStep
from recovery_journal.domain.units import unit_family
from recovery_journal.services.journal_service import DaySnapshot
from recovery_journal.ui.describe import amount_text, clock_text, format_duration_h, number_text
from recovery_journal.ui.i18n import tr


def since_text(snapshot: DaySnapshot) -> str:
    if snapshot.hours_since_last_dose is None:
        return tr("No dose logged yet")
    return tr("{time} since last dose").format(
        time=format_duration_h(snapshot.hours_since_last_dose)
    )


def dose_count_text(count: int) -> str:
    if count == 0:
        return tr("no doses yet")
    if count == 1:
        return tr("1 dose")
    return tr("{n} doses").format(n=count)


def day_text(
    stats: DayStats, step: TaperStep | None, unit: str, tracked: tuple[float, int] | None
) -> str:
    """Today's doses and amount; with a plan, the amount that counts toward it."""
    if step is None or tracked is None:
        family = unit_family(unit)
        text = tr("Today: {doses}, {amount}").format(
            doses=dose_count_text(stats.dose_count),
            amount=amount_text(stats.totals.get(family, 0.0), family),
        )
        others = [amount_text(v, k) for k, v in sorted(stats.totals.items()) if k != family]
        return text + (" (" + ", ".join(others) + ")" if others else "")
    amount, doses = tracked
    text = tr("Today: {doses}, {amount} of {target} target").format(
        doses=dose_count_text(doses),
        amount=amount_text(amount, unit),
        target=amount_text(step.daily_target, unit),
    )
    if amount > step.daily_target + 1e-9:
        text += tr(" · over today's target")
    return text


def step_text(step: TaperStep | None, step_count: int, unit: str) -> str:
    if step is None:
        return ""
    return tr("Step {n} of {total}: {target}/day").format(
        n=step.number, total=step_count, target=amount_text(step.daily_target, unit)
    )


def interval_text(stats: DayStats, step: TaperStep | None) -> str:
    """Today's mean interval between doses, against the plan's minimum when there is one."""
    if stats.mean_interval_h is None:
        return ""
    text = tr("Time between doses today: {mean} on average, longest {longest}").format(
        mean=format_duration_h(stats.mean_interval_h),
        longest=format_duration_h(stats.longest_interval_h or 0.0),
    )
    if step is not None and step.min_interval_h is not None:
        text += tr(" (plan: at least {h})").format(h=format_duration_h(step.min_interval_h))
    return text


def next_dose_text(
    last: Dose | None, step: TaperStep | None, moment: datetime, zone: tzinfo
) -> str:
    if step is None or step.min_interval_h is None or last is None:
        return ""
    plan = tr("plan: {n} doses, {h} h apart").format(
        n=step.doses_per_day, h=number_text(step.min_interval_h, 1)
    )
    earliest = earliest_next_dose(last.at, step.min_interval_h)
    if earliest is None or earliest <= moment:
        return plan[:1].upper() + plan[1:]
    return tr("Next dose not before {time} ({plan})").format(
        time=clock_text(earliest, zone), plan=plan
    )


def target_fraction(step: TaperStep | None, tracked: tuple[float, int] | None) -> float | None:
    """How much of today's target is taken (None without a target)."""
    if step is None or tracked is None or step.daily_target <= 0:
        return None
    return tracked[0] / step.daily_target


def due_text(due: list[str]) -> str:
    names = {
        "phq9": tr("PHQ-9 [Q]"),
        "gad7": tr("GAD-7 [A]"),
        "self_reflection": tr("the monthly self-reflection [R]"),
    }
    if not due:
        return ""
    listed = ", ".join(names[key] for key in due)
    return tr("Offered today, if you like: {listed}. They take a few minutes.").format(
        listed=listed
    )
