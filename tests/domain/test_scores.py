"""Scores a user reads back: SOWS, PHQ-9 and GAD-7 totals and bands, the self-harm flag,
the self-reflection count, and the sleep diary's time in bed, total sleep and efficiency.

Expected values are worked out by hand in the comments, never with the code under test.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta, timezone
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from recovery_journal.domain.errors import ValidationError
from recovery_journal.domain.models import Questionnaire, SelfReflection, SleepEntry, SowsRating
from recovery_journal.domain.scales import GAD7, PHQ9, SELF_REFLECTION_QUESTIONS, SOWS
from recovery_journal.domain.timeutil import night_time

BERLIN = ZoneInfo("Europe/Berlin")
AT = datetime(2026, 3, 2, 20, 0, tzinfo=BERLIN)
QUICK = settings(max_examples=60, deadline=None, database=None)


# models.py subtracts two datetimes that share one ZoneInfo object; Python then takes the
# wall-clock difference and ignores the UTC offsets, so a DST night is an hour off.
# -- SOWS -----------------------------------------------------------------------------
def test_sows_total_adds_the_sixteen_ratings() -> None:
    scores = (0, 1, 2, 3, 4) * 3 + (4,)
    # 3 × (0 + 1 + 2 + 3 + 4) + 4 = 3 × 10 + 4 = 34
    assert SowsRating(at=AT, scores=scores).total == 34


@pytest.mark.parametrize(("rating", "total"), [(0, 0), (1, 16), (4, 64)])
def test_sows_total_of_one_rating_everywhere(rating: int, total: int) -> None:
    # 16 items × rating: 16 × 0 = 0, 16 × 1 = 16, 16 × 4 = 64 (the maximum)
    assert SowsRating(at=AT, scores=(rating,) * 16).total == total


def test_sows_maximum_total_is_64() -> None:
    # 16 items, each at most 4: 16 × 4 = 64
    assert len(SOWS.items) == 16
    assert SOWS.max_total == 64


@QUICK
@given(scores=st.lists(st.integers(0, 4), min_size=16, max_size=16), item=st.integers(0, 15))
def test_sows_total_rises_by_one_when_one_item_rises_by_one(scores: list[int], item: int) -> None:
    before = SowsRating(at=AT, scores=tuple(scores)).total
    assert 0 <= before <= 64
    if scores[item] < 4:
        scores[item] += 1
        assert SowsRating(at=AT, scores=tuple(scores)).total == before + 1


@pytest.mark.parametrize("count", [0, 1, 15, 17, 32])
def test_sows_with_the_wrong_number_of_items_is_refused(count: int) -> None:
    with pytest.raises(ValidationError, match=f"needs exactly 16 answers, got {count}"):
        SowsRating(at=AT, scores=(2,) * count)


@pytest.mark.parametrize("bad", [-1, 5, 64, 2.0, True, None, "3"])
@pytest.mark.parametrize("item", [1, 9, 16])
def test_sows_item_outside_0_to_4_is_refused_and_named(bad: Any, item: int) -> None:
    scores: list[Any] = [1] * 16
    scores[item - 1] = bad
    with pytest.raises(ValidationError) as raised:
        SowsRating(at=AT, scores=tuple(scores))
    assert raised.value.field == f"SOWS item {item}"


# -- PHQ-9 and GAD-7 -------------------------------------------------------------------------
def answers_totalling(total: int, items: int) -> tuple[int, ...]:
    """Answers that add up to ``total``: 3s first, then the remainder, then 0s."""
    answers = []
    for _ in range(items):
        answer = min(3, total)
        answers.append(answer)
        total -= answer
    assert total == 0
    return tuple(answers)


PHQ9_BANDS = [
    (0, "minimal"),
    (4, "minimal"),
    (5, "mild"),
    (9, "mild"),
    (10, "moderate"),
    (14, "moderate"),
    (15, "moderately severe"),
    (19, "moderately severe"),
    (20, "severe"),
    (27, "severe"),
]
GAD7_BANDS = [
    (0, "minimal"),
    (4, "minimal"),
    (5, "mild"),
    (9, "mild"),
    (10, "moderate"),
    (14, "moderate"),
    (15, "severe"),
    (21, "severe"),
]


@pytest.mark.parametrize(("total", "band"), PHQ9_BANDS)
def test_phq9_band_boundaries(total: int, band: str) -> None:
    answers = answers_totalling(total, 9)
    questionnaire = Questionnaire(at=AT, kind="phq9", answers=answers)
    assert questionnaire.total == total
    assert PHQ9.band(questionnaire.total) == band


@pytest.mark.parametrize(("total", "band"), GAD7_BANDS)
def test_gad7_band_boundaries(total: int, band: str) -> None:
    answers = answers_totalling(total, 7)
    questionnaire = Questionnaire(at=AT, kind="gad7", answers=answers)
    assert questionnaire.total == total
    assert GAD7.band(questionnaire.total) == band


def test_questionnaire_total_adds_the_answers() -> None:
    # PHQ-9: 0 + 1 + 2 + 3 + 0 + 1 + 2 + 3 + 0 = 12 → moderate
    phq9 = Questionnaire(at=AT, kind="phq9", answers=(0, 1, 2, 3, 0, 1, 2, 3, 0))
    assert (phq9.total, PHQ9.band(phq9.total)) == (12, "moderate")
    # GAD-7: 1 + 1 + 1 + 1 + 1 + 1 + 2 = 8 → mild
    gad7 = Questionnaire(at=AT, kind="gad7", answers=(1, 1, 1, 1, 1, 1, 2))
    assert (gad7.total, GAD7.band(gad7.total)) == (8, "mild")


def test_questionnaire_maximum_totals() -> None:
    # PHQ-9: 9 items × 3 = 27; GAD-7: 7 items × 3 = 21
    assert PHQ9.max_total == 27
    assert GAD7.max_total == 21
    assert Questionnaire(at=AT, kind="phq9", answers=(3,) * 9).total == 27
    assert Questionnaire(at=AT, kind="gad7", answers=(3,) * 7).total == 21


@pytest.mark.parametrize(
    ("scale", "order"),
    [
        (PHQ9, ["minimal", "mild", "moderate", "moderately severe", "severe"]),
        (GAD7, ["minimal", "mild", "moderate", "severe"]),
    ],
    ids=["phq9", "gad7"],
)
def test_a_higher_total_never_reads_as_a_milder_band(scale: Any, order: list[str]) -> None:
    ranks = [order.index(scale.band(total)) for total in range(scale.max_total + 1)]
    assert ranks == sorted(ranks)
    assert ranks[0] == 0 and ranks[-1] == len(order) - 1  # every band is reachable


@pytest.mark.parametrize(
    ("kind", "answers"),
    [
        ("phq9", (1,) * 8),
        ("phq9", (1,) * 10),
        ("phq9", (1,) * 7),  # a GAD-7 answer set filed as PHQ-9
        ("gad7", (1,) * 9),  # a PHQ-9 answer set filed as GAD-7
        ("gad7", (1,) * 6),
    ],
)
def test_questionnaire_with_the_wrong_number_of_answers_is_refused(
    kind: str, answers: tuple[int, ...]
) -> None:
    with pytest.raises(ValidationError, match="needs exactly"):
        Questionnaire(at=AT, kind=kind, answers=answers)


@pytest.mark.parametrize("bad", [-1, 4, 1.0, True, None])
def test_questionnaire_answer_outside_0_to_3_is_refused(bad: Any) -> None:
    with pytest.raises(ValidationError) as raised:
        Questionnaire(at=AT, kind="phq9", answers=(0, 0, 0, 0, bad, 0, 0, 0, 0))
    assert raised.value.field == "PHQ9 item 5"


def test_unknown_questionnaire_is_refused() -> None:
    with pytest.raises(ValidationError, match="questionnaire"):
        Questionnaire(at=AT, kind="phq", answers=(0,) * 9)


# -- the self-harm flag (PHQ-9 item 9) -----------------------------------------------
@pytest.mark.parametrize("item9", [1, 2, 3])
def test_phq9_item_9_above_zero_raises_the_flag_even_when_the_total_is_low(item9: int) -> None:
    questionnaire = Questionnaire(at=AT, kind="phq9", answers=(0,) * 8 + (item9,))
    assert questionnaire.self_harm_flag
    assert PHQ9.band(questionnaire.total) == "minimal"  # a total of 1–3 on its own says little


def test_phq9_item_9_at_zero_never_raises_the_flag_even_when_severe() -> None:
    # 8 × 3 + 0 = 24: severe, yet item 9 was answered "not at all"
    questionnaire = Questionnaire(at=AT, kind="phq9", answers=(3,) * 8 + (0,))
    assert questionnaire.total == 24
    assert not questionnaire.self_harm_flag


@QUICK
@given(answers=st.lists(st.integers(0, 3), min_size=9, max_size=9))
def test_phq9_flag_depends_on_item_9_alone(answers: list[int]) -> None:
    flagged = Questionnaire(at=AT, kind="phq9", answers=tuple(answers)).self_harm_flag
    assert flagged is (answers[8] != 0)


@pytest.mark.parametrize("answers", [(3,) * 7, (0,) * 7, (0, 0, 0, 0, 0, 0, 3)])
def test_gad7_never_raises_the_self_harm_flag(answers: tuple[int, ...]) -> None:
    assert not Questionnaire(at=AT, kind="gad7", answers=answers).self_harm_flag


# -- self-reflection count --------------------------------------------------------------
def test_self_reflection_has_eleven_questions() -> None:
    assert len(SELF_REFLECTION_QUESTIONS) == 11


@pytest.mark.parametrize(
    ("answers", "count"),
    [
        ((False,) * 11, 0),
        ((True,) * 11, 11),
        ((True, False) * 5 + (True,), 6),  # yes at questions 1, 3, 5, 7, 9, 11
        ((False,) * 10 + (True,), 1),
    ],
)
def test_self_reflection_count_is_the_number_of_yes_answers(
    answers: tuple[bool, ...], count: int
) -> None:
    assert SelfReflection(at=AT, answers=answers).count == count


@pytest.mark.parametrize(
    "answers", [(True,) * 10, (True,) * 12, (1,) * 11, (True,) * 10 + (None,), "yes"]
)
def test_self_reflection_needs_eleven_yes_no_answers(answers: Any) -> None:
    with pytest.raises(ValidationError, match="needs 11 yes/no answers"):
        SelfReflection(at=AT, answers=answers)


# -- sleep diary -----------------------------------------------------------------------------
def sleep(
    night: date,
    into_bed: str,
    tried: str,
    final_wake: str,
    out_of_bed: str,
    *,
    latency: int = 0,
    awake: int = 0,
    zone: Any = BERLIN,
) -> SleepEntry:
    """A diary night typed as clock times, as the sleep form and the CLI take them."""

    def at(clock: str) -> datetime:
        return night_time(night, time.fromisoformat(clock), zone, clock)

    return SleepEntry(
        night=night,
        into_bed=at(into_bed),
        tried_sleep=at(tried),
        latency_min=latency,
        awakenings=1 if awake else 0,
        awake_min=awake,
        final_wake=at(final_wake),
        at=at(out_of_bed),
        quality=3,
    )


def test_a_night_across_midnight() -> None:
    entry = sleep(date(2026, 3, 2), "22:50", "23:05", "06:40", "07:10", latency=20, awake=15)
    # in bed 22:50 → 07:10: 70 min to midnight + 7 h 10 = 70 + 430 = 500 min
    assert entry.time_in_bed_min == 500
    # tried 23:05 → final 06:40: 55 + 400 = 455 min; minus 20 latency, 15 awake = 420
    assert entry.total_sleep_min == 420
    # 420 / 500 × 100 = 84 %
    assert entry.efficiency_pct == pytest.approx(84.0)


def test_a_night_that_starts_after_midnight_belongs_to_the_evening_before() -> None:
    entry = sleep(date(2026, 3, 2), "01:30", "01:45", "07:45", "08:00", latency=10)
    assert entry.night == date(2026, 3, 2)
    assert entry.into_bed == datetime(2026, 3, 3, 1, 30, tzinfo=BERLIN)
    # in bed 01:30 → 08:00 = 6 h 30 = 390 min
    assert entry.time_in_bed_min == 390
    # tried 01:45 → final 07:45 = 360 min, minus 10 latency = 350 min
    assert entry.total_sleep_min == 350
    # 350 / 390 × 100 = 89.74…
    assert entry.efficiency_pct == pytest.approx(89.743590, abs=1e-5)


def test_a_whole_night_without_waking_is_100_percent() -> None:
    entry = sleep(date(2026, 3, 2), "23:00", "23:00", "07:00", "07:00")
    # 23:00 → 07:00 = 8 h = 480 min in bed, all of it asleep
    assert (entry.time_in_bed_min, entry.total_sleep_min) == (480, 480)
    assert entry.efficiency_pct == pytest.approx(100.0)


def test_the_night_the_clocks_go_back_is_an_hour_longer() -> None:
    # Berlin 2026-10-25 03:00 CEST becomes 02:00 CET.
    entry = sleep(date(2026, 10, 24), "22:50", "23:00", "07:00", "07:10")
    # into bed 22:50 CEST = 20:50 UTC; out 07:10 CET = 06:10 UTC → 9 h 20 = 560 min
    assert entry.time_in_bed_min == 560
    # tried 23:00 CEST = 21:00 UTC; final 07:00 CET = 06:00 UTC → 9 h = 540 min
    assert entry.total_sleep_min == 540
    # 540 / 560 × 100 = 96.43 %
    assert entry.efficiency_pct == pytest.approx(96.428571, abs=1e-4)


def test_the_night_the_clocks_go_forward_is_an_hour_shorter() -> None:
    # Berlin 2026-03-29 02:00 CET becomes 03:00 CEST.
    entry = sleep(date(2026, 3, 28), "22:50", "23:00", "07:00", "07:10")
    # into bed 22:50 CET = 21:50 UTC; out 07:10 CEST = 05:10 UTC → 7 h 20 = 440 min
    assert entry.time_in_bed_min == 440
    # tried 23:00 CET = 22:00 UTC; final 07:00 CEST = 05:00 UTC → 7 h = 420 min
    assert entry.total_sleep_min == 420
    # 420 / 440 × 100 = 95.45 %
    assert entry.efficiency_pct == pytest.approx(95.454545, abs=1e-4)


def test_a_dst_night_read_back_with_fixed_offsets_counts_real_time() -> None:
    """Stored entries come back with their UTC offsets; then the real hour is counted."""
    cest, cet = timezone(timedelta(hours=2)), timezone(timedelta(hours=1))
    entry = SleepEntry(
        night=date(2026, 10, 24),
        into_bed=datetime(2026, 10, 24, 22, 50, tzinfo=cest),
        tried_sleep=datetime(2026, 10, 24, 23, 0, tzinfo=cest),
        latency_min=0,
        awakenings=0,
        awake_min=0,
        final_wake=datetime(2026, 10, 25, 7, 0, tzinfo=cet),
        at=datetime(2026, 10, 25, 7, 10, tzinfo=cet),
        quality=3,
    )
    # 20:50 UTC → 06:10 UTC = 560 min; 21:00 UTC → 06:00 UTC = 540 min
    assert (entry.time_in_bed_min, entry.total_sleep_min) == (560, 540)


@QUICK
@given(
    length_min=st.integers(120, 14 * 60),
    latency=st.integers(0, 60),
    awake=st.integers(0, 60),
    start=st.datetimes(min_value=datetime(2026, 1, 1), max_value=datetime(2026, 12, 31)),
)
def test_each_minute_to_fall_asleep_or_awake_is_a_minute_less_sleep(
    length_min: int, latency: int, awake: int, start: datetime
) -> None:
    into_bed = start.replace(tzinfo=UTC)
    out = into_bed + timedelta(minutes=length_min)
    entry = SleepEntry(
        night=into_bed.date(),
        into_bed=into_bed,
        tried_sleep=into_bed,
        latency_min=latency,
        awakenings=0,
        awake_min=awake,
        final_wake=out,
        at=out,
        quality=3,
    )
    assert entry.time_in_bed_min == length_min
    assert entry.total_sleep_min == length_min - latency - awake
    assert entry.efficiency_pct <= 100.0


# -- sleep diary: impossible orders are refused with the field to fix ----------------------
@pytest.mark.parametrize(
    ("times", "field"),
    [
        (("23:00", "22:30", "06:00", "06:30"), "tried to sleep"),
        (("22:00", "23:00", "22:59", "23:30"), "final awakening"),
        (("22:00", "23:00", "23:00", "23:30"), "final awakening"),
        (("22:00", "23:00", "07:00", "06:50"), "out of bed"),
    ],
    ids=["tried-before-bed", "woke-before-trying", "woke-as-trying", "up-before-waking"],
)
def test_times_out_of_order_are_refused(times: tuple[str, str, str, str], field: str) -> None:
    with pytest.raises(ValidationError) as raised:
        sleep(date(2026, 3, 2), *times)
    assert raised.value.field == field


def night_of_length(minutes: int) -> dict[str, Any]:
    into_bed = datetime(2026, 3, 2, 22, 0, tzinfo=BERLIN)
    out = into_bed + timedelta(minutes=minutes)
    return {
        "night": date(2026, 3, 2),
        "into_bed": into_bed,
        "tried_sleep": into_bed,
        "latency_min": 0,
        "awakenings": 0,
        "awake_min": 0,
        "final_wake": out,
        "at": out,
        "quality": 3,
    }


def test_a_night_of_exactly_24_hours_is_accepted() -> None:
    assert SleepEntry(**night_of_length(24 * 60)).time_in_bed_min == 1440


def test_a_night_longer_than_24_hours_is_refused() -> None:
    with pytest.raises(ValidationError, match="within 24 hours") as raised:
        SleepEntry(**night_of_length(24 * 60 + 1))
    assert raised.value.field == "out of bed"


def test_more_than_24_real_hours_across_the_autumn_change_is_refused() -> None:
    # into bed 2026-10-24 07:00 CEST = 05:00 UTC; out 2026-10-25 06:30 CET = 05:30 UTC:
    # 24 h 30 in real time although the clock moved only 23 h 30.
    fields = night_of_length(0) | {
        "into_bed": datetime(2026, 10, 24, 7, 0, tzinfo=BERLIN),
        "tried_sleep": datetime(2026, 10, 24, 7, 0, tzinfo=BERLIN),
        "final_wake": datetime(2026, 10, 25, 6, 30, tzinfo=BERLIN),
        "at": datetime(2026, 10, 25, 6, 30, tzinfo=BERLIN),
        "night": date(2026, 10, 24),
    }
    with pytest.raises(ValidationError, match="within 24 hours"):
        SleepEntry(**fields)


def test_falling_asleep_and_awake_time_longer_than_the_night_is_refused() -> None:
    # tried 23:00 → final 07:00 = 480 min; 300 + 181 = 481 > 480
    with pytest.raises(ValidationError) as raised:
        sleep(date(2026, 3, 2), "22:50", "23:00", "07:00", "07:10", latency=300, awake=181)
    assert raised.value.field == "minutes awake"


def test_falling_asleep_and_awake_time_filling_the_night_is_zero_sleep() -> None:
    # 300 + 180 = 480 = the whole window: no sleep, 0 % efficiency
    entry = sleep(date(2026, 3, 2), "22:50", "23:00", "07:00", "07:10", latency=300, awake=180)
    assert entry.total_sleep_min == 0
    assert entry.efficiency_pct == 0.0
