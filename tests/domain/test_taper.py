"""Taper plan maths: hand-worked plans, the DESIGN.md invariants as properties, holds."""

from __future__ import annotations

import math
from dataclasses import replace
from datetime import date, datetime, timedelta

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from recovery_journal.domain.errors import ValidationError
from recovery_journal.domain.taper import (
    MAX_STEPS,
    METHODS,
    WAKING_HOURS,
    TaperInputs,
    TaperStep,
    generate_plan,
    hold,
    step_on,
    validate_custom,
)

EPS = 1e-9
RESOLUTIONS = (0.1, 0.25, 0.5, 1.0)
GENERATED_METHODS = ("interval-first", "percent", "linear")
START = date(2026, 3, 2)
PROPERTY_SETTINGS = settings(max_examples=250, deadline=None, database=None)


def targets(steps: list[TaperStep]) -> list[float]:
    return [step.daily_target for step in steps]


def doses(steps: list[TaperStep]) -> list[int]:
    return [step.doses_per_day for step in steps]


def plan(daily: float, **kwargs: object) -> list[TaperStep]:
    return generate_plan(TaperInputs(daily, start=START, **kwargs))  # type: ignore[arg-type]


def assert_rounded_up(value: float, wanted: float, resolution: float) -> None:
    """``value`` is the smallest multiple of ``resolution`` at or above ``wanted``."""
    assert wanted - EPS <= value < wanted + resolution - EPS, (value, wanted, resolution)


# --- strategies -----------------------------------------------------------------------
# "Typed" numbers are what a person enters (amounts to 0.01, percentages to 0.1), so an
# exact answer can be asserted. Arbitrary floats are used where only the invariants are
# checked: at float-noise distance from a multiple, "rounded up" is legitimately ambiguous.

TYPED_AMOUNTS = st.integers(50, 6000).map(lambda n: n / 100)
TYPED_PCTS = st.integers(20, 250).map(lambda n: n / 10)
ANY_AMOUNTS = st.floats(min_value=0.5, max_value=60.0, allow_nan=False, allow_infinity=False)
ANY_PCTS = st.floats(min_value=2.0, max_value=25.0, allow_nan=False, allow_infinity=False)


@st.composite
def taper_inputs(
    draw: st.DrawFn, methods: tuple[str, ...] = GENERATED_METHODS, typed: bool = True
) -> TaperInputs:
    resolution = draw(st.sampled_from(RESOLUTIONS))
    daily = draw(TYPED_AMOUNTS if typed else ANY_AMOUNTS)
    doses_now = draw(st.integers(1, 12))
    most_goal_units = max(0, math.ceil(daily / resolution) - 1)
    goal = draw(
        st.one_of(
            st.just(0.0),
            st.integers(0, most_goal_units).map(lambda k: round(k * resolution, 9)),
        )
    )
    assume(goal < daily)
    return TaperInputs(
        daily_amount=daily,
        doses_per_day=doses_now,
        resolution=resolution,
        start=draw(st.dates(date(2000, 1, 1), date(2100, 12, 31))),
        method=draw(st.sampled_from(methods)),
        step_days=draw(st.integers(1, 28)),
        reduction_pct=draw(TYPED_PCTS if typed else ANY_PCTS),
        goal=goal,
        target_doses_per_day=draw(st.integers(1, doses_now)),
    )


# --- hand-worked plans ----------------------------------------------------------------


def test_percent_plan_by_hand() -> None:
    steps = plan(10.0, doses_per_day=3, resolution=0.1, method="percent", reduction_pct=10)
    # 10 × 0.9 = 9, 9 × 0.9 = 8.1, 8.1 × 0.9 = 7.29 → 7.3 (rounded up), 7.3 × 0.9 = 6.57 → 6.6
    assert targets(steps)[:8] == [10.0, 9.0, 8.1, 7.3, 6.6, 6.0, 5.4, 4.9]
    # 0.9 × 0.9 = 0.81 rounds back up to 0.9, so the cut is one resolution unit
    assert targets(steps)[-11:] == [1.0, 0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3, 0.2, 0.1, 0.0]
    assert len(steps) == 37
    assert doses(steps)[:-1] == [3] * 36
    assert steps[1].per_dose_target == pytest.approx(3.0)
    assert steps[1].min_interval_h == pytest.approx(16 / 3)
    last = steps[-1]
    assert (last.daily_target, last.doses_per_day, last.per_dose_target) == (0.0, 0, 0.0)
    assert last.min_interval_h is None


