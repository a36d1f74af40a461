"""Re-keying is proved, or undone: a full disk never leaves the journal and its backups apart.

SQLCipher's ``PRAGMA rekey`` answers "ok" when the disk fills part-way and the file
keeps its old key; these tests fill the "disk" for real (a file-size limit in a child
process) and check that the journal, its backups and journal.json stay under the old key.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from datetime import UTC, datetime
from pathlib import Path

import pytest

from recovery_journal.storage import backups
from recovery_journal.storage.journal import (
    REKEY_FAILED,
    RekeyFailedError,
    WrongKeyError,
    create_journal,
    open_journal,
)
from recovery_journal.storage.keys import KeySource
from recovery_journal.storage.location import JournalLocation
from tests.conftest import PASSPHRASE
from tests.filesnap import folder_snapshot
from tests.storage.test_backups import add_moods

NEW_PASSPHRASE = "a different, longer passphrase"
OLD, NEW = KeySource(passphrase=PASSPHRASE), KeySource(passphrase=NEW_PASSPHRASE)
LATER = datetime(2026, 1, 1, 8, 0, tzinfo=UTC)
ROOT = Path(__file__).resolve().parents[2]


def small_backup_big_journal(data_dir: Path) -> JournalLocation:
    """A backup of ~190 KB and a journal of ~430 KB (closed), under ``OLD``."""
    journal = create_journal(JournalLocation(data_dir), OLD)
    add_moods(journal, 2)
    backups.take_backup(journal, backups.MANUAL)
    add_moods(journal, 60, note="z" * 3000, start=LATER)
    journal.close()
    return JournalLocation(data_dir)


def run_child(body: str) -> subprocess.CompletedProcess[str]:
    """``body`` in a new Python process (at the project's root), where the disk can "fill"."""
    script = "import resource, signal\nsignal.signal(signal.SIGXFSZ, signal.SIG_IGN)\n"
    return subprocess.run(
        [sys.executable, "-c", script + textwrap.dedent(body)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
    )


def opens_with(path: Path, key: KeySource) -> bool:
    try:
        backups.check_backup(path, key)
    except WrongKeyError:
        return False
    return True


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX file-size limit")
def test_a_rekey_cut_short_by_the_disk_keeps_the_old_key_and_a_working_journal(
    data_dir: Path,
) -> None:
    location = small_backup_big_journal(data_dir)
    before = folder_snapshot(data_dir)
    result = run_child(
        f"""
        import json
        from recovery_journal.domain.models import MoodCheckin
        from recovery_journal.services.journal_service import JournalService
        from recovery_journal.storage import backups
        from recovery_journal.storage.journal import RekeyFailedError, open_journal
        from recovery_journal.storage.keys import KeySource
        from recovery_journal.storage.location import JournalLocation
        from tests.filesnap import folder_snapshot
        old = KeySource(passphrase={PASSPHRASE!r})
        new = KeySource(passphrase={NEW_PASSPHRASE!r})
        journal = open_journal(JournalLocation({str(data_dir)!r}), old)
        moods = JournalService(journal).repo(MoodCheckin)
        moods.search(text="Z")  # registers a SQL function on the connection
        # room for the backup's new copy (190 KB), not for the journal's (430 KB)
        resource.setrlimit(resource.RLIMIT_FSIZE, (256 * 1024, resource.RLIM_INFINITY))
        try:
            backups.rekey_with_backups(journal, new)
        except RekeyFailedError as error:
            print("MESSAGE", error)
        print("KEY", journal.key == old)
        print("ENTRIES", JournalService(journal).entry_count(), len(moods.search(text="Z")))
        print("FILES", json.dumps(folder_snapshot(journal.location.data_dir)))
        resource.setrlimit(resource.RLIMIT_FSIZE, (resource.RLIM_INFINITY,) * 2)
        print("AGAIN", backups.rekey_with_backups(journal, new))  # room again: it works
        journal.close()
        """
    )
    assert result.returncode == 0, result.stderr
    message, key, entries, files, again = result.stdout.splitlines()
    assert message == f"MESSAGE {REKEY_FAILED}"
    assert (key, entries, again) == ("KEY True", "ENTRIES 62 60", "AGAIN 1")
    during = {
        name: digest
        for name, digest in json.loads(files.removeprefix("FILES ")).items()
        if not name.endswith(("-wal", "-shm"))  # the journal is still open there
    }
    assert during == before  # journal, journal.json and backup as they were; no copies left
    with pytest.raises(WrongKeyError):
        open_journal(location, OLD)
    open_journal(location, NEW).close()
    [backup] = backups.list_backups(location)
    assert opens_with(backup.path, NEW)


def test_a_full_disk_is_refused_before_anything_is_copied(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    location = small_backup_big_journal(data_dir)
    before = folder_snapshot(data_dir)
    journal = open_journal(location, OLD)
    monkeypatch.setattr(backups, "_free_space", lambda folder: 500_000)  # under 190 + 430 KB
    try:
        with pytest.raises(RekeyFailedError, match="disk is full: the passphrase was not changed"):
            backups.rekey_with_backups(journal, NEW)
        assert journal.key == OLD
    finally:
        journal.close()
    assert folder_snapshot(data_dir) == before


def test_a_crash_after_the_journal_is_rekeyed_leaves_copies_that_are_never_swept(
    data_dir: Path,
) -> None:
    location = small_backup_big_journal(data_dir)
    result = run_child(
        f"""
        import os
        from recovery_journal.storage import backups
        from recovery_journal.storage.journal import Journal, open_journal
        from recovery_journal.storage.keys import KeySource
        from recovery_journal.storage.location import JournalLocation
        old = KeySource(passphrase={PASSPHRASE!r})
        journal = open_journal(JournalLocation({str(data_dir)!r}), old)
        real = Journal.rekey
        def rekey_then_crash(self, key):
            real(self, key)
            os._exit(9)  # the power goes, here
        Journal.rekey = rekey_then_crash
        backups.rekey_with_backups(journal, KeySource(passphrase={NEW_PASSPHRASE!r}))
        """
    )
    assert result.returncode == 9, result.stderr
    [copy] = location.backups_dir.glob(backups.REKEYED_PREFIX + "*")
    # hours later, the next backup sweeps up unfinished copies: this one is finished
    os.utime(copy, (LATER.timestamp(), LATER.timestamp()))
    backups.prune(location, keep=14)
    assert copy.exists()
    journal = open_journal(location, NEW)
    try:
        assert backups.finish_interrupted_rekey(journal) == 1
    finally:
        journal.close()
    [backup] = backups.list_backups(location)
    assert opens_with(backup.path, NEW) and not copy.exists()


def test_copies_from_a_change_that_never_reached_the_journal_are_removed(data_dir: Path) -> None:
    location = small_backup_big_journal(data_dir)
    [backup] = backups.list_backups(location)
    before = backup.path.read_bytes()
    journal = open_journal(location, OLD)
    try:
        copy = backups._restaged(backup.path, OLD, NEW)  # then the crash, before the re-key
        assert copy is not None and copy.name == backups.REKEYED_PREFIX + backup.path.name
        assert backups.finish_interrupted_rekey(journal) == 0
    finally:
        journal.close()
    assert not copy.exists() and backup.path.read_bytes() == before
