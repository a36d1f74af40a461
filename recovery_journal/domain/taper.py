"""Taper plan maths: generate a plan, hold a step, check a user-edited plan.

Amounts are worked out in whole counts of the scale resolution ("units"), so every
target is an exact multiple of the resolution and rounding can never drift. Every
plan starts with a stabilisation step at the current amount (rounded up to the
resolution) and dose count; each later step applies one reduction; the last step is
at the goal. See DESIGN.md, "Taper plan".
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, datetime, timedelta
from itertools import pairwise

from recovery_journal.domain.errors import ValidationError
from recovery_journal.domain.record import record
from recovery_journal.domain.validation import check_int, check_number, check_positive

METHODS = ("interval-first", "percent", "linear", "custom")
WAKING_HOURS = 16

MAX_STEPS = 250
"""Longest plan generated; 60 g/day at 0.1 g and 2% per step still fits."""
MAX_AMOUNT = 100_000.0
MAX_DOSES_PER_DAY = 24
MIN_REDUCTION_PCT = 2.0
MAX_REDUCTION_PCT = 25.0
MAX_STEP_DAYS = 90
MAX_HOLD_DAYS = 3650
MIN_RESOLUTION = 0.000001
MAX_RESOLUTION_UNITS = 10_000_000
FIRST_YEAR = 1900
LAST_YEAR = 2200

_UNIT_TOLERANCE = 1e-12  # relative float noise allowed when a value should be whole
_DECIMALS = 9  # targets are rounded to this many places to hide float noise


@record
class TaperInputs:
    """What the person tells the planner; invalid inputs cannot be constructed."""

    daily_amount: float
    doses_per_day: int
    resolution: float
    start: date
    method: str = "interval-first"
    step_days: int = 7
    reduction_pct: float = 10.0
    goal: float = 0.0
    target_doses_per_day: int = 2

    def __post_init__(self) -> None:
        check_positive(self.daily_amount, "daily amount", MAX_AMOUNT)
        check_int(self.doses_per_day, "doses per day", 1, MAX_DOSES_PER_DAY)
        _check_resolution(self.resolution, self.daily_amount)
        _check_start(self.start)
        if self.method not in METHODS:
            raise ValidationError("method", f"must be one of: {', '.join(METHODS)}")
        check_int(self.step_days, "step length", 1, MAX_STEP_DAYS)
        check_number(self.reduction_pct, "reduction", MIN_REDUCTION_PCT, MAX_REDUCTION_PCT)
        _check_goal(self.goal, self.daily_amount, self.resolution)
        _check_target_doses(self.target_doses_per_day, self.doses_per_day, self.method)


@record
class TaperStep:
    """One step of a plan: a daily target held from ``start`` to ``end`` (inclusive)."""

    number: int
    start: date
    end: date
    daily_target: float
    doses_per_day: int
    per_dose_target: float
    min_interval_h: float | None

    def __post_init__(self) -> None:
        check_int(self.number, "step number", 1, 1_000_000)
        _check_start(self.start)
        if not isinstance(self.end, date) or isinstance(self.end, datetime):
            raise ValidationError("step end", "must be a date")
        if self.end < self.start:
            raise ValidationError("step end", "must be on or after the step's start")
        check_number(self.daily_target, "daily target", 0.0, MAX_AMOUNT)
        check_int(self.doses_per_day, "doses per day", 0, MAX_DOSES_PER_DAY)
        if (self.daily_target == 0) != (self.doses_per_day == 0):
            raise ValidationError("doses per day", "must be 0 exactly when the daily target is 0")
        check_number(self.per_dose_target, "per-dose target", 0.0, MAX_AMOUNT)
        if (self.min_interval_h is None) != (self.doses_per_day == 0):
            raise ValidationError("minimum interval", "is only left empty for a step with no doses")


def generate_plan(inputs: TaperInputs) -> list[TaperStep]:
    """The steps of a plan made by ``inputs.method`` (any method but ``custom``)."""
    levels = _levels(inputs)
    return [
        _make_step(number, inputs.start, inputs.step_days, units, doses, inputs.resolution)
        for number, (units, doses) in enumerate(levels, start=1)
    ]


def hold(steps: Sequence[TaperStep], today: date, days: int) -> list[TaperStep]:
    """Extend the step containing ``today`` by ``days``; every later step moves by ``days``.

    Before the plan starts, the first step is held; after it has ended there is
    nothing to hold and :class:`ValidationError` is raised.
    """
    check_int(days, "days", 1, MAX_HOLD_DAYS)
    if not steps:
        raise ValidationError("plan", "has no steps")
    index = _step_to_hold(steps, today)
    shift = timedelta(days=days)
    try:
        held = replace(steps[index], end=steps[index].end + shift)
        later = [
            replace(step, start=step.start + shift, end=step.end + shift)
            for step in steps[index + 1 :]
        ]
    except OverflowError:
        raise ValidationError("days", "would move the plan past the last possible date") from None
    return [*steps[:index], held, *later]


def step_on(steps: Sequence[TaperStep], day: date) -> TaperStep | None:
    """The step whose dates include ``day``, or None outside the plan."""
    for step in steps:
        if step.start <= day <= step.end:
            return step
    return None


def validate_custom(
    steps: Sequence[TaperStep], reduction_pct: float, resolution: float
) -> list[str]:
    """Plain-English problems with a user-edited plan; an empty list means it is fine.

    Looks for targets that go up, cuts bigger than ``reduction_pct`` of the previous
    target (a single resolution unit, and the final step to the goal, are allowed),
    targets the scale cannot measure, and gaps or overlaps between step dates.
    """
    check_number(reduction_pct, "reduction", MIN_REDUCTION_PCT, MAX_REDUCTION_PCT)
    _check_resolution(resolution, None)
    if not steps:
        return ["The plan has no steps."]
    problems = [
        f"Step {number}: {_fmt(step.daily_target)} is not a multiple of the scale "
        f"resolution ({_fmt(resolution)})."
        for number, step in enumerate(steps, start=1)
        if not _is_multiple(step.daily_target, resolution)
    ]
    last = len(steps)
    for number, (previous, step) in enumerate(pairwise(steps), start=2):
        problems.extend(_cut_problems(number, previous, step, reduction_pct, resolution, last))
        problems.extend(_date_problems(number, previous, step))
    return problems


# --- input checks ---------------------------------------------------------------------


def _check_resolution(resolution: float, daily_amount: float | None) -> None:
    """The resolution is a positive amount the scale can show, not absurdly fine."""
    check_positive(resolution, "resolution", MAX_AMOUNT)
    if resolution < MIN_RESOLUTION:
        raise ValidationError("resolution", f"must be at least {_fmt(MIN_RESOLUTION)}")
    if daily_amount is not None and daily_amount / resolution > MAX_RESOLUTION_UNITS:
        raise ValidationError("resolution", "is too fine for this daily amount")


def _check_start(start: date) -> None:
    """A calendar date (not a date and time) in the range the journal accepts."""
    if not isinstance(start, date) or isinstance(start, datetime):
        raise ValidationError("start", "must be a date")
    if not FIRST_YEAR <= start.year <= LAST_YEAR:
        raise ValidationError("start", f"must be a date between {FIRST_YEAR} and {LAST_YEAR}")


def _check_goal(goal: float, daily_amount: float, resolution: float) -> None:
    """Zero, or a maintenance amount below today's that the scale can measure."""
    check_number(goal, "goal", 0.0, MAX_AMOUNT)
    if goal >= daily_amount:
        raise ValidationError("goal", "must be less than the current daily amount")
    if not _is_multiple(goal, resolution):
        raise ValidationError(
            "goal", f"must be a multiple of the scale resolution ({_fmt(resolution)})"
        )