def test_percent_plan_to_a_maintenance_goal_keeps_the_doses() -> None:
    steps = plan(10.0, doses_per_day=3, resolution=0.5, method="percent", goal=7.0)
    # 10 g = 20 units; cuts of floor(10%) units, at least one: 20, 18, 17, 16, 15, 14
    assert targets(steps) == [10.0, 9.0, 8.5, 8.0, 7.5, 7.0]
    assert doses(steps) == [3] * 6
    assert steps[-1].per_dose_target == pytest.approx(7 / 3)
    assert steps[-1].min_interval_h == pytest.approx(16 / 3)


def test_interval_first_plan_by_hand_cut_held_at_limit() -> None:
    steps = plan(10.0, doses_per_day=4, resolution=0.1, reduction_pct=10)
    # 4 → 3 doses at 2.5 g would cut 25%; the cut is held at 10% (9.0 g, 3.0 g a dose).
    # 3 → 2 doses at 3.0 g would cut 33%; held at 10% (8.1 g, 4.05 g a dose). Then trim.
    assert targets(steps)[:6] == [10.0, 9.0, 8.1, 7.3, 6.6, 6.0]
    assert doses(steps)[:6] == [4, 3, 2, 2, 2, 2]
    assert [s.per_dose_target for s in steps[:3]] == pytest.approx([2.5, 3.0, 4.05])
    assert [s.min_interval_h for s in steps[:3]] == pytest.approx([4.0, 16 / 3, 8.0])
    assert steps[-1].daily_target == 0.0 and steps[-1].doses_per_day == 0


def test_interval_first_plan_by_hand_keeps_per_dose_when_within_limit() -> None:
    steps = plan(6.0, doses_per_day=6, resolution=0.5, reduction_pct=20)
    # 12 units at 6 doses.  →5 doses: keep 1 g a dose = 5.0 (16.7% cut, allowed).
    # →4: keep 4.0 (exactly 20%).  →3: keep 3.0 would be 25%; limit 4 − 0.8 = 3.2 → 3.5.
    # →2: keep 3.5 × 2/3 = 2.33; limit 3.5 − 0.7 = 2.8 → 3.0.  Then 20% of 3.0 = 0.6 → 0.5.
    assert targets(steps) == [6.0, 5.0, 4.0, 3.5, 3.0, 2.5, 2.0, 1.5, 1.0, 0.5, 0.0]
    assert doses(steps) == [6, 5, 4, 3, 2, 2, 2, 2, 2, 2, 0]
    assert [s.per_dose_target for s in steps[:5]] == pytest.approx([1.0, 1.0, 1.0, 3.5 / 3, 1.5])


def test_interval_first_many_doses_by_hand() -> None:
    steps = plan(12.0, doses_per_day=12, resolution=0.1, reduction_pct=10)
    # 11, 10, 9 keep 1 g a dose (cuts of 8.3%, 9.1%, 10%); 9 → 8 doses would be 11.1%,
    # so 8.1 g; then 8.1 × 7/8 = 7.09 would be 12.5%, so 8.1 − 0.81 = 7.29 → 7.3 g.
    assert targets(steps)[:6] == [12.0, 11.0, 10.0, 9.0, 8.1, 7.3]
    assert doses(steps)[:6] == [12, 11, 10, 9, 8, 7]


def test_interval_first_already_at_target_doses_trims_at_once() -> None:
    steps = plan(4.0, doses_per_day=2, resolution=1.0, reduction_pct=25)
    assert targets(steps) == [4.0, 3.0, 2.0, 1.0, 0.0]
    assert doses(steps) == [2, 2, 2, 2, 0]


