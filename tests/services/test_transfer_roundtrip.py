"""Export → import round trips on real SQLCipher journals (hypothesis).

A journal with random entries of every kind (unicode notes, many UTC offsets, removed
products and triggers, deleted entries, a taper plan, settings) is exported as JSON and
imported into an empty journal: exporting that again gives the same document. Importing
the same export twice adds nothing.
"""

from __future__ import annotations

import json
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from recovery_journal.domain import scales
from recovery_journal.domain.models import (
    CRAVING_OUTCOMES,
    SUBSTANCE_KINDS,
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
from recovery_journal.domain.taper import TaperInputs
from recovery_journal.domain.units import UNITS
from recovery_journal.services.catalog import CatalogService
from recovery_journal.services.journal_service import JournalService
from recovery_journal.services.taper_service import TaperService
from recovery_journal.services.transfer import export_json, import_file
from recovery_journal.storage.journal import Journal, create_journal
from recovery_journal.storage.keys import KeySource
from recovery_journal.storage.location import JournalLocation

OFFSETS = [timezone(timedelta(minutes=m)) for m in (-600, -210, 0, 60, 120, 345, 840)]
SPECIAL_TEXT = ["", "🌙 tired\nbut ok", "שלום עולם", "مرحبا", "tab\there", "Ärger & Angst"]
TEXT = st.one_of(
    st.sampled_from(SPECIAL_TEXT),
    st.text(st.characters(blacklist_categories=("Cc", "Cs", "Co", "Cn")), max_size=30),
)
NAME = st.text(
    st.characters(whitelist_categories=("L", "N", "So")), min_size=1, max_size=20
).filter(lambda name: name == name.strip())
MOMENT = st.builds(
    lambda day, seconds, micro, zone: (
        datetime.combine(day, datetime.min.time(), zone)
        + timedelta(seconds=seconds, microseconds=micro)
    ),
    st.dates(date(2001, 1, 1), date(2024, 12, 31)),
    st.integers(0, 86_399),
    st.sampled_from([0, 0, 250_000]),
    st.sampled_from(OFFSETS),
)
AMOUNT = st.floats(min_value=0.001, max_value=500, allow_nan=False)
SLOW = settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


def common() -> dict[str, Any]:
    return {"at": MOMENT, "note": TEXT, "for_clinician": st.booleans()}


def links(n_triggers: int) -> st.SearchStrategy[tuple[int, ...]]:
    return st.lists(st.integers(0, n_triggers - 1), max_size=3, unique=True).map(tuple)


@st.composite
def sleep_entry(draw: st.DrawFn, night: date) -> SleepEntry:
    zone = draw(st.sampled_from(OFFSETS))
    into_bed = datetime(night.year, night.month, night.day, 21, tzinfo=zone)
    into_bed += timedelta(minutes=draw(st.integers(0, 180)))
    tried = into_bed + timedelta(minutes=draw(st.integers(0, 60)))
    asleep = draw(st.integers(60, 600))
    final_wake = tried + timedelta(minutes=asleep)
    latency = draw(st.integers(0, asleep // 2))
    return SleepEntry(
        night=night,
        into_bed=into_bed,
        tried_sleep=tried,
        latency_min=latency,
        awakenings=draw(st.integers(0, 10)),
        awake_min=draw(st.integers(0, asleep // 2)),
        final_wake=final_wake,
        at=final_wake + timedelta(minutes=draw(st.integers(0, 60))),
        quality=draw(st.integers(1, 5)),
        note=draw(TEXT),
    )


@st.composite
def craving(draw: st.DrawFn, n_triggers: int) -> Craving:
    outcome = draw(st.none() | st.sampled_from(CRAVING_OUTCOMES))
    used = draw(AMOUNT) if outcome == "used" and draw(st.booleans()) else None
    return Craving(
        **draw(st.fixed_dictionaries(common())),
        intensity=draw(st.integers(0, 10)),
        duration_min=draw(st.none() | st.integers(0, 1440)),
        coping=draw(TEXT),
        outcome=outcome,
        used_amount=used,
        used_unit=draw(st.sampled_from(UNITS)) if used else None,
        trigger_ids=draw(links(n_triggers)),
    )


def entry_kinds(n_products: int, n_triggers: int) -> st.SearchStrategy[Entry]:
    questionnaire = st.sampled_from(sorted(scales.QUESTIONNAIRES)).flatmap(
        lambda kind: st.builds(
            Questionnaire,
            **common(),
            kind=st.just(kind),
            answers=st.lists(
                st.integers(0, 3),
                min_size=len(scales.QUESTIONNAIRES[kind].items),
                max_size=len(scales.QUESTIONNAIRES[kind].items),
            ).map(tuple),
        )
    )
    n_reflection = len(scales.SELF_REFLECTION_QUESTIONS)
    return st.one_of(
        st.builds(
            Dose,
            **common(),
            amount=AMOUNT,
            unit=st.sampled_from(UNITS),
            product_id=st.none() | st.integers(0, n_products - 1),
            trigger_ids=links(n_triggers),
        ),
        craving(n_triggers),
        st.builds(
            MoodCheckin,
            **common(),
            **dict.fromkeys(("mood", "anxiety", "energy", "pain"), st.integers(0, 10)),
        ),
        st.builds(
            SowsRating,
            **common(),
            scores=st.lists(st.integers(0, 4), min_size=16, max_size=16).map(tuple),
        ),
        questionnaire,
        st.builds(SubstanceUse, **common(), kind=st.sampled_from(SUBSTANCE_KINDS), amount=TEXT),
        st.builds(MedicationTaken, **common(), name=NAME, dose=TEXT),
        st.builds(
            TriggerNote,
            **common(),
            what_happened=TEXT,
            trigger_id=st.none() | st.integers(0, n_triggers - 1),
            if_then_plan=TEXT,
        ),
        st.builds(
            SelfReflection,
            **common(),
            answers=st.lists(st.booleans(), min_size=n_reflection, max_size=n_reflection).map(
                tuple
            ),
        ),
    )


@st.composite
def journal_content(draw: st.DrawFn) -> dict[str, Any]:
    products = [
        Product(name="Red powder"),
        Product(name="Green caps", form="capsule", unit="capsule", grams_per_unit=0.5),
        Product(name="Old extract", form="extract", high_potency=True, leaf_equivalent_factor=5),
    ]
    triggers = [Trigger(name="stress", coping_plan=draw(TEXT)), Trigger(name="gone", notes="x")]
    nights = draw(st.lists(st.dates(date(2001, 1, 1), date(2024, 12, 30)), max_size=3, unique=True))
    entries = draw(st.lists(entry_kinds(len(products), len(triggers)), max_size=12))
    entries += [draw(sleep_entry(night)) for night in nights]
    return {
        "products": products,
        "triggers": triggers,
        "entries": entries,
        "deleted": draw(st.lists(st.integers(0, 20), max_size=3, unique=True)),
        "plan": draw(st.booleans()),
        "settings": draw(
            st.dictionaries(
                st.sampled_from(["default_unit", "backups_to_keep"]), st.just(None), max_size=2
            )
        ),
    }


@contextmanager
def new_journal(folder: str, name: str) -> Iterator[Journal]:
    journal = create_journal(JournalLocation(Path(folder) / name), KeySource.new_random())
    try:
        yield journal
    finally:
        journal.close()


def fill(journal: Journal, content: dict[str, Any]) -> None:
    """Write the drawn content through the services, as the app would."""
    catalog, service = CatalogService(journal), JournalService(journal)
    product_ids = [catalog.add_product(p).id for p in content["products"]]
    trigger_ids = [catalog.add_trigger(t).id for t in content["triggers"]]
    logged = [service.log(_linked(entry, product_ids, trigger_ids)) for entry in content["entries"]]
    if logged:
        service.update(replace(logged[0], note="edited later"))  # keeps its "updated" time
    catalog.remove_product(product_ids[-1])  # removed, but past doses still name it
    catalog.remove_trigger(trigger_ids[-1])
    for index in content["deleted"]:
        if index < len(logged):
            service.delete(logged[index])
    if content["plan"]:
        taper = TaperService(journal)
        start = date(2024, 1, 1)
        inputs = TaperInputs(daily_amount=10, doses_per_day=3, resolution=0.5, start=start)
        taper.create_plan(inputs, "g", note="with my doctor 🙂")
        taper.hold(start + timedelta(days=3), note="hard week")
    for name in content["settings"]:
        service.set_setting(name, "mg" if name == "default_unit" else 30)


def _linked(entry: Entry, products: list[int | None], triggers: list[int | None]) -> Entry:
    values: dict[str, Any] = {}
    if isinstance(entry, Dose) and entry.product_id is not None:
        values["product_id"] = products[entry.product_id]
    if isinstance(entry, Dose | Craving):
        values["trigger_ids"] = tuple(triggers[i] for i in entry.trigger_ids)
    if isinstance(entry, TriggerNote) and entry.trigger_id is not None:
        values["trigger_id"] = triggers[entry.trigger_id]
    return replace(entry, **values)


def exported(journal: Journal, folder: str, name: str) -> dict[str, Any]:
    path = Path(folder) / name
    export_json(journal, path)
    document = json.loads(path.read_text(encoding="utf-8"))
    document.pop("exported_at")
    return document


@SLOW
@given(content=journal_content())
def test_export_then_import_into_an_empty_journal_gives_equal_data(content: dict[str, Any]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        with new_journal(folder, "source") as source, new_journal(folder, "target") as target:
            fill(source, content)
            original = exported(source, folder, "first.json")
            first = import_file(target, Path(folder) / "first.json")
            assert exported(target, folder, "second.json") == original
            again = import_file(target, Path(folder) / "first.json")
            assert again.new_total == 0
            assert exported(target, folder, "third.json") == original
            assert import_file(source, Path(folder) / "first.json").new_total == 0
        live = sum(len(items) for items in original["entries"].values())
        assert sum(c.new for k, c in first.counts.items() if k in original["entries"]) == live


@SLOW
@given(content=journal_content())
def test_the_export_leaves_deleted_entries_out(content: dict[str, Any]) -> None:
    with tempfile.TemporaryDirectory() as folder, new_journal(folder, "source") as source:
        fill(source, content)
        document = exported(source, folder, "export.json")
        service = JournalService(source)
        assert sum(len(items) for items in document["entries"].values()) == service.entry_count()
        removed = [p["name"] for p in document["products"] if p["removed"]]
        assert removed == ["Old extract"]
