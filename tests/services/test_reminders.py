"""What the reminders read from a real encrypted journal: check-ins, sleep diaries, the interval."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from recovery_journal.domain.models import MoodCheckin, SleepEntry, SowsRating
from recovery_journal.domain.reminders import JournalFacts, ReminderChoices
from recovery_journal.domain.taper import TaperInputs
from recovery_journal.services.journal_service import JournalService
from recovery_journal.services.reminders import reminder_choices, reminder_facts
from recovery_journal.services.taper_service import TaperService
from recovery_journal.services.transfer import export_json, import_file
from recovery_journal.storage.journal import Journal, create_journal
from recovery_journal.storage.keys import KeySource
from recovery_journal.storage.location import JournalLocation

BERLIN = ZoneInfo("Europe/Berlin")
TODAY = date(2026, 5, 4)
NOW = datetime(2026, 5, 4, 14, 0, tzinfo=BERLIN)


def at(day: date, clock: str) -> datetime:
    return datetime.combine(day, time.fromisoformat(clock), tzinfo=BERLIN)


def services(journal: Journal) -> tuple[JournalService, TaperService]:
    return (
        JournalService(journal, zone=BERLIN, clock=lambda: NOW),
        TaperService(journal, zone=BERLIN, clock=lambda: NOW),
    )


def test_an_empty_journal_has_nothing_to_answer_a_reminder(journal: Journal) -> None:
    service, taper = services(journal)
    assert reminder_facts(service, taper, NOW) == JournalFacts()
    assert reminder_choices(service) == ReminderChoices()


def test_a_mood_entry_or_a_withdrawal_check_counts_as_a_check_in(journal: Journal) -> None:
    service, taper = services(journal)
    service.log(MoodCheckin(at=at(TODAY, "07:30"), mood=5, anxiety=4, energy=5, pain=2))
    service.log(SowsRating(at=at(TODAY - timedelta(days=1), "20:00"), scores=(1,) * 16))
    facts = reminder_facts(service, taper, NOW)
    assert facts.checkin_days == {TODAY, TODAY - timedelta(days=1)}


def test_last_nights_sleep_diary_is_found_by_its_night(journal: Journal) -> None:
    service, taper = services(journal)
    night = TODAY - timedelta(days=1)
    service.log(
        SleepEntry(
            night=night,
            into_bed=at(night, "23:00"),
            tried_sleep=at(night, "23:10"),
            latency_min=20,
            awakenings=1,
            awake_min=10,
            final_wake=at(TODAY, "06:50"),
            at=at(TODAY, "07:00"),
            quality=3,
        )
    )
    assert reminder_facts(service, taper, NOW).sleep_nights == {night}


def test_the_interval_ends_the_plans_minimum_interval_after_the_last_dose(
    journal: Journal,
) -> None:
    service, taper = services(journal)
    service.log_dose(at(TODAY, "11:15"), 2.5, "g")
    assert reminder_facts(service, taper, NOW).interval_ends is None, "no plan, no interval"
    taper.create_plan(TaperInputs(10, 4, 0.5, TODAY), "g")  # 16 waking hours / 4 doses
    assert reminder_facts(service, taper, NOW).interval_ends == at(TODAY, "15:15")


def test_the_choices_are_read_from_the_settings(journal: Journal) -> None:
    service, _ = services(journal)
    service.set_setting("reminder_sleep", True)
    service.set_setting("reminder_sleep_time", "06:45")
    service.set_setting("reminder_dose_interval", True)
    assert reminder_choices(service) == ReminderChoices(
        sleep=True, sleep_time=time(6, 45), dose_interval=True
    )


def test_reminder_settings_travel_with_a_json_export(journal: Journal, tmp_path: Path) -> None:
    service, _ = services(journal)
    service.set_setting("reminder_checkin", True)
    service.set_setting("reminder_checkin_time", "21:30")
    service.log(MoodCheckin(at=at(TODAY, "07:30"), mood=5, anxiety=4, energy=5, pain=2))
    export_json(journal, tmp_path / "export.json")
    other = create_journal(JournalLocation(tmp_path / "other"), KeySource.new_random())
    try:
        import_file(other, tmp_path / "export.json", zone=BERLIN, clock=lambda: NOW)
        assert reminder_choices(JournalService(other, zone=BERLIN)) == ReminderChoices(
            checkin=True, checkin_time=time(21, 30)
        )
    finally:
        other.close()