def test_interval_first_maintenance_goal_still_reaches_target_doses() -> None:
    steps = plan(10.0, doses_per_day=4, resolution=1.0, reduction_pct=10, goal=9.0)
    # 4 → 3 doses is held to a 1 g cut (9 g = the goal); 3 → 2 doses stays at the goal.
    assert targets(steps) == [10.0, 9.0, 9.0]
    assert doses(steps) == [4, 3, 2]


def test_linear_plan_by_hand() -> None:
    steps = plan(10.0, doses_per_day=2, resolution=0.1, method="linear", reduction_pct=10)
    assert targets(steps) == [10.0, 9.0, 8.0, 7.0, 6.0, 5.0, 4.0, 3.0, 2.0, 1.0, 0.0]


def test_linear_plan_rounds_each_target_up() -> None:
    steps = plan(10.0, doses_per_day=2, resolution=1.0, method="linear", reduction_pct=15)
    # 10 − 1.5k = 8.5, 7, 5.5, 4, 2.5, 1, −0.5 → rounded up, floored at 0
    assert targets(steps) == [10.0, 9.0, 7.0, 6.0, 4.0, 3.0, 1.0, 0.0]


def test_linear_cut_is_at_least_one_resolution_unit() -> None:
    steps = plan(1.0, doses_per_day=1, resolution=0.5, method="linear", reduction_pct=2)
    assert targets(steps) == [1.0, 0.5, 0.0]


@pytest.mark.parametrize(
    ("daily", "resolution", "first"),
    [(7.25, 0.5, 7.5), (7.0, 0.1, 7.0), (0.3, 0.1, 0.3), (7.01, 0.1, 7.1), (2.2, 0.25, 2.25)],
)
def test_step_one_is_current_amount_rounded_up(
    daily: float, resolution: float, first: float
) -> None:
    steps = plan(daily, doses_per_day=3, resolution=resolution, method="percent")
    assert steps[0].daily_target == first
    assert steps[0].doses_per_day == 3


def test_dates_are_whole_steps_from_the_start() -> None:
    steps = plan(10.0, doses_per_day=2, resolution=1.0, step_days=7)
    assert (steps[0].start, steps[0].end) == (date(2026, 3, 2), date(2026, 3, 8))
    assert (steps[1].start, steps[1].end) == (date(2026, 3, 9), date(2026, 3, 15))
    assert [s.number for s in steps] == list(range(1, len(steps) + 1))


def test_long_but_reasonable_plan_finishes_under_the_cap() -> None:
    for method in GENERATED_METHODS:
        steps = plan(30.0, doses_per_day=4, resolution=0.1, method=method, reduction_pct=2)
        assert steps[-1].daily_target == 0.0
        assert len(steps) <= MAX_STEPS
    widest = plan(60.0, doses_per_day=12, resolution=0.1, reduction_pct=2, target_doses_per_day=1)
    assert len(widest) <= MAX_STEPS


def test_too_long_plan_fails_clearly() -> None:
    with pytest.raises(ValidationError) as caught:
        plan(30.0, doses_per_day=4, resolution=0.01, method="percent", reduction_pct=2)
    assert caught.value.field == "reduction"
    assert str(MAX_STEPS) in caught.value.message


def test_custom_method_is_not_generated() -> None:
    inputs = TaperInputs(10.0, 3, 0.1, START, method="custom")
    with pytest.raises(ValidationError) as caught:
        generate_plan(inputs)
    assert caught.value.field == "method"


def test_methods_and_waking_hours() -> None:
    assert METHODS == ("interval-first", "percent", "linear", "custom")
    assert WAKING_HOURS == 16


# --- invalid inputs -------------------------------------------------------------------

