"""Changing a plan in progress: resume a held step, go back a step, re-plan from today.

Properties over generated plans (the hold property itself, "a hold re-flows later steps
by exactly the hold length", is in test_taper.py), then hand-worked examples.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from recovery_journal.domain.errors import ValidationError
from recovery_journal.domain.taper import TaperInputs, TaperStep, generate_plan, hold, step_on
from recovery_journal.domain.taper_changes import replan_from, resume, revert_step
from tests.domain.test_taper import PROPERTY_SETTINGS, taper_inputs

START = date(2026, 3, 2)  # a Monday


def plan(daily: float = 10.0, **kwargs: object) -> list[TaperStep]:
    values: dict[str, object] = {"doses_per_day": 2, "resolution": 1.0, "step_days": 7}
    values.update(kwargs)
    return generate_plan(TaperInputs(daily, start=START, **values))  # type: ignore[arg-type]


def spans(steps: Sequence[TaperStep]) -> list[tuple[int, date, date, float]]:
    return [(s.number, s.start, s.end, s.daily_target) for s in steps]


def levels(step: TaperStep | None) -> tuple[float, int, float, float | None] | None:
    if step is None:
        return None
    return (step.daily_target, step.doses_per_day, step.per_dose_target, step.min_interval_h)


def assert_contiguous(steps: Sequence[TaperStep]) -> None:
    assert [s.number for s in steps] == list(range(1, len(steps) + 1))
    for before, after in zip(steps, steps[1:], strict=False):
        assert after.start == before.end + timedelta(days=1)


def assert_past_unchanged(old: Sequence[TaperStep], new: Sequence[TaperStep], today: date) -> None:
    """Every day before ``today`` has the same targets (and step number) as before."""
    day = old[0].start
    while day < today and day <= old[-1].end:
        before, after = step_on(old, day), step_on(new, day)
        assert levels(after) == levels(before), day
        assert after is not None and before is not None and after.number == before.number
        day += timedelta(days=1)


# --- properties -------------------------------------------------------------------------


@PROPERTY_SETTINGS
@given(taper_inputs(), st.integers(-10, 400), st.integers(1, 60))
def test_hold_then_resume_on_the_same_day_restores_the_plan(
    inputs: TaperInputs, offset: int, days: int
) -> None:
    steps = generate_plan(inputs)
    today = steps[0].start + timedelta(days=offset)
    if today > steps[-1].end:
        return  # nothing to hold (test_taper.py checks the refusal)
    held = hold(steps, today, days)
    assert resume(held, today, inputs.step_days) == steps


@PROPERTY_SETTINGS
@given(taper_inputs(), st.integers(0, 400), st.integers(1, 60), st.integers(0, 120))
def test_resume_later_ends_the_step_today_and_keeps_the_past(
    inputs: TaperInputs, offset: int, days: int, wait: int
) -> None:
    steps = generate_plan(inputs)
    held_on = steps[0].start + timedelta(days=offset)
    if held_on > steps[-1].end:
        return
    held = hold(steps, held_on, days)
    today = held_on + timedelta(days=wait)
    current = step_on(held, today)
    if current is None:
        with pytest.raises(ValidationError, match="ended"):
            resume(held, today, inputs.step_days)
        return
    if max(today, current.start + timedelta(days=inputs.step_days - 1)) >= current.end:
        with pytest.raises(ValidationError, match="nothing to resume"):
            resume(held, today, inputs.step_days)
        return
    resumed = resume(held, today, inputs.step_days)
    assert_contiguous(resumed)
    assert_past_unchanged(held, resumed, today + timedelta(days=1))
    new = resumed[current.number - 1]
    assert new.end == max(today, current.start + timedelta(days=inputs.step_days - 1))
    assert [levels(s) for s in resumed] == [levels(s) for s in held]
    assert resumed[-1].end - held[-1].end == new.end - current.end


@PROPERTY_SETTINGS
@given(taper_inputs(), st.integers(-10, 400))
def test_revert_raises_todays_target_to_the_previous_step(inputs: TaperInputs, offset: int) -> None:
    steps = generate_plan(inputs)
    today = steps[0].start + timedelta(days=offset)
    current = step_on(steps, today)
    if current is None or current.number == 1:
        with pytest.raises(ValidationError):
            revert_step(steps, today, inputs.step_days)
        return
    reverted = revert_step(steps, today, inputs.step_days)
    previous = steps[current.number - 2]
    assert_contiguous(reverted)
    assert_past_unchanged(steps, reverted, today)
    back = step_on(reverted, today)
    assert back is not None and levels(back) == levels(previous)
    assert back.daily_target >= current.daily_target
    assert (back.start, back.end) == (today, today + timedelta(days=inputs.step_days - 1))
    again = reverted[back.number]  # the step after it: today's step's targets, again
    assert levels(again) == levels(current)
    assert [levels(s) for s in reverted[again.number :]] == [
        levels(s) for s in steps[current.number :]
    ]


@PROPERTY_SETTINGS
@given(taper_inputs(), st.integers(-10, 400), taper_inputs(), st.integers(0, 2))
def test_replan_keeps_every_day_before_today(
    inputs: TaperInputs, offset: int, new_inputs: TaperInputs, later: int
) -> None:
    steps = generate_plan(inputs)
    today = steps[0].start + timedelta(days=offset)
    new_steps = generate_plan(replace(new_inputs, start=today + timedelta(days=later)))
    if today > steps[-1].end:
        with pytest.raises(ValidationError, match="ended"):
            replan_from(steps, today, new_steps)
        return
    if today >= steps[0].start and new_steps[0].start != today:
        with pytest.raises(ValidationError, match="must be today"):
            replan_from(steps, today, new_steps)
        return
    replanned = replan_from(steps, today, new_steps)
    assert_contiguous(replanned)
    assert_past_unchanged(steps, replanned, today)
    from_today = [s for s in replanned if s.end >= today]
    assert [spans([s])[0][1:] for s in from_today] == [spans([s])[0][1:] for s in new_steps]


# --- by hand ----------------------------------------------------------------------------


def test_resume_a_held_step_by_hand() -> None:
    steps = plan()  # 10, 9, 8, … g; step 2 is 9–15 March
    held = hold(steps, date(2026, 3, 10), 7)  # step 2 now runs to 22 March
    resumed = resume(held, date(2026, 3, 17), 7)
    assert spans(resumed)[:3] == [
        (1, date(2026, 3, 2), date(2026, 3, 8), 10.0),
        (2, date(2026, 3, 9), date(2026, 3, 17), 9.0),  # ends today
        (3, date(2026, 3, 18), date(2026, 3, 24), 8.0),  # starts tomorrow
    ]
    assert resumed[-1].end == held[-1].end - timedelta(days=5)


def test_resume_early_in_a_held_step_keeps_its_planned_length() -> None:
    held = hold(plan(), date(2026, 3, 10), 7)
    resumed = resume(held, date(2026, 3, 11), 7)
    assert (resumed[1].start, resumed[1].end) == (date(2026, 3, 9), date(2026, 3, 15))
    assert resumed == plan()


@pytest.mark.parametrize(
    ("today", "problem"),
    [
        (date(2026, 3, 10), "nothing to resume"),  # step 2 was never held
        (date(2027, 1, 1), "ended"),
    ],
)
def test_resume_refusals(today: date, problem: str) -> None:
    with pytest.raises(ValidationError, match=problem):
        resume(plan(), today, 7)


def test_resume_before_the_plan_starts_undoes_a_hold_of_step_one() -> None:
    steps = plan()
    held = hold(steps, date(2026, 2, 20), 14)
    assert resume(held, date(2026, 2, 25), 7) == steps


def test_revert_by_hand() -> None:
    steps = plan()  # step 3 (8 g) runs 16–22 March
    reverted = revert_step(steps, date(2026, 3, 19), 7)
    assert spans(reverted)[:6] == [
        (1, date(2026, 3, 2), date(2026, 3, 8), 10.0),
        (2, date(2026, 3, 9), date(2026, 3, 15), 9.0),
        (3, date(2026, 3, 16), date(2026, 3, 18), 8.0),  # the days already lived, as they were
        (4, date(2026, 3, 19), date(2026, 3, 25), 9.0),  # back to 9 g from today
        (5, date(2026, 3, 26), date(2026, 4, 1), 8.0),  # then 8 g again, a full step
        (6, date(2026, 4, 2), date(2026, 4, 8), 7.0),
    ]
    assert len(reverted) == len(steps) + 2
    assert reverted[-1].daily_target == 0.0


def test_revert_on_the_first_day_of_a_step_replaces_it() -> None:
    reverted = revert_step(plan(), date(2026, 3, 16), 7)
    assert spans(reverted)[:4] == [
        (1, date(2026, 3, 2), date(2026, 3, 8), 10.0),
        (2, date(2026, 3, 9), date(2026, 3, 15), 9.0),
        (3, date(2026, 3, 16), date(2026, 3, 22), 9.0),
        (4, date(2026, 3, 23), date(2026, 3, 29), 8.0),
    ]


def test_reverting_twice_on_one_day_goes_back_two_steps() -> None:
    once = revert_step(plan(), date(2026, 3, 19), 7)  # 8 g → 9 g today
    twice = revert_step(once, date(2026, 3, 19), 7)
    today = step_on(twice, date(2026, 3, 19))
    assert today is not None and today.daily_target == 10.0
    assert [s.daily_target for s in twice[:7]] == [10.0, 9.0, 8.0, 10.0, 9.0, 8.0, 7.0]


def test_revert_restores_the_previous_dose_count_and_interval() -> None:
    steps = plan(6.0, doses_per_day=6, resolution=0.5, reduction_pct=20)  # 6 g in 6 doses, 5 g in 5
    reverted = revert_step(steps, date(2026, 3, 12), 7)
    back = step_on(reverted, date(2026, 3, 12))
    assert back is not None
    assert (back.daily_target, back.doses_per_day, back.min_interval_h) == (6.0, 6, 16 / 6)


@pytest.mark.parametrize(
    ("today", "problem"),
    [
        (date(2026, 3, 4), "first step"),
        (date(2026, 2, 1), "not started"),
        (date(2027, 1, 1), "ended"),
    ],
)
def test_revert_refusals(today: date, problem: str) -> None:
    with pytest.raises(ValidationError, match=problem):
        revert_step(plan(), today, 7)


def test_replan_by_hand_keeps_the_days_lived_and_starts_again_today() -> None:
    steps = plan()  # step 2 (9 g) runs 9–15 March
    today = date(2026, 3, 12)
    new = generate_plan(
        TaperInputs(9.0, 2, 0.5, today, method="percent", step_days=14, reduction_pct=5)
    )
    replanned = replan_from(steps, today, new)
    assert spans(replanned)[:4] == [
        (1, date(2026, 3, 2), date(2026, 3, 8), 10.0),
        (2, date(2026, 3, 9), date(2026, 3, 11), 9.0),
        (3, date(2026, 3, 12), date(2026, 3, 25), 9.0),  # the new plan's stabilisation step
        (4, date(2026, 3, 26), date(2026, 4, 8), 8.5),
    ]


def test_replan_before_the_plan_starts_replaces_it_whole() -> None:
    later = generate_plan(TaperInputs(8.0, 2, 1.0, date(2026, 3, 9)))
    assert replan_from(plan(), date(2026, 3, 1), later) == later


@pytest.mark.parametrize(
    ("today", "start", "problem"),
    [
        (date(2026, 3, 12), date(2026, 3, 13), "must be today"),
        (date(2026, 3, 1), date(2026, 2, 27), "today or later"),
        (date(2027, 1, 1), date(2027, 1, 1), "ended"),
    ],
)
def test_replan_refusals(today: date, start: date, problem: str) -> None:
    new = generate_plan(TaperInputs(8.0, 2, 1.0, start))
    with pytest.raises(ValidationError, match=problem):
        replan_from(plan(), today, new)


def test_replan_of_no_plan_is_refused() -> None:
    with pytest.raises(ValidationError, match="no plan"):
        replan_from([], START, plan())
