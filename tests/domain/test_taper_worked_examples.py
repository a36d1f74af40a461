"""The two worked plans from the taper issue, as hand-computed tables.

Amounts are counted in resolution units (0.1 g or 0.5 capsule) so each line of working
is exact; "limit" is the reduction percentage of the current target, rounded down to
whole units (a cut is never bigger than asked), at least one unit.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from recovery_journal.domain.taper import TaperInputs, generate_plan

START = date(2026, 3, 2)


def test_12_g_in_6_doses_interval_first_10_pct_weekly_to_zero() -> None:
    steps = generate_plan(
        TaperInputs(12.0, 6, 0.1, START, method="interval-first", step_days=7, reduction_pct=10)
    )
    # Step 1 holds 12 g in 6 doses (120 units, 2 g a dose).
    # 6 → 5 doses at 2 g would be 10 g, a 16.7% cut; the limit is 12 units: 108 = 10.8 g.
    # 5 → 4 doses at 2.16 g would be 8.64 g; the limit is floor(10.8) = 10 units: 9.8 g.
    # 4 → 3 doses at 2.45 g would be 7.35 g; limit floor(9.8) = 9 units: 8.9 g.
    # 3 → 2 doses (the target) at 2.97 g would be 5.93 g; limit floor(8.9) = 8 units: 8.1 g.
    # Then each step cuts floor(10% of the units), at least one: 81 − 8 = 73, 73 − 7 = 66, …
    expected = [
        (12.0, 6), (10.8, 5), (9.8, 4), (8.9, 3), (8.1, 2),
        (7.3, 2), (6.6, 2), (6.0, 2), (5.4, 2), (4.9, 2), (4.5, 2), (4.1, 2), (3.7, 2),
        (3.4, 2), (3.1, 2), (2.8, 2), (2.6, 2), (2.4, 2), (2.2, 2), (2.0, 2), (1.8, 2),
        # below 2 g, 10% is less than one unit, so each step cuts a single 0.1 g
        (1.7, 2), (1.6, 2), (1.5, 2), (1.4, 2), (1.3, 2), (1.2, 2), (1.1, 2), (1.0, 2),
        (0.9, 2), (0.8, 2), (0.7, 2), (0.6, 2), (0.5, 2), (0.4, 2), (0.3, 2), (0.2, 2),
        (0.1, 2), (0.0, 0),
    ]  # fmt: skip
    assert [(s.daily_target, s.doses_per_day) for s in steps] == expected
    per_dose = [2.0, 2.16, 2.45, 8.9 / 3, 4.05, 3.65, 3.3, 3.0]
    assert [s.per_dose_target for s in steps[:8]] == pytest.approx(per_dose)
    intervals = [16 / 6, 3.2, 4.0, 16 / 3, 8.0, 8.0]  # 16 waking hours / doses
    assert [s.min_interval_h for s in steps[:6]] == pytest.approx(intervals)
    assert steps[-1].min_interval_h is None and steps[-1].per_dose_target == 0.0
    assert [(s.start, s.end) for s in steps[:2]] == [
        (date(2026, 3, 2), date(2026, 3, 8)),
        (date(2026, 3, 9), date(2026, 3, 15)),
    ]
    assert steps[-1].start == START + timedelta(weeks=38)
    assert steps[-1].end == date(2026, 11, 29)  # 39 weeks after the start, less a day


def test_4_capsules_a_day_percent_10_pct_weekly() -> None:
    steps = generate_plan(
        TaperInputs(4.0, 2, 0.5, START, method="percent", step_days=7, reduction_pct=10)
    )
    # 4 × 0.9 = 3.6 rounds back up to 4 capsules, so each step cuts one half capsule,
    # the smallest measurable cut (8 units → 7 → … → 0).
    assert [s.daily_target for s in steps] == [4.0, 3.5, 3.0, 2.5, 2.0, 1.5, 1.0, 0.5, 0.0]
    assert [s.doses_per_day for s in steps] == [2] * 8 + [0]
    assert [s.per_dose_target for s in steps] == [2.0, 1.75, 1.5, 1.25, 1.0, 0.75, 0.5, 0.25, 0]
    assert [s.min_interval_h for s in steps] == [8.0] * 8 + [None]
    assert (steps[0].start, steps[-1].end) == (START, date(2026, 5, 3))


def test_4_capsules_a_day_percent_25_pct_weekly() -> None:
    steps = generate_plan(
        TaperInputs(4.0, 2, 0.5, START, method="percent", step_days=7, reduction_pct=25)
    )
    # 4 × 0.75 = 3; 3 × 0.75 = 2.25 → 2.5 (rounded up); 2.5 × 0.75 = 1.875 → 2;
    # 2 × 0.75 = 1.5; 1.5 × 0.75 = 1.125 → 1.5, unchanged, so one unit: 1; then 0.5; then 0.
    assert [s.daily_target for s in steps] == [4.0, 3.0, 2.5, 2.0, 1.5, 1.0, 0.5, 0.0]