VALID = {"daily_amount": 10.0, "doses_per_day": 4, "resolution": 0.1, "start": START}


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"daily_amount": 0.0}, "daily amount"),
        ({"daily_amount": -1.0}, "daily amount"),
        ({"daily_amount": math.nan}, "daily amount"),
        ({"daily_amount": math.inf}, "daily amount"),
        ({"daily_amount": "10"}, "daily amount"),
        ({"daily_amount": True}, "daily amount"),
        ({"doses_per_day": 0}, "doses per day"),
        ({"doses_per_day": 25}, "doses per day"),
        ({"doses_per_day": 2.0}, "doses per day"),
        ({"resolution": 0.0}, "resolution"),
        ({"resolution": -0.1}, "resolution"),
        ({"resolution": math.nan}, "resolution"),
        ({"resolution": math.inf}, "resolution"),
        ({"resolution": 1e-9}, "resolution"),
        ({"start": datetime(2026, 3, 2, 8, 0)}, "start"),
        ({"start": "2026-03-02"}, "start"),
        ({"start": date(1800, 1, 1)}, "start"),
        ({"method": "fast"}, "method"),
        ({"step_days": 0}, "step length"),
        ({"step_days": 91}, "step length"),
        ({"reduction_pct": 1.9}, "reduction"),
        ({"reduction_pct": 25.1}, "reduction"),
        ({"reduction_pct": math.nan}, "reduction"),
        ({"goal": -1.0}, "goal"),
        ({"goal": 10.0}, "goal"),
        ({"goal": 12.0}, "goal"),
        ({"goal": 0.15}, "goal"),
        ({"goal": math.nan}, "goal"),
        ({"target_doses_per_day": 0}, "target doses per day"),
        ({"target_doses_per_day": 5}, "target doses per day"),
    ],
)
def test_invalid_inputs_are_refused(changes: dict[str, object], field: str) -> None:
    with pytest.raises(ValidationError) as caught:
        TaperInputs(**{**VALID, **changes})  # type: ignore[arg-type]
    assert caught.value.field == field
    assert caught.value.message


def test_target_doses_above_current_only_matters_for_interval_first() -> None:
    steps = plan(10.0, doses_per_day=1, resolution=1.0, method="percent")
    assert doses(steps)[:-1] == [1] * (len(steps) - 1)


# --- properties over wide inputs ------------------------------------------------------


@PROPERTY_SETTINGS
@given(taper_inputs())
def test_plan_shape_invariants(inputs: TaperInputs) -> None:
    steps = generate_plan(inputs)
    res = inputs.resolution
    assert 2 <= len(steps) <= MAX_STEPS
    assert [s.number for s in steps] == list(range(1, len(steps) + 1))
    # step 1: current amount rounded up to the resolution, current doses per day
    assert_rounded_up(steps[0].daily_target, inputs.daily_amount, res)
    assert steps[0].doses_per_day == inputs.doses_per_day
    # every target is a clean multiple of the resolution, and they never increase
    for step in steps:
        units = round(step.daily_target / res)
        assert abs(units * res - step.daily_target) < EPS
        assert step.daily_target == round(step.daily_target, 9)
    for before, after in zip(steps, steps[1:], strict=False):
        assert after.daily_target <= before.daily_target
        assert (after.daily_target, after.doses_per_day) != (
            before.daily_target,
            before.doses_per_day,
        ), "every later step applies a reduction"
    # the plan ends at the goal, and not before
    assert steps[-1].daily_target == pytest.approx(inputs.goal, abs=EPS)
    for step in steps[:-1]:
        assert step.daily_target > inputs.goal + EPS or step.doses_per_day > steps[-1].doses_per_day


@PROPERTY_SETTINGS
@given(taper_inputs())
def test_dates_are_contiguous_whole_steps(inputs: TaperInputs) -> None:
    steps = generate_plan(inputs)
    assert steps[0].start == inputs.start
    for step in steps:
        assert (step.end - step.start).days + 1 == inputs.step_days
    for before, after in zip(steps, steps[1:], strict=False):
        assert after.start == before.end + timedelta(days=1)
    days_in_plan = (steps[-1].end - steps[0].start).days + 1
    assert days_in_plan == len(steps) * inputs.step_days


@PROPERTY_SETTINGS
@given(taper_inputs())
def test_per_dose_numbers_and_the_last_step(inputs: TaperInputs) -> None:
    steps = generate_plan(inputs)
    for step in steps:
        if step.daily_target == 0:
            assert (step.doses_per_day, step.per_dose_target) == (0, 0.0)
            assert step.min_interval_h is None
        else:
            assert step.doses_per_day >= 1
            assert step.per_dose_target == pytest.approx(step.daily_target / step.doses_per_day)
            assert step.min_interval_h == pytest.approx(WAKING_HOURS / step.doses_per_day)
    last_doses = steps[-1].doses_per_day
    if inputs.goal == 0:
        assert last_doses == 0
    elif inputs.method == "interval-first":
        assert last_doses == inputs.target_doses_per_day
    else:
        assert last_doses == inputs.doses_per_day


