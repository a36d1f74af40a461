"""Any value in any place of an export is either imported or refused with a message —
never a crash, never a half-written journal (hypothesis)."""

from __future__ import annotations

import copy
import csv
import functools
import io
import json
import tempfile
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from recovery_journal.domain.models import (
    Craving,
    MedicationTaken,
    MoodCheckin,
    Questionnaire,
    SelfReflection,
    SleepEntry,
    SowsRating,
    SubstanceUse,
    TriggerNote,
)
from recovery_journal.domain.scales import SELF_REFLECTION_QUESTIONS
from recovery_journal.domain.taper import TaperInputs
from recovery_journal.services.journal_service import JournalService
from recovery_journal.services.taper_service import TaperService
from recovery_journal.services.transfer import ImportRejected, export_json, import_file
from recovery_journal.storage.journal import Journal, create_journal
from recovery_journal.storage.keys import KeySource
from recovery_journal.storage.location import JournalLocation

BERLIN = ZoneInfo("Europe/Berlin")
NOW = datetime(2025, 6, 1, 12, tzinfo=BERLIN)
AT = datetime(2025, 5, 1, 8, tzinfo=BERLIN)
JSON_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(10**20), 10**20)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=20)
    | st.sampled_from(["2025-05-01", "2025-05-01T08:00:00+02:00", "0001-01-01T00:00:00+14:00"]),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=3)
    ),
    max_leaves=8,
)


def new_journal(folder: str, name: str) -> Journal:
    return create_journal(JournalLocation(Path(folder) / name), KeySource.new_random())


def fill_every_kind(journal: Journal) -> None:
    service = JournalService(journal, zone=BERLIN, clock=lambda: NOW)
    service.log_dose(AT, 2.5, "g", product_name="Red", trigger_names=["stress"], note="n")
    service.log_craving(
        Craving(at=AT, intensity=5, outcome="used", used_amount=1, used_unit="g"), ["pain"]
    )
    service.log(MoodCheckin(at=AT, mood=5, anxiety=5, energy=5, pain=5))
    evening = datetime(2025, 4, 30, 23, tzinfo=BERLIN)
    service.log(
        SleepEntry(
            night=date(2025, 4, 30),
            into_bed=evening,
            tried_sleep=evening,
            latency_min=5,
            awakenings=0,
            awake_min=0,
            final_wake=evening + timedelta(hours=7),
            at=evening + timedelta(hours=8),
            quality=4,
        )
    )
    service.log(SowsRating(at=AT, scores=(1,) * 16))
    service.log(Questionnaire(at=AT, kind="gad7", answers=(1,) * 7))
    service.log(SubstanceUse(at=AT, kind="alcohol", amount="2 beers"))
    service.log(MedicationTaken(at=AT, name="Clonidine", dose="0.1 mg"))
    service.log(
        TriggerNote(at=AT, what_happened="argument", trigger_id=service.trigger_ids(["stress"])[0])
    )
    service.log(SelfReflection(at=AT, answers=(False,) * len(SELF_REFLECTION_QUESTIONS)))
    service.set_setting("default_unit", "mg")
    inputs = TaperInputs(daily_amount=6, doses_per_day=3, resolution=0.5, start=date(2025, 5, 5))
    TaperService(journal).create_plan(inputs, "g")


@functools.cache
def base_document() -> str:
    with tempfile.TemporaryDirectory() as folder:
        journal = new_journal(folder, "source")
        try:
            fill_every_kind(journal)
            export_json(journal, Path(folder) / "base.json")
        finally:
            journal.close()
        return (Path(folder) / "base.json").read_text(encoding="utf-8")


def places(document: dict[str, Any]) -> list[tuple[Any, Any]]:
    """Every (container, key) in the document down to the fields of one item of each list."""
    found: list[tuple[Any, Any]] = []

    def walk(container: Any) -> None:
        keys = container.keys() if isinstance(container, dict) else range(min(len(container), 1))
        for key in keys:
            found.append((container, key))
            if isinstance(container[key], dict | list):
                walk(container[key])

    walk(document)
    return found


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data(), value=JSON_VALUES, remove=st.booleans())
def test_any_value_anywhere_is_imported_or_refused_with_a_message(
    data: st.DataObject, value: Any, remove: bool
) -> None:
    document = json.loads(base_document())
    container, key = data.draw(st.sampled_from(places(document)))
    if remove and isinstance(container, dict):
        del container[key]
    else:
        container[key] = copy.deepcopy(value)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "mutated.json"
        path.write_text(json.dumps(document), encoding="utf-8")
        journal = new_journal(folder, "target")
        try:
            try:
                import_file(journal, path, zone=BERLIN, clock=lambda: NOW)
            except ImportRejected as error:
                assert str(error).endswith("Nothing was imported.")
                assert JournalService(journal).entry_count() == 0
        finally:
            journal.close()


CELLS = st.one_of(
    st.text(max_size=12),
    st.sampled_from(
        ["2025-05-01T08:00", "2025-03-30T02:30", "2,5", "-1", "1e400", "g", "Capsule", ""]
    ),
)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    header=st.permutations(["time", "amount", "unit", "product", "note", "x"]),
    rows=st.lists(st.lists(CELLS, max_size=7), max_size=5),
    delimiter=st.sampled_from([",", ";"]),
)
def test_any_csv_is_imported_or_refused_with_a_message(
    header: list[str], rows: list[list[str]], delimiter: str
) -> None:
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter).writerows([header, *rows])
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "doses.csv"
        path.write_text(buffer.getvalue(), encoding="utf-8")
        journal = new_journal(folder, "target")
        try:
            try:
                import_file(journal, path, zone=BERLIN, clock=lambda: NOW)
            except ImportRejected as error:
                assert str(error).endswith("Nothing was imported.")
                assert JournalService(journal).entry_count() == 0
        finally:
            journal.close()
