"""build_chart_data on a real encrypted journal: one value per local date, gaps (None) for
days with nothing logged, the plan's targets, the withdrawal context bands, cravings by
trigger and hour, PHQ-9/GAD-7 points, and nothing from outside the range."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from recovery_journal.domain.errors import ValidationError
from recovery_journal.domain.models import (
    Craving,
    MoodCheckin,
    Product,
    Questionnaire,
    SleepEntry,
    SowsRating,
)
from recovery_journal.domain.taper import TaperInputs
from recovery_journal.domain.withdrawal_context import STEP_DOWN, STOP, ContextBand
from recovery_journal.services.chart_data import NO_TRIGGER, ChartData, build_chart_data
from recovery_journal.services.journal_service import JournalService
from recovery_journal.services.taper_service import TaperService
from recovery_journal.storage.journal import Journal

BERLIN = ZoneInfo("Europe/Berlin")
D1 = date(2026, 3, 2)  # the range D1..D1+9; the plan starts on D1 + 1
LAST = D1 + timedelta(days=9)
NOW = datetime(2026, 4, 1, 12, 0, tzinfo=BERLIN)


def at(day: date, clock: str) -> datetime:
    return datetime.combine(day, time.fromisoformat(clock), tzinfo=BERLIN)


def day(n: int) -> date:
    return D1 + timedelta(days=n)


@pytest.fixture
def service(journal: Journal) -> JournalService:
    return JournalService(journal, zone=BERLIN, clock=lambda: NOW)


@pytest.fixture
def taper(journal: Journal) -> TaperService:
    return TaperService(journal, zone=BERLIN, clock=lambda: NOW)


def log_sleep(service: JournalService, night: date, quality: int, awake_min: int = 0) -> None:
    morning = night + timedelta(days=1)
    service.log(
        SleepEntry(
            night=night,
            into_bed=at(night, "23:00"),
            tried_sleep=at(night, "23:00"),
            latency_min=0,
            awakenings=1 if awake_min else 0,
            awake_min=awake_min,
            final_wake=at(morning, "07:00"),
            at=at(morning, "07:00"),
            quality=quality,
        )
    )


def mood(service: JournalService, when: datetime, value: int, anxiety: int = 5) -> None:
    service.log(MoodCheckin(at=when, mood=value, anxiety=anxiety, energy=4, pain=2))


@pytest.fixture
def logged(service: JournalService, taper: TaperService) -> JournalService:
    """Doses on days 0, 1, 3 and 4; none on day 2 (not journaled) nor 5 (a journaled stop)."""
    service.add_product(Product(name="Extract", form="extract", high_potency=True))
    for n, clocks in ((0, ("08:00", "12:00", "18:00")), (1, ("09:00", "15:00")), (3, ("10:00",))):
        for clock in clocks:
            service.log_dose(at(day(n), clock), 3.0, "g", product_name="Red")
    service.log_dose(at(day(1), "20:00"), 500, "mg", product_name="Extract")
    service.log_dose(at(day(4), "08:00"), 0.25, "g", product_name="Extract")
    service.log_dose(at(day(-1), "08:00"), 50.0, "g", product_name="Red")  # outside the range
    for clock, scores in (("09:00", (1,) * 16), ("21:00", (2,) * 16)):
        service.log(SowsRating(at=at(day(0), clock), scores=scores))
    service.log(SowsRating(at=at(day(6), "09:00"), scores=(3,) * 16))
    mood(service, at(day(0), "08:00"), 4, anxiety=6)
    mood(service, at(day(0), "20:00"), 6, anxiety=3)
    mood(service, at(day(5), "08:00"), 5)
    log_sleep(service, day(0), quality=4)
    log_sleep(service, day(3), quality=2, awake_min=60)
    log_sleep(service, LAST, quality=5)  # out of bed the day after the range: still its night
    service.log_craving(Craving(at=at(day(0), "21:30"), intensity=6), ["stress", "boredom"])
    service.log_craving(Craving(at=at(day(3), "21:10"), intensity=4), ["stress"])
    service.log_craving(Craving(at=at(day(4), "08:40"), intensity=3))
    service.log(Questionnaire(at=at(day(1), "10:00"), kind="phq9", answers=(1,) * 9))
    service.log(Questionnaire(at=at(day(8), "10:00"), kind="gad7", answers=(2,) * 7))
    taper.create_plan(
        TaperInputs(9.0, 3, 1.0, day(1), method="percent", step_days=3), "g"
    )  # 9, 8, 7 g
    return service


@pytest.fixture
def data(logged: JournalService, taper: TaperService) -> ChartData:
    return build_chart_data(logged, taper, D1, LAST)


def test_one_value_per_local_date(data: ChartData) -> None:
    assert data.dates == tuple(day(n) for n in range(10))
    assert (data.first, data.last) == (D1, LAST)


def test_amounts_by_family_with_high_potency_apart(data: ChartData) -> None:
    leaf, extract = data.amounts
    assert (leaf.key, leaf.unit, leaf.high_potency) == ("g", "g", False)
    assert (extract.key, extract.unit, extract.high_potency) == ("g high-potency", "g", True)
    assert leaf.values == (9.0, 6.0, None, 3.0, 0.0, None, None, None, None, None)
    assert extract.values == (0.0, 0.5, None, 0.0, 0.25, None, None, None, None, None)


def test_doses_per_day_and_intervals(data: ChartData) -> None:
    assert data.dose_counts[:6] == (3.0, 3.0, None, 1.0, 1.0, None)
    assert data.mean_interval_h[:4] == (5.0, 5.5, None, None)
    assert data.longest_interval_h[:4] == (6.0, 6.0, None, None)


def test_the_plan_target_and_what_counted(data: ChartData) -> None:
    plan = data.plan
    assert plan is not None and (plan.unit, plan.track_key) == ("g", "g")
    assert plan.target[:7] == (None, 9.0, 9.0, 9.0, 8.0, 8.0, 8.0)
    assert plan.actual[:5] == (9.0, 6.0, None, 3.0, 0.0)  # the extract is not leaf
    assert plan.target_doses[0] is None and plan.target_doses[1] == 3.0


def test_check_ins_are_daily_means_with_gaps(data: ChartData) -> None:
    assert data.sows_mean[0] == 24.0 and data.sows_mean[6] == 48.0
    assert data.sows_mean.count(None) == 8
    assert data.mood[0] == 5.0 and data.anxiety[0] == 4.5 and data.mood[5] == 5.0
    assert data.mood[1] is None and data.energy[0] == 4.0 and data.pain[0] == 2.0


def test_sleep_by_night(data: ChartData) -> None:
    assert data.sleep_total_h[0] == 8.0 and data.sleep_efficiency_pct[0] == 100.0
    assert data.sleep_total_h[3] == 7.0 and data.sleep_efficiency_pct[3] == 87.5
    assert data.sleep_quality[0] == 4.0 and data.sleep_quality[3] == 2.0
    assert data.sleep_quality[9] == 5.0  # the last night, out of bed after the range
    assert data.sleep_total_h[1] is None


def test_cravings_by_trigger_and_hour(data: ChartData) -> None:
    assert data.cravings_by_trigger == (("stress", 2), ("boredom", 1), (NO_TRIGGER, 1))
    hours = dict(enumerate(data.cravings_by_hour))
    assert hours[21] == 2 and hours[8] == 1 and sum(data.cravings_by_hour) == 3


def test_questionnaire_points(data: ChartData) -> None:
    assert [(p.date, p.total) for p in data.phq9] == [(day(1), 9)]
    assert [(p.date, p.total) for p in data.gad7] == [(day(8), 14)]


def test_context_bands_after_a_step_down_and_a_journaled_stop(data: ChartData) -> None:
    # Step 2 (8 g) starts on day 4; day 5 has no doses after day 4's but has a mood
    # check-in: a stop. Both bands overlap and merge; day 2 (nothing logged) is no stop.
    assert data.withdrawal_bands == (ContextBand(day(4), LAST, f"{STEP_DOWN}; {STOP}"),)


def test_a_band_that_began_before_the_range_still_shows(
    logged: JournalService, taper: TaperService
) -> None:
    later = build_chart_data(logged, taper, day(8), day(12))
    assert later.withdrawal_bands[0].start == day(8)
    assert later.amounts == ()  # no doses in these days


def test_a_range_without_entries_is_all_gaps(service: JournalService, taper: TaperService) -> None:
    data = build_chart_data(service, taper, D1, LAST)
    assert data.plan is None and data.amounts == () and data.withdrawal_bands == ()
    assert set(data.dose_counts) == set(data.mood) == {None}
    assert data.cravings_by_trigger == () and sum(data.cravings_by_hour) == 0


def test_a_backwards_range_is_refused(service: JournalService, taper: TaperService) -> None:
    with pytest.raises(ValidationError, match="on or after"):
        build_chart_data(service, taper, LAST, D1)