@PROPERTY_SETTINGS
@given(taper_inputs(methods=("interval-first", "percent")))
def test_no_cut_above_the_limit(inputs: TaperInputs) -> None:
    steps = generate_plan(inputs)
    res, p = inputs.resolution, inputs.reduction_pct / 100
    for number, (before, after) in enumerate(zip(steps, steps[1:], strict=False), start=2):
        cut = before.daily_target - after.daily_target
        within_limit = cut <= p * before.daily_target + EPS
        single_unit = abs(cut - res) < EPS
        final_to_goal = number == len(steps) and after.daily_target == pytest.approx(inputs.goal)
        assert within_limit or single_unit or final_to_goal, (number, before, after)
    assert validate_custom(steps, inputs.reduction_pct, res) == []


@PROPERTY_SETTINGS
@given(taper_inputs(methods=("percent",)))
def test_percent_cuts_as_much_as_allowed(inputs: TaperInputs) -> None:
    steps = generate_plan(inputs)
    res, p = inputs.resolution, inputs.reduction_pct / 100
    assert set(doses(steps[:-1])) == {inputs.doses_per_day}
    for before, after in zip(steps, steps[1:], strict=False):
        wanted = max(inputs.goal, before.daily_target * (1 - p))
        if wanted > before.daily_target - res + EPS:  # rounding up would leave it unchanged
            assert after.daily_target == pytest.approx(max(inputs.goal, before.daily_target - res))
        else:  # the smallest multiple at or above the p-cut amount
            assert_rounded_up(after.daily_target, wanted, res)


@PROPERTY_SETTINGS
@given(taper_inputs(methods=("linear",)))
def test_linear_follows_equal_decrements(inputs: TaperInputs) -> None:
    steps = generate_plan(inputs)
    res = inputs.resolution
    first = steps[0].daily_target
    decrement = max(res, inputs.reduction_pct / 100 * first)
    assert set(doses(steps[:-1])) == {inputs.doses_per_day}
    for k, step in enumerate(steps):
        on_line = first - k * decrement
        if on_line > inputs.goal:
            assert_rounded_up(step.daily_target, on_line, res)
        else:
            assert step.daily_target == pytest.approx(inputs.goal)
    for before, after in zip(steps, steps[1:], strict=False):
        cut = before.daily_target - after.daily_target
        assert res - EPS <= cut < decrement + res - EPS


@PROPERTY_SETTINGS
@given(taper_inputs(methods=("interval-first",)))
def test_interval_first_drops_doses_before_trimming(inputs: TaperInputs) -> None:
    steps = generate_plan(inputs)
    res, p = inputs.resolution, inputs.reduction_pct / 100
    wanted = inputs.target_doses_per_day
    drops = inputs.doses_per_day - wanted
    counts = doses(steps)
    assert counts[: drops + 1] == list(range(inputs.doses_per_day, wanted - 1, -1))
    assert all(count in (wanted, 0) for count in counts[drops + 1 :])
    for before, after in zip(steps[: drops + 1], steps[1 : drops + 1], strict=False):
        # per-dose amount never falls while doses are dropping ...
        assert after.per_dose_target >= before.per_dose_target - EPS
        # ... and rises only as much as the limit (and rounding up) requires
        same_per_dose = before.daily_target * after.doses_per_day / before.doses_per_day
        floor = max(same_per_dose, before.daily_target * (1 - p), inputs.goal)
        assert_rounded_up(after.daily_target, floor, res)


