"""The passphrase path, and the promise that a failed open never harms the journal.

Create, close, reopen with the right passphrase; a wrong one is a clear error and leaves
every file byte-for-byte as it was; the passphrase can be changed, set and removed; a
file at the journal's path that is not a journal is named and left alone; creating never
replaces a journal and opening never creates one.
"""

from __future__ import annotations

import secrets
import sqlite3
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import sqlcipher3.dbapi2 as sqlcipher_dbapi

from recovery_journal.domain.errors import JournalError, ValidationError
from recovery_journal.domain.models import Dose, MoodCheckin
from recovery_journal.services.access import JournalAccess, NeedsPassphrase
from recovery_journal.services.journal_service import JournalService
from recovery_journal.storage.journal import (
    Journal,
    WrongKeyError,
    create_journal,
    open_journal,
)
from recovery_journal.storage.keys import KeySource, SystemKeyring
from recovery_journal.storage.location import JournalFileError, JournalLocation
from tests.conftest import PASSPHRASE, MemoryKeyringBackend
from tests.filesnap import folder_snapshot

BERLIN = ZoneInfo("Europe/Berlin")
MORNING = datetime(2026, 3, 2, 8, 5, tzinfo=BERLIN)
NEW_PASSPHRASE = "a different, longer passphrase"


def access_for(data_dir: Path, keyring: SystemKeyring | None = None) -> JournalAccess:
    def no_keyring() -> SystemKeyring:
        raise AssertionError("the passphrase path must not touch the keyring")

    return JournalAccess(JournalLocation(data_dir), (lambda: keyring) if keyring else no_keyring)


def log_two_entries(journal: Journal) -> None:
    service = JournalService(journal, zone=BERLIN)
    service.log_dose(MORNING, 2.5, "g", product_name="Red powder", note="first of the day")
    service.log(MoodCheckin(at=MORNING + timedelta(minutes=3), mood=5, anxiety=6, energy=4, pain=3))


def assert_two_entries(journal: Journal) -> None:
    service = JournalService(journal, zone=BERLIN)
    [dose] = service.entries(Dose)
    assert (dose.at, dose.amount, dose.unit, dose.note) == (MORNING, 2.5, "g", "first of the day")
    assert service.products.find("Red powder") is not None
    [mood] = service.entries(MoodCheckin)
    assert (mood.mood, mood.anxiety, mood.energy, mood.pain) == (5, 6, 4, 3)
    assert service.entry_count() == 2


@pytest.fixture
def passphrase_journal(data_dir: Path) -> Path:
    """A closed journal with two entries, locked with PASSPHRASE."""
    journal = access_for(data_dir).create_with_passphrase(PASSPHRASE)
    try:
        log_two_entries(journal)
    finally:
        journal.close()
    return data_dir


def test_right_passphrase_brings_the_entries_back(passphrase_journal: Path) -> None:
    journal = access_for(passphrase_journal).open_with_passphrase(PASSPHRASE)
    try:
        assert journal.uses_passphrase
        assert_two_entries(journal)
    finally:
        journal.close()


@pytest.mark.parametrize(
    "wrong",
    [
        "correct horse battery ",  # one trailing space
        "Correct horse battery",
        "x" * 40,
        "correct horse batterý",
    ],
)
def test_wrong_passphrase_is_a_clear_error_and_changes_no_byte(
    passphrase_journal: Path, wrong: str
) -> None:
    before = folder_snapshot(passphrase_journal)
    with pytest.raises(WrongKeyError) as caught:
        access_for(passphrase_journal).open_with_passphrase(wrong)
    message = str(caught.value)
    assert "passphrase does not open" in message
    assert str(passphrase_journal / "journal.db") in message
    assert "left as it is" in message
    assert folder_snapshot(passphrase_journal) == before
    # …and the right passphrase still works afterwards.
    journal = access_for(passphrase_journal).open_with_passphrase(PASSPHRASE)
    try:
        assert_two_entries(journal)
    finally:
        journal.close()


def test_empty_passphrase_asks_for_one_and_changes_nothing(passphrase_journal: Path) -> None:
    before = folder_snapshot(passphrase_journal)
    with pytest.raises(WrongKeyError, match="type your passphrase"):
        access_for(passphrase_journal).open_with_passphrase("")
    assert folder_snapshot(passphrase_journal) == before


