"""Schema 3: a version-2 journal gains trigger notes, keeping every trigger as it was."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from recovery_journal.domain.models import Trigger
from recovery_journal.services.catalog import CatalogService
from recovery_journal.storage import sqlcipher
from recovery_journal.storage.journal import APPLICATION_ID, _unlock, open_journal
from recovery_journal.storage.keys import KeySource
from recovery_journal.storage.location import JournalLocation
from recovery_journal.storage.migrations import LATEST_VERSION, migrate, schema_version

CREATED = "2026-03-02T07:10:00.000000Z"
V2_TRIGGERS = [
    (1, "trigger-stress", "stress", "If stressed at work, then I breathe for a minute.", None),
    (2, "trigger-boredom", "boredom", "", None),
    (3, "trigger-old", "old routine", "walk", "2026-03-03T09:00:00.000000Z"),  # removed
]


def build_v2_journal(location: JournalLocation, key: KeySource) -> None:
    """A journal as version 2 of the app left it, with triggers in v2 columns."""
    location.ensure_folder()
    conn = sqlcipher.connect(str(location.db_path), create=True)
    db = _unlock(conn, key, location.db_path, must_be_journal=False)
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    assert migrate(db, target=2) == [1, 2]
    with db.atomic():
        for row in V2_TRIGGERS:
            db.execute(
                "INSERT INTO triggers (id, uid, name, coping_plan, deleted_utc, created_utc) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                [*row, CREATED],
            )
    db.close()


def test_a_version_2_journal_gets_trigger_notes_and_keeps_its_triggers(data_dir: Path) -> None:
    assert LATEST_VERSION >= 3
    key = KeySource.new_random()
    location = JournalLocation(data_dir)
    build_v2_journal(location, key)

    journal = open_journal(location, key)
    try:
        assert schema_version(journal.db) == LATEST_VERSION
        catalog = CatalogService(journal)
        assert catalog.triggers() == [
            Trigger(id=2, uid="trigger-boredom", name="boredom"),
            Trigger(
                id=1,
                uid="trigger-stress",
                name="stress",
                coping_plan="If stressed at work, then I breathe for a minute.",
            ),
        ]
        assert catalog.trigger_map()[3] == Trigger(
            id=3, uid="trigger-old", name="old routine", coping_plan="walk", notes=""
        )
        [stress] = [t for t in catalog.triggers() if t.id == 1]
        catalog.update_trigger(dataclasses.replace(stress, notes="Mondays are hardest."))
    finally:
        journal.close()

    [backup] = location.backups_dir.iterdir()
    assert backup.name.startswith("before-migration-v2-")
    journal = open_journal(location, key)
    try:
        [stress] = [t for t in CatalogService(journal).triggers() if t.id == 1]
        assert stress == Trigger(
            id=1,
            uid="trigger-stress",
            name="stress",
            coping_plan="If stressed at work, then I breathe for a minute.",
            notes="Mondays are hardest.",
        )
    finally:
        journal.close()
