"""Searching the Log on a real encrypted journal: each filter, combined, and its edges."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from recovery_journal.domain.models import (
    Craving,
    Dose,
    Entry,
    MedicationTaken,
    MoodCheckin,
    SubstanceUse,
    Trigger,
    TriggerNote,
)
from recovery_journal.services.access import JournalAccess
from recovery_journal.services.journal_service import JournalService
from recovery_journal.services.log_search import (
    DateRange,
    LogFilter,
    filter_choices,
    names_for,
    search_log,
)
from recovery_journal.storage.journal import Journal
from recovery_journal.storage.keys import SystemKeyring
from recovery_journal.storage.location import JournalLocation

BERLIN = ZoneInfo("Europe/Berlin")


def at(text: str) -> datetime:
    """A Berlin wall-clock time, e.g. ``2026-03-02 08:05``."""
    return datetime.fromisoformat(text).replace(tzinfo=BERLIN)


@pytest.fixture
def journal(tmp_path: Path, memory_keyring: SystemKeyring) -> Iterator[Journal]:
    journal = JournalAccess(JournalLocation(tmp_path / "journal"), lambda: memory_keyring)
    opened = journal.create_with_keyring()
    yield opened
    opened.close()


@pytest.fixture
def service(journal: Journal) -> JournalService:
    service = JournalService(journal, zone=BERLIN)
    service.seed_triggers()
    return service


def notes(entries: list[Entry]) -> list[str]:
    return [entry.note for entry in entries]


def log_week(service: JournalService) -> dict[str, Entry]:
    """A few days of mixed entries, each with a note naming it."""
    stress = service.triggers.find("stress")
    boredom = service.triggers.find("boredom")
    assert stress is not None and boredom is not None
    entries: dict[str, Entry] = {
        "red": service.log_dose(
            at("2026-03-02 08:05"), 2.5, "g", product_name="Red powder", note="red"
        ),
        "green": service.log_dose(
            at("2026-03-02 13:00"),
            2.0,
            "g",
            product_name="Green powder",
            trigger_names=["stress"],
            note="green",
        ),
        "craving": service.log(
            Craving(
                at=at("2026-03-03 16:30"),
                intensity=7,
                trigger_ids=(stress.id, boredom.id),  # type: ignore[arg-type]
                coping="Went for a WALK around the block",
                note="craving",
            )
        ),
        "mood": service.log(
            MoodCheckin(at=at("2026-03-04 07:40"), mood=5, anxiety=6, energy=4, pain=3, note="mood")
        ),
        "trigger note": service.log(
            TriggerNote(
                at=at("2026-03-04 20:00"),
                what_happened="Argument with my brother",
                trigger_id=stress.id,
                if_then_plan="If I feel tense then I call Sam",
                note="trigger note",
            )
        ),
        "boredom note": service.log(
            TriggerNote(
                at=at("2026-03-05 20:00"),
                what_happened="Long empty evening",
                trigger_id=boredom.id,
                note="boredom note",
            )
        ),
        "medication": service.log(
            MedicationTaken(
                at=at("2026-03-05 09:00"), name="Clonidine", dose="0.1 mg", note="medication"
            )
        ),
        "substance": service.log(
            SubstanceUse(
                at=at("2026-03-06 21:00"), kind="alcohol", amount="two beers", note="substance"
            )
        ),
    }
    return entries


def test_no_filter_lists_every_live_entry_newest_first(service: JournalService) -> None:
    log_week(service)
    found = search_log(service, LogFilter())
    assert notes(found) == [
        "substance",
        "boredom note",
        "medication",
        "trigger note",
        "mood",
        "craving",
        "green",
        "red",
    ]
    assert all(a.at >= b.at for a, b in zip(found, found[1:], strict=False))


def test_kind_filter_keeps_only_those_kinds(service: JournalService) -> None:
    log_week(service)
    assert notes(search_log(service, LogFilter(kinds=(Dose,)))) == ["green", "red"]
    both = search_log(service, LogFilter(kinds=(MoodCheckin, MedicationTaken)))
    assert notes(both) == ["medication", "mood"]


def test_product_filter_keeps_only_doses_of_that_product(service: JournalService) -> None:
    log_week(service)
    red = service.products.find("Red powder")
    found = search_log(service, LogFilter(product_id=red.id))
    assert notes(found) == ["red"]
    assert isinstance(found[0], Dose) and found[0].product_id == red.id
    only_moods = LogFilter(kinds=(MoodCheckin,), product_id=red.id)
    assert search_log(service, only_moods) == [], "a product never matches a mood check-in"


def test_trigger_filter_finds_doses_cravings_and_notes_about_it(service: JournalService) -> None:
    entries = log_week(service)
    stress = service.triggers.find("stress")
    found = search_log(service, LogFilter(trigger_id=stress.id))
    assert notes(found) == ["trigger note", "craving", "green"]
    boredom = service.triggers.find("boredom")
    assert notes(search_log(service, LogFilter(trigger_id=boredom.id))) == [
        "boredom note",
        "craving",
    ]
    craving = next(e for e in found if isinstance(e, Craving))
    assert craving.trigger_ids == entries["craving"].trigger_ids, "all its triggers come along"


def test_text_search_ignores_case_and_reads_every_free_text_field(
    service: JournalService,
) -> None:
    log_week(service)

    def matching(text: str) -> list[str]:
        return notes(search_log(service, LogFilter(text=text)))

    assert matching("GREEN") == ["green"], "the note"
    assert matching("walk") == ["craving"], "a craving's coping"
    assert matching("brother") == ["trigger note"], "what happened"
    assert matching("call sam") == ["trigger note"], "the if-then plan"
    assert matching("clonidine") == ["medication"], "the medication's name"
    assert matching("0.1 MG") == ["medication"], "and its dose"
    assert matching("Beers") == ["substance"], "an other substance's amount"
    assert matching("  beers ") == ["substance"], "surrounding spaces are ignored"
    assert matching("nothing like this") == []


def test_text_search_ignores_case_beyond_ascii(service: JournalService) -> None:
    service.log(MoodCheckin(at=at("2026-03-02 08:00"), mood=3, anxiety=7, energy=2, pain=5,
                            note="Starke ÜBELKEIT am Morgen"))  # fmt: skip
    service.log(MoodCheckin(at=at("2026-03-02 09:00"), mood=3, anxiety=7, energy=2, pain=5,
                            note="Mit Freunden auf der Straße"))  # fmt: skip
    assert len(search_log(service, LogFilter(text="übelkeit"))) == 1
    assert len(search_log(service, LogFilter(text="STRASSE"))) == 1


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("100%", ["100% sure"]),
        ("a_b", ["a_b test"]),
        ("%", ["100% sure"]),
        ("_", ["a_b test"]),
        ("back\\slash", ["back\\slash"]),
    ],
)
def test_text_search_takes_wildcards_literally(
    service: JournalService, text: str, expected: list[str]
) -> None:
    for minute, note in enumerate(
        ["100% sure", "1000 sure", "a_b test", "axb test", "back\\slash"]
    ):
        service.log(
            MoodCheckin(
                at=at("2026-03-02 08:00") + timedelta(minutes=minute),
                mood=5,
                anxiety=5,
                energy=5,
                pain=5,
                note=note,
            )
        )
    assert notes(search_log(service, LogFilter(text=text))) == expected


def test_dates_are_local_days_inclusive_in_berlin(service: JournalService) -> None:
    for text in (
        "2026-03-01 23:59:59",  # 22:59:59 UTC
        "2026-03-02 00:00",  # 23:00 UTC on 1 March: already the 2nd in Berlin
        "2026-03-02 23:59",
        "2026-03-03 00:00",
    ):
        service.log_dose(at(text), 1.0, "g", note=text)
    found = search_log(service, LogFilter(first=date(2026, 3, 2), last=date(2026, 3, 2)))
    assert notes(found) == ["2026-03-02 23:59", "2026-03-02 00:00"]
    assert notes(search_log(service, LogFilter(first=date(2026, 3, 3)))) == ["2026-03-03 00:00"]
    assert notes(search_log(service, LogFilter(last=date(2026, 3, 1)))) == ["2026-03-01 23:59:59"]


def test_daylight_saving_days_are_whole_local_days(service: JournalService) -> None:
    # Berlin's clocks jump from 02:00 to 03:00 on 29 March 2026 (a 23-hour day).
    for text in ("2026-03-28 23:30", "2026-03-29 00:10", "2026-03-29 23:50", "2026-03-30 00:05"):
        service.log_dose(at(text), 1.0, "g", note=text)
    found = search_log(service, LogFilter(first=date(2026, 3, 29), last=date(2026, 3, 29)))
    assert notes(found) == ["2026-03-29 23:50", "2026-03-29 00:10"]


def test_filters_combine(service: JournalService) -> None:
    log_week(service)
    stress = service.triggers.find("stress")
    combined = LogFilter(
        kinds=(Craving, TriggerNote),
        trigger_id=stress.id,
        first=date(2026, 3, 4),
        last=date(2026, 3, 6),
        text="brother",
    )
    assert notes(search_log(service, combined)) == ["trigger note"]
    earlier = LogFilter(trigger_id=stress.id, last=date(2026, 3, 3), text="WALK")
    assert notes(search_log(service, earlier)) == ["craving"]
    green = service.products.find("Green powder")
    assert notes(search_log(service, LogFilter(product_id=green.id, trigger_id=stress.id))) == [
        "green"
    ]
    red = service.products.find("Red powder")
    assert search_log(service, LogFilter(product_id=red.id, trigger_id=stress.id)) == []


def test_deleted_entries_are_left_out_until_undone(service: JournalService) -> None:
    entries = log_week(service)
    service.delete(entries["red"])
    service.delete(entries["craving"])
    everything = notes(search_log(service, LogFilter()))
    assert "red" not in everything and "craving" not in everything
    assert notes(search_log(service, LogFilter(text="walk"))) == []
    service.undo_delete(entries["craving"])
    assert notes(search_log(service, LogFilter(text="walk"))) == ["craving"]


def test_names_include_removed_products_and_triggers(service: JournalService) -> None:
    entries = log_week(service)
    gone = service.triggers.add(Trigger(name="old routine"))
    craving = service.log(Craving(at=at("2026-03-07 10:00"), intensity=3, trigger_ids=(gone.id,)))
    service.triggers.soft_delete(gone.id)
    red = service.products.find("Red powder")
    service.products.soft_delete(red.id)

    choices = filter_choices(service)
    assert "old routine" not in [t.name for t in choices.triggers], "not offered any more"
    assert [p.name for p in choices.products] == ["Green powder"]
    assert len(choices.kinds) == 10

    products, triggers = names_for(service, [entries["red"], craving, entries["trigger note"]])
    assert products[red.id].name == "Red powder", "past doses still name it"
    assert {t.name for t in triggers.values()} == {"old routine", "stress"}


def test_date_searches_read_through_the_time_index(
    service: JournalService, journal: Journal
) -> None:
    log_week(service)
    statements: list[str] = []
    journal.db.conn.set_trace_callback(statements.append)
    try:
        search_log(service, LogFilter(first=date(2026, 3, 3), text="a"))
    finally:
        journal.db.conn.set_trace_callback(None)
    searches = [s for s in statements if s.lstrip().startswith("SELECT t.*")]
    assert len(searches) == 10, "one query per kind of entry, none per row"
    for sql in searches:
        plan = " ".join(str(row[-1]) for row in journal.db.execute(f"EXPLAIN QUERY PLAN {sql}"))
        assert "USING INDEX idx_" in plan and "_at (at_utc>?)" in plan, plan


@pytest.mark.parametrize(
    ("preset", "today", "first"),
    [
        (DateRange.LAST_7_DAYS, date(2026, 11, 22), date(2026, 11, 16)),
        (DateRange.LAST_30_DAYS, date(2026, 11, 22), date(2026, 10, 24)),
        (DateRange.LAST_3_MONTHS, date(2026, 11, 22), date(2026, 8, 22)),
        (DateRange.LAST_3_MONTHS, date(2026, 5, 31), date(2026, 2, 28)),
        (DateRange.LAST_3_MONTHS, date(2026, 2, 10), date(2025, 11, 10)),
        (DateRange.ALL, date(2026, 11, 22), None),
    ],
)
def test_preset_ranges_end_today(preset: DateRange, today: date, first: date | None) -> None:
    assert preset.first_day(today) == first