def test_wrong_passphrase_while_the_journal_is_open_elsewhere_changes_nothing(
    passphrase_journal: Path,
) -> None:
    """With a live, un-checkpointed WAL next to it, a failed open leaves the data untouched.

    The -shm file is SQLite's shared lock/index memory, which every connection that looks
    at a WAL database updates (read marks); it holds no journal data, so it is left out.
    """
    journal = access_for(passphrase_journal).open_with_passphrase(PASSPHRASE)
    try:
        JournalService(journal, zone=BERLIN).log_dose(MORNING + timedelta(hours=5), 1.0, "g")
        before = folder_snapshot(passphrase_journal)
        assert before.keys() >= {"journal.db", "journal.db-wal", "journal.db-shm"}
        with pytest.raises(WrongKeyError):
            open_journal(JournalLocation(passphrase_journal), KeySource(passphrase="wrong one!"))
        after = folder_snapshot(passphrase_journal)
        assert after.keys() == before.keys()
        assert {n: h for n, h in after.items() if not n.endswith("-shm")} == {
            n: h for n, h in before.items() if not n.endswith("-shm")
        }
    finally:
        journal.close()
    journal = access_for(passphrase_journal).open_with_passphrase(PASSPHRASE)
    try:
        assert JournalService(journal, zone=BERLIN).entry_count() == 3
    finally:
        journal.close()


def test_a_raw_key_does_not_open_a_passphrase_journal(passphrase_journal: Path) -> None:
    before = folder_snapshot(passphrase_journal)
    with pytest.raises(WrongKeyError, match="The key does not open"):
        open_journal(JournalLocation(passphrase_journal), KeySource.new_random())
    assert folder_snapshot(passphrase_journal) == before


def test_change_passphrase_old_fails_new_works(passphrase_journal: Path) -> None:
    access = access_for(passphrase_journal)
    journal = access.open_with_passphrase(PASSPHRASE)
    try:
        access.change_passphrase(journal, NEW_PASSPHRASE)
        assert_two_entries(journal)  # still usable in the same session
    finally:
        journal.close()
    before = folder_snapshot(passphrase_journal)
    with pytest.raises(WrongKeyError):
        access.open_with_passphrase(PASSPHRASE)
    assert folder_snapshot(passphrase_journal) == before
    journal = access.open_with_passphrase(NEW_PASSPHRASE)
    try:
        assert_two_entries(journal)
    finally:
        journal.close()


def test_too_short_new_passphrase_is_refused_and_the_old_one_still_works(
    passphrase_journal: Path,
) -> None:
    access = access_for(passphrase_journal)
    journal = access.open_with_passphrase(PASSPHRASE)
    try:
        with pytest.raises(ValidationError, match="at least 8 characters"):
            access.change_passphrase(journal, "short")
    finally:
        journal.close()
    journal = access.open_with_passphrase(PASSPHRASE)
    journal.close()


def test_a_keyring_journal_has_no_passphrase_to_change(
    data_dir: Path, memory_keyring: SystemKeyring
) -> None:
    access = access_for(data_dir, memory_keyring)
    journal = access.create_with_keyring()
    try:
        with pytest.raises(JournalError, match="no passphrase yet"):
            access.change_passphrase(journal, NEW_PASSPHRASE)
    finally:
        journal.close()
    journal = access.open_with_keyring()
    journal.close()


def test_set_passphrase_moves_a_keyring_journal_to_passphrase_mode(
    data_dir: Path, memory_keyring: SystemKeyring
) -> None:
    access = access_for(data_dir, memory_keyring)
    journal = access.create_with_keyring()
    location = access.location
    account = location.read_meta().keyring_account
    old_key = memory_keyring.get_key(account)
    assert old_key is not None
    try:
        log_two_entries(journal)
        access.set_passphrase(journal, NEW_PASSPHRASE)
        assert journal.uses_passphrase
    finally:
        journal.close()

    assert location.read_meta().key_source == "passphrase"
    assert memory_keyring.get_key(account) is None  # the old key is forgotten
    fresh = access_for(data_dir, memory_keyring)
    with pytest.raises(NeedsPassphrase):
        fresh.open_with_keyring()
    with pytest.raises(WrongKeyError):
        open_journal(location, KeySource(raw_key=old_key))
    journal = fresh.open_with_passphrase(NEW_PASSPHRASE)
    try:
        assert_two_entries(journal)
    finally:
        journal.close()


