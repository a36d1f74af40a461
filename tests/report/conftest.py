"""A scripted encrypted journal whose summary figures the tests work out by hand."""

from __future__ import annotations

import statistics
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from recovery_journal.domain.models import (
    Craving,
    MedicationTaken,
    MoodCheckin,
    Questionnaire,
    SleepEntry,
    SowsRating,
    SubstanceUse,
)
from recovery_journal.domain.taper import TaperInputs
from recovery_journal.services.journal_service import JournalService
from recovery_journal.services.taper_service import TaperService
from recovery_journal.storage.journal import Journal

BERLIN = ZoneInfo("Europe/Berlin")
FIRST, LAST = date(2026, 3, 1), date(2026, 3, 20)
NOW = datetime(2026, 3, 20, 12, 0, tzinfo=BERLIN)
PLAN = TaperInputs(10.0, 2, 1.0, date(2026, 3, 2), method="linear", step_days=7)
# Each day's doses (grams, at 08:00, 20:00 and 22:00); 2026-03-16 has none (not journaled).
DOSES = {
    **{date(2026, 3, d): (5.0, 5.0) for d in range(2, 9)},  # step 1 (10 g): on target
    **{date(2026, 3, d): (4.5, 4.5) for d in range(9, 13)},  # step 2 (9 g): on target
    date(2026, 3, 13): (5.0, 5.0),  # over
    date(2026, 3, 14): (4.5, 4.0),
    date(2026, 3, 15): (3.0, 3.0, 2.0),  # within the amount but a third dose
    date(2026, 3, 17): (4.0, 4.0),  # step 3 (8 g)
    date(2026, 3, 18): (4.0, 3.5),
    date(2026, 3, 19): (4.5, 4.0),  # over
}
TODAY_DOSE = (datetime(2026, 3, 20, 7, 30, tzinfo=BERLIN), 3.5)  # the last dose; today is partial
SOWS_TOTALS = (10, 20, 31)
PHQ9_ANSWERS = (2, 2, 1, 1, 2, 1, 1, 1, 1)  # 12: moderate; item 9 answered 1
GAD7_ANSWERS = (1, 1, 1, 1, 1, 0, 0)  # 5: mild
FLAGGED_NOTE = "Dizzy after the evening dose"
PRIVATE_NOTE = "Argument with my sister"
OUTSIDE_NOTE = "Logged before the period"
HOLD_DAY = date(2026, 3, 16)


def at(day: date, clock: str) -> datetime:
    return datetime.combine(day, time.fromisoformat(clock), tzinfo=BERLIN)


@dataclass(frozen=True)
class Expected:
    """The figures the summary should show, computed here from the script alone."""

    hours_since_last_dose: float
    daily_amount: float
    doses_per_day: float
    days_with_doses: int
    step_number: int
    step_target: float
    plan_adherence: float
    days_on_target: int
    days_counted: int
    sows_mean: float


def expected() -> Expected:
    recent = [NOW.date() - timedelta(days=n) for n in range(1, 8)]
    logged = [DOSES[day] for day in recent if day in DOSES]
    counted = [d for d in (PLAN.start + timedelta(days=n) for n in range(18))]  # to 03-19
    targets = {1: 10.0, 2: 9.0, 3: 8.0}

    def on_target(day: date) -> bool:
        step = (day - PLAN.start).days // 7 + 1
        doses = DOSES.get(day, ())
        return bool(doses) and sum(doses) <= targets[step] and len(doses) <= 2

    hits = sum(1 for day in counted if on_target(day))
    return Expected(
        hours_since_last_dose=(NOW - TODAY_DOSE[0]).total_seconds() / 3600,
        daily_amount=statistics.fmean(sum(doses) for doses in logged),
        doses_per_day=statistics.fmean(len(doses) for doses in logged),
        days_with_doses=len(logged),
        step_number=3,
        step_target=8.0,
        plan_adherence=hits / len(counted),
        days_on_target=hits,
        days_counted=len(counted),
        sows_mean=statistics.fmean(SOWS_TOTALS),
    )


