"""Changing a plan in progress: resume a held step, go back a step, re-plan from today.

Every change keeps the days before ``today`` exactly as they were planned and leaves
the step dates contiguous; ``hold`` itself lives in :mod:`recovery_journal.domain.taper`.
A plan is stored as versions (:class:`PlanVersion`), so the targets in force on any
past day can always be read back.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date, datetime, timedelta

from recovery_journal.domain.errors import ValidationError
from recovery_journal.domain.record import record
from recovery_journal.domain.taper import MAX_STEP_DAYS, TaperInputs, TaperStep
from recovery_journal.domain.validation import check_choice, check_int, check_text

CHANGES = ("created", "held", "resumed", "reverted", "edited")
"""How a plan version came about: a new plan, or a change to the one before it."""


@record
class PlanVersion:
    """One stored version of the taper plan, as it was when ``created``."""

    id: int
    version: int
    created: datetime
    change: str
    note: str
    unit: str
    track_key: str
    inputs: TaperInputs
    steps: tuple[TaperStep, ...]

    def __post_init__(self) -> None:
        check_int(self.version, "version", 1, 1_000_000_000)
        check_choice(self.change, "change", CHANGES)
        check_text(self.note, "note")

    @property
    def step_days(self) -> int:
        """The planned length of a step in this version."""
        return self.inputs.step_days


def resume(steps: Sequence[TaperStep], today: date, step_days: int) -> list[TaperStep]:
    """End a held step early: it ends today, but never before its planned length is up.

    Later steps move up to follow it. A step that is not longer than planned has
    nothing to resume, and :class:`ValidationError` says so.
    """
    check_int(step_days, "step length", 1, MAX_STEP_DAYS)
    index = _current_index(steps, today, "resume")
    step = steps[index]
    planned_end = step.start + timedelta(days=step_days - 1)
    new_end = max(today, planned_end)
    if new_end >= step.end:
        raise ValidationError(
            "resume",
            "nothing to resume: this step is not longer than planned "
            f"(it ends on {step.end.isoformat()})",
        )
    return [*steps[:index], replace(step, end=new_end), *_follow(steps[index + 1 :], new_end)]


def revert_step(steps: Sequence[TaperStep], today: date, step_days: int) -> list[TaperStep]:
    """Go back one step from today: the previous step's targets for ``step_days`` days,
    then the current step's targets again, then the rest of the plan, moved later."""
    check_int(step_days, "step length", 1, MAX_STEP_DAYS)
    index = _current_index(steps, today, "go back a step")
    if today < steps[0].start:
        raise ValidationError(
            "go back a step", "the plan has not started yet, so there is no earlier step"
        )
    current = steps[index]
    previous = _higher_step_before(steps, index)
    kept = list(steps[:index])
    if current.start < today:
        kept.append(replace(current, end=today - timedelta(days=1)))
    back = _with_dates(previous, today, step_days)
    again = _with_dates(current, back.end + timedelta(days=1), step_days)
    return _renumbered([*kept, back, again, *_follow(steps[index + 1 :], again.end)])


def replan_from(
    steps: Sequence[TaperStep], today: date, new_steps: Sequence[TaperStep]
) -> list[TaperStep]:
    """Replace the plan from ``today`` with ``new_steps``, keeping every earlier day.

    A plan under way is cut at yesterday and the new steps must start today; a plan
    that has not started is replaced whole by steps starting today or later.
    """
    if not steps:
        raise ValidationError("plan", "there is no plan to change yet; create one first")
    if not new_steps:
        raise ValidationError("plan", "the new plan has no steps")
    if today > steps[-1].end:
        raise ValidationError("plan", "has already ended; create a new plan instead")
    start = new_steps[0].start
    if today < steps[0].start:
        if start < today:
            raise ValidationError("start", "a changed plan can only start today or later")
        return _renumbered(new_steps)
    if start != today:
        raise ValidationError(
            "start", "must be today: a plan in progress changes from today, keeping earlier days"
        )
    kept = [step for step in steps if step.end < today]
    current = steps[len(kept)]
    if current.start < today:
        kept.append(replace(current, end=today - timedelta(days=1)))
    return _renumbered([*kept, *new_steps])


# --- helpers --------------------------------------------------------------------------


def _current_index(steps: Sequence[TaperStep], today: date, action: str) -> int:
    """Index of the step in force today (the first one before the plan starts)."""
    if not steps:
        raise ValidationError(action, "there is no plan yet")
    if today > steps[-1].end:
        raise ValidationError(action, "the plan has already ended")
    index = 0
    for position, step in enumerate(steps):
        if step.start <= today:
            index = position
    return index


def _higher_step_before(steps: Sequence[TaperStep], index: int) -> TaperStep:
    """The nearest earlier step with a higher target (or the same target in more doses)."""
    current = steps[index]
    for step in reversed(steps[:index]):
        if (step.daily_target, step.doses_per_day) > (current.daily_target, current.doses_per_day):
            return step
    raise ValidationError(
        "go back a step", "this is the first step, so there is no earlier step to go back to"
    )


def _with_dates(step: TaperStep, start: date, days: int) -> TaperStep:
    """``step``'s targets, held for ``days`` days from ``start``."""
    try:
        return replace(step, start=start, end=start + timedelta(days=days - 1))
    except OverflowError:
        raise ValidationError("plan", "would run past the last possible date") from None


def _follow(steps: Sequence[TaperStep], after: date) -> list[TaperStep]:
    """``steps`` moved to run back to back from the day after ``after``, lengths kept."""
    moved = []
    for step in steps:
        moved.append(_with_dates(step, after + timedelta(days=1), (step.end - step.start).days + 1))
        after = moved[-1].end
    return moved


def _renumbered(steps: Sequence[TaperStep]) -> list[TaperStep]:
    """The steps numbered 1..n in order."""
    return [replace(step, number=number) for number, step in enumerate(steps, start=1)]
