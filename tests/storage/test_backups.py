"""Encrypted backups: consistent copies, rotation, checks, restore, portable files, damage.

Every journal and backup here is a real SQLCipher file; "damage" is real flipped bytes.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import textwrap
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from recovery_journal.domain.models import Dose, MoodCheckin
from recovery_journal.services.backup_service import BackupService
from recovery_journal.services.journal_service import JournalService
from recovery_journal.storage import backups, sqlcipher
from recovery_journal.storage.backups import BackupError
from recovery_journal.storage.journal import (
    Journal,
    StorageError,
    WrongKeyError,
    create_journal,
    open_journal,
)
from recovery_journal.storage.keys import KeySource
from recovery_journal.storage.location import JournalLocation
from tests.filesnap import file_digest

BERLIN = ZoneInfo("Europe/Berlin")
START = datetime(2026, 3, 2, 8, 0, tzinfo=BERLIN)
PORTABLE = "moving to a new laptop"
NOTES = st.text(
    st.characters(blacklist_categories=("Cc", "Cs", "Co", "Cn")) | st.sampled_from("\n\t"),
    max_size=200,
)


def dump(journal: Journal) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table: what "equal data" means for a backup."""
    names = [
        r[0]
        for r in journal.db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
        )
    ]
    return {
        name: journal.db.execute(f"SELECT * FROM {name} ORDER BY 1, 2").fetchall() for name in names
    }


def add_moods(journal: Journal, count: int, note: str = "", start: datetime = START) -> None:
    service = JournalService(journal)
    for day in range(count):
        service.log(
            MoodCheckin(
                at=start + timedelta(days=day), mood=5, anxiety=3, energy=4, pain=1, note=note
            )
        )


def flip_byte(path: Path, offset: int) -> None:
    with path.open("r+b") as stream:
        stream.seek(offset)
        value = stream.read(1)
        stream.seek(offset)
        stream.write(bytes([value[0] ^ 0xFF]))


def test_backup_is_a_consistent_copy_of_uncheckpointed_writes(journal: Journal) -> None:
    add_moods(journal, 3)
    assert Path(f"{journal.location.db_path}-wal").stat().st_size > 0  # still in the WAL
    backup = backups.take_backup(journal, backups.DAILY)
    check = backups.check_backup(backup.path, journal.key)
    assert check.entries == 3
    assert oct(backup.path.stat().st_mode & 0o777) == "0o600"
    assert not list(backup.path.parent.glob(".partial-*"))
    with pytest.raises(WrongKeyError):
        backups.check_backup(backup.path, KeySource.new_random())


def test_rotation_keeps_the_newest_n_and_safety_copies_apart(journal: Journal) -> None:
    folder = journal.location.backups_dir
    folder.mkdir(parents=True, exist_ok=True)
    for day in range(1, 6):  # five daily backups on five days, oldest first
        backups.take_backup(journal, backups.DAILY).path.rename(
            folder / f"daily-202603{day:02}T080000Z.db"
        )
    before_restore = backups.take_backup(journal, backups.BEFORE_RESTORE)
    removed = backups.prune(journal.location, keep=3)
    names = [b.path.name for b in backups.list_backups(journal.location)]
    assert len(removed) == 2
    assert [n for n in names if n.startswith("daily")] == [
        "daily-20260305T080000Z.db",
        "daily-20260304T080000Z.db",
        "daily-20260303T080000Z.db",
    ]
    assert before_restore.path.exists()


def test_daily_backup_only_on_the_first_unlock_of_a_day(journal: Journal) -> None:
    clock = [datetime(2026, 3, 2, 9, 0, tzinfo=BERLIN)]
    service = BackupService(journal, BERLIN, lambda: clock[0])
    first = service.daily_if_due()
    assert first is not None and first.kind == "daily"
    assert service.daily_if_due() is None  # same day
    first.path.rename(first.path.with_name("daily-20260301T080000Z.db"))  # as if yesterday
    assert service.daily_if_due() is not None


def test_backup_and_migration_backups_do_not_collide(journal: Journal) -> None:
    one = backups.take_backup(journal, backups.MANUAL)
    two = backups.take_backup(journal, backups.MANUAL)
    assert one.path != two.path and one.path.exists() and two.path.exists()


def test_restore_replaces_contents_and_keeps_the_state_before(journal: Journal) -> None:
    add_moods(journal, 2, note="before backup")
    backup = backups.take_backup(journal, backups.DAILY)
    add_moods(journal, 5, note="after backup", start=START + timedelta(days=10))
    done = backups.restore_backup(journal, backup.path, journal.key, keep=14)
    restored = done.journal
    assert JournalService(restored).entry_count() == 2
    [safety] = [b for b in backups.list_backups(restored.location) if b.kind == "before-restore"]
    assert (done.kept, done.damaged) == (safety.path, False)
    assert backups.check_backup(safety.path, restored.key).entries == 7
    undone = backups.restore_backup(restored, safety.path, restored.key, keep=14).journal  # undo
    try:
        assert JournalService(undone).entry_count() == 7
    finally:
        undone.close()