def _check_target_doses(target: int, doses_per_day: int, method: str) -> None:
    """At least one dose a day; for interval-first, no more than the current count."""
    check_int(target, "target doses per day", 1, MAX_DOSES_PER_DAY)
    if method == "interval-first" and target > doses_per_day:
        raise ValidationError(
            "target doses per day", "must not be more than the current doses per day"
        )


# --- plan generation ------------------------------------------------------------------

_Level = tuple[int, int]
"""A step's daily target in resolution units, and its doses per day."""


def _levels(inputs: TaperInputs) -> list[_Level]:
    """Each step's (units, doses per day), from the stabilisation step to the goal."""
    start_units = _units_up(inputs.daily_amount, inputs.resolution)
    goal_units = round(inputs.goal / inputs.resolution)
    pct = inputs.reduction_pct
    doses = inputs.doses_per_day
    if inputs.method == "percent":
        return _percent_levels(start_units, goal_units, pct, doses)
    if inputs.method == "linear":
        return _linear_levels(start_units, goal_units, pct, doses)
    if inputs.method == "interval-first":
        target = inputs.target_doses_per_day
        return _interval_first_levels(start_units, goal_units, pct, doses, target)
    raise ValidationError("method", "a custom plan is made from your own edited steps")


def _percent_levels(start: int, goal: int, pct: float, doses: int) -> list[_Level]:
    """Hyperbolic: each step cuts ``pct`` of the previous target, rounded in your favour."""
    levels = [(start, doses)]
    while levels[-1][0] > goal:
        _append(levels, (_trim(levels[-1][0], goal, pct), doses))
    return levels


def _linear_levels(start: int, goal: int, pct: float, doses: int) -> list[_Level]:
    """Equal cuts of ``pct`` of the starting amount (at least one unit), rounded up."""
    decrement = max(1.0, start * pct / 100)
    levels = [(start, doses)]
    while levels[-1][0] > goal:
        planned = start - len(levels) * decrement
        _append(levels, (max(goal, _ceil(planned)), doses))
    return levels


def _interval_first_levels(
    start: int, goal: int, pct: float, doses: int, target_doses: int
) -> list[_Level]:
    """Drop one dose a day per step down to ``target_doses``, then trim like percent."""
    levels = [(start, doses)]
    while levels[-1][1] > target_doses:
        units, count = levels[-1]
        _append(levels, (_drop_dose(units, count, goal, pct), count - 1))
    while levels[-1][0] > goal:
        units, count = levels[-1]
        _append(levels, (_trim(units, goal, pct), count))
    return levels


