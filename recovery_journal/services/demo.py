"""Realistic, internally consistent sample data for the demo journal.

A person using about 14 g a day in five doses logs for a while, then starts an
interval-first taper. Withdrawal scores rise for two or three days after each
cut and fade; sleep and mood follow; cravings cluster on hard days. All of it is
made up, generated from a fixed seed so a demo looks the same every time.
"""

from __future__ import annotations

import math
import random
from collections.abc import Callable
from datetime import date, datetime, time, timedelta

from recovery_journal.domain.errors import JournalError
from recovery_journal.domain.models import (
    SEED_TRIGGERS,
    Craving,
    Dose,
    Entry,
    MedicationTaken,
    MoodCheckin,
    Product,
    Questionnaire,
    SelfReflection,
    SleepEntry,
    SowsRating,
    SubstanceUse,
    Trigger,
    TriggerNote,
)
from recovery_journal.domain.scales import SELF_REFLECTION_QUESTIONS
from recovery_journal.domain.taper import TaperInputs, TaperStep, step_on
from recovery_journal.domain.timeutil import localize
from recovery_journal.services.journal_service import JournalService
from recovery_journal.services.taper_service import TaperService

ProgressCallback = Callable[[int, int], bool]
PRE_PLAN_DAYS_SHARE = 0.3
WAKE_HOUR = 7


class DemoRefused(JournalError):
    """The demo generator only fills an empty journal."""


class DemoCancelled(JournalError):
    """The user cancelled; nothing was added."""


def fill_demo_journal(
    service: JournalService,
    *,
    days: int = 120,
    now: datetime | None = None,
    seed: int = 7,
    progress: ProgressCallback | None = None,
) -> None:
    """Add ``days`` days of sample data ending at ``now``, in one transaction."""
    if service.entry_count() > 0:
        raise DemoRefused("This journal already has entries; the demo only fills an empty one.")
    now = now or datetime.now(service.zone)
    today = now.astimezone(service.zone).date()
    first = today - timedelta(days=days - 1)
    with service._journal.transaction():  # noqa: SLF001 - one transaction for the whole demo
        _Generator(service, first, now, random.Random(seed)).run(progress)


