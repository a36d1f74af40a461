"""Plain dataclasses for everything the journal records.

Each ``__post_init__`` validates through :mod:`recovery_journal.domain.validation`,
so an object that exists is valid. Entries are immutable; edit with
``dataclasses.replace`` (which validates again).
"""

from __future__ import annotations

from dataclasses import field
from datetime import UTC, date, datetime, timedelta

from recovery_journal.domain import scales
from recovery_journal.domain.errors import ValidationError
from recovery_journal.domain.record import record
from recovery_journal.domain.timeutil import check_year
from recovery_journal.domain.units import FORMS, UNITS
from recovery_journal.domain.validation import (
    NAME_MAX_CHARS,
    SHORT_TEXT_MAX_CHARS,
    check_choice,
    check_int,
    check_name,
    check_positive,
    check_scores,
    check_text,
)

MAX_AMOUNT = 100_000.0
CRAVING_OUTCOMES = ("passed", "delayed", "used")
SUBSTANCE_KINDS = ("alcohol", "benzodiazepine", "opioid", "stimulant", "other")
SEED_TRIGGERS = (
    "stress",
    "boredom",
    "pain",
    "tiredness",
    "anxiety",
    "low mood",
    "poor sleep",
    "conflict",
    "being around people who use",
    "a time of day or routine",
)


def new_uid() -> str:
    """A stable identifier that survives export and import (a random UUID, as hex)."""
    import uuid  # on first use: on Linux it imports and queries ``platform`` (start-up)

    return uuid.uuid4().hex


def _check_moment(value: datetime, field_name: str) -> None:
    if not isinstance(value, datetime) or value.utcoffset() is None:
        raise ValidationError(field_name, "must be a date and time with a time zone")
    check_year(value, field_name)


def _check_reference(value: object, field_name: str) -> None:
    """An optional id of a product or trigger (whether it exists is the service's check)."""
    if value is not None and (isinstance(value, bool) or not isinstance(value, int)):
        raise ValidationError(field_name, "must be an item from the list")


def _check_references(values: object, field_name: str) -> None:
    if not isinstance(values, tuple | list):
        raise ValidationError(field_name, "must be items from the list")
    for value in values:
        if value is None:
            raise ValidationError(field_name, "must be items from the list")
        _check_reference(value, field_name)


@record(kw_only=True)
class Product:
    """Something the user takes, e.g. 'Red powder' in grams."""

    name: str
    form: str = "powder"
    unit: str = "g"
    grams_per_unit: float | None = None
    high_potency: bool = False
    leaf_equivalent_factor: float | None = None
    id: int | None = None
    uid: str = field(default_factory=new_uid)

    def __post_init__(self) -> None:
        check_name(self.name, "product name")
        check_choice(self.form, "form", FORMS)
        check_choice(self.unit, "unit", UNITS)
        if self.grams_per_unit is not None:
            check_positive(self.grams_per_unit, "grams per unit", 1000.0)
        if self.leaf_equivalent_factor is not None:
            check_positive(self.leaf_equivalent_factor, "leaf-equivalent factor", 1000.0)


@record(kw_only=True)
class Trigger:
    """A situation that comes before cravings or doses, with the user's if-then plan."""

    name: str
    coping_plan: str = ""
    notes: str = ""
    id: int | None = None
    uid: str = field(default_factory=new_uid)

    def __post_init__(self) -> None:
        check_name(self.name, "trigger name")
        check_text(self.coping_plan, "coping plan")
        check_text(self.notes, "notes")


@record(kw_only=True)
class Entry:
    """Common to everything logged at a moment in time."""

    at: datetime
    note: str = ""
    for_clinician: bool = False
    id: int | None = None
    uid: str = field(default_factory=new_uid)

    KIND = "entry"

    def __post_init__(self) -> None:
        _check_moment(self.at, "time")
        check_text(self.note, "note")
        if not isinstance(self.for_clinician, bool):
            raise ValidationError("for clinician", "must be yes or no")


@record(kw_only=True)
class Dose(Entry):
    """An amount of the substance taken, of a product or none named."""

    amount: float
    unit: str
    product_id: int | None = None
    trigger_ids: tuple[int, ...] = ()

    KIND = "dose"

    def __post_init__(self) -> None:
        super().__post_init__()
        check_positive(self.amount, "amount", MAX_AMOUNT)
        check_choice(self.unit, "unit", UNITS)
        _check_reference(self.product_id, "product")
        _check_references(self.trigger_ids, "triggers")


