"""Importing a JSON export: preview first, then one transaction that never wipes and
never duplicates (merge rules), on real SQLCipher journals."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from recovery_journal.domain.models import Craving, Dose, MoodCheckin, Product, SleepEntry
from recovery_journal.domain.taper import TaperInputs
from recovery_journal.domain.timeutil import parse_time
from recovery_journal.services.catalog import CatalogService
from recovery_journal.services.journal_service import JournalService
from recovery_journal.services.taper_service import TaperService
from recovery_journal.services.transfer import (
    ImportCancelled,
    ImportRejected,
    apply_import,
    export_json,
    import_file,
    plan_import,
)
from recovery_journal.storage.journal import Journal, create_journal
from recovery_journal.storage.keys import KeySource
from recovery_journal.storage.location import JournalLocation

BERLIN = ZoneInfo("Europe/Berlin")
NOW = datetime(2025, 6, 1, 12, tzinfo=BERLIN)


def at(text: str) -> datetime:
    return parse_time(text, zone=BERLIN)


def service(journal: Journal) -> JournalService:
    return JournalService(journal, zone=BERLIN, clock=lambda: NOW)


def sleep(night: date, note: str = "") -> SleepEntry:
    evening = datetime(night.year, night.month, night.day, 23, tzinfo=BERLIN)
    return SleepEntry(
        night=night,
        into_bed=evening,
        tried_sleep=evening,
        latency_min=10,
        awakenings=1,
        awake_min=5,
        final_wake=evening + timedelta(hours=7),
        at=evening + timedelta(hours=7, minutes=15),
        quality=3,
        note=note,
    )


@pytest.fixture
def other(tmp_path: Path) -> Iterator[Journal]:
    """A second, empty journal to import into."""
    journal = create_journal(JournalLocation(tmp_path / "other"), KeySource.new_random())
    try:
        yield journal
    finally:
        journal.close()


@pytest.fixture
def export(journal: Journal, tmp_path: Path) -> Path:
    """An export with three doses, a craving, a sleep diary, a plan and a setting."""
    entries = service(journal)
    for hour, amount in ((8, 2.5), (13, 2.0), (19, 1.5)):
        entries.log_dose(
            at(f"2025-05-01T{hour:02}:00"),
            amount,
            "g",
            product_name="Red powder",
            trigger_names=["stress"],
        )
    entries.log_craving(Craving(at=at("2025-05-01T10:00"), intensity=6), ["boredom"])
    entries.log(sleep(date(2025, 4, 30), note="woke at 4"))
    entries.set_setting("default_unit", "mg")
    inputs = TaperInputs(daily_amount=6, doses_per_day=3, resolution=0.5, start=date(2025, 5, 5))
    TaperService(journal, zone=BERLIN, clock=lambda: NOW).create_plan(inputs, "g")
    path = tmp_path / "export.json"
    export_json(journal, path)
    return path


def edited(path: Path, change: Callable[[dict[str, Any]], None]) -> Path:
    document = json.loads(path.read_text(encoding="utf-8"))
    change(document)
    out = path.with_name("edited.json")
    out.write_text(json.dumps(document), encoding="utf-8")
    return out


def test_the_preview_changes_nothing_and_the_import_asks_for_a_backup_first(
    export: Path, other: Journal
) -> None:
    plan = plan_import(other, export, clock=lambda: NOW)
    assert (plan.new_entries, plan.present_entries) == (5, 0)
    assert plan.counts["doses"].new == 3
    assert "3 new doses" in plan.describe()
    assert service(other).entry_count() == 0
    backups: list[int] = []
    result = apply_import(
        other, plan, before_write=lambda: backups.append(service(other).entry_count())
    )
    assert backups == [0]  # called once, before anything was written
    assert result.counts["doses"].new == 3
    assert service(other).entry_count() == 5
    again = plan_import(other, export, clock=lambda: NOW)
    assert (again.new_entries, again.present_entries) == (0, 5)
    apply_import(other, again, before_write=lambda: backups.append(-1))
    assert backups == [0]  # nothing to write: no backup either
    assert "Nothing new" in again.describe()


def test_a_product_or_trigger_with_the_same_name_is_the_one_already_here(
    export: Path, other: Journal
) -> None:
    catalog = CatalogService(other)
    mine = catalog.add_product(Product(name="red POWDER"))
    import_file(other, export, clock=lambda: NOW)
    assert [p.name for p in catalog.products()] == ["red POWDER"]
    assert {d.product_id for d in service(other).entries(Dose)} == {mine.id}
    assert [t.name for t in catalog.triggers()] == ["boredom", "stress"]


def test_the_taper_plan_comes_only_into_a_journal_without_one(
    export: Path, other: Journal, journal: Journal
) -> None:
    inputs = TaperInputs(daily_amount=9, doses_per_day=3, resolution=0.5, start=date(2025, 5, 1))
    taper = TaperService(other, zone=BERLIN, clock=lambda: NOW)
    taper.create_plan(inputs, "g")
    result = import_file(other, export, clock=lambda: NOW)
    assert result.counts["taper_plans"].new == 0
    assert any("already has a plan" in warning for warning in result.warnings)
    assert [v.inputs.daily_amount for v in taper.versions()] == [9]


def test_settings_come_in_only_where_not_set(export: Path, other: Journal) -> None:
    target = service(other)
    target.set_setting("default_unit", "capsule")
    import_file(other, export, clock=lambda: NOW)
    assert target.setting("default_unit") == "capsule"
    fresh = edited(export, lambda d: d["settings"].update(backups_to_keep=30))
    import_file(other, fresh, clock=lambda: NOW)
    assert target.setting("backups_to_keep") == 30


def test_a_second_sleep_diary_for_a_night_is_left_out_with_a_warning(
    export: Path, other: Journal
) -> None:
    service(other).log(sleep(date(2025, 4, 30), note="mine"))
    plan = plan_import(other, export, clock=lambda: NOW)
    assert plan.counts["sleep_entries"].present == 1
    assert any("2025-04-30" in warning for warning in plan.warnings)
    apply_import(other, plan)
    assert [s.note for s in service(other).entries(SleepEntry)] == ["mine"]


def test_an_entry_deleted_here_is_not_brought_back(export: Path, other: Journal) -> None:
    import_file(other, export, clock=lambda: NOW)
    target = service(other)
    for dose in target.entries(Dose):
        target.delete(dose)
    result = import_file(other, export, clock=lambda: NOW)
    assert result.counts["doses"].present == 3
    assert target.entries(Dose) == []


def test_cancelling_leaves_the_journal_as_it_was(export: Path, other: Journal) -> None:
    plan = plan_import(other, export, clock=lambda: NOW)
    with pytest.raises(ImportCancelled):
        apply_import(other, plan, progress=lambda done, total: False)
    assert service(other).entry_count() == 0
    assert CatalogService(other).products() == []
    assert TaperService(other).versions() == []


def test_times_keep_their_offset_and_entries_their_write_times(
    journal: Journal, export: Path, other: Journal
) -> None:
    import_file(other, export, clock=lambda: NOW)
    mine, theirs = service(journal).entries(Dose), service(other).entries(Dose)
    assert [(d.uid, d.at, d.at.utcoffset()) for d in theirs] == [
        (d.uid, d.at, d.at.utcoffset()) for d in mine
    ]
    document = json.loads(export.read_text(encoding="utf-8"))
    created = document["entries"]["doses"][0]["created"]
    assert datetime.fromisoformat(created).tzinfo is not None


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d["entries"]["doses"][1].update(amount=-1), "entries.doses[1], amount: "),
        (lambda d: d["entries"]["doses"][1].update(amount="abc"), "entries.doses[1], amount: "),
        (lambda d: d["entries"]["doses"][2].update(time="yesterday"), "entries.doses[2], time: "),
        (lambda d: d["entries"]["doses"][0].update(triggers="stress"), "doses[0], triggers: "),
        (lambda d: d["entries"]["doses"][0].update(product="nope"), "doses[0], product: "),
        (lambda d: d["entries"]["doses"][0].update(colour="red"), "doses[0], colour: "),
        (lambda d: d["entries"]["doses"][0].pop("uid"), "entries.doses[0], uid: is missing"),
        (lambda d: d["entries"]["doses"][0].update(time="2099-01-01T08:00:00+01:00"), "future"),
        (lambda d: d["entries"]["doses"][0].update(time="2025-05-01T08:00"), "UTC offset"),
        (lambda d: d["entries"]["cravings"][0].update(intensity=11), "cravings[0], intensity"),
        (lambda d: d["entries"]["cravings"][0].update(intensity=True), "cravings[0], intensity"),
        (lambda d: d["entries"].update(dreams=[]), "dreams"),
        (lambda d: d["products"][0].update(unit="kg"), "products[0], unit: "),
        (lambda d: d["products"].append(dict(d["products"][0])), "products[1], uid: "),
        (lambda d: d["taper_plans"][0]["steps"][0].update(end="2000-01-01"), "steps[0], step end"),
        (lambda d: d["settings"].update(default_unit="kg"), "settings, default_unit: "),
        (lambda d: d.update(version=9), "format version 9); this version reads version 1"),
        (lambda d: d.update(version="1"), "format version"),
        (lambda d: d.pop("format"), "not a Recovery Journal export"),
    ],
)
def test_one_bad_value_rejects_the_whole_file_and_names_where_it_is(
    export: Path, other: Journal, change: Callable[[dict[str, Any]], None], message: str
) -> None:
    called: list[bool] = []
    with pytest.raises(ImportRejected) as caught:
        import_file(
            other,
            edited(export, change),
            before_write=lambda: called.append(True),
            clock=lambda: NOW,
        )
    assert message in str(caught.value)
    assert str(caught.value).endswith("Nothing was imported.")
    assert called == []
    assert service(other).entry_count() == 0
    assert CatalogService(other).products() == []


def test_deleted_entries_stay_out_of_the_export(journal: Journal, tmp_path: Path) -> None:
    entries = service(journal)
    kept = entries.log(MoodCheckin(at=at("2025-05-01T08:00"), mood=5, anxiety=5, energy=5, pain=1))
    gone = entries.log(
        MoodCheckin(at=at("2025-05-02T08:00"), mood=1, anxiety=9, energy=1, pain=1, note="secret")
    )
    entries.delete(gone)
    path = tmp_path / "export.json"
    summary = export_json(journal, path, clock=lambda: datetime(2025, 6, 1, tzinfo=UTC))
    document = json.loads(path.read_text(encoding="utf-8"))
    assert [m["uid"] for m in document["entries"]["mood_checkins"]] == [kept.uid]
    assert "secret" not in path.read_text(encoding="utf-8")
    assert document["exported_at"] == "2025-06-01T00:00:00+00:00"
    assert summary.counts["mood_checkins"] == 1