def test_a_damaged_backup_is_refused_before_anything_changes(journal: Journal) -> None:
    add_moods(journal, 3)
    backup = backups.take_backup(journal, backups.DAILY)
    flip_byte(backup.path, 4096 * 2 + 500)
    with pytest.raises(BackupError, match="integrity|unreadable"):
        backups.check_backup(backup.path, journal.key)
    with pytest.raises(BackupError):
        backups.restore_backup(journal, backup.path, journal.key, keep=14)
    assert JournalService(journal).entry_count() == 3  # still open, unchanged
    assert [b.kind for b in backups.list_backups(journal.location)] == ["daily"]


def test_a_file_that_is_not_a_backup_is_refused(journal: Journal, tmp_path: Path) -> None:
    garbage = tmp_path / "garbage.db"
    garbage.write_bytes(os.urandom(50_000))
    with pytest.raises(WrongKeyError):
        backups.restore_backup(journal, garbage, journal.key, keep=14)
    with pytest.raises(BackupError, match="no backup file"):
        backups.check_backup(tmp_path / "missing.db", journal.key)


def test_portable_backup_opens_anywhere_with_its_passphrase(
    journal: Journal, tmp_path: Path
) -> None:
    add_moods(journal, 4, note="portable note")
    path = backups.write_portable(journal, tmp_path / "move.db", PORTABLE)
    assert [p.name for p in tmp_path.iterdir()] == ["journal", "move.db"]  # one file
    conn = sqlcipher.connect(str(path), create=False, read_only=True)  # any SQLCipher 4 tool
    conn.execute(f"PRAGMA key = '{PORTABLE}'")
    assert conn.execute("SELECT count(*) FROM mood_checkins").fetchone()[0] == 4
    conn.close()
    with pytest.raises(WrongKeyError):
        backups.check_backup(path, journal.key)
    with pytest.raises(WrongKeyError):
        backups.check_backup(path, KeySource(passphrase="not the passphrase"))
    with pytest.raises(BackupError, match="outside"):
        backups.write_portable(journal, journal.location.data_dir / "x.db", PORTABLE)
    # a fresh install elsewhere, under its own random key
    other = create_journal(JournalLocation(tmp_path / "new"), KeySource.new_random())
    restored = backups.restore_backup(other, path, KeySource(passphrase=PORTABLE), keep=14).journal
    try:
        assert JournalService(restored).entry_count() == 4
        assert restored.key.raw_key is not None  # still under the new journal's own key
    finally:
        restored.close()


def test_a_damaged_journal_is_detected_and_recovered_from_the_newest_good_backup(
    data_dir: Path,
) -> None:
    location, key = JournalLocation(data_dir), KeySource.new_random()
    journal = create_journal(location, key)
    add_moods(journal, 30, note="x" * 2000)
    older = backups.take_backup(journal, backups.DAILY)
    add_moods(journal, 1, start=START + timedelta(days=40))
    newer = backups.take_backup(journal, backups.MANUAL)
    journal.close()
    flip_byte(newer.path, 4096 * 3 + 10)  # the newest backup is damaged too
    flip_byte(location.db_path, 4096 * 4 + 10)
    damaged = open_journal(location, key)
    assert backups.integrity_problems(damaged.db.conn, quick=True)
    damaged.close()
    good = backups.newest_good_backup(location, key)
    assert good is not None and good.path == older.path
    recovered = backups.recover_damaged(location, key, good)
    try:
        assert JournalService(recovered).entry_count() == 30
        assert backups.integrity_problems(recovered.db.conn, quick=False) == []
    finally:
        recovered.close()
    kept = [p.name for p in data_dir.iterdir() if ".damaged-" in p.name]
    assert len(kept) == 1  # the damaged file is kept, never deleted


def test_interrupted_backups_leave_no_file_that_looks_whole(journal: Journal) -> None:
    folder = journal.location.backups_dir
    folder.mkdir(parents=True, exist_ok=True)
    stale = folder / ".partial-abc-daily-20260301T080000Z.db"
    stale.write_bytes(b"half a backup")
    os.utime(stale, (0, 0))
    assert backups.list_backups(journal.location) == []
    backups.take_backup(journal, backups.DAILY, keep=3)
    assert not stale.exists()