@PROPERTY_SETTINGS
@given(taper_inputs(typed=False))
def test_any_float_inputs_keep_the_invariants(inputs: TaperInputs) -> None:
    steps = generate_plan(inputs)
    res, p = inputs.resolution, inputs.reduction_pct / 100
    first = steps[0].daily_target
    assert inputs.daily_amount - EPS <= first < inputs.daily_amount + res + EPS
    for step in steps:
        assert abs(round(step.daily_target / res) * res - step.daily_target) < EPS
    for before, after in zip(steps, steps[1:], strict=False):
        cut = before.daily_target - after.daily_target
        assert cut >= 0
        if inputs.method == "linear":
            assert cut < max(res, p * first) + res + EPS
        else:
            assert cut <= p * before.daily_target + EPS or abs(cut - res) < EPS
        assert after.start == before.end + timedelta(days=1)
    assert steps[-1].daily_target == pytest.approx(inputs.goal, abs=EPS)


@PROPERTY_SETTINGS
@given(taper_inputs(), st.integers(-10, 400), st.integers(1, 60))
def test_hold_reflows_later_steps(inputs: TaperInputs, offset: int, days: int) -> None:
    steps = generate_plan(inputs)
    today = steps[0].start + timedelta(days=offset)
    if today > steps[-1].end:
        with pytest.raises(ValidationError):
            hold(steps, today, days)
        return
    held = hold(steps, today, days)
    current = step_on(steps, today)
    index = 0 if current is None else current.number - 1
    shift = timedelta(days=days)
    assert len(held) == len(steps)
    assert held[:index] == steps[:index]
    assert held[index] == replace(steps[index], end=steps[index].end + shift)
    for old, new in zip(steps[index + 1 :], held[index + 1 :], strict=True):
        assert new == replace(old, start=old.start + shift, end=old.end + shift)
    for before, after in zip(held, held[1:], strict=False):
        assert after.start == before.end + timedelta(days=1)
    assert held[-1].end == steps[-1].end + shift
    assert step_on(held, max(today, steps[0].start)) == held[index]


@PROPERTY_SETTINGS
@given(taper_inputs(), st.integers(-5, 400))
def test_step_on_finds_the_step_for_each_day(inputs: TaperInputs, offset: int) -> None:
    steps = generate_plan(inputs)
    day = steps[0].start + timedelta(days=offset)
    found = step_on(steps, day)
    if day < steps[0].start or day > steps[-1].end:
        assert found is None
    else:
        assert found is not None
        assert found.number == offset // inputs.step_days + 1
        assert found.start <= day <= found.end


# --- hold and step_on by hand ---------------------------------------------------------


def test_hold_by_hand() -> None:
    steps = plan(10.0, doses_per_day=2, resolution=1.0, step_days=7)
    held = hold(steps, date(2026, 3, 10), 3)  # inside step 2 (9–15 March)
    assert (held[0].start, held[0].end) == (date(2026, 3, 2), date(2026, 3, 8))
    assert (held[1].start, held[1].end) == (date(2026, 3, 9), date(2026, 3, 18))
    assert (held[2].start, held[2].end) == (date(2026, 3, 19), date(2026, 3, 25))
    assert targets(held) == targets(steps)


def test_hold_on_the_first_day_of_a_step_holds_that_step() -> None:
    steps = plan(10.0, doses_per_day=2, resolution=1.0, step_days=7)
    held = hold(steps, date(2026, 3, 9), 1)  # step 2 starts on 9 March
    assert held[0] == steps[0]
    assert (held[1].start, held[1].end) == (date(2026, 3, 9), date(2026, 3, 16))


def test_hold_before_the_plan_extends_step_one() -> None:
    steps = plan(10.0, doses_per_day=2, resolution=1.0, step_days=7)
    held = hold(steps, date(2026, 1, 1), 7)
    assert (held[0].start, held[0].end) == (date(2026, 3, 2), date(2026, 3, 15))
    assert held[1].start == date(2026, 3, 16)


def test_hold_on_the_last_day_of_the_plan_is_allowed() -> None:
    steps = plan(2.0, doses_per_day=2, resolution=1.0, step_days=7)
    held = hold(steps, steps[-1].end, 2)
    assert held[-1].end == steps[-1].end + timedelta(days=2)


@pytest.mark.parametrize(("offset", "days"), [(0, 0), (0, -3), (0, 3650 + 1), (1, 7)])
def test_hold_refusals(offset: int, days: int) -> None:
    steps = plan(2.0, doses_per_day=2, resolution=1.0, step_days=7)
    with pytest.raises(ValidationError):
        hold(steps, steps[-1].end + timedelta(days=offset), days)


