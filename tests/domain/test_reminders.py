"""Reminder rules: once a day at the chosen time, not when answered, not stale after a sleep."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from recovery_journal.domain.errors import ValidationError
from recovery_journal.domain.reminders import (
    CHECKIN,
    DOSE_INTERVAL,
    SLEEP,
    STALE_AFTER,
    JournalFacts,
    Reminder,
    ReminderChoices,
    daily_moment,
    due_between,
    earliest_next_dose,
    next_due,
)
from recovery_journal.domain.settings import SETTINGS

BERLIN = ZoneInfo("Europe/Berlin")
ZONES = [
    ZoneInfo(name)
    for name in (
        "Europe/Berlin",
        "America/New_York",
        "Australia/Lord_Howe",  # a half-hour daylight-saving shift
        "America/Santiago",  # clocks change at midnight there
        "Asia/Kolkata",
        "UTC",
    )
]
CHECKIN_ONLY = ReminderChoices(checkin=True, checkin_time=time(9, 0))
PROPERTY = settings(max_examples=80, deadline=None, database=None)


def berlin(*args: int) -> datetime:
    return datetime(*args, tzinfo=BERLIN)  # type: ignore[misc]


def ticks(start: datetime, end: datetime, step: timedelta) -> list[tuple[datetime, datetime]]:
    """The (since, until) windows of a timer ticking every ``step`` from start to end."""
    moments = []
    moment = start.astimezone(UTC)
    while moment < end:
        moments.append(moment)
        moment += step
    return list(zip(moments, moments[1:], strict=False))


def fired(
    choices: ReminderChoices,
    facts: JournalFacts,
    zone: ZoneInfo,
    windows: list[tuple[datetime, datetime]],
) -> list[tuple[Reminder, datetime]]:
    return [
        (reminder, until)
        for since, until in windows
        for reminder in due_between(choices, facts, zone, since, until)
    ]


# -- daily reminders -------------------------------------------------------------------
def test_a_daily_reminder_is_due_at_its_time_and_not_again_that_day() -> None:
    windows = ticks(berlin(2026, 5, 4, 8, 0), berlin(2026, 5, 4, 23, 0), timedelta(seconds=30))
    shown = fired(CHECKIN_ONLY, JournalFacts(), BERLIN, windows)
    assert [(r.kind, r.due) for r, _ in shown] == [(CHECKIN, berlin(2026, 5, 4, 9, 0))]
    assert shown[0][1] - shown[0][0].due < timedelta(seconds=30)


def test_each_day_has_its_own_reminder() -> None:
    windows = ticks(berlin(2026, 5, 4, 8, 0), berlin(2026, 5, 7, 8, 0), timedelta(minutes=10))
    days = [
        r.due.astimezone(BERLIN).date()
        for r, _ in fired(CHECKIN_ONLY, JournalFacts(), BERLIN, windows)
    ]
    assert days == [date(2026, 5, 4), date(2026, 5, 5), date(2026, 5, 6)]


def test_not_due_before_its_time_nor_when_off() -> None:
    since, until = berlin(2026, 5, 4, 8, 0), berlin(2026, 5, 4, 8, 59, 59)
    assert due_between(CHECKIN_ONLY, JournalFacts(), BERLIN, since, until) == []
    off = ReminderChoices(checkin_time=time(9, 0))
    assert due_between(off, JournalFacts(), BERLIN, since, berlin(2026, 5, 4, 10, 0)) == []


def test_a_check_in_today_answers_the_check_in_reminder() -> None:
    facts = JournalFacts(checkin_days=frozenset({date(2026, 5, 4)}))
    since, until = berlin(2026, 5, 4, 8, 0), berlin(2026, 5, 4, 10, 0)
    assert due_between(CHECKIN_ONLY, facts, BERLIN, since, until) == []
    yesterday_only = JournalFacts(checkin_days=frozenset({date(2026, 5, 3)}))
    assert [r.kind for r in due_between(CHECKIN_ONLY, yesterday_only, BERLIN, since, until)] == [
        CHECKIN
    ]


def test_last_nights_sleep_diary_answers_the_sleep_reminder() -> None:
    choices = ReminderChoices(sleep=True, sleep_time=time(8, 0))
    since, until = berlin(2026, 5, 4, 7, 0), berlin(2026, 5, 4, 9, 0)
    last_night = JournalFacts(sleep_nights=frozenset({date(2026, 5, 3)}))
    assert due_between(choices, last_night, BERLIN, since, until) == []
    older = JournalFacts(sleep_nights=frozenset({date(2026, 5, 2), date(2026, 5, 4)}))
    assert due_between(choices, older, BERLIN, since, until) == [
        Reminder(SLEEP, berlin(2026, 5, 4, 8, 0))
    ]


def test_after_a_short_sleep_the_missed_reminder_is_shown_once() -> None:
    """The laptop slept 08:30–10:15: the 09:00 reminder comes on waking, once."""
    since, until = berlin(2026, 5, 4, 8, 30), berlin(2026, 5, 4, 10, 15)
    assert due_between(CHECKIN_ONLY, JournalFacts(), BERLIN, since, until) == [
        Reminder(CHECKIN, berlin(2026, 5, 4, 9, 0))
    ]
    after = berlin(2026, 5, 4, 10, 15, 30)
    assert due_between(CHECKIN_ONLY, JournalFacts(), BERLIN, until, after) == []


def test_a_reminder_from_hours_ago_is_let_go() -> None:
    """Asleep from 08:30 until 12:01 (more than STALE_AFTER past 09:00): nothing late."""
    since = berlin(2026, 5, 4, 8, 30)
    until = berlin(2026, 5, 4, 9, 0) + STALE_AFTER + timedelta(minutes=1)
    assert due_between(CHECKIN_ONLY, JournalFacts(), BERLIN, since, until) == []


def test_after_days_asleep_only_a_fresh_reminder_is_shown() -> None:
    since, until = berlin(2026, 5, 1, 8, 0), berlin(2026, 5, 4, 9, 30)
    assert due_between(CHECKIN_ONLY, JournalFacts(), BERLIN, since, until) == [
        Reminder(CHECKIN, berlin(2026, 5, 4, 9, 0))
    ]


def test_both_daily_reminders_can_fall_due_together() -> None:
    choices = ReminderChoices(True, time(8, 0), True, time(8, 0))
    kinds = [
        r.kind
        for r in due_between(
            choices, JournalFacts(), BERLIN, berlin(2026, 5, 4, 7), berlin(2026, 5, 4, 8)
        )
    ]
    assert kinds == [SLEEP, CHECKIN]


def test_a_clock_set_back_shows_nothing() -> None:
    assert (
        due_between(
            CHECKIN_ONLY, JournalFacts(), BERLIN, berlin(2026, 5, 4, 10), berlin(2026, 5, 4, 8)
        )
        == []
    )


# -- daylight saving -------------------------------------------------------------------
def test_a_time_skipped_in_spring_is_due_when_the_clocks_jump() -> None:
    """Berlin, 29 March 2026: 02:00 becomes 03:00, so 02:30 is due at 03:00 summer time."""
    moment = daily_moment(date(2026, 3, 29), time(2, 30), BERLIN)
    assert moment == datetime(2026, 3, 29, 1, 0, tzinfo=UTC)
    assert moment.astimezone(BERLIN).strftime("%H:%M %Z") == "03:00 CEST"


def test_a_time_repeated_in_autumn_is_due_at_its_first_occurrence_only() -> None:
    """Berlin, 25 October 2026: 02:00–03:00 happens twice; 02:30 is due once, in summer time."""
    choices = ReminderChoices(checkin=True, checkin_time=time(2, 30))
    # In UTC: a time in the repeated hour never compares equal across zones (PEP 495).
    assert daily_moment(date(2026, 10, 25), time(2, 30), BERLIN).astimezone(UTC) == datetime(
        2026, 10, 25, 0, 30, tzinfo=UTC
    )
    windows = ticks(berlin(2026, 10, 25, 0, 0), berlin(2026, 10, 25, 6, 0), timedelta(minutes=5))
    shown = fired(choices, JournalFacts(), BERLIN, windows)
    assert [r.due for r, _ in shown] == [datetime(2026, 10, 25, 0, 30, tzinfo=UTC)]


def test_a_reminder_on_the_short_and_long_days_comes_at_the_wall_clock_time() -> None:
    windows = ticks(berlin(2026, 3, 28, 0), berlin(2026, 3, 31, 0), timedelta(minutes=15))
    windows += ticks(berlin(2026, 10, 24, 0), berlin(2026, 10, 27, 0), timedelta(minutes=15))
    shown = fired(CHECKIN_ONLY, JournalFacts(), BERLIN, windows)
    assert {r.due.astimezone(BERLIN).strftime("%H:%M") for r, _ in shown} == {"09:00"}
    assert len(shown) == 6


def test_midnight_skipped_in_santiago_still_gets_its_reminder() -> None:
    santiago = ZoneInfo("America/Santiago")  # 2026-09-06: 00:00 becomes 01:00
    moment = daily_moment(date(2026, 9, 6), time(0, 15), santiago)
    assert moment.astimezone(santiago).strftime("%Y-%m-%d %H:%M") == "2026-09-06 01:00"


@PROPERTY
@given(
    zone=st.sampled_from(ZONES),
    day=st.dates(date(2020, 1, 1), date(2030, 12, 31)),
    clock=st.times().map(lambda t: t.replace(second=0, microsecond=0)),
)
def test_the_daily_moment_is_the_first_at_or_after_the_clock_time(
    zone: ZoneInfo, day: date, clock: time
) -> None:
    moment = daily_moment(day, clock, zone)
    wall = datetime.combine(day, clock)
    local = moment.astimezone(zone)
    assert local.date() == day
    assert local.replace(tzinfo=None) >= wall
    just_before = (moment.astimezone(UTC) - timedelta(seconds=1)).astimezone(zone)
    assert just_before.replace(tzinfo=None) < wall


@PROPERTY
@given(
    zone=st.sampled_from(ZONES),
    start=st.datetimes(datetime(2024, 1, 1), datetime(2027, 12, 31), timezones=st.just(UTC)),
    clock=st.times().map(lambda t: t.replace(second=0, microsecond=0)),
    step_min=st.integers(1, 30),
)
def test_with_a_running_timer_each_local_day_has_exactly_one_reminder(
    zone: ZoneInfo, start: datetime, clock: time, step_min: int
) -> None:
    choices = ReminderChoices(checkin=True, checkin_time=clock)
    end = start + timedelta(days=3)
    shown = fired(choices, JournalFacts(), zone, ticks(start, end, timedelta(minutes=step_min)))
    days = [r.due.astimezone(zone).date() for r, _ in shown]
    assert len(days) == len(set(days))
    for reminder, when in shown:
        assert timedelta(0) <= when - reminder.due < timedelta(minutes=step_min)
    first, last = start.astimezone(zone).date(), end.astimezone(zone).date()
    expected = [
        first + timedelta(days=n)
        for n in range((last - first).days + 1)
        if start < daily_moment(first + timedelta(days=n), clock, zone)
        and daily_moment(first + timedelta(days=n), clock, zone)
        <= end - timedelta(minutes=step_min)
    ]
    assert set(expected) <= set(days)


# -- the dose interval -----------------------------------------------------------------
def test_the_interval_reminder_comes_once_when_the_interval_has_passed() -> None:
    choices = ReminderChoices(dose_interval=True)
    ends = earliest_next_dose(berlin(2026, 5, 4, 8, 0), 4.0)
    assert ends == berlin(2026, 5, 4, 12, 0)
    facts = JournalFacts(interval_ends=ends)
    windows = ticks(berlin(2026, 5, 4, 8, 0), berlin(2026, 5, 5, 8, 0), timedelta(minutes=1))
    assert [(r.kind, r.due) for r, _ in fired(choices, facts, BERLIN, windows)] == [
        (DOSE_INTERVAL, berlin(2026, 5, 4, 12, 0))
    ]


def test_no_interval_reminder_without_a_dose_a_planned_interval_or_the_setting() -> None:
    assert earliest_next_dose(None, 4.0) is None
    assert earliest_next_dose(berlin(2026, 5, 4, 8), None) is None
    since, until = berlin(2026, 5, 4, 8), berlin(2026, 5, 4, 13)
    assert (
        due_between(ReminderChoices(dose_interval=True), JournalFacts(), BERLIN, since, until) == []
    )
    facts = JournalFacts(interval_ends=berlin(2026, 5, 4, 12))
    assert due_between(ReminderChoices(), facts, BERLIN, since, until) == []


def test_an_interval_that_ended_before_the_timer_started_is_not_told() -> None:
    facts = JournalFacts(interval_ends=berlin(2026, 5, 4, 12))
    choices = ReminderChoices(dose_interval=True)
    assert (
        due_between(choices, facts, BERLIN, berlin(2026, 5, 4, 12, 5), berlin(2026, 5, 4, 13)) == []
    )


# -- what comes next -------------------------------------------------------------------
def test_the_next_reminder_is_the_earliest_not_yet_answered() -> None:
    choices = ReminderChoices(True, time(9, 0), True, time(8, 0), True)
    facts = JournalFacts(
        checkin_days=frozenset({date(2026, 5, 4)}), interval_ends=berlin(2026, 5, 4, 21, 0)
    )
    after = berlin(2026, 5, 4, 10, 0)
    assert next_due(choices, facts, BERLIN, after) == Reminder(
        DOSE_INTERVAL, berlin(2026, 5, 4, 21)
    )
    later = berlin(2026, 5, 4, 22, 0)
    assert next_due(choices, facts, BERLIN, later) == Reminder(SLEEP, berlin(2026, 5, 5, 8))
    assert next_due(ReminderChoices(), facts, BERLIN, later) is None


# -- the settings behind them ----------------------------------------------------------
def test_reminder_settings_read_and_check_clock_times() -> None:
    values = {name: setting.default for name, setting in SETTINGS.items()}
    assert ReminderChoices.from_settings(values.__getitem__) == ReminderChoices()
    values.update(reminder_checkin=True, reminder_checkin_time="21:45")
    chosen = ReminderChoices.from_settings(values.__getitem__)
    assert (chosen.checkin, chosen.checkin_time, chosen.any_on) == (True, time(21, 45), True)
    assert SETTINGS["reminder_sleep_time"].check("07:30") == "07:30"


@pytest.mark.parametrize("value", ["25:00", "7.30", "", "noon", "07:30+01:00", 730, True])
def test_a_reminder_time_must_be_a_clock_time(value: object) -> None:
    with pytest.raises(ValidationError):
        SETTINGS["reminder_checkin_time"].check(value)


@pytest.mark.parametrize("value", [1, "yes", None])
def test_a_reminder_switch_is_yes_or_no(value: object) -> None:
    with pytest.raises(ValidationError):
        SETTINGS["reminder_dose_interval"].check(value)