class _Generator:
    def __init__(
        self, service: JournalService, first: date, now: datetime, rng: random.Random
    ) -> None:
        self.s = service
        self.now = now
        last = now.astimezone(service.zone).date()
        self.first, self.last, self.rng = first, last, rng
        self.zone = service.zone
        if not service.triggers.all():
            service.seed_triggers()
        self.red = service.products.add(Product(name="Red vein powder", form="powder", unit="g"))
        self.green = service.products.add(
            Product(name="Green capsules", form="capsule", unit="capsule", grams_per_unit=0.5)
        )
        # The sample data names its triggers in English; a journal seeded in another
        # language gets them added beside its own.
        self.trigger_ids = {name: _trigger_id(service, name) for name in SEED_TRIGGERS}
        total_days = (last - first).days + 1
        plan_start = first + timedelta(days=max(1, int(total_days * PRE_PLAN_DAYS_SHARE)))
        self.plan: list[TaperStep] = []
        if plan_start <= last:
            self.plan = TaperService(service._journal).create_plan(  # noqa: SLF001
                TaperInputs(
                    daily_amount=14.0,
                    doses_per_day=5,
                    resolution=0.1,
                    start=plan_start,
                    method="interval-first",
                    step_days=10,
                    reduction_pct=10.0,
                ),
                unit="g",
                note="Started with my doctor's agreement.",
            )

    def run(self, progress: ProgressCallback | None) -> None:
        total = (self.last - self.first).days + 1
        for index in range(total):
            day = self.first + timedelta(days=index)
            self.day(day, index)
            if progress is not None and not progress(index + 1, total):
                raise DemoCancelled("Cancelled; no sample data was added.")

    def at(self, day: date, hour: float) -> datetime:
        hour = min(hour, 23.98)
        minutes = int(round(hour * 60))
        return localize(datetime.combine(day, time(minutes // 60, minutes % 60)), self.zone)

    def strain(self, day: date) -> float:
        """0 (calm) … 1 (hardest): withdrawal peaks on days 1–3 after a cut, then fades."""
        step = step_on(self.plan, day)
        if step is None or step.number == 1:
            return 0.15
        days_in = (day - step.start).days
        return 0.2 + 0.7 * math.exp(-((days_in - 2) ** 2) / 4.0)

    def day(self, day: date, index: int) -> None:
        strain = min(1.0, max(0.0, self.strain(day) + self.rng.uniform(-0.1, 0.1)))
        hard_day = strain > 0.6 and self.rng.random() < 0.35
        self.sleep(day - timedelta(days=1), strain)
        self.log(
            MoodCheckin(
                at=self.at(day, WAKE_HOUR + 0.6),
                mood=self.clamp(7 - 4 * strain),
                anxiety=self.clamp(2 + 6 * strain),
                energy=self.clamp(7 - 4 * strain),
                pain=self.clamp(1 + 5 * strain),
            )
        )
        self.doses(day, hard_day)
        if strain > 0.3 or index % 3 == 0:
            self.sows(day, strain)
        self.cravings(day, strain)
        self.extras(day, index, strain, hard_day)

    def doses(self, day: date, hard_day: bool) -> None:
        step = step_on(self.plan, day)
        if step is None:
            count, amount = self.rng.choice((5, 5, 6)), self.rng.uniform(2.6, 3.2)
        else:
            count = step.doses_per_day + (1 if hard_day else 0)
            amount = step.per_dose_target * self.rng.uniform(0.95, 1.05)
            if amount < 0.1:  # the plan has reached zero: only a hard day has a slip
                if not hard_day:
                    return
                count, amount = 1, 1.0
        gap = 15.5 / max(count, 1)
        for n in range(count):
            product = self.green if self.rng.random() < 0.1 else self.red
            hour = WAKE_HOUR + 0.3 + n * gap + self.rng.uniform(-0.3, 0.3)
            value = round(amount, 1) if product is self.red else max(1.0, round(amount / 0.5))
            triggers = (self.trigger_ids["stress"],) if hard_day and n == count - 1 else ()
            self.log(
                Dose(
                    at=self.at(day, hour),
                    amount=value,
                    unit=product.unit,
                    product_id=product.id,
                    trigger_ids=triggers,
                    note="Extra dose, a rough afternoon." if triggers else "",
                )
            )

    def sleep(self, night: date, strain: float) -> None:
        if night < self.first or self.rng.random() < 0.06:
            return  # a night not logged: the charts show a gap, not a zero
        into_bed = self.at(night, 22.5 + self.rng.uniform(0, 1.0))
        tried = into_bed + timedelta(minutes=self.rng.randint(5, 25))
        latency = int(10 + 50 * strain * self.rng.uniform(0.6, 1.2))
        awakenings = int(1 + 4 * strain + self.rng.random())
        awake_min = int(5 + 70 * strain * self.rng.uniform(0.5, 1.2))
        final = tried + timedelta(hours=7.6 - 1.2 * strain, minutes=self.rng.randint(-20, 20))
        self.log(
            SleepEntry(
                night=night,
                into_bed=into_bed,
                tried_sleep=tried,
                latency_min=latency,
                awakenings=awakenings,
                awake_min=awake_min,
                final_wake=final,
                at=final + timedelta(minutes=self.rng.randint(5, 30)),
                quality=max(1, min(5, round(4.3 - 2.6 * strain))),
            )
        )

    def sows(self, day: date, strain: float) -> None:
        scores = tuple(max(0, min(4, round(self.rng.gauss(2.0 * strain, 0.6)))) for _ in range(16))
        self.log(SowsRating(at=self.at(day, WAKE_HOUR + 0.7), scores=scores))

    def cravings(self, day: date, strain: float) -> None:
        names = ["stress", "boredom", "tiredness", "anxiety", "a time of day or routine", "pain"]
        for _ in range(
            self.rng.choices((0, 1, 2, 3), weights=(3 - 2 * strain, 3, 2 * strain + 1, strain))[0]
        ):
            trigger = self.rng.choice(names[:4] if strain > 0.5 else names)
            outcome = self.rng.choices(("passed", "delayed", "used"), weights=(6, 2, 1))[0]
            self.log(
                Craving(
                    at=self.at(day, self.rng.uniform(9, 22)),
                    intensity=self.clamp(3 + 6 * strain),
                    duration_min=self.rng.choice((10, 15, 20, 30)),
                    outcome=outcome,
                    coping=self.rng.choice(("walk", "tea and a shower", "called a friend", "")),
                    trigger_ids=(self.trigger_ids[trigger],),
                )
            )

    def extras(self, day: date, index: int, strain: float, hard_day: bool) -> None:
        if index % 14 == 3:
            base = 1 if strain < 0.5 else 2
            phq = tuple(min(3, max(0, base + self.rng.randint(-1, 1))) for _ in range(8)) + (0,)
            gad = tuple(min(3, max(0, base + self.rng.randint(-1, 1))) for _ in range(7))
            self.log(Questionnaire(at=self.at(day, 20), kind="phq9", answers=phq))
            self.log(Questionnaire(at=self.at(day, 20.1), kind="gad7", answers=gad))
        if index % 30 == 10:
            answers = tuple(i in (0, 1, 3, 10) for i in range(len(SELF_REFLECTION_QUESTIONS)))
            self.log(SelfReflection(at=self.at(day, 20.5), answers=answers))
        if strain > 0.7 and self.rng.random() < 0.5:
            self.log(
                MedicationTaken(
                    at=self.at(day, 13),
                    name="Ibuprofen",
                    dose="400 mg",
                    note="For aching legs.",
                    for_clinician=index % 2 == 0,
                )
            )
        if index in (17, 58):
            self.log(SubstanceUse(at=self.at(day, 21), kind="alcohol", amount="2 beers"))
        if hard_day:
            self.log(
                TriggerNote(
                    at=self.at(day, 18),
                    trigger_id=self.trigger_ids["stress"],
                    what_happened="Long day at work and an argument on the phone.",
                    if_then_plan="If work runs late, then I walk home the long way first.",
                )
            )

    def log(self, entry: Entry) -> None:
        if entry.at <= self.now:  # today's data stops at the present moment
            self.s.repo(type(entry)).add(entry)

    @staticmethod
    def clamp(value: float) -> int:
        return max(0, min(10, round(value)))


def _trigger_id(service: JournalService, name: str) -> int:
    """The id of the live trigger called ``name`` (any case), added if there is none."""
    found = service.triggers.find(name)
    if found is None:
        found = service.triggers.add(Trigger(name=name))
    return int(found.id)