def _trim(units: int, goal: int, pct: float) -> int:
    """Cut ``pct`` rounded down to whole units (one unit if that rounds to none)."""
    cut = max(1, _floor(units * pct / 100))
    return max(goal, units - cut)


def _drop_dose(units: int, doses: int, goal: int, pct: float) -> int:
    """The daily target with one dose fewer: same per-dose amount, cut held to ``pct``."""
    same_per_dose = -(-units * (doses - 1) // doses)
    at_limit = units - _floor(units * pct / 100)
    return max(goal, same_per_dose, at_limit)


def _append(levels: list[_Level], level: _Level) -> None:
    """Add a step, refusing plans too long to be useful."""
    if len(levels) >= MAX_STEPS:
        raise ValidationError(
            "reduction",
            f"this plan would need more than {MAX_STEPS} steps; a larger reduction per "
            "step or a coarser scale resolution makes it shorter",
        )
    levels.append(level)


def _make_step(
    number: int, plan_start: date, step_days: int, units: int, doses: int, resolution: float
) -> TaperStep:
    """A generated step with its dates and derived per-dose numbers."""
    start = plan_start + timedelta(days=(number - 1) * step_days)
    daily = _amount(units, resolution)
    doses = doses if units > 0 else 0
    return TaperStep(
        number=number,
        start=start,
        end=start + timedelta(days=step_days - 1),
        daily_target=daily,
        doses_per_day=doses,
        per_dose_target=daily / doses if doses else 0.0,
        min_interval_h=WAKING_HOURS / doses if doses else None,
    )


# --- hold and custom checks -----------------------------------------------------------


def _step_to_hold(steps: Sequence[TaperStep], today: date) -> int:
    """Index of the step in force today (the first before the plan starts)."""
    if today > steps[-1].end:
        raise ValidationError("hold", "the plan has already ended, so there is no step to hold")
    index = 0
    for position, step in enumerate(steps):
        if step.start <= today:
            index = position
    return index


def _cut_problems(
    number: int,
    previous: TaperStep,
    step: TaperStep,
    pct: float,
    resolution: float,
    last: int,
) -> list[str]:
    """A rise in target, or a cut above the limit that is not one unit or the last step."""
    before, after = previous.daily_target, step.daily_target
    cut = before - after
    slack = _UNIT_TOLERANCE * max(1.0, before / resolution) * resolution
    if cut < -slack:
        return [
            f"Step {number} raises the daily target from {_fmt(before)} to {_fmt(after)}; "
            "a plan only goes down (hold a step to pause)."
        ]
    over_limit = cut > before * pct / 100 + slack
    single_unit = abs(cut - resolution) <= slack
    if over_limit and not single_unit and number != last:
        return [
            f"Step {number} cuts {_fmt(cut)} ({_fmt(round(100 * cut / before, 1))}% of "
            f"{_fmt(before)}), more than the {_fmt(pct)}% limit per step."
        ]
    return []


def _date_problems(number: int, previous: TaperStep, step: TaperStep) -> list[str]:
    """A gap or overlap between a step and the one before it."""
    gap = (step.start - previous.end).days - 1
    if gap > 0:
        return [f"There is a gap of {_days(gap)} between step {number - 1} and step {number}."]
    if gap < 0:
        return [f"Step {number} overlaps step {number - 1} by {_days(-gap)}."]
    return []


# --- numbers --------------------------------------------------------------------------


def _near_whole(value: float) -> int | None:
    """The whole number ``value`` is within float noise of, else None."""
    nearest = round(value)
    if abs(value - nearest) <= _UNIT_TOLERANCE * max(1.0, abs(value)):
        return nearest
    return None


def _ceil(value: float) -> int:
    """Round up, ignoring float noise just above a whole number."""
    whole = _near_whole(value)
    return whole if whole is not None else math.ceil(value)


def _floor(value: float) -> int:
    """Round down, ignoring float noise just below a whole number."""
    whole = _near_whole(value)
    return whole if whole is not None else math.floor(value)


def _units_up(amount: float, resolution: float) -> int:
    """``amount`` in whole resolution units, rounded up."""
    return _ceil(amount / resolution)


def _amount(units: int, resolution: float) -> float:
    """Whole resolution units back to an amount, without float noise."""
    return round(units * resolution, _DECIMALS)


def _is_multiple(amount: float, resolution: float) -> bool:
    """Whether ``amount`` is a whole number of resolution units."""
    return _near_whole(amount / resolution) is not None


def _fmt(value: float) -> str:
    """A short reading of an amount: ``7.3``, ``10``, ``0.25``."""
    return f"{round(value, 6):.6f}".rstrip("0").rstrip(".")


def _days(count: int) -> str:
    """``1 day`` or ``3 days``."""
    return f"{count} day" if count == 1 else f"{count} days"
