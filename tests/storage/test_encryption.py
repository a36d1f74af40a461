"""Encryption at rest: nothing the user writes can be read from the files in the data folder.

Each test writes entries that carry a unique marker string (in notes, a product name, a
trigger name, a medication name…) and then reads every file in the data folder as raw
bytes — while the journal is still open (un-checkpointed WAL), after an encrypted copy
into backups/, and after closing.
"""

from __future__ import annotations

import os
import secrets
import sqlite3
import stat
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from recovery_journal.domain.models import (
    Craving,
    Dose,
    MedicationTaken,
    MoodCheckin,
    SleepEntry,
    SubstanceUse,
    Trigger,
    TriggerNote,
)
from recovery_journal.services.access import JournalAccess
from recovery_journal.services.journal_service import JournalService
from recovery_journal.storage.journal import Journal, open_journal
from recovery_journal.storage.keys import KeySource, SystemKeyring
from recovery_journal.storage.location import JournalLocation
from tests.conftest import PASSPHRASE

BERLIN = ZoneInfo("Europe/Berlin")
MORNING = datetime(2026, 3, 2, 8, 5, tzinfo=BERLIN)


@pytest.fixture
def marker() -> str:
    return f"zqMarker{secrets.token_hex(6)}"


@pytest.fixture
def loose_umask() -> Iterator[None]:
    """Start from a permissive umask, so the app has to tighten it itself."""
    previous = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(previous)


def encodings_of(marker: str) -> list[bytes]:
    return [marker.encode(codec) for codec in ("utf-8", "utf-16-le", "utf-16-be")]


def files_containing(folder: Path, marker: str) -> list[str]:
    """Every file under ``folder`` whose raw bytes hold the marker in any encoding."""
    hits = []
    for path in sorted(folder.rglob("*")):
        if path.is_file():
            data = path.read_bytes()
            if any(form in data for form in encodings_of(marker)):
                hits.append(str(path.relative_to(folder)))
    return hits


def all_files(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file())


def write_marked_entries(journal: Journal, marker: str) -> None:
    """Entries of several kinds, each with the marker somewhere in its text."""
    service = JournalService(journal, zone=BERLIN)
    service.log_dose(
        MORNING,
        2.5,
        "g",
        product_name=f"{marker} red powder",
        trigger_names=[f"{marker} trigger at work"],
        note=f"dose note {marker}",
    )
    service.log_craving(
        Craving(at=MORNING + timedelta(hours=2), intensity=7, note=f"craving {marker}"),
        [f"{marker} boredom"],
    )
    service.log(MedicationTaken(at=MORNING, name=f"{marker} clonidine", dose=f"0.1 mg {marker}"))
    service.log(MoodCheckin(at=MORNING, mood=4, anxiety=6, energy=3, pain=2, note=marker))
    service.log(SubstanceUse(at=MORNING, kind="alcohol", amount=f"two beers {marker}"))
    trigger = service.triggers.add(Trigger(name=f"{marker} conflict", coping_plan=marker))
    service.log(
        TriggerNote(
            at=MORNING, what_happened=f"argued {marker}", trigger_id=trigger.id, if_then_plan=marker
        )
    )
    service.log(
        SleepEntry(
            night=(MORNING - timedelta(days=1)).date(),
            into_bed=MORNING - timedelta(hours=9),
            tried_sleep=MORNING - timedelta(hours=9),
            latency_min=20,
            awakenings=1,
            awake_min=10,
            final_wake=MORNING - timedelta(minutes=30),
            at=MORNING - timedelta(minutes=15),
            quality=3,
            note=f"dreamt {marker}",
        )
    )


def assert_marker_stored(journal: Journal, marker: str) -> None:
    """The marker really is in the journal (so its absence on disk means encryption)."""
    service = JournalService(journal, zone=BERLIN)
    [dose] = service.entries(Dose)
    assert dose.note == f"dose note {marker}"
    assert dose.product_id is not None
    product = service.products.by_ids([dose.product_id])[dose.product_id]
    assert product.name == f"{marker} red powder"
    [medication] = service.entries(MedicationTaken)
    assert medication.name == f"{marker} clonidine"
    assert service.triggers.find(f"{marker} trigger at work") is not None
    assert service.entry_count() == 7


def create(mode: str, data_dir: Path, keyring: SystemKeyring) -> tuple[JournalAccess, Journal]:
    access = JournalAccess(JournalLocation(data_dir), lambda: keyring)
    if mode == "passphrase":
        return access, access.create_with_passphrase(PASSPHRASE)
    return access, access.create_with_keyring()


def key_of(mode: str, data_dir: Path, keyring: SystemKeyring) -> KeySource:
    """The key a journal was created with: the passphrase, or the raw key in the keyring."""
    if mode == "passphrase":
        return KeySource.from_passphrase(PASSPHRASE)
    raw = keyring.get_key(JournalLocation(data_dir).read_meta().keyring_account)
    assert raw is not None
    return KeySource(raw_key=raw)


def test_the_scan_would_see_plain_text(tmp_path: Path, marker: str) -> None:
    """Control: the same scan finds the marker in an unencrypted SQLite file."""
    folder = tmp_path / "plain"
    folder.mkdir()
    connection = sqlite3.connect(folder / "plain.db")
    connection.execute("CREATE TABLE notes (note TEXT)")
    connection.execute("INSERT INTO notes VALUES (?)", [f"dose note {marker}"])
    connection.commit()
    connection.close()
    (folder / "utf16.txt").write_bytes(f"x {marker} y".encode("utf-16-le"))
    assert files_containing(folder, marker) == ["plain.db", "utf16.txt"]