def test_remove_passphrase_moves_back_to_the_keyring(
    passphrase_journal: Path, memory_keyring: SystemKeyring
) -> None:
    access = access_for(passphrase_journal, memory_keyring)
    journal = access.open_with_passphrase(PASSPHRASE)
    try:
        access.remove_passphrase(journal)
        assert not journal.uses_passphrase
    finally:
        journal.close()

    meta = access.location.read_meta()
    assert meta.key_source == "keyring"
    assert memory_keyring.get_key(meta.keyring_account) is not None
    before = folder_snapshot(passphrase_journal)
    with pytest.raises(WrongKeyError):
        access_for(passphrase_journal, memory_keyring).open_with_passphrase(PASSPHRASE)
    assert folder_snapshot(passphrase_journal) == before
    journal = access_for(passphrase_journal, memory_keyring).open_with_keyring()
    try:
        assert_two_entries(journal)
    finally:
        journal.close()


# -- files at the journal's path that are not a journal --------------------------------
def plain_sqlite(path: Path) -> None:
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE doses (amount REAL)")
    connection.execute("INSERT INTO doses VALUES (2.5)")
    connection.commit()
    connection.close()


def empty_file(path: Path) -> None:
    path.write_bytes(b"")


def random_bytes(path: Path) -> None:
    path.write_bytes(secrets.token_bytes(8192))


NOT_A_JOURNAL = [plain_sqlite, empty_file, random_bytes]


@pytest.mark.parametrize("make_file", NOT_A_JOURNAL, ids=lambda f: f.__name__)
@pytest.mark.parametrize("key", ["passphrase", "raw"])
def test_a_file_that_is_not_a_journal_is_named_and_left_alone(
    data_dir: Path, make_file, key: str
) -> None:
    data_dir.mkdir(mode=0o700)
    make_file(data_dir / "journal.db")
    before = folder_snapshot(data_dir)
    source = KeySource(passphrase=PASSPHRASE) if key == "passphrase" else KeySource.new_random()
    with pytest.raises((JournalFileError, WrongKeyError)) as caught:
        open_journal(JournalLocation(data_dir), source)
    assert str(data_dir / "journal.db") in str(caught.value)
    assert folder_snapshot(data_dir) == before


@pytest.mark.parametrize("make_file", NOT_A_JOURNAL, ids=lambda f: f.__name__)
def test_a_damaged_journal_file_next_to_its_journal_json_is_left_alone(
    passphrase_journal: Path, make_file
) -> None:
    db_path = passphrase_journal / "journal.db"
    db_path.unlink()
    make_file(db_path)
    before = folder_snapshot(passphrase_journal)
    with pytest.raises((JournalFileError, WrongKeyError)) as caught:
        access_for(passphrase_journal).open_with_passphrase(PASSPHRASE)
    assert str(db_path) in str(caught.value)
    assert folder_snapshot(passphrase_journal) == before


def test_a_sqlcipher_file_of_another_app_is_refused(data_dir: Path) -> None:
    data_dir.mkdir(mode=0o700)
    connection = sqlcipher_dbapi.connect(str(data_dir / "journal.db"))
    connection.execute(f"PRAGMA key = '{PASSPHRASE}'")
    connection.execute("CREATE TABLE notes (text TEXT)")
    connection.commit()
    connection.close()
    before = folder_snapshot(data_dir)
    with pytest.raises(JournalFileError, match="not a Recovery Journal"):
        open_journal(JournalLocation(data_dir), KeySource(passphrase=PASSPHRASE))
    assert folder_snapshot(data_dir) == before


# -- create never replaces, open never creates -----------------------------------------
def test_create_refuses_an_existing_journal(
    passphrase_journal: Path, memory_keyring: SystemKeyring
) -> None:
    before = folder_snapshot(passphrase_journal)
    location = JournalLocation(passphrase_journal)
    with pytest.raises(JournalFileError, match="already exists"):
        create_journal(location, KeySource.new_random())
    with pytest.raises(JournalFileError, match="already exists"):
        access_for(passphrase_journal).create_with_passphrase(NEW_PASSPHRASE)
    with pytest.raises(JournalFileError, match="already exists"):
        access_for(passphrase_journal, memory_keyring).create_with_keyring()
    assert folder_snapshot(passphrase_journal) == before
    journal = access_for(passphrase_journal).open_with_passphrase(PASSPHRASE)
    try:
        assert_two_entries(journal)
    finally:
        journal.close()


@pytest.mark.parametrize("leftover", ["journal.db", "journal.db-wal"])
def test_create_refuses_when_a_database_file_is_there(data_dir: Path, leftover: str) -> None:
    data_dir.mkdir(mode=0o700)
    (data_dir / leftover).write_bytes(b"left over from an earlier journal")
    before = folder_snapshot(data_dir)
    with pytest.raises(JournalFileError):
        create_journal(JournalLocation(data_dir), KeySource.new_random())
    with pytest.raises(JournalFileError):
        access_for(data_dir).create_with_passphrase(PASSPHRASE)
    assert folder_snapshot(data_dir) == before