def test_disk_full_and_read_only_are_messages_and_save_nothing(journal: Journal) -> None:
    service = JournalService(journal)
    add_moods(journal, 1)
    pages = journal.db.execute("PRAGMA page_count").fetchone()[0]
    journal.db.execute(f"PRAGMA max_page_count = {pages + 1}")  # the disk is "full"
    big = Dose(at=START, amount=1.0, unit="g", note="y" * 9_000)
    with pytest.raises(StorageError, match="no space left"):
        service.log(big)
    assert service.entry_count() == 1
    journal.db.execute("PRAGMA max_page_count = 1073741823")
    journal.db.execute("PRAGMA query_only = 1")  # the same error SQLite gives a read-only file
    with pytest.raises(StorageError, match="read-only"):
        service.log(big)
    journal.db.execute("PRAGMA query_only = 0")
    assert service.entry_count() == 1


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX file-size limit")
def test_a_full_disk_during_a_backup_leaves_no_partial_file(journal: Journal) -> None:
    add_moods(journal, 50, note="z" * 3000)
    journal_dir = journal.location.data_dir
    key_hex = journal.key.raw_key.hex() if journal.key.raw_key else ""
    journal.close()
    script = textwrap.dedent(
        f"""
        import resource, signal, sys
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        from recovery_journal.storage.journal import open_journal
        from recovery_journal.storage.keys import KeySource
        from recovery_journal.storage.location import JournalLocation
        from recovery_journal.storage import backups
        key = KeySource(raw_key=bytes.fromhex(sys.stdin.readline().strip()))
        j = open_journal(JournalLocation({str(journal_dir)!r}), key)
        resource.setrlimit(resource.RLIMIT_FSIZE, (64 * 1024, resource.RLIM_INFINITY))
        try:
            backups.take_backup(j, "manual")
        except backups.BackupError as error:
            print("MESSAGE", error)
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        input=key_hex + "\n",
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert "MESSAGE The backup could not be written" in result.stdout, result.stderr
    leftovers = list(journal.location.backups_dir.iterdir())
    assert leftovers == []
    reopened = open_journal(journal.location, journal.key)
    reopened.close()


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    notes=st.lists(NOTES, min_size=0, max_size=8),
    later=st.integers(min_value=1, max_value=5),
)
def test_backup_then_restore_gives_equal_data(notes: list[str], later: int) -> None:
    with tempfile.TemporaryDirectory() as folder:
        journal = create_journal(JournalLocation(Path(folder) / "j"), KeySource.new_random())
        service = JournalService(journal)
        for number, note in enumerate(notes):
            service.log(
                Dose(at=START + timedelta(hours=number), amount=1.5, unit="g", note=note),
                product_name="Red powder",
            )
        before = dump(journal)
        backup = backups.take_backup(journal, backups.MANUAL)
        add_moods(journal, later, note="later")
        service.set_setting("backups_to_keep", 3)
        restored = backups.restore_backup(journal, backup.path, journal.key, keep=14).journal
        try:
            assert dump(restored) == before
        finally:
            restored.close()


def test_backup_file_names_are_ignored_when_foreign(journal: Journal) -> None:
    folder = journal.location.backups_dir
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "notes.txt").write_text("mine")
    (folder / "daily-yesterday.db").write_text("not ours")
    assert backups.list_backups(journal.location) == []
    taken = backups.take_backup(journal, backups.DAILY, keep=1)
    assert backups.list_backups(journal.location) == [taken]
    assert (folder / "notes.txt").exists()
    assert taken.taken <= datetime.now(UTC)
    assert file_digest(taken.path)


def test_restoring_over_a_damaged_journal_keeps_it_renamed(journal: Journal) -> None:
    add_moods(journal, 30, note="x" * 2000)
    backup = backups.take_backup(journal, backups.DAILY)
    add_moods(journal, 2, start=START + timedelta(days=40))
    location, key = journal.location, journal.key
    journal.close()
    flip_byte(location.db_path, 4096 * 4 + 10)
    damaged_bytes = file_digest(location.db_path)
    damaged = open_journal(location, key)  # page 1 is fine: it opens, but cannot be copied
    done = backups.restore_backup(damaged, backup.path, key, keep=14)
    try:
        assert done.damaged and ".damaged-" in done.kept.name
        assert file_digest(done.kept) == damaged_bytes  # kept exactly as it was
        assert JournalService(done.journal).entry_count() == 30
        assert [b.kind for b in backups.list_backups(location)] == ["daily"]
    finally:
        done.journal.close()


def test_manual_backups_rotate_apart_from_the_daily_ones(journal: Journal) -> None:
    folder = journal.location.backups_dir
    folder.mkdir(parents=True, exist_ok=True)
    for day in range(1, 4):  # three days of daily backups
        backups.take_backup(journal, backups.DAILY).path.rename(
            folder / f"daily-202603{day:02}T080000Z.db"
        )
    for _ in range(5):  # "Back up now", pressed five times today
        backups.take_backup(journal, backups.MANUAL, keep=3)
    kinds = [b.kind for b in backups.list_backups(journal.location)]
    assert kinds.count("daily") == 3 and kinds.count("manual") == 3
