"""Schema migrations: an old journal is upgraded with every row kept and a backup made first;
a journal from a newer app version is refused and left byte-for-byte as it was.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
import sqlcipher3.dbapi2 as sqlcipher_dbapi

from recovery_journal.domain.models import Craving, Dose, MoodCheckin, Product, Trigger
from recovery_journal.services.journal_service import JournalService
from recovery_journal.storage import sqlcipher
from recovery_journal.storage.journal import (
    APPLICATION_ID,
    NewerSchemaError,
    _unlock,
    create_journal,
    open_journal,
)
from recovery_journal.storage.keys import KeySource
from recovery_journal.storage.location import JournalLocation
from recovery_journal.storage.migrations import LATEST_VERSION, migrate
from tests.conftest import PASSPHRASE
from tests.filesnap import folder_snapshot

MARKER = "zqMigrationMarker41c9"
CET = timezone(timedelta(hours=1))
CREATED = "2026-03-02T07:10:00.000000Z"

# Version-1 rows, written with raw SQL exactly as version 1 of the app stored them.
V1_ROWS: dict[str, list[dict[str, Any]]] = {
    "products": [
        {
            "id": 1,
            "uid": "product-red",
            "name": "Red vein powder",
            "form": "powder",
            "unit": "g",
            "grams_per_unit": None,
            "high_potency": 0,
            "leaf_equivalent_factor": None,
            "created_utc": CREATED,
            "deleted_utc": None,
        },
        {
            "id": 2,
            "uid": "product-shot",
            "name": "Extract shot",
            "form": "liquid shot",
            "unit": "shot",
            "grams_per_unit": None,
            "high_potency": 1,
            "leaf_equivalent_factor": 8.0,
            "created_utc": CREATED,
            "deleted_utc": None,
        },
    ],
    "triggers": [
        {
            "id": 1,
            "uid": "trigger-stress",
            "name": "stress",
            "coping_plan": f"walk round the block {MARKER}",
            "created_utc": CREATED,
            "deleted_utc": None,
        }
    ],
    "doses": [
        {
            "id": 1,
            "uid": "dose-1",
            "at_utc": "2026-03-02T07:05:00.000000Z",
            "at_offset": 60,
            "note": f"first dose {MARKER}",
            "created_utc": CREATED,
            "updated_utc": None,
            "deleted_utc": None,
            "amount": 2.5,
            "unit": "g",
            "product_id": 1,
        },
        {
            "id": 2,
            "uid": "dose-2",
            "at_utc": "2026-03-02T12:40:30.250000Z",
            "at_offset": 60,
            "note": "",
            "created_utc": CREATED,
            "updated_utc": None,
            "deleted_utc": None,
            "amount": 1.0,
            "unit": "shot",
            "product_id": 2,
        },
        {  # deleted (undo-able): kept as a deleted row
            "id": 3,
            "uid": "dose-3",
            "at_utc": "2026-03-02T15:00:00.000000Z",
            "at_offset": 60,
            "note": "logged twice by mistake",
            "created_utc": CREATED,
            "updated_utc": None,
            "deleted_utc": "2026-03-02T15:01:00.000000Z",
            "amount": 2.5,
            "unit": "g",
            "product_id": 1,
        },
    ],
    "mood_checkins": [
        {
            "id": 1,
            "uid": "mood-1",
            "at_utc": "2026-03-02T06:38:00.000000Z",
            "at_offset": 60,
            "note": f"tired {MARKER}",
            "created_utc": CREATED,
            "updated_utc": None,
            "deleted_utc": None,
            "mood": 5,
            "anxiety": 6,
            "energy": 4,
            "pain": 3,
        }
    ],
    "cravings": [
        {
            "id": 1,
            "uid": "craving-1",
            "at_utc": "2026-03-02T10:15:00.000000Z",
            "at_offset": 60,
            "note": "",
            "created_utc": CREATED,
            "updated_utc": None,
            "deleted_utc": None,
            "intensity": 7,
            "duration_min": 15,
            "coping": "tea",
            "outcome": "passed",
            "used_amount": None,
            "used_unit": None,
        }
    ],
    "entry_triggers": [
        {"entry_table": "doses", "entry_id": 1, "trigger_id": 1},
        {"entry_table": "cravings", "entry_id": 1, "trigger_id": 1},
    ],
    "settings": [{"key": "auto_lock_minutes", "value": "10"}],
}

EXPECTED_DOSES = [
    Dose(
        id=1,
        uid="dose-1",
        at=datetime(2026, 3, 2, 8, 5, tzinfo=CET),
        amount=2.5,
        unit="g",
        product_id=1,
        trigger_ids=(1,),
        note=f"first dose {MARKER}",
    ),
    Dose(
        id=2,
        uid="dose-2",
        at=datetime(2026, 3, 2, 13, 40, 30, 250000, tzinfo=CET),
        amount=1.0,
        unit="shot",
        product_id=2,
    ),
]


@pytest.fixture(params=["raw key", "passphrase"])
def key(request: pytest.FixtureRequest) -> KeySource:
    if request.param == "passphrase":
        return KeySource.from_passphrase(PASSPHRASE)
    return KeySource.new_random()


@pytest.fixture
def loose_umask() -> Iterator[None]:
    previous = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(previous)


def build_v1_journal(location: JournalLocation, key: KeySource) -> None:
    """A journal file as version 1 of the app left it: schema 1 only, rows in v1 columns."""
    location.ensure_folder()
    conn = sqlcipher.connect(str(location.db_path), create=True)
    db = _unlock(conn, key, location.db_path, must_be_journal=False)
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    assert migrate(db, target=1) == [1]
    with db.atomic():
        for table, rows in V1_ROWS.items():
            for row in rows:
                columns = ", ".join(f'"{c}"' for c in row)
                marks = ", ".join("?" * len(row))
                db.execute(f"INSERT INTO {table} ({columns}) VALUES ({marks})", list(row.values()))
    db.close()


def raw_connection(path: Path, key: KeySource) -> Any:
    """A plain sqlcipher3 connection, as any SQLCipher tool would open the file."""
    connection = sqlcipher_dbapi.connect(str(path))
    connection.execute(f"PRAGMA key = {key.pragma_value()}")
    return connection


def raw_rows(connection: Any, table: str, columns: list[str]) -> list[dict[str, Any]]:
    names = ", ".join(f'"{c}"' for c in columns)
    cursor = connection.execute(f"SELECT {names} FROM {table} ORDER BY rowid")
    return [dict(zip(columns, row, strict=True)) for row in cursor.fetchall()]


def test_a_version_1_journal_is_upgraded_with_every_row_kept(
    data_dir: Path, key: KeySource
) -> None:
    location = JournalLocation(data_dir)
    build_v1_journal(location, key)
    journal = open_journal(location, key)
    try:
        assert journal.db.execute("PRAGMA user_version").fetchone()[0] == LATEST_VERSION
        service = JournalService(journal)
        assert service.entries(Dose) == EXPECTED_DOSES
        [mood] = service.entries(MoodCheckin)
        assert mood == MoodCheckin(
            id=1,
            uid="mood-1",
            at=datetime(2026, 3, 2, 7, 38, tzinfo=CET),
            mood=5,
            anxiety=6,
            energy=4,
            pain=3,
            note=f"tired {MARKER}",
        )
        [craving] = service.entries(Craving)
        assert craving == Craving(
            id=1,
            uid="craving-1",
            at=datetime(2026, 3, 2, 11, 15, tzinfo=CET),
            intensity=7,
            duration_min=15,
            coping="tea",
            outcome="passed",
            trigger_ids=(1,),
        )
        assert service.products.all() == [
            Product(
                id=2,
                uid="product-shot",
                name="Extract shot",
                form="liquid shot",
                unit="shot",
                high_potency=True,
                leaf_equivalent_factor=8.0,
            ),
            Product(id=1, uid="product-red", name="Red vein powder", form="powder", unit="g"),
        ]
        assert service.triggers.all() == [
            Trigger(
                id=1,
                uid="trigger-stress",
                name="stress",
                coping_plan=V1_ROWS["triggers"][0]["coping_plan"],
            )
        ]
        # The deleted dose is still there, deleted, and undo brings it back.
        deleted = service.repo(Dose).get(3, include_deleted=True)
        assert deleted.note == "logged twice by mistake"
        assert service.undo_delete(deleted).amount == 2.5
        assert service.setting("auto_lock_minutes") == 10
        # Every v1 column of every row is exactly as it was.
        for table, rows in V1_ROWS.items():
            if table == "doses":
                continue  # dose 3 was just restored above
            assert raw_rows(journal.db.conn, table, list(rows[0])) == rows, table
    finally:
        journal.close()


def test_the_upgrade_keeps_an_encrypted_version_1_backup(data_dir: Path, key: KeySource) -> None:
    location = JournalLocation(data_dir)
    build_v1_journal(location, key)
    started = datetime.now(UTC).replace(microsecond=0)
    open_journal(location, key).close()

    backups = sorted(location.backups_dir.glob("before-migration-v1-*.db"))
    assert len(backups) == 1, list(location.backups_dir.iterdir())
    stamp = backups[0].name.removeprefix("before-migration-v1-").removesuffix(".db")
    made = datetime.strptime(stamp, "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)
    assert started <= made <= datetime.now(UTC)

    connection = raw_connection(backups[0], key)
    try:
        assert connection.execute("PRAGMA user_version").fetchone()[0] == 1
        assert connection.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        for table, rows in V1_ROWS.items():
            assert raw_rows(connection, table, list(rows[0])) == rows, table
        dose_columns = [r[1] for r in connection.execute("PRAGMA table_info(doses)")]
        assert "for_clinician" not in dose_columns  # the copy is the old schema
    finally:
        connection.close()
    for path in location.backups_dir.iterdir():
        assert MARKER.encode() not in path.read_bytes()

    # Opening the upgraded journal again migrates nothing and makes no further backup.
    open_journal(location, key).close()
    assert sorted(location.backups_dir.iterdir()) == backups


@pytest.mark.usefixtures("loose_umask")
def test_the_migration_backup_is_private(data_dir: Path) -> None:
    key = KeySource.new_random()
    location = JournalLocation(data_dir)
    build_v1_journal(location, key)
    os.umask(0o022)  # a fresh app start: nothing has tightened the umask yet
    open_journal(location, key).close()
    [backup] = location.backups_dir.iterdir()
    assert stat.S_IMODE(location.backups_dir.stat().st_mode) == 0o700
    assert stat.S_IMODE(backup.stat().st_mode) == 0o600


def test_the_backup_reopens_as_a_journal_with_the_old_rows(data_dir: Path, tmp_path: Path) -> None:
    """Restoring the pre-migration copy gives back the version-1 journal, upgraded again."""
    key = KeySource.new_random()
    location = JournalLocation(data_dir)
    build_v1_journal(location, key)
    open_journal(location, key).close()
    [backup] = location.backups_dir.iterdir()
    restored = JournalLocation(tmp_path / "restored")
    restored.ensure_folder()
    backup.rename(restored.db_path)
    journal = open_journal(restored, key)
    try:
        assert JournalService(journal).entries(Dose) == EXPECTED_DOSES
    finally:
        journal.close()


def test_a_journal_from_a_newer_version_is_refused_and_unchanged(data_dir: Path) -> None:
    key = KeySource.new_random()
    location = JournalLocation(data_dir)
    journal = create_journal(location, key)
    JournalService(journal).log_dose(datetime(2026, 3, 2, 8, 5, tzinfo=CET), 2.5, "g")
    journal.db.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
    journal.close()
    before = folder_snapshot(data_dir)
    assert list(before) == ["journal.db"]

    with pytest.raises(NewerSchemaError) as caught:
        open_journal(location, key)
    message = str(caught.value)
    assert "newer version" in message
    assert str(location.db_path) in message
    assert f"schema {LATEST_VERSION + 1}" in message
    assert folder_snapshot(data_dir) == before
    assert not location.backups_dir.exists()

    connection = raw_connection(location.db_path, key)
    try:
        assert connection.execute("PRAGMA user_version").fetchone()[0] == LATEST_VERSION + 1
        assert connection.execute("SELECT amount FROM doses").fetchall() == [(2.5,)]
    finally:
        connection.close()
