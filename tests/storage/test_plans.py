"""Plan versions in the encrypted journal: each version keeps its steps, inputs, what
changed and when; the version in force at any moment can be read back."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from recovery_journal.domain.taper import TaperInputs, TaperStep, generate_plan, hold
from recovery_journal.storage.journal import Journal, create_journal, open_journal
from recovery_journal.storage.keys import KeySource
from recovery_journal.storage.location import JournalLocation
from recovery_journal.storage.plans import PlanRepository

INPUTS = TaperInputs(10.0, 2, 0.5, date(2026, 3, 2), step_days=7)
FIRST = datetime(2026, 3, 1, 20, 0, tzinfo=UTC)
KEY = KeySource.new_random()


@pytest.fixture
def journal(data_dir: Path) -> Iterator[Journal]:
    opened = create_journal(JournalLocation(data_dir), KEY)
    try:
        yield opened
    finally:
        opened.close()


def add(
    plans: PlanRepository,
    change: str,
    created: datetime,
    steps: Sequence[TaperStep],
    note: str = "",
) -> int:
    version = plans.add_version(
        change=change,
        unit="g",
        track_key="g",
        inputs=INPUTS,
        steps=steps,
        note=note,
        created=created,
    )
    return version.id


def id_at(plans: PlanRepository, moment: datetime) -> int | None:
    version = plans.version_at(moment)
    return None if version is None else version.id


def test_versions_keep_their_steps_and_the_newest_is_in_force(journal: Journal) -> None:
    plans = PlanRepository(journal.db)
    assert plans.current() is None and plans.versions() == []
    steps = generate_plan(INPUTS)
    held = hold(steps, date(2026, 3, 10), 7)
    with journal.transaction():
        add(plans, "created", FIRST, steps, "with my GP")
        add(plans, "held", FIRST + timedelta(days=9), held, "a rough week")
    first, second = plans.versions()
    assert (first.version, first.change, first.note, first.created) == (
        1, "created", "with my GP", FIRST,
    )  # fmt: skip
    assert (second.version, second.change, second.note) == (2, "held", "a rough week")
    assert list(first.steps) == steps and list(second.steps) == held
    assert first.inputs == INPUTS and first.step_days == 7 and first.track_key == "g"
    assert plans.current() == second


def test_the_version_at_a_moment(journal: Journal) -> None:
    plans = PlanRepository(journal.db)
    steps = generate_plan(INPUTS)
    second_made = FIRST + timedelta(days=9)
    with journal.transaction():
        one = add(plans, "created", FIRST, steps)
        two = add(plans, "held", second_made, hold(steps, date(2026, 3, 10), 3))
    assert id_at(plans, FIRST - timedelta(days=30)) == one  # before any plan: the first
    assert id_at(plans, FIRST + timedelta(seconds=1)) == one
    assert id_at(plans, second_made) == one  # made at that very moment, not before it
    assert id_at(plans, second_made + timedelta(microseconds=1)) == two
    assert id_at(plans, FIRST + timedelta(days=400)) == two


def test_no_version_at_any_moment_without_a_plan(journal: Journal) -> None:
    assert id_at(PlanRepository(journal.db), FIRST) is None


def test_a_high_potency_plan_keeps_its_tracked_amount(data_dir: Path) -> None:
    location = JournalLocation(data_dir)
    inputs = TaperInputs(2.0, 2, 0.1, date(2026, 3, 2), step_days=10)
    journal = create_journal(location, KEY)
    try:
        with journal.transaction():
            PlanRepository(journal.db).add_version(
                change="created",
                unit="g",
                track_key="g high-potency",
                inputs=inputs,
                steps=generate_plan(inputs),
            )
    finally:
        journal.close()
    journal = open_journal(location, KEY)
    try:
        version = PlanRepository(journal.db).current()
        assert version is not None
        assert (version.track_key, version.step_days, version.inputs) == (
            "g high-potency", 10, inputs,
        )  # fmt: skip
    finally:
        journal.close()