def sows_scores(total: int) -> tuple[int, ...]:
    scores = [0] * 16
    for index in range(total):
        scores[index % 16] += 1
    return tuple(scores)


def fill(service: JournalService, journal: Journal) -> None:
    """The scripted journal: a linear plan made on 03-01 and held on 03-16, doses,
    check-ins and notes."""
    planned = TaperService(journal, zone=BERLIN, clock=lambda: at(FIRST, "20:00"))
    planned.create_plan(PLAN, "g", note="Agreed with Dr Weber")
    held = TaperService(journal, zone=BERLIN, clock=lambda: at(HOLD_DAY, "10:00"))
    held.hold(HOLD_DAY, note="Rough week")
    for day, amounts in DOSES.items():
        for amount, clock in zip(amounts, ("08:00", "20:00", "22:00"), strict=False):
            service.log_dose(at(day, clock), amount, "g", product_name="Red powder")
    service.log_dose(TODAY_DOSE[0], TODAY_DOSE[1], "g", product_name="Red powder")
    for n, total in enumerate(SOWS_TOTALS):
        service.log(
            SowsRating(at=at(date(2026, 3, 10 + n * 3), "09:00"), scores=sows_scores(total))
        )
    service.log(Questionnaire(at=at(date(2026, 3, 12), "10:00"), kind="phq9", answers=PHQ9_ANSWERS))
    service.log(Questionnaire(at=at(date(2026, 3, 12), "10:05"), kind="gad7", answers=GAD7_ANSWERS))
    moods = ((date(2026, 3, 3), 4, 7, 3), (date(2026, 3, 5), 6, 5, 1), (date(2026, 3, 17), 7, 3, 2))
    for day, mood, anxiety, pain in moods:
        service.log(
            MoodCheckin(at=at(day, "19:00"), mood=mood, anxiety=anxiety, energy=5, pain=pain)
        )
    service.log(
        MoodCheckin(
            at=at(date(2026, 3, 18), "21:00"),
            mood=5,
            anxiety=6,
            energy=4,
            pain=3,
            note=FLAGGED_NOTE,
            for_clinician=True,
        )
    )
    service.log_craving(
        Craving(
            at=at(date(2026, 3, 14), "16:00"), intensity=7, outcome="passed", note=PRIVATE_NOTE
        ),
        ["stress", "conflict"],
    )
    service.log_craving(Craving(at=at(date(2026, 3, 15), "16:00"), intensity=4), ["stress"])
    service.log_craving(Craving(at=at(date(2026, 3, 18), "11:00"), intensity=6, outcome="used"))
    service.log(SubstanceUse(at=at(date(2026, 3, 14), "21:00"), kind="alcohol", amount="2 beers"))
    service.log(SubstanceUse(at=at(date(2026, 3, 16), "21:00"), kind="benzodiazepine"))
    for day in (date(2026, 3, 15), date(2026, 3, 17)):
        service.log(MedicationTaken(at=at(day, "09:00"), name="Clonidine", dose="0.1 mg"))
    for night, awake_min, quality in ((date(2026, 3, 10), 30, 2), (date(2026, 3, 11), 0, 4)):
        morning = night + timedelta(days=1)
        service.log(
            SleepEntry(
                night=night,
                into_bed=at(night, "23:00"),
                tried_sleep=at(night, "23:00"),
                latency_min=30,
                awakenings=1 if awake_min else 0,
                awake_min=awake_min,
                final_wake=at(morning, "07:00"),
                at=at(morning, "07:00"),
                quality=quality,
            )
        )
    service.log(
        MoodCheckin(
            at=at(date(2026, 2, 20), "19:00"),
            mood=5,
            anxiety=5,
            energy=5,
            pain=5,
            note=OUTSIDE_NOTE,
            for_clinician=True,
        )
    )


@pytest.fixture
def service(journal: Journal) -> JournalService:
    return JournalService(journal, zone=BERLIN, clock=lambda: NOW)


@pytest.fixture
def taper(journal: Journal) -> TaperService:
    return TaperService(journal, zone=BERLIN, clock=lambda: NOW)


@pytest.fixture
def scripted(service: JournalService, journal: Journal) -> JournalService:
    fill(service, journal)
    return service
