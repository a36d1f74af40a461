"""When to remind: the daily check-in, last night's sleep diary, the planned dose interval.

A daily reminder falls due once per local day at its clock time, unless it is already
answered that day (a check-in logged today; last night's sleep diary written). The
interval reminder falls due once, when the plan's minimum interval after the last dose
has passed. A reminder that fell due more than ``STALE_AFTER`` ago — the computer was
asleep — is let go rather than shown late.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from typing import Any

from recovery_journal.domain.record import record
from recovery_journal.domain.timeutil import parse_clock

CHECKIN = "checkin"
SLEEP = "sleep"
DOSE_INTERVAL = "dose_interval"
KINDS = (SLEEP, CHECKIN, DOSE_INTERVAL)  # the order they are told in when due together
STALE_AFTER = timedelta(hours=3)
LOOK_AHEAD_DAYS = 3  # a daily reminder answered today is next due tomorrow at the latest


@record
class ReminderChoices:
    """Which reminders the person turned on, and the clock times of the daily ones."""

    checkin: bool = False
    checkin_time: time = time(9, 0)
    sleep: bool = False
    sleep_time: time = time(8, 0)
    dose_interval: bool = False

    @classmethod
    def from_settings(cls, setting: Callable[[str], Any]) -> ReminderChoices:
        """Read the ``reminder_*`` settings through ``setting(name)``."""
        return cls(
            checkin=bool(setting("reminder_checkin")),
            checkin_time=parse_clock(setting("reminder_checkin_time")),
            sleep=bool(setting("reminder_sleep")),
            sleep_time=parse_clock(setting("reminder_sleep_time")),
            dose_interval=bool(setting("reminder_dose_interval")),
        )

    @property
    def any_on(self) -> bool:
        return self.checkin or self.sleep or self.dose_interval


@record
class JournalFacts:
    """What the journal said when last read: all a reminder needs, nothing more.

    ``checkin_days`` are local dates with a mood or withdrawal check-in, ``sleep_nights``
    the nights (evening dates) with a sleep diary, ``interval_ends`` when the plan's
    minimum interval after the last dose passes (None: no dose, or no interval planned).
    """

    checkin_days: frozenset[date] = frozenset()
    sleep_nights: frozenset[date] = frozenset()
    interval_ends: datetime | None = None


@record
class Reminder:
    """Reminder ``kind`` (CHECKIN, SLEEP or DOSE_INTERVAL), due at the moment ``due`` (UTC)."""

    kind: str
    due: datetime


def earliest_next_dose(
    last_dose_at: datetime | None, min_interval_h: float | None
) -> datetime | None:
    """When the plan's minimum interval after the last dose has passed (None without either)."""
    if last_dose_at is None or min_interval_h is None:
        return None
    return last_dose_at + timedelta(hours=min_interval_h)


def daily_moment(day: date, clock: time, zone: tzinfo) -> datetime:
    """The first moment of ``day`` whose local wall-clock time is ``clock`` or later.

    A time repeated when the clocks go back means its first occurrence; a time skipped
    when they go forward means the moment they jump past it.
    """
    wall = datetime.combine(day, clock)
    first = wall.replace(tzinfo=zone, fold=0)
    if first.astimezone(UTC).astimezone(zone).replace(tzinfo=None) == wall:
        return first
    return _jump_past(wall, zone)


def _jump_past(wall: datetime, zone: tzinfo) -> datetime:
    """The moment the clocks jumped over ``wall``, a time a daylight-saving change skipped."""
    # Inside a gap, fold=1 reads the wall time with the later offset (an instant before the
    # jump) and fold=0 with the earlier one (an instant after it): the jump lies between.
    before = int(wall.replace(tzinfo=zone, fold=1).timestamp())
    after = int(wall.replace(tzinfo=zone, fold=0).timestamp())
    while after - before > 1:
        middle = (before + after) // 2
        if datetime.fromtimestamp(middle, zone).replace(tzinfo=None) >= wall:
            after = middle
        else:
            before = middle
    return datetime.fromtimestamp(after, zone)


def due_between(
    choices: ReminderChoices, facts: JournalFacts, zone: tzinfo, since: datetime, until: datetime
) -> list[Reminder]:
    """Reminders that fell due after ``since`` and by ``until``, not yet stale; one per kind."""
    since, until = since.astimezone(UTC), until.astimezone(UTC)
    first_day = max(since, until - STALE_AFTER).astimezone(zone).date()
    last_day = until.astimezone(zone).date()
    due: list[Reminder] = []
    for kind in KINDS:
        moments = _moments(kind, choices, facts, zone, first_day, last_day)
        fresh = [m for m in moments if since < m <= until and until - m <= STALE_AFTER]
        if fresh:
            due.append(Reminder(kind, max(fresh)))
    return due


def next_due(
    choices: ReminderChoices, facts: JournalFacts, zone: tzinfo, after: datetime
) -> Reminder | None:
    """The first reminder due strictly after ``after`` (None when none is on)."""
    after = after.astimezone(UTC)
    first_day = after.astimezone(zone).date()
    last_day = first_day + timedelta(days=LOOK_AHEAD_DAYS)
    upcoming = [
        Reminder(kind, moment)
        for kind in KINDS
        for moment in _moments(kind, choices, facts, zone, first_day, last_day)
        if moment > after
    ]
    return min(upcoming, key=lambda reminder: reminder.due, default=None)


def _moments(
    kind: str, choices: ReminderChoices, facts: JournalFacts, zone: tzinfo, first: date, last: date
) -> list[datetime]:
    """When reminder ``kind`` is due (in UTC: same-zone datetimes compare by wall clock).

    A daily one on each of the days first..last not yet answered; the interval one once.
    """
    if kind == DOSE_INTERVAL:
        ends = facts.interval_ends
        return [ends.astimezone(UTC)] if choices.dose_interval and ends is not None else []
    on, clock = {
        CHECKIN: (choices.checkin, choices.checkin_time),
        SLEEP: (choices.sleep, choices.sleep_time),
    }[kind]
    if not on:
        return []
    days = (first + timedelta(days=n) for n in range((last - first).days + 1))
    return [
        daily_moment(day, clock, zone).astimezone(UTC)
        for day in days
        if not _answered(kind, day, facts)
    ]


def _answered(kind: str, day: date, facts: JournalFacts) -> bool:
    if kind == CHECKIN:
        return day in facts.checkin_days
    return day - timedelta(days=1) in facts.sleep_nights  # last night began the evening before
