"""Opening a journal the disk will not let us use: a message that says what is wrong.

A busy file, a full disk or a read-only folder used to read as "wrong passphrase".
The full disk is real (a file-size limit in a child process); the read-only cases run
as an unprivileged user (root ignores file modes), and the deciding logic is also
tested with an injected permission check.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from recovery_journal.services.journal_service import JournalService
from recovery_journal.storage import sqlcipher
from recovery_journal.storage.disk_errors import ReadOnlyJournalError, check_writable
from recovery_journal.storage.journal import (
    BUSY_TIMEOUT_MS,
    Journal,
    StorageError,
    create_journal,
    open_journal,
)
from recovery_journal.storage.keys import KeySource
from recovery_journal.storage.location import JournalLocation
from tests.storage.test_backups import add_moods

POSIX_ONLY = pytest.mark.skipif(sys.platform == "win32", reason="POSIX limits and modes")
NOBODY = 65534


def closed(journal: Journal) -> tuple[JournalLocation, KeySource]:
    location, key = journal.location, journal.key
    journal.close()
    return location, key


def test_a_journal_held_by_another_program_is_busy_not_a_wrong_key(journal: Journal) -> None:
    location, key = closed(journal)
    holder = sqlcipher.connect(str(location.db_path), create=False)
    holder.execute(f"PRAGMA key = {key.pragma_value()}")
    holder.execute("PRAGMA locking_mode = EXCLUSIVE")  # as a tool that keeps the file to itself
    holder.execute("BEGIN EXCLUSIVE")
    try:
        started = time.monotonic()
        with pytest.raises(StorageError, match="Another program is using the journal"):
            open_journal(location, key)
        assert time.monotonic() - started >= BUSY_TIMEOUT_MS / 1000 * 0.9  # it waited first
    finally:
        holder.rollback()
        holder.close()
    open_journal(location, key).close()


def child_open(location: JournalLocation, key: KeySource, prelude: str) -> str:
    """Open the journal and save a setting in a child process after ``prelude``; what it said."""
    script = textwrap.dedent(
        f"""
        import resource, signal, sys
        from recovery_journal.domain.errors import JournalError
        from recovery_journal.services.journal_service import JournalService
        from recovery_journal.storage import backups
        from recovery_journal.storage.journal import open_journal
        from recovery_journal.storage.keys import KeySource
        from recovery_journal.storage.location import JournalLocation
        key = KeySource(raw_key=bytes.fromhex(sys.stdin.readline().strip()))
        location = JournalLocation({str(location.data_dir)!r})
        {prelude}
        try:
            journal = open_journal(location, key)
        except JournalError as error:
            print(type(error).__name__, error)
        else:
            service = JournalService(journal)
            print("OPENED", service.entry_count(), end=" ")
            try:
                service.set_setting("backups_to_keep", 9)
                print("SAVED")
            except JournalError as error:
                print("NOT SAVED", error)
            journal.close()
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        input=(key.raw_key or b"").hex() + "\n",
        capture_output=True,
        text=True,
        timeout=60,
        cwd="/",
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


@POSIX_ONLY
def test_no_room_for_the_working_files_says_so_and_is_not_a_wrong_key(journal: Journal) -> None:
    add_moods(journal, 3)
    location, key = closed(journal)
    limit = "signal.signal(signal.SIGXFSZ, signal.SIG_IGN); " + (
        "resource.setrlimit(resource.RLIMIT_FSIZE, (1024, resource.RLIM_INFINITY))"
    )
    said = child_open(location, key, limit)
    assert said.startswith("StorageError") and "may be full" in said, said
    assert "does not open" not in said
    reopened = open_journal(location, key)
    try:
        assert JournalService(reopened).entry_count() == 3
    finally:
        reopened.close()


@pytest.fixture
def shared_folder() -> Iterator[Path]:
    """A folder another user can reach (pytest's own tmp folders are private to root)."""
    folder = Path(tempfile.mkdtemp(prefix="rj-readonly-"))
    folder.chmod(0o755)
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def as_user(location: JournalLocation, key: KeySource, prelude: str = "") -> str:
    """Open in a child that runs as an ordinary user (root reads and writes anything)."""
    if os.geteuid() == 0:  # everything it needs is imported before it gives up root
        prelude = f"import os; os.setgid({NOBODY}); os.setuid({NOBODY}); {prelude}"
    return child_open(location, key, prelude)


def give_to_user(*paths: Path) -> None:
    if os.geteuid() == 0:
        for path in paths:
            os.chown(path, NOBODY, NOBODY)


@POSIX_ONLY
def test_a_read_only_journal_file_is_refused_and_leaves_no_read_only_files(
    shared_folder: Path,
) -> None:
    location, key = JournalLocation(shared_folder / "journal"), KeySource.new_random()
    journal = create_journal(location, key)
    add_moods(journal, 2)
    journal.close()
    give_to_user(location.data_dir, location.db_path)
    location.data_dir.chmod(0o700)
    location.db_path.chmod(0o444)  # e.g. copied back from a CD, or chmod by hand
    said = as_user(location, key)
    assert said.startswith("ReadOnlyJournalError") and "read-only" in said, said
    assert location.database_files() == [location.db_path]  # no read-only -wal/-shm left
    location.db_path.chmod(0o600)  # the user makes it writable again: it simply works
    assert as_user(location, key).strip() == "OPENED 2 SAVED"


@POSIX_ONLY
def test_read_only_working_files_left_earlier_are_made_writable(shared_folder: Path) -> None:
    location, key = JournalLocation(shared_folder / "journal"), KeySource.new_random()
    create_journal(location, key).close()
    for suffix in ("-wal", "-shm"):  # what an older version left after a read-only open
        Path(f"{location.db_path}{suffix}").write_bytes(b"")
    give_to_user(location.data_dir, *location.database_files())
    for path in location.database_files()[1:]:
        path.chmod(0o444)
    assert as_user(location, key).strip() == "OPENED 0 SAVED"


@POSIX_ONLY
def test_a_read_only_folder_is_refused_before_sqlite_opens_it(shared_folder: Path) -> None:
    location, key = JournalLocation(shared_folder / "journal"), KeySource.new_random()
    create_journal(location, key).close()
    location.data_dir.chmod(0o755)
    location.db_path.chmod(0o644)  # readable by the other user, writable by nobody but root
    said = as_user(location, key)
    assert said.startswith("ReadOnlyJournalError") and "folder" in said, said


def test_the_read_only_decision_with_an_injected_check(data_dir: Path, journal: Journal) -> None:
    location = journal.location
    journal.close()
    wal = Path(f"{location.db_path}-wal")
    wal.write_bytes(b"")
    check_writable(location, lambda path: True)  # all writable: nothing to say
    with pytest.raises(ReadOnlyJournalError, match="folder"):
        check_writable(location, lambda path: path != location.data_dir)
    with pytest.raises(ReadOnlyJournalError, match=r"journal\.db is read-only"):
        check_writable(location, lambda path: path != location.db_path)
    with pytest.raises(ReadOnlyJournalError, match=r"journal\.db-wal"):
        check_writable(location, lambda path: path != wal)  # still "read-only" after a chmod
