"""TaperService on a real encrypted journal: making and changing a plan (each change a new
version, earlier days never rewritten), plan vs actual from logged doses, prefill, and
hold suggestions. A settable clock stands in for "now"; no test sleeps."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from recovery_journal.domain.errors import ValidationError
from recovery_journal.domain.models import Product, SleepEntry, SowsRating
from recovery_journal.domain.taper import TaperInputs, TaperStep, generate_plan
from recovery_journal.domain.taper_tracking import MORE_DOSES, NO_DATA, ON_TARGET, OVER, Prefill
from recovery_journal.services.journal_service import JournalService
from recovery_journal.services.taper_service import TaperService
from recovery_journal.storage.journal import Journal

BERLIN = ZoneInfo("Europe/Berlin")
START = date(2026, 3, 2)  # a Monday; 10 g, 9 g, 8 g … in weekly steps
INPUTS = TaperInputs(10.0, 2, 1.0, START, step_days=7)


class Clock:
    """A clock the test moves by hand."""

    def __init__(self, moment: datetime) -> None:
        self.moment = moment

    def __call__(self) -> datetime:
        return self.moment

    def set(self, day: date, clock: str = "21:00") -> date:
        self.moment = at(day, clock)
        return day


def at(day: date, clock: str) -> datetime:
    return datetime.combine(day, time.fromisoformat(clock), tzinfo=BERLIN)


@pytest.fixture
def clock() -> Clock:
    return Clock(at(START - timedelta(days=1), "20:00"))


@pytest.fixture
def taper(journal: Journal, clock: Clock) -> TaperService:
    return TaperService(journal, zone=BERLIN, clock=clock)


@pytest.fixture
def entries(journal: Journal, clock: Clock) -> JournalService:
    return JournalService(journal, zone=BERLIN, clock=clock)


def spans(steps: list[TaperStep]) -> list[tuple[date, date, float]]:
    return [(s.start, s.end, s.daily_target) for s in steps]


def log_doses(entries: JournalService, day: date, *amounts: float, product: str = "Red") -> None:
    for i, amount in enumerate(amounts):
        entries.log_dose(at(day, f"{8 + 3 * i:02d}:00"), amount, "g", product_name=product)


# --- making and changing the plan -------------------------------------------------------


def test_a_new_plan_is_the_first_version(taper: TaperService) -> None:
    assert taper.current_steps() == [] and taper.current_unit() is None
    assert taper.step_on(START) is None and taper.versions() == []
    steps = taper.create_plan(INPUTS, "g", note="with my GP")
    assert taper.current_steps() == steps == generate_plan(INPUTS)
    assert (taper.current_unit(), taper.current_track_key()) == ("g", "g")
    [version] = taper.versions()
    assert (version.version, version.change, version.note) == (1, "created", "with my GP")
    assert taper.step_on(START + timedelta(days=8)) == steps[1]


def test_a_plan_of_a_high_potency_product(taper: TaperService) -> None:
    taper.create_plan(TaperInputs(2.0, 2, 0.1, START), "g", track_key="g high-potency")
    assert taper.current_track_key() == "g high-potency"
    with pytest.raises(ValidationError, match="tracked amount"):
        taper.create_plan(INPUTS, "g", track_key="shot")
    assert len(taper.versions()) == 1


def test_hold_by_one_step_length_then_resume(taper: TaperService, clock: Clock) -> None:
    taper.create_plan(INPUTS, "g")
    today = clock.set(date(2026, 3, 10))
    held = taper.hold(today, note="rough week")
    assert spans(held)[1:3] == [
        (date(2026, 3, 9), date(2026, 3, 22), 9.0),
        (date(2026, 3, 23), date(2026, 3, 29), 8.0),
    ]
    today = clock.set(date(2026, 3, 18))
    resumed = taper.resume(today)
    assert spans(resumed)[1:3] == [
        (date(2026, 3, 9), date(2026, 3, 18), 9.0),
        (date(2026, 3, 19), date(2026, 3, 25), 8.0),
    ]
    assert [(v.change, v.note) for v in taper.versions()] == [
        ("created", ""),
        ("held", "rough week"),
        ("resumed", ""),
    ]
    assert taper.current_steps() == resumed


def test_a_hold_of_a_chosen_length(taper: TaperService) -> None:
    taper.create_plan(INPUTS, "g")
    assert taper.hold(date(2026, 3, 3), days=3)[0].end == date(2026, 3, 11)


def test_a_refused_change_stores_nothing(taper: TaperService) -> None:
    with pytest.raises(ValidationError, match="no taper plan"):
        taper.hold(START)
    taper.create_plan(INPUTS, "g")
    with pytest.raises(ValidationError, match="nothing to resume"):
        taper.resume(date(2026, 3, 4))
    with pytest.raises(ValidationError, match="ended"):
        taper.hold(date(2027, 1, 1))
    with pytest.raises(ValidationError, match="days"):
        taper.hold(START, days=0)
    with pytest.raises(ValidationError, match="first step"):
        taper.revert_step(date(2026, 3, 4), "too fast")
    assert [v.change for v in taper.versions()] == ["created"]


def test_going_back_a_step_needs_a_reason_and_keeps_it(taper: TaperService, clock: Clock) -> None:
    taper.create_plan(INPUTS, "g")
    today = clock.set(date(2026, 3, 18))  # step 3, 8 g
    for blank in ("", "   "):
        with pytest.raises(ValidationError, match="note"):
            taper.revert_step(today, blank)
    steps = taper.revert_step(today, "Cravings every evening; back to 9 g for a week.")
    assert taper.step_on(today) == TaperStep(4, today, date(2026, 3, 24), 9.0, 2, 4.5, 8.0)
    assert spans(steps)[2] == (date(2026, 3, 16), date(2026, 3, 17), 8.0)  # days lived, kept
    version = taper.versions()[-1]
    assert (version.change, version.note) == (
        "reverted",
        "Cravings every evening; back to 9 g for a week.",
    )


def test_editing_a_plan_in_progress_keeps_the_days_before_today(
    taper: TaperService, clock: Clock
) -> None:
    taper.create_plan(INPUTS, "g")
    today = clock.set(date(2026, 3, 12))
    gentler = TaperInputs(9.0, 2, 0.5, today, method="percent", step_days=14, reduction_pct=5)
    steps = taper.replace_future(gentler, today, note="slower, as agreed")
    assert spans(steps)[:4] == [
        (date(2026, 3, 2), date(2026, 3, 8), 10.0),
        (date(2026, 3, 9), date(2026, 3, 11), 9.0),
        (date(2026, 3, 12), date(2026, 3, 25), 9.0),
        (date(2026, 3, 26), date(2026, 4, 8), 8.5),
    ]
    version = taper.versions()[-1]
    assert (version.change, version.inputs, version.step_days) == ("edited", gentler, 14)
    assert taper.hold(today)[2].end == date(2026, 4, 8)  # a hold is now 14 days long
    with pytest.raises(ValidationError, match="must be today"):
        taper.replace_future(INPUTS, today)


def test_the_version_in_force_on_each_local_day(taper: TaperService, clock: Clock) -> None:
    clock.moment = at(date(2026, 3, 1), "20:00")
    taper.create_plan(INPUTS, "g")
    clock.moment = at(date(2026, 3, 10), "23:30")  # 22:30 UTC: still 10 March in Berlin
    taper.hold(date(2026, 3, 10))
    clock.moment = at(date(2026, 3, 11), "00:30")  # 23:30 UTC on 10 March: 11 March here
    taper.resume(date(2026, 3, 11))

    def number_on(day: date) -> int | None:
        version = taper.version_on(day)
        return None if version is None else version.version

    assert number_on(date(2026, 2, 1)) == 1  # before any plan: the first version
    assert number_on(date(2026, 3, 9)) == 1
    assert number_on(date(2026, 3, 10)) == 2
    assert number_on(date(2026, 3, 11)) == 3
    assert number_on(date(2026, 9, 1)) == 3
    version = taper.version_on(date(2026, 3, 10))
    assert version is not None and version.steps[1].end == date(2026, 3, 22)
    # The same answers for a whole period from one read (the summary's plan periods).
    days = [date(2026, 2, 1), date(2026, 3, 9), date(2026, 3, 10), date(2026, 3, 11)]
    assert [v.version if v else None for v in taper.versions_on(days)] == [1, 1, 2, 3]
    assert taper.versions_on(days) == [taper.version_on(day) for day in days]


def test_no_version_without_a_plan(taper: TaperService) -> None:
    assert taper.version_on(START) is None
    assert taper.versions_on([START]) == [None]


# --- plan vs actual, prefill, suggestions -------------------------------------------


def test_progress_from_logged_doses(
    taper: TaperService, entries: JournalService, clock: Clock
) -> None:
    taper.create_plan(INPUTS, "g")
    today = clock.set(date(2026, 3, 6), "09:00")
    log_doses(entries, date(2026, 3, 2), 5, 5)  # 10 g: on target
    log_doses(entries, date(2026, 3, 3), 5, 5.5)  # 10.5 g: over
    # 4 March: nothing logged
    log_doses(entries, date(2026, 3, 5), 4, 4)  # 8 g
    extract = entries.add_product(
        Product(name="Extract", form="extract", high_potency=True, leaf_equivalent_factor=8)
    )
    entries.log_dose(at(date(2026, 3, 5), "20:00"), 0.25, "g", product_name=extract.name)
    entries.log_dose(at(date(2026, 3, 5), "21:00"), 1, "shot", product_name="Shot")
    log_doses(entries, today, 4)  # at 08:00

    progress = taper.progress(today)
    table = [(d.date.day, d.actual, d.dose_count, d.status) for d in progress.days]
    assert table == [
        (2, 10.0, 2, ON_TARGET),
        (3, 10.5, 2, OVER),
        (4, 0.0, 0, NO_DATA),
        # 8 g leaf + 0.25 g extract × 8 (the shot is not leaf), but 3 doses of 2 planned
        (5, 10.0, 3, MORE_DOSES),
        (6, 4.0, 1, ON_TARGET),  # today so far
    ]
    assert (progress.days_on_target, progress.days_counted, progress.streak) == (1, 4, 0)
    assert progress.plan_adherence == pytest.approx(0.25)
    assert progress.step_adherence == pytest.approx(0.25)


def test_progress_without_a_plan_is_empty(taper: TaperService) -> None:
    progress = taper.progress(START)
    assert progress.days == () and progress.plan_adherence is None


def test_prefill_from_the_7_complete_days_before_today(
    taper: TaperService, entries: JournalService, clock: Clock
) -> None:
    today = clock.set(date(2026, 3, 10), "12:00")
    assert taper.prefill(today) is None
    log_doses(entries, date(2026, 3, 2), 20, 20)  # 8 days ago: too old
    for day, amounts in ((3, (4, 4, 4)), (5, (3, 3, 3, 3)), (9, (5, 5, 4))):
        log_doses(entries, date(2026, 3, day), *amounts)
    log_doses(entries, today, 30)  # today is not complete
    # 12, 12, 14 g → 12; 3, 4, 3 doses → 3; three days with doses
    assert taper.prefill(today) == Prefill(12.0, 3, 3)


def sows_total(entries: JournalService, day: date, total: int) -> None:
    scores = tuple(min(4, max(0, total - 4 * i)) for i in range(16))
    entries.log(SowsRating(at=at(day, "08:00"), scores=scores))


def sleep_night(entries: JournalService, night: date, latency_min: int) -> None:
    """A night 23:00–07:00 in bed (480 min); efficiency (480 − latency) / 480."""
    morning = night + timedelta(days=1)
    entries.log(
        SleepEntry(
            night=night,
            into_bed=at(night, "23:00"),
            tried_sleep=at(night, "23:00"),
            latency_min=latency_min,
            awakenings=0,
            awake_min=0,
            final_wake=at(morning, "07:00"),
            at=at(morning, "07:00"),
            quality=3,
        )
    )


def test_a_hold_is_suggested_from_logged_withdrawal_and_sleep(
    taper: TaperService, entries: JournalService, clock: Clock
) -> None:
    taper.create_plan(INPUTS, "g")
    today = clock.set(date(2026, 3, 22))  # the last day of step 3 (16–22 March)
    assert taper.hold_suggestion(today) is None
    for day, total in ((16, 10), (17, 12), (18, 11), (20, 17), (21, 18), (22, 19)):
        sows_total(entries, date(2026, 3, day), total)
    for night, latency in ((16, 48), (17, 48), (19, 120), (20, 120), (21, 120)):
        sleep_night(entries, date(2026, 3, night), latency)  # 90 % then 75 %
    assert taper.hold_suggestion(today) == (
        "Withdrawal scores in the last 3 days average 18, up from 11 in this step's first "
        "days. Sleep efficiency over the last 3 nights averages 75 %, down from 90 % in this "
        "step's first nights."
    )
    assert [v.change for v in taper.versions()] == ["created"]  # only ever a suggestion


def test_no_suggestion_without_a_step_today(taper: TaperService) -> None:
    assert taper.hold_suggestion(START) is None
    taper.create_plan(INPUTS, "g")
    assert taper.hold_suggestion(START - timedelta(days=1)) is None