@record(kw_only=True)
class Craving(Entry):
    """A craving: how strong (0-10), how long, how it was coped with and how it ended."""

    intensity: int
    duration_min: int | None = None
    coping: str = ""
    outcome: str | None = None
    used_amount: float | None = None
    used_unit: str | None = None
    trigger_ids: tuple[int, ...] = ()

    KIND = "craving"

    def __post_init__(self) -> None:
        super().__post_init__()
        check_int(self.intensity, "intensity", 0, 10)
        if self.duration_min is not None:
            check_int(self.duration_min, "duration (minutes)", 0, 24 * 60)
        check_text(self.coping, "coping", SHORT_TEXT_MAX_CHARS)
        if self.outcome is not None:
            check_choice(self.outcome, "outcome", CRAVING_OUTCOMES)
        if self.used_amount is not None:
            if self.outcome != "used":
                raise ValidationError("amount used", "only applies when the outcome is 'used'")
            check_positive(self.used_amount, "amount used", MAX_AMOUNT)
            check_choice(self.used_unit, "unit used", UNITS)
        elif self.used_unit is not None:
            check_choice(self.used_unit, "unit used", UNITS)
        _check_references(self.trigger_ids, "triggers")


@record(kw_only=True)
class MoodCheckin(Entry):
    """A check-in of mood, anxiety, energy and pain, each 0-10."""

    mood: int
    anxiety: int
    energy: int
    pain: int

    KIND = "mood"

    def __post_init__(self) -> None:
        super().__post_init__()
        for name in ("mood", "anxiety", "energy", "pain"):
            check_int(getattr(self, name), name, 0, 10)


SLEEP_QUALITY = ("very poor", "poor", "fair", "good", "very good")


@record(kw_only=True)
class SleepEntry(Entry):
    """A Consensus Sleep Diary night; ``at`` is the time out of bed."""

    night: date
    into_bed: datetime
    tried_sleep: datetime
    latency_min: int
    awakenings: int
    awake_min: int
    final_wake: datetime
    quality: int  # 1 (very poor) … 5 (very good)

    KIND = "sleep"

    @property
    def out_of_bed(self) -> datetime:
        return self.at

    @property
    def time_in_bed_min(self) -> int:
        return time_in_bed_min(self.into_bed, self.out_of_bed)

    @property
    def total_sleep_min(self) -> int:
        return total_sleep_min(self.tried_sleep, self.final_wake, self.latency_min, self.awake_min)

    @property
    def efficiency_pct(self) -> float:
        return sleep_efficiency_pct(self.total_sleep_min, self.time_in_bed_min)

    def __post_init__(self) -> None:
        super().__post_init__()
        if not isinstance(self.night, date) or isinstance(self.night, datetime):
            raise ValidationError("night", "must be a date")
        for name in ("into_bed", "tried_sleep", "final_wake"):
            _check_moment(getattr(self, name), name.replace("_", " "))
        check_int(self.latency_min, "minutes to fall asleep", 0, 24 * 60)
        check_int(self.awakenings, "awakenings", 0, 100)
        check_int(self.awake_min, "minutes awake", 0, 24 * 60)
        check_int(self.quality, "quality", 1, 5)
        self._check_order()

    def _check_order(self) -> None:
        # Compared in UTC: within one zone Python compares wall clocks, which a DST change breaks
        into_bed, tried, final_wake = (
            _utc(self.into_bed),
            _utc(self.tried_sleep),
            _utc(self.final_wake),
        )
        out_of_bed = _utc(self.out_of_bed)
        if not into_bed <= tried:
            raise ValidationError("tried to sleep", "must be at or after the time into bed")
        if not tried < final_wake:
            raise ValidationError("final awakening", "must be after the time you tried to sleep")
        if not final_wake <= out_of_bed:
            raise ValidationError("out of bed", "must be at or after the final awakening")
        if out_of_bed - into_bed > timedelta(hours=24):
            raise ValidationError("out of bed", "must be within 24 hours of going to bed")
        if self.time_in_bed_min < 1:  # sleep efficiency divides by the time in bed
            raise ValidationError("out of bed", "must be at least a minute after going to bed")
        if self.total_sleep_min < 0:
            raise ValidationError(
                "minutes awake",
                "minutes to fall asleep plus minutes awake are longer than the night",
            )


@record(kw_only=True)
class SowsRating(Entry):
    """A withdrawal check: one score (0-4) for each item of the SOWS."""

    scores: tuple[int, ...]

    KIND = "sows"

    @property
    def total(self) -> int:
        return sum(self.scores)

    def __post_init__(self) -> None:
        super().__post_init__()
        check_scores(self.scores, "SOWS", len(scales.SOWS_ITEMS), 0, 4)