def test_hold_of_an_empty_plan_is_refused() -> None:
    with pytest.raises(ValidationError):
        hold([], START, 7)


def test_step_on_outside_the_plan_is_none() -> None:
    steps = plan(2.0, doses_per_day=2, resolution=1.0, step_days=7)
    assert step_on(steps, START - timedelta(days=1)) is None
    assert step_on(steps, steps[-1].end + timedelta(days=1)) is None
    assert step_on(steps, START) == steps[0]
    assert step_on([], START) is None


# --- custom plans ---------------------------------------------------------------------


def custom(*amounts: tuple[float, int]) -> list[TaperStep]:
    """Week-long contiguous steps from (daily target, doses per day) pairs."""
    return [
        TaperStep(
            number=number,
            start=START + timedelta(days=7 * (number - 1)),
            end=START + timedelta(days=7 * number - 1),
            daily_target=daily,
            doses_per_day=count,
            per_dose_target=daily / count if count else 0.0,
            min_interval_h=WAKING_HOURS / count if count else None,
        )
        for number, (daily, count) in enumerate(amounts, start=1)
    ]


def test_custom_plan_within_limits_has_no_problems() -> None:
    steps = custom((10.0, 3), (9.0, 3), (8.5, 2), (8.4, 2), (8.3, 2), (0.0, 0))
    # 8.4 → 8.3 is a single 0.1 unit; the last step to zero is the goal step
    assert validate_custom(steps, 10.0, 0.1) == []


def test_custom_plan_increase_is_reported() -> None:
    problems = validate_custom(custom((10.0, 3), (9.0, 3), (9.5, 3), (0.0, 0)), 10.0, 0.1)
    assert len(problems) == 1
    assert "Step 3" in problems[0] and "raises" in problems[0]


def test_custom_plan_big_cut_is_reported() -> None:
    problems = validate_custom(custom((10.0, 3), (8.0, 3), (7.5, 3), (0.0, 0)), 10.0, 0.5)
    assert len(problems) == 1
    assert "Step 2" in problems[0] and "20%" in problems[0] and "10%" in problems[0]


def test_custom_plan_off_resolution_target_is_reported() -> None:
    problems = validate_custom(custom((10.0, 3), (9.3, 3), (0.0, 0)), 10.0, 0.5)
    assert problems == ["Step 2: 9.3 is not a multiple of the scale resolution (0.5)."]


@pytest.mark.parametrize(
    ("shift", "problem"),
    [
        (1, "There is a gap of 1 day between step 1 and step 2."),
        (3, "There is a gap of 3 days between step 1 and step 2."),
        (-1, "Step 2 overlaps step 1 by 1 day."),
        (-2, "Step 2 overlaps step 1 by 2 days."),
    ],
)
def test_custom_plan_gap_and_overlap_are_reported(shift: int, problem: str) -> None:
    steps = custom((10.0, 3), (9.0, 3), (8.5, 3), (0.0, 0))
    steps[1] = replace(steps[1], start=steps[1].start + timedelta(days=shift))
    assert validate_custom(steps, 10.0, 0.5) == [problem]


def test_custom_plan_without_steps() -> None:
    assert validate_custom([], 10.0, 0.1) == ["The plan has no steps."]


@pytest.mark.parametrize(("pct", "resolution"), [(1.0, 0.1), (30.0, 0.1), (10.0, 0.0)])
def test_custom_check_refuses_bad_settings(pct: float, resolution: float) -> None:
    with pytest.raises(ValidationError):
        validate_custom(custom((10.0, 3), (0.0, 0)), pct, resolution)


@pytest.mark.parametrize(
    "changes",
    [
        {"daily_target": -1.0},
        {"daily_target": math.nan},
        {"doses_per_day": 0},
        {"end": START - timedelta(days=1)},
        {"min_interval_h": None},
    ],
)
def test_nonsense_step_cannot_be_built(changes: dict[str, object]) -> None:
    with pytest.raises(ValidationError):
        replace(custom((10.0, 2))[0], **changes)  # type: ignore[arg-type]
