"""Schema 4: a version-3 journal's taper plan gains how each version came about,
and reads back exactly as version 3 stored it."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path

from recovery_journal.domain.taper import TaperInputs, TaperStep
from recovery_journal.services.taper_service import TaperService
from recovery_journal.storage import sqlcipher
from recovery_journal.storage.journal import APPLICATION_ID, _unlock, open_journal
from recovery_journal.storage.keys import KeySource
from recovery_journal.storage.location import JournalLocation
from recovery_journal.storage.migrations import LATEST_VERSION, migrate, schema_version

CREATED = "2026-03-01T18:30:00.000000Z"
V3_INPUTS = {  # asdict(TaperInputs) with the date as text, as version 3 recorded it
    "daily_amount": 10.0,
    "doses_per_day": 2,
    "resolution": 1.0,
    "start": "2026-03-02",
    "method": "interval-first",
    "step_days": 7,
    "reduction_pct": 10.0,
    "goal": 0.0,
    "target_doses_per_day": 2,
}
V3_STEPS = [
    (1, "2026-03-02", "2026-03-08", 10.0, 2, 5.0, 8.0),
    (2, "2026-03-09", "2026-03-15", 9.0, 2, 4.5, 8.0),
    (3, "2026-03-16", "2026-03-22", 0.0, 0, 0.0, None),
]


def build_v3_journal(location: JournalLocation, key: KeySource) -> None:
    """A journal as version 3 of the app left it, with one plan version."""
    location.ensure_folder()
    conn = sqlcipher.connect(str(location.db_path), create=True)
    db = _unlock(conn, key, location.db_path, must_be_journal=False)
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    assert migrate(db, target=3) == [1, 2, 3]
    with db.atomic():
        db.execute(
            "INSERT INTO taper_plans (id, uid, version, method, unit, inputs_json, note, "
            "created_utc) VALUES (1, 'plan-1', 1, 'interval-first', 'g', ?, ?, ?)",
            [json.dumps(V3_INPUTS), "Agreed with my GP.", CREATED],
        )
        for row in V3_STEPS:
            db.execute(
                'INSERT INTO taper_steps (plan_id, number, start, "end", daily_target, '
                "doses_per_day, per_dose_target, min_interval_h) VALUES (1, ?, ?, ?, ?, ?, ?, ?)",
                list(row),
            )
    db.close()


def test_a_version_3_plan_reads_back_as_the_first_version(data_dir: Path) -> None:
    assert LATEST_VERSION >= 4
    key = KeySource.new_random()
    location = JournalLocation(data_dir)
    build_v3_journal(location, key)

    journal = open_journal(location, key)
    try:
        assert schema_version(journal.db) == LATEST_VERSION
        taper = TaperService(journal)
        [version] = taper.versions()
        assert (version.version, version.change, version.note) == (
            1,
            "created",
            "Agreed with my GP.",
        )
        assert version.created == datetime(2026, 3, 1, 18, 30, tzinfo=UTC)
        assert (version.unit, version.track_key, version.step_days) == ("g", "g", 7)
        assert version.inputs == TaperInputs(10.0, 2, 1.0, date(2026, 3, 2))
        assert taper.current_steps() == [
            TaperStep(n, date.fromisoformat(a), date.fromisoformat(b), t, d, p, i)
            for n, a, b, t, d, p, i in V3_STEPS
        ]
        held = taper.hold(date(2026, 3, 10), note="a hard week")
        assert held[1].end == date(2026, 3, 22)
    finally:
        journal.close()

    [backup] = location.backups_dir.iterdir()
    assert backup.name.startswith("before-migration-v3-")
    journal = open_journal(location, key)
    try:
        versions = TaperService(journal).versions()
        assert [(v.version, v.change, v.note) for v in versions] == [
            (1, "created", "Agreed with my GP."),
            (2, "held", "a hard week"),
        ]
        assert versions[0].steps[1].end == date(2026, 3, 15)  # the first version is kept as it was
    finally:
        journal.close()