@record(kw_only=True)
class Questionnaire(Entry):
    """A PHQ-9 or GAD-7 answer set (each item 0–3)."""

    kind: str
    answers: tuple[int, ...]

    KIND = "questionnaire"

    @property
    def total(self) -> int:
        return sum(self.answers)

    @property
    def self_harm_flag(self) -> bool:
        """PHQ-9 item 9 answered above 0."""
        return self.kind == "phq9" and self.answers[8] > 0

    def __post_init__(self) -> None:
        super().__post_init__()
        check_choice(self.kind, "questionnaire", tuple(scales.QUESTIONNAIRES))
        items = scales.QUESTIONNAIRES[self.kind].items
        check_scores(self.answers, self.kind.upper(), len(items), 0, 3)


@record(kw_only=True)
class SubstanceUse(Entry):
    """Another substance taken (alcohol, a benzodiazepine, ...), with the amount as told."""

    kind: str
    amount: str = ""

    KIND = "substance"

    def __post_init__(self) -> None:
        super().__post_init__()
        check_choice(self.kind, "substance", SUBSTANCE_KINDS)
        check_text(self.amount, "amount", SHORT_TEXT_MAX_CHARS)


@record(kw_only=True)
class MedicationTaken(Entry):
    """A medication taken, by name, with the dose as told."""

    name: str
    dose: str = ""

    KIND = "medication"

    def __post_init__(self) -> None:
        super().__post_init__()
        check_name(self.name, "medication name", NAME_MAX_CHARS)
        check_text(self.dose, "medication dose", SHORT_TEXT_MAX_CHARS)


@record(kw_only=True)
class TriggerNote(Entry):
    """What happened around a trigger, and an if-then plan for next time."""

    what_happened: str
    trigger_id: int | None = None
    if_then_plan: str = ""

    KIND = "trigger_note"

    def __post_init__(self) -> None:
        super().__post_init__()
        check_text(self.what_happened, "what happened")
        _check_reference(self.trigger_id, "trigger")
        check_text(self.if_then_plan, "if-then plan")


@record(kw_only=True)
class SelfReflection(Entry):
    """The monthly self-reflection checklist: a count, never a diagnosis."""

    answers: tuple[bool, ...]

    KIND = "self_reflection"

    @property
    def count(self) -> int:
        return sum(1 for answer in self.answers if answer)

    def __post_init__(self) -> None:
        super().__post_init__()
        expected = len(scales.SELF_REFLECTION_QUESTIONS)
        answers = self.answers
        if (
            not isinstance(answers, tuple | list)
            or len(answers) != expected
            or not all(isinstance(a, bool) for a in answers)
        ):
            raise ValidationError("self-reflection", f"needs {expected} yes/no answers")


ENTRY_TYPES: tuple[type[Entry], ...] = (
    Dose,
    Craving,
    MoodCheckin,
    SleepEntry,
    SowsRating,
    Questionnaire,
    SubstanceUse,
    MedicationTaken,
    TriggerNote,
    SelfReflection,
)


# -- the sleep diary's derived figures (Consensus Sleep Diary), for entries and stored rows --
def time_in_bed_min(into_bed: datetime, out_of_bed: datetime) -> int:
    """Time in bed = out of bed − into bed, in whole minutes of real time."""
    return _minutes(_utc(out_of_bed) - _utc(into_bed))


def total_sleep_min(
    tried_sleep: datetime, final_wake: datetime, latency_min: int, awake_min: int
) -> int:
    """Total sleep = (final awakening − tried to sleep) − latency − minutes awake."""
    return _minutes(_utc(final_wake) - _utc(tried_sleep)) - latency_min - awake_min


def sleep_efficiency_pct(total_sleep: int, time_in_bed: int) -> float:
    """Sleep efficiency = total sleep / time in bed × 100."""
    return 100.0 * total_sleep / time_in_bed


def _utc(moment: datetime) -> datetime:
    # Compared as instants: within one zone Python subtracts wall clocks, which a DST change breaks.
    return moment.astimezone(UTC)


def _minutes(delta: timedelta) -> int:
    return int(delta.total_seconds() // 60)


__all__ = [
    "CRAVING_OUTCOMES",
    "ENTRY_TYPES",
    "SEED_TRIGGERS",
    "SUBSTANCE_KINDS",
    "Craving",
    "Dose",
    "Entry",
    "MedicationTaken",
    "MoodCheckin",
    "Product",
    "Questionnaire",
    "SelfReflection",
    "SleepEntry",
    "SowsRating",
    "SubstanceUse",
    "Trigger",
    "TriggerNote",
    "sleep_efficiency_pct",
    "time_in_bed_min",
    "total_sleep_min",
]