@pytest.mark.parametrize("mode", ["passphrase", "keyring"])
def test_marker_is_in_no_file_while_open_after_a_copy_and_after_close(
    mode: str, data_dir: Path, memory_keyring: SystemKeyring, marker: str
) -> None:
    access, journal = create(mode, data_dir, memory_keyring)
    try:
        write_marked_entries(journal, marker)
        wal = data_dir / "journal.db-wal"
        # The entries sit in the write-ahead log, not yet checkpointed into journal.db.
        assert wal.exists() and wal.stat().st_size > 0
        assert {"journal.db", "journal.db-wal", "journal.db-shm"} <= set(all_files(data_dir))
        assert files_containing(data_dir, marker) == []

        copy = journal.export_copy(data_dir / "backups" / "copy.db")
        assert copy.stat().st_size > 0
        assert files_containing(data_dir, marker) == []
        assert_marker_stored(journal, marker)
    finally:
        journal.close()

    assert "backups/copy.db" in all_files(data_dir)
    assert files_containing(data_dir, marker) == []

    reopened = (
        access.open_with_passphrase(PASSPHRASE)
        if mode == "passphrase"
        else access.open_with_keyring()
    )
    try:
        assert_marker_stored(reopened, marker)
    finally:
        reopened.close()
    assert files_containing(data_dir, marker) == []


@pytest.mark.parametrize("mode", ["passphrase", "keyring"])
def test_the_copy_in_backups_holds_the_entries_under_the_same_key(
    mode: str, data_dir: Path, memory_keyring: SystemKeyring, marker: str
) -> None:
    _, journal = create(mode, data_dir, memory_keyring)
    key = key_of(mode, data_dir, memory_keyring)
    try:
        write_marked_entries(journal, marker)
        journal.export_copy(data_dir / "backups" / "copy.db")
    finally:
        journal.close()
    copy_folder = data_dir.parent / "restored"
    copy_folder.mkdir()
    (data_dir / "backups" / "copy.db").rename(copy_folder / "journal.db")
    restored = open_journal(JournalLocation(copy_folder), key)
    try:
        assert_marker_stored(restored, marker)
    finally:
        restored.close()
    assert files_containing(copy_folder, marker) == []


def test_no_key_or_passphrase_is_written_to_the_data_folder(
    data_dir: Path, memory_keyring: SystemKeyring, marker: str, tmp_path: Path
) -> None:
    _, journal = create("keyring", data_dir, memory_keyring)
    try:
        write_marked_entries(journal, marker)
    finally:
        journal.close()
    key_hex = key_of("keyring", data_dir, memory_keyring).raw_key.hex()  # type: ignore[union-attr]
    assert files_containing(data_dir, key_hex) == []
    assert files_containing(data_dir, key_hex.upper()) == []
    assert bytes.fromhex(key_hex) not in b"".join(
        (data_dir / name).read_bytes() for name in all_files(data_dir)
    )

    other = tmp_path / "with-passphrase"
    _, journal = create("passphrase", other, memory_keyring)
    try:
        write_marked_entries(journal, marker)
    finally:
        journal.close()
    assert files_containing(other, PASSPHRASE) == []


def mode_of(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.usefixtures("loose_umask")
@pytest.mark.parametrize("mode", ["passphrase", "keyring"])
def test_files_and_folders_are_readable_by_the_owner_only(
    mode: str, data_dir: Path, memory_keyring: SystemKeyring, marker: str
) -> None:
    _, journal = create(mode, data_dir, memory_keyring)
    try:
        write_marked_entries(journal, marker)
        journal.export_copy(data_dir / "backups" / "copy.db")
        files = all_files(data_dir)
        assert {"journal.db", "journal.db-wal", "journal.db-shm", "journal.json"} <= set(files)
        assert "backups/copy.db" in files
        assert mode_of(data_dir) == 0o700
        assert mode_of(data_dir / "backups") == 0o700
        assert {name: oct(mode_of(data_dir / name)) for name in files} == {
            name: oct(0o600) for name in files
        }
    finally:
        journal.close()


def test_a_copy_made_by_a_fresh_process_is_private_too(
    data_dir: Path, memory_keyring: SystemKeyring, marker: str
) -> None:
    """Opening an existing journal (no create step) with a loose umask still makes 0600 copies."""
    _, journal = create("keyring", data_dir, memory_keyring)
    key = key_of("keyring", data_dir, memory_keyring)
    journal.close()
    previous = os.umask(0o022)  # a new process: nothing has tightened the umask yet
    try:
        reopened = open_journal(JournalLocation(data_dir), key)
        try:
            write_marked_entries(reopened, marker)
            copy = reopened.export_copy(data_dir / "backups" / "later.db")
            assert mode_of(copy) == 0o600
            assert mode_of(copy.parent) == 0o700
            assert mode_of(data_dir / "journal.db-wal") == 0o600
        finally:
            reopened.close()
    finally:
        os.umask(previous)
    assert files_containing(data_dir, marker) == []
