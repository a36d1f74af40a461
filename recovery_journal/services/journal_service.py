"""Logging, editing and reading journal entries: one transaction per use case."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Sequence
from datetime import UTC, date, datetime, timedelta, tzinfo
from typing import Any, TypeVar

from recovery_journal.domain import stats
from recovery_journal.domain.errors import ValidationError
from recovery_journal.domain.models import (
    ENTRY_TYPES,
    SEED_TRIGGERS,
    Craving,
    Dose,
    Entry,
    MedicationTaken,
    Product,
    Questionnaire,
    SelfReflection,
    SleepEntry,
    SubstanceUse,
    Trigger,
)
from recovery_journal.domain.record import record
from recovery_journal.domain.settings import SETTINGS
from recovery_journal.domain.timeutil import day_start, local_zone, now
from recovery_journal.domain.units import FORMS, UNITS
from recovery_journal.services.catalog import CatalogService
from recovery_journal.storage import repositories as facts
from recovery_journal.storage.journal import Journal
from recovery_journal.storage.repositories import (
    CravingFacts,
    DoseFacts,
    EntryRepository,
    MoodFacts,
    NamedRepository,
    QuestionnaireFacts,
    SettingsRepository,
    SleepFacts,
    SowsFacts,
    sleep_for_nights,
)

E = TypeVar("E", bound=Entry)
SELF_REFLECTION_DAYS = 30  # the checklist is offered monthly
FUTURE_LEEWAY = timedelta(minutes=5)  # clocks and typing disagree by a minute or two


@record
class PeriodFacts:
    """The doses, withdrawal ratings, cravings and sleep diaries of the local dates
    first..last (see :meth:`JournalService.period_facts`), and every product."""

    first: date
    last: date
    zone: tzinfo
    products: dict[int, Product]
    doses: list[DoseFacts]
    sows: list[SowsFacts]
    cravings: list[CravingFacts]
    sleeps: list[SleepFacts]  # by night, first..last

    def day_stats(self) -> list[stats.DayStats]:
        """One :class:`~recovery_journal.domain.stats.DayStats` per local date."""
        return stats.daily_stats(
            self.first,
            self.last,
            self.zone,
            doses=self.doses,
            products=self.products,
            sows=self.sows,
            cravings=self.cravings,
            sleeps=self.sleeps,
        )


@record
class DaySnapshot:
    """What the Today page shows: the day so far and the time since the last dose."""

    stats: stats.DayStats
    last_dose: Dose | None
    hours_since_last_dose: float | None
    recent: list[Entry]


class JournalService:
    """The use cases the UI and the CLI share for entries, products and triggers."""

    def __init__(
        self,
        journal: Journal,
        zone: tzinfo | None = None,
        clock: Callable[[], datetime] | None = None,
    ) -> None:
        self._journal = journal
        self._db = journal.db
        self.zone = zone or local_zone()
        self.clock = clock or (lambda: now(self.zone))
        self.products = NamedRepository(self._db, "products", Product)
        self.triggers = NamedRepository(self._db, "triggers", Trigger)
        self.settings = SettingsRepository(self._db)
        self._repos: dict[type[Entry], EntryRepository[Any]] = {
            kind: EntryRepository(self._db, kind) for kind in ENTRY_TYPES
        }

    # -- writing ------------------------------------------------------------
    def log(self, entry: E, *, product_name: str | None = None) -> E:
        """Save a new entry; returns it with its id.

        ``product_name`` (doses only) names the product, added to the list on first use.
        """
        with self._journal.transaction():
            entry = self._prepared(entry, product_name)
            return self.repo(type(entry)).add(entry)

    def update(self, entry: E, *, product_name: str | None = None) -> E:
        """Replace a saved entry's values (edit)."""
        with self._journal.transaction():
            entry = self._prepared(entry, product_name)
            return self.repo(type(entry)).update(entry)

    def _prepared(self, entry: E, product_name: str | None) -> E:
        self._check_not_future(entry)
        self._check_one_sleep_per_night(entry)
        if product_name is not None and product_name.strip() and isinstance(entry, Dose):
            product = self._product_for(product_name, entry.unit)
            entry = dataclasses.replace(entry, product_id=product.id)
        self._check_links(entry)
        return entry

    def _check_not_future(self, entry: Entry) -> None:
        """Entries record what happened: back-dating is fine, the future is not."""
        if entry.at.astimezone(UTC) > self.clock().astimezone(UTC) + FUTURE_LEEWAY:
            field = "out of bed" if isinstance(entry, SleepEntry) else "time"
            raise ValidationError(
                field, "is in the future; entries can be back-dated but not future-dated"
            )

    def _check_one_sleep_per_night(self, entry: Entry) -> None:
        if not isinstance(entry, SleepEntry):
            return
        same = [s for s in sleep_for_nights(self._db, entry.night, entry.night) if s.id != entry.id]
        if same:
            raise ValidationError(
                "night",
                f"{entry.night.isoformat()} already has a sleep diary; "
                "edit that entry (Log page) instead of adding a second one",
            )

    def delete(self, entry: Entry) -> Entry:
        """Soft-delete an entry; :meth:`undo_delete` brings it back."""
        if entry.id is None:
            raise ValueError("delete needs a saved entry")
        with self._journal.transaction():
            self.repo(type(entry)).soft_delete(entry.id)
        return entry

    def undo_delete(self, entry: E) -> E:
        if entry.id is None:
            raise ValueError("undo needs a saved entry")
        with self._journal.transaction():
            return self.repo(type(entry)).restore(entry.id)

    def log_dose(
        self,
        at: datetime,
        amount: float,
        unit: str,
        *,
        product_name: str | None = None,
        trigger_names: Sequence[str] = (),
        note: str = "",
        for_clinician: bool = False,
    ) -> Dose:
        """Log a dose, finding the product by name (created on first use)."""
        with self._journal.transaction():
            dose = Dose(
                at=at,
                amount=amount,
                unit=unit,
                trigger_ids=self.trigger_ids(trigger_names),
                note=note,
                for_clinician=for_clinician,
            )
            return self.log(dose, product_name=product_name)

    def log_craving(self, craving: Craving, trigger_names: Sequence[str] = ()) -> Craving:
        """Log a craving with triggers given by name (created on first use)."""
        with self._journal.transaction():
            ids = tuple(sorted(set(craving.trigger_ids) | set(self.trigger_ids(trigger_names))))
            return self.log(dataclasses.replace(craving, trigger_ids=ids))

    def trigger_ids(self, names: Iterable[str]) -> tuple[int, ...]:
        """Ids of the named triggers; a name not on the list is added to it."""
        ids = []
        with self._journal.transaction():
            for name in names:
                trigger = self.triggers.find(name.strip()) or self.triggers.add(
                    Trigger(name=name.strip())
                )
                ids.append(trigger.id)
        return tuple(sorted(set(ids)))

    def add_product(self, product: Product) -> Product:
        """Put a product on the list, by the product manager's rules (one way to do it)."""
        return CatalogService(self._journal).add_product(product)

    def seed_triggers(self, names: Sequence[str] = SEED_TRIGGERS) -> None:
        """Fill the trigger list with the common triggers on a new journal."""
        with self._journal.transaction():
            for name in names:
                if self.triggers.find(name) is None:
                    self.triggers.add(Trigger(name=name))

    def set_setting(self, name: str, value: Any) -> None:
        setting = SETTINGS.get(name)
        if setting is None:
            raise ValidationError("setting", f"'{name}' is not a setting")
        with self._journal.transaction():
            self.settings.set(name, setting.check(value))

    def setting(self, name: str) -> Any:
        stored = self.settings.get(name)
        return SETTINGS[name].default if stored is None else stored

    # -- reading ------------------------------------------------------------
    def repo(self, kind: type[E]) -> EntryRepository[E]:
        return self._repos[kind]

    def entries(
        self, kind: type[E], start: datetime | None = None, end: datetime | None = None
    ) -> list[E]:
        return self.repo(kind).between(start, end)

    def timeline(self, start: datetime, end: datetime) -> list[Entry]:
        """Every live entry with start <= time < end, newest first."""
        merged: list[Entry] = []
        for repo in self._repos.values():
            merged.extend(repo.between(start, end))
        return sorted(merged, key=lambda e: e.at, reverse=True)

    def trigger_map(self) -> dict[int, Trigger]:
        """Every trigger by id, removed ones too: past entries still name them."""
        return {t.id: t for t in self.triggers.with_removed()}

    def product_map(self) -> dict[int, Product]:
        """Every product by id, removed ones too: past doses still name them."""
        return {p.id: p for p in self.products.with_removed()}

    def day_stats(self, first: date, last: date) -> list[stats.DayStats]:
        """Per-day figures for the local dates first..last."""
        return self.period_facts(first, last).day_stats()

    # -- ranged summaries (charts, insights): the few fields they need, read fast ------
    def period_facts(
        self,
        first: date,
        last: date,
        *,
        doses: bool = True,
        sows: bool = True,
        cravings: bool = True,
        sleeps: bool = True,
        craving_triggers_from: date | None = None,
    ) -> PeriodFacts:
        """What :meth:`day_stats` reads for the local dates first..last, as facts (not
        entries: the same figures from years of rows in milliseconds).

        A kind of entry turned off (``doses=False``…) is not read: its day figures read
        as none. Cravings from the local date ``craving_triggers_from`` on carry their
        triggers' ids (none are read for the others, nor without it).
        """
        start, end = day_start(first, self.zone), day_start(last + timedelta(days=1), self.zone)
        triggers_from = (
            None if craving_triggers_from is None else day_start(craving_triggers_from, self.zone)
        )
        return PeriodFacts(
            first,
            last,
            self.zone,
            products=self.product_map(),
            doses=facts.dose_facts(self._db, start, end) if doses else [],
            sows=facts.sows_facts(self._db, start, end) if sows else [],
            cravings=(
                facts.craving_facts(self._db, start, end, triggers_from=triggers_from)
                if cravings
                else []
            ),
            sleeps=facts.sleep_facts_for_nights(self._db, first, last) if sleeps else [],
        )

    def mood_facts(self, start: datetime, end: datetime) -> list[MoodFacts]:
        """Live mood check-ins with start <= at < end, oldest first."""
        return facts.mood_facts(self._db, start, end)

    def questionnaire_facts(self, start: datetime, end: datetime) -> list[QuestionnaireFacts]:
        """Live PHQ-9 and GAD-7 totals with start <= at < end, oldest first."""
        return facts.questionnaire_facts(self._db, start, end)

    def trigger_counts(
        self, kind: type[Dose] | type[Craving], start: datetime, end: datetime
    ) -> tuple[int, dict[int, int]]:
        """How many doses or cravings fall in start <= at < end, and for each trigger id
        how many of them name it (counted in the database)."""
        return facts.trigger_counts(self._db, kind, start, end)

    def last_dose(self, at_or_before: datetime) -> Dose | None:
        return self.repo(Dose).latest(at_or_before)

    def hours_since_last_dose(self, moment: datetime) -> float | None:
        last = self.last_dose(moment)
        return stats.hours_since_last_dose(last.at if last else None, moment)

    def snapshot(self, moment: datetime, recent_limit: int = 12) -> DaySnapshot:
        """Today so far, as of ``moment``."""
        today = moment.astimezone(self.zone).date()
        start = day_start(today, self.zone)
        last = self.last_dose(moment)
        recent = self.timeline(start - timedelta(days=1), moment + timedelta(seconds=1))
        return DaySnapshot(
            stats=self.day_stats(today, today)[0],
            last_dose=last,
            hours_since_last_dose=stats.hours_since_last_dose(last.at if last else None, moment),
            recent=recent[:recent_limit],
        )

    def substances_on(self, day: date) -> list[str]:
        """Kinds of other substances logged on the local date ``day``."""
        start, end = day_start(day, self.zone), day_start(day + timedelta(days=1), self.zone)
        return [use.kind for use in self.entries(SubstanceUse, start, end)]

    def dose_count_on(self, day: date) -> int:
        start, end = day_start(day, self.zone), day_start(day + timedelta(days=1), self.zone)
        return len(self.entries(Dose, start, end))

    def medication_names(self) -> list[str]:
        """Names of medications logged before, most recent first, each once."""
        names: dict[str, None] = {}
        for taken in reversed(self.entries(MedicationTaken)):
            names.setdefault(taken.name, None)
        return list(names)

    def checkins_due(self, moment: datetime) -> list[str]:
        """Check-ins to offer: "phq9" and "gad7" every N days (a setting; 0 = never), and
        the monthly "self_reflection", each when not taken within its interval."""
        due: list[str] = []
        until = moment + timedelta(seconds=1)
        interval = int(self.setting("questionnaire_interval_days"))
        if interval > 0:
            recent = self.entries(Questionnaire, moment - timedelta(days=interval), until)
            taken = {q.kind for q in recent}
            due += [kind for kind in ("phq9", "gad7") if kind not in taken]
        if not self.entries(SelfReflection, moment - timedelta(days=SELF_REFLECTION_DAYS), until):
            due.append("self_reflection")
        return due

    def first_entry_date(self) -> date | None:
        """The local date of the earliest live entry (None in an empty journal)."""
        firsts = [e.at for e in (repo.earliest() for repo in self._repos.values()) if e]
        return (
            min(firsts, key=lambda at: at.astimezone(UTC)).astimezone(self.zone).date()
            if firsts
            else None
        )

    def entry_count(self) -> int:
        return sum(repo.count() for repo in self._repos.values())

    def _product_for(self, name: str, unit: str) -> Product:
        found: Product | None = self.products.find(name.strip())
        if found is not None:
            if found.unit != unit and not {found.unit, unit} <= {"g", "mg"}:
                raise ValidationError(
                    "unit", f"'{found.name}' is measured in {found.unit}, not {unit}"
                )
            return found
        form = "capsule" if unit == "capsule" else "powder" if unit in ("g", "mg") else "other"
        assert form in FORMS and unit in UNITS
        created: Product = self.products.add(Product(name=name.strip(), unit=unit, form=form))
        return created

    def _check_links(self, entry: Entry) -> None:
        product_id = getattr(entry, "product_id", None)
        if product_id is not None and product_id not in self.products.by_ids([product_id]):
            raise ValidationError("product", "is not in the product list")
        trigger_ids = set(getattr(entry, "trigger_ids", ()))
        trigger_id = getattr(entry, "trigger_id", None)  # a trigger note's one trigger
        if trigger_id is not None:
            trigger_ids.add(trigger_id)
        if trigger_ids and len(self.triggers.by_ids(trigger_ids)) != len(trigger_ids):
            raise ValidationError("trigger", "is not in the trigger list")