@pytest.mark.parametrize("leftover", ["journal.db", "journal.json"])
def test_create_with_keyring_refuses_before_touching_the_keyring(
    data_dir: Path, leftover: str
) -> None:
    data_dir.mkdir(mode=0o700)
    (data_dir / leftover).write_bytes(b"left over from an earlier journal")
    before = folder_snapshot(data_dir)
    backend = MemoryKeyringBackend()
    access = access_for(data_dir, SystemKeyring(backend, trusted=True))
    with pytest.raises(JournalFileError, match="already exists"):
        access.create_with_keyring()
    with pytest.raises(JournalFileError, match="already exists"):
        access.create_with_passphrase(PASSPHRASE)
    assert backend.secrets == {}
    assert folder_snapshot(data_dir) == before


def test_open_never_creates_a_journal(data_dir: Path, memory_keyring: SystemKeyring) -> None:
    location = JournalLocation(data_dir)
    with pytest.raises(JournalFileError, match="no journal"):
        open_journal(location, KeySource(passphrase=PASSPHRASE))
    with pytest.raises(JournalFileError):
        access_for(data_dir).open_with_passphrase(PASSPHRASE)
    with pytest.raises(JournalFileError):
        access_for(data_dir, memory_keyring).open_with_keyring()
    assert not data_dir.exists()

    data_dir.mkdir(mode=0o700)
    with pytest.raises(JournalFileError, match="no journal"):
        open_journal(location, KeySource.new_random())
    with pytest.raises(JournalFileError):
        access_for(data_dir).open_with_passphrase(PASSPHRASE)
    assert list(data_dir.iterdir()) == []


@pytest.mark.parametrize("too_short", ["", "seven c", "1234567"])
def test_too_short_passphrase_is_a_validation_error_and_creates_nothing(
    data_dir: Path, too_short: str
) -> None:
    with pytest.raises(ValidationError, match="at least 8 characters"):
        access_for(data_dir).create_with_passphrase(too_short)
    assert not data_dir.exists()


def test_set_passphrase_refuses_a_short_one_and_keeps_the_keyring_key(
    data_dir: Path, memory_keyring: SystemKeyring
) -> None:
    access = access_for(data_dir, memory_keyring)
    journal = access.create_with_keyring()
    try:
        with pytest.raises(ValidationError):
            access.set_passphrase(journal, "short")
    finally:
        journal.close()
    assert access.location.read_meta().key_source == "keyring"
    journal = access_for(data_dir, memory_keyring).open_with_keyring()
    journal.close()


# -- portability: any standard SQLCipher 4 tool opens a passphrase journal --------------
def read_with_plain_sqlcipher(db_path: Path, passphrase: str) -> list[tuple[float, str]]:
    connection = sqlcipher_dbapi.connect(str(db_path))
    try:
        escaped = passphrase.replace("'", "''")
        connection.execute(f"PRAGMA key = '{escaped}'")
        return connection.execute("SELECT amount, unit FROM doses ORDER BY id").fetchall()
    finally:
        connection.close()


def test_a_passphrase_journal_opens_with_plain_sqlcipher(data_dir: Path) -> None:
    passphrase = "it's my ünïcode passphrase 🌱"
    journal = access_for(data_dir).create_with_passphrase(passphrase)
    try:
        log_two_entries(journal)
    finally:
        journal.close()
    assert read_with_plain_sqlcipher(data_dir / "journal.db", passphrase) == [(2.5, "g")]
    with pytest.raises(sqlcipher_dbapi.DatabaseError, match="not a database"):
        read_with_plain_sqlcipher(data_dir / "journal.db", passphrase + "x")


def test_changed_and_newly_set_passphrases_open_with_plain_sqlcipher(
    data_dir: Path, memory_keyring: SystemKeyring
) -> None:
    access = access_for(data_dir, memory_keyring)
    journal = access.create_with_keyring()
    try:
        log_two_entries(journal)
        access.set_passphrase(journal, PASSPHRASE)
    finally:
        journal.close()
    assert read_with_plain_sqlcipher(data_dir / "journal.db", PASSPHRASE) == [(2.5, "g")]

    journal = access.open_with_passphrase(PASSPHRASE)
    try:
        access.change_passphrase(journal, NEW_PASSPHRASE)
    finally:
        journal.close()
    assert read_with_plain_sqlcipher(data_dir / "journal.db", NEW_PASSPHRASE) == [(2.5, "g")]
