"""What the reminders need from the journal: the person's choices and a few recent facts."""

from __future__ import annotations

from datetime import datetime, timedelta

from recovery_journal.domain.models import MoodCheckin, SleepEntry, SowsRating
from recovery_journal.domain.reminders import JournalFacts, ReminderChoices, earliest_next_dose
from recovery_journal.domain.timeutil import day_start
from recovery_journal.services.journal_service import JournalService
from recovery_journal.services.taper_service import TaperService

CHECKIN_KINDS = (MoodCheckin, SowsRating)  # a mood entry or a withdrawal check is a check-in


def reminder_choices(service: JournalService) -> ReminderChoices:
    """The reminders turned on in Settings, and their times."""
    return ReminderChoices.from_settings(service.setting)


def reminder_facts(service: JournalService, taper: TaperService, moment: datetime) -> JournalFacts:
    """Check-ins and sleep diaries of the last two days, and when the planned interval ends."""
    today = moment.astimezone(service.zone).date()
    start = day_start(today - timedelta(days=1), service.zone)
    checkins = [e for kind in CHECKIN_KINDS for e in service.entries(kind, start)]
    # A diary's time is when its night ended, so last night's is found from yesterday on.
    sleeps = service.entries(SleepEntry, start)
    last_dose = service.last_dose(moment)
    step = taper.step_on(today)
    return JournalFacts(
        checkin_days=frozenset(e.at.astimezone(service.zone).date() for e in checkins),
        sleep_nights=frozenset(s.night for s in sleeps),
        interval_ends=earliest_next_dose(
            last_dose.at if last_dose else None, step.min_interval_h if step else None
        ),
    )
